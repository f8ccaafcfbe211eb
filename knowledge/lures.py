"""The shape of a scam message as word families with small weights, validated and compiled at load.

Data in ``data/lures.toml`` (see its header). Scenarios recognise stories in known words; scams reword their
stories, so message analysis (``checks.message_shape``) also scores what a message IS: what it is about, what it
asks, and what pushes the reader. The weights and the threshold are data, so the model can be read and checked.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Strict, read_toml, validate
from knowledge.cache import loader
from knowledge.message_signals import Patterns, SnakeId
from knowledge.scenarios import Matcher, compile_patterns

FILE = "lures.toml"


class Kind(StrEnum):
    topic = "topic"
    ask = "ask"
    details = "details"
    threat = "threat"
    reward = "reward"
    pressure = "pressure"
    channel = "channel"
    benign = "benign"


class Score(Strict):
    threshold: int = Field(ge=2)
    ask: int = Field(ge=0)
    ask_two: int = Field(ge=0)
    link_unofficial: int = Field(ge=0)
    number_unknown: int = Field(ge=0)
    org_named: int = Field(ge=0)


class Reasons(Strict):
    ask: NonBlank
    link_unofficial: NonBlank
    number_unknown: NonBlank
    org_named: NonBlank

    @field_validator("org_named")
    @classmethod
    def _named(cls, value: str) -> str:
        if "{name}" not in value:
            raise ValueError("org_named must say where the organisation's name goes: {name}")
        return value


class Family(Strict):
    id: SnakeId
    kind: Kind
    weight: int = Field(ge=1, le=3)
    label: NonBlank
    patterns: Patterns


class LureFile(Strict):
    score: Score
    reasons: Reasons
    family: list[Family]


class CompiledFamily(BaseModel):
    model_config = ConfigDict(frozen=True)

    family: Family
    matcher: Matcher


class Lures(BaseModel):
    model_config = ConfigDict(frozen=True)

    score: Score
    reasons: Reasons
    families: tuple[CompiledFamily, ...]


@loader
def load() -> Lures:
    path = DATA_DIR / FILE
    parsed = validate(path, read_toml(path), LureFile)
    seen: set[str] = set()
    for family in parsed.family:
        if family.id in seen:
            raise KnowledgeError(f"{path}: family {family.id!r} is defined twice")
        seen.add(family.id)
    if not any(f.kind is Kind.topic for f in parsed.family):
        raise KnowledgeError(f"{path}: at least one topic family is needed")
    return Lures(
        score=parsed.score,
        reasons=parsed.reasons,
        families=tuple(CompiledFamily(family=f, matcher=compile_patterns(f.patterns)) for f in parsed.family),
    )
