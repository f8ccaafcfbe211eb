"""A small lexical model of phishing host names, trained at build time on real links and shipped as data.

``data/link_model.json`` is written by ``python -m tests.realdata.train_link_model`` from the TUNING parts of
the real link corpora only (the held-out parts are never read) and validated here at load. It is a logistic
regression over features of the host name (``checks.link_model`` computes them): its weights, bias and
threshold, and a header saying what it was trained on, how it was measured and how to retrain it. The
header's ``training_hash`` lets a test check that the shipped weights come from the training items it names.
"""

from __future__ import annotations

import json
import math
import re

from pydantic import Field, field_validator

from knowledge.base import DATA_DIR, CheckedDate, KnowledgeError, NonBlank, Strict
from knowledge.cache import loader

FILE = "link_model.json"
# d:/s: character grams (letters, "0" for digits, hyphens, "<" ">" for the ends), w:/sw: word pieces, t: a
# public suffix, the cheap-extension flag and the count buckets.
_FEATURE_RE = re.compile(
    r"^(?:[ds]:[<]?[a-z0-9-]{1,5}[>]?|s?w:[a-z]{3,}|t:[a-z0-9.-]+|cheap|(?:hy|dg|lb|len):\d+\+?)$"
)
MAX_FEATURES = 5000


class Training(Strict):
    """What the model was trained on and how it was measured, for whoever reads the file."""

    feature_set: NonBlank
    sources: list[NonBlank]
    phishing: int = Field(ge=100)
    legit: int = Field(ge=100)
    trained: CheckedDate
    training_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    min_labels: int = Field(ge=3)
    cross_validated: NonBlank
    cross_source: NonBlank
    retrain: NonBlank


class LinkModel(Strict):
    threshold: float
    bias: float
    weights: dict[str, float]
    training: Training

    @field_validator("weights")
    @classmethod
    def _weights(cls, value: dict[str, float]) -> dict[str, float]:
        if not 50 <= len(value) <= MAX_FEATURES:
            raise ValueError(f"a model has between 50 and {MAX_FEATURES} features, not {len(value)}")
        for feat, weight in value.items():
            if not _FEATURE_RE.match(feat):
                raise ValueError(f"{feat!r}: not a feature of checks.link_model")
            if not math.isfinite(weight):
                raise ValueError(f"{feat!r}: weight {weight} is not a number")
        return value


@loader
def load() -> LinkModel:
    path = DATA_DIR / FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
    try:
        return LinkModel.model_validate(raw)
    except ValueError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
