"""A small scam-resemblance model of messages, trained at build time on real messages and shipped as data.

``data/message_model.json`` is written by ``python -m tests.realdata.messages_train`` (the TUNING halves of the
real corpora plus the project's labelled corpus; no held-out half is ever read) and validated here at load.
The model is a presence-only naive Bayes, i.e. a sum of per-feature weights: each word, pair of words, piece of
a word or signal of the message that the model knows adds its weight (log of how much more often it appears in
scams than in genuine messages). It is small and readable on purpose: the finding names the words that weighed
most. ``training.inputs_sha256`` is the hash of everything the model was trained from (texts, labels, settings):
a test recomputes it, so the shipped file cannot drift from its inputs.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from knowledge.base import DATA_DIR, CheckedDate, NonBlank, Strict, read_json, validate
from knowledge.cache import loader

FILE = "message_model.json"
FeatureKind = Literal["words", "pairs", "grams", "signals"]
_WORDS_RE = re.compile(r"^[a-z]{2,}(?: [a-z]{2,})?$")
_GRAM_RE = re.compile(r"^~[a-z]{4}$")
_SIGNAL_RE = re.compile(r"^@[a-z][a-z0-9_]*$")


class Training(Strict):
    """What the model was trained on, for whoever reads the file."""

    sources: list[NonBlank]
    scams: int = Field(ge=1)
    genuine: int = Field(ge=1)
    trained: CheckedDate
    out_of_fold: NonBlank
    cross_source: NonBlank
    inputs_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class MessageModel(Strict):
    threshold: float
    min_words: int = Field(ge=1)
    kinds: list[FeatureKind] = Field(min_length=1)
    weights: dict[str, float]
    training: Training

    @field_validator("weights")
    @classmethod
    def _weights(cls, value: dict[str, float]) -> dict[str, float]:
        if len(value) < 20:
            raise ValueError("a model needs at least 20 weighted features")
        for feature in value:
            if not (_WORDS_RE.match(feature) or _GRAM_RE.match(feature) or _SIGNAL_RE.match(feature)):
                raise ValueError(
                    f"{feature!r}: a feature is one or two lower-case folded words, ~ and four letters, "
                    "or @ and a signal name"
                )
        return value


@loader
def load() -> MessageModel:
    path = DATA_DIR / FILE
    return validate(path, read_json(path), MessageModel)
