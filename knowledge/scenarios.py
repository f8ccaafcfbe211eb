"""The recurring French scam scenarios and what each one asks for, validated and compiled at load.

Data in ``data/scenarios.toml`` (see its header). A scenario is a story (a parcel stuck, a fine unpaid…)
plus the requests that turn the story into a scam pattern; the story alone is what genuine senders write
too, so message analysis (``checks.message_scenario``) needs both, or a ``bait`` phrase that is the scam by
itself. Every pattern is checked like those of ``message_signals.toml`` (bounded, no capturing group), every
``asks`` entry must name a request, and every scenario must carry a dated source, so a typo fails at start-up.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from knowledge.base import DATA_DIR, CheckedDate, KnowledgeError, NonBlank, Strict, read_toml, validate
from knowledge.message_signals import check_pattern

FILE = "scenarios.toml"
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _ident(value: str) -> str:
    if not _ID_RE.match(value):
        raise ValueError(f"{value!r} must be lower_snake_case")
    return value


class Source(Strict):
    url: NonBlank
    title: NonBlank
    checked: CheckedDate

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith("https://"):
            raise ValueError(f"{value!r}: a source is an https:// address")
        return value


class Request(Strict):
    id: NonBlank
    patterns: list[str]

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return _ident(value)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one pattern is needed")
        return [check_pattern(p) for p in value]


class Scenario(Strict):
    id: NonBlank
    label: NonBlank
    advice: NonBlank
    asks: list[str]
    patterns: list[str]
    bait: list[str] = []
    sources: list[Source]

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return _ident(value)

    @field_validator("patterns", "bait")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if not self.patterns:
            raise ValueError(f"{self.id}: a scenario needs story patterns")
        if not self.asks:
            raise ValueError(f"{self.id}: a scenario needs at least one request kind in 'asks'")
        if not self.sources:
            raise ValueError(f"{self.id}: a scenario needs at least one source")
        return self


class ScenarioFile(Strict):
    request: list[Request]
    scenario: list[Scenario]


class Compiled(BaseModel):
    """One scenario ready to match: its story regex, its bait regex (if any) and its request ids."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    scenario: Scenario
    story: re.Pattern[str]
    bait: re.Pattern[str] | None


class Scenarios(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    scenarios: tuple[Compiled, ...]
    requests: dict[str, re.Pattern[str]]


def _bounded(patterns: list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


def _compile(parsed: ScenarioFile) -> Scenarios:
    path = DATA_DIR / FILE
    requests: dict[str, re.Pattern[str]] = {}
    for request in parsed.request:
        if request.id in requests:
            raise KnowledgeError(f"{path}: request {request.id!r} is defined twice")
        requests[request.id] = _bounded(request.patterns)
    seen: set[str] = set()
    compiled: list[Compiled] = []
    for scenario in parsed.scenario:
        if scenario.id in seen:
            raise KnowledgeError(f"{path}: scenario {scenario.id!r} is defined twice")
        seen.add(scenario.id)
        for ask in scenario.asks:
            if ask not in requests:
                raise KnowledgeError(f"{path}: scenario {scenario.id}: unknown request {ask!r}")
        compiled.append(
            Compiled(
                scenario=scenario,
                story=_bounded(scenario.patterns),
                bait=_bounded(scenario.bait) if scenario.bait else None,
            )
        )
    return Scenarios(scenarios=tuple(compiled), requests=requests)


@cache
def load() -> Scenarios:
    path = DATA_DIR / FILE
    return _compile(validate(path, read_toml(path), ScenarioFile))
