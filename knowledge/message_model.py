"""A small word model of scam messages, trained at build time on real messages and shipped as data.

``data/message_model.json`` is written by ``python -m tests.realdata.messages_train`` (the TUNING part of the
real corpora plus the project's labelled corpus; the held-out part is never read) and validated here at load.
The model is a presence-only naive Bayes, i.e. a sum of per-word weights: each word or pair of words of the
message that the model knows adds its weight (log of how much more often it appears in scams than in genuine
messages). It is small and readable on purpose: the finding names the words that weighed most.
"""

from __future__ import annotations

import json

from pydantic import Field, field_validator

from knowledge.base import DATA_DIR, CheckedDate, KnowledgeError, NonBlank, Strict
from knowledge.cache import loader

FILE = "message_model.json"


class Training(Strict):
    """What the model was trained on, for whoever reads the file."""

    sources: list[NonBlank]
    scams: int = Field(ge=1)
    genuine: int = Field(ge=1)
    trained: CheckedDate
    out_of_fold: NonBlank


class MessageModel(Strict):
    threshold: float
    min_words: int = Field(ge=1)
    weights: dict[str, float]
    training: Training

    @field_validator("weights")
    @classmethod
    def _weights(cls, value: dict[str, float]) -> dict[str, float]:
        if len(value) < 20:
            raise ValueError("a model needs at least 20 weighted words")
        for word in value:
            parts = word.split(" ")
            if not 1 <= len(parts) <= 2 or not all(p.isalpha() and p.islower() for p in parts):
                raise ValueError(f"{word!r}: a feature is one or two lower-case folded words")
        return value


@loader
def load() -> MessageModel:
    path = DATA_DIR / FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
    try:
        return MessageModel.model_validate(raw)
    except ValueError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
