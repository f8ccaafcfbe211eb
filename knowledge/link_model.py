"""The lexical link model's weights, trained at build time on real links and shipped as data.

``data/link_model.json`` is written by ``python -m tests.realdata.link_train`` from the TUNING halves of the
real link corpora (batch 1, fresh, blind, fourth batch) and a public top list of legitimate hosts; no held-out
half and nothing of the fifth batch is ever read. It is validated here at load. The model is a logistic
regression over the letters and shape of a host name (``checks/link_model.py`` computes the features): the
bias plus the weight of each feature the host carries gives its log-odds of being a phishing host; at or over
``threshold`` (and through the gate) the link check says the link is suspicious. ``training.inputs_sha256`` is
the hash of everything the model was trained from (hosts, labels, settings): a test recomputes it, so the
shipped file cannot drift from its inputs.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from knowledge.base import DATA_DIR, CheckedDate, NonBlank, Strict, read_json, validate
from knowledge.cache import loader

FILE = "link_model.json"
_FEATURE_RE = re.compile(
    r"^(?:[ds]:[a-z0-9<>_-]{3,5}|s?w:[a-z]{3,}|t:[^\s:]+|cheap"
    r"|hy:(?:0|1|2|2\+)|dg:(?:0|2|2\+)|lb:(?:0|1|2|2\+)|len:(?:5|10|15|20|20\+))$"
)


class Training(Strict):
    """What the model was trained on and how its threshold was chosen, for whoever reads the file."""

    sources: list[NonBlank] = Field(min_length=1)
    phishing: int = Field(ge=1)
    legitimate: int = Field(ge=1)
    trained: CheckedDate
    threshold_rule: NonBlank
    out_of_fold: NonBlank
    batch5_check: NonBlank
    retrain: NonBlank
    inputs_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class LinkModel(Strict):
    feature_set: Literal["host-v1"]
    gate: NonBlank
    threshold: float = Field(gt=0)
    bias: float
    weights: dict[str, float]
    training: Training

    @field_validator("weights")
    @classmethod
    def _weights(cls, value: dict[str, float]) -> dict[str, float]:
        if len(value) < 100:
            raise ValueError("a link model needs at least 100 weighted features")
        for feature in value:
            if not _FEATURE_RE.match(feature):
                raise ValueError(
                    f"{feature!r}: a host-v1 feature is d:/s: and a 3- to 5-character gram, w:/sw: and a word "
                    "piece, t: and an extension, cheap, or a hy:/dg:/lb:/len: bucket"
                )
        return value


@loader
def load() -> LinkModel:
    path = DATA_DIR / FILE
    return validate(path, read_json(path), LinkModel)
