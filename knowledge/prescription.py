"""Prescription and forclusion periods by type of debt, and the legal basis of each dated event.

The ids are a contract with ``checks.prescription``: the loader refuses a data file that adds, drops or
misspells one, so the calculator can never meet a debt type or an event it does not know how to handle.
Durations are ISO 8601 in whole years ("P2Y"): every period of this domain is counted in years.
A rule may say that each sum is due separately (``separate_dues``: rents, bills, instalments) and which
longer period a reform shortened (``previous``, for art. 2222 al. 2 C. civ.).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Self, TypeVar

from pydantic import BaseModel, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, read_toml, validate
from knowledge.cache import loader

DEBT_TYPES: tuple[str, ...] = (
    "consumer_goods_services",
    "telecom",
    "energy",
    "consumer_credit",
    "mortgage",
    "rent",
    "b2b_commercial",
    "civil",
    "judgment",
    "state_tax",
    "local_public",
    "unknown",
)
EVENT_KINDS: tuple[str, ...] = (
    "payment",
    "acknowledgment",
    "contact",
    "assignment",
    "court_claim",
    "claim_rejected",
    "judgment",
    "enforcement",
    "mediation_start",
    "mediation_end",
    "rescheduling",
    "first_unpaid_after_rescheduling",
    "acceleration",
)
REFERENCES: tuple[str, ...] = ("computation", "no_revival", "constrained_payment", "invoke", "long_stop")

_DURATION_RE = re.compile(r"^P([1-9][0-9]?)Y$")


class Nature(StrEnum):
    prescription = "prescription"  # interrupted by payment/acknowledgment (2240), suspended by mediation
    forclusion = "forclusion"  # only a court claim interrupts it (2241 al. 1); the judge raises it
    undetermined = "undetermined"  # debt type unknown: no single period


class PreviousPeriod(Sourced):
    """The longer period a reform shortened: art. 2222 al. 2 C. civ. (and art. 26-II loi 2008-561).

    For a period that started before ``until`` (the day the shorter period came into force), the new
    period runs from ``until``, without the total exceeding the old ``years``.
    """

    until: date
    years: int
    article: NonBlank


class DebtRule(Sourced):
    id: NonBlank
    short: NonBlank  # a few words: "télécom", "loyer"
    label: NonBlank
    article: NonBlank
    duration: str | None = None  # ISO 8601, whole years; None only when the nature is undetermined
    nature: Nature
    start: NonBlank  # the starting point, in plain French
    caveats: list[NonBlank] = []
    # Each sum (rent, bill, instalment) has its own starting point, its due date (art. 2233 C. civ.).
    separate_dues: bool = False
    previous: list[PreviousPeriod] = []  # at most one: the reform that shortened this period

    @model_validator(mode="after")
    def _duration(self) -> Self:
        if self.nature is Nature.undetermined:
            if self.duration is not None:
                raise ValueError(f"{self.id}: an undetermined rule has no duration")
        elif self.duration is None or not _DURATION_RE.match(self.duration):
            raise ValueError(f"{self.id}: duration must be ISO 8601 whole years such as 'P2Y'")
        if len(self.previous) > 1:
            raise ValueError(f"{self.id}: at most one previous (longer) period")
        for old in self.previous:
            if self.nature is Nature.undetermined or old.years <= self.years:
                raise ValueError(f"{self.id}: a previous period must be longer than the current one")
        return self

    @property
    def years(self) -> int:
        """Length in years; only meaningful for a determined rule."""
        match = _DURATION_RE.match(self.duration or "")
        if match is None:
            raise ValueError(f"{self.id}: no single duration")
        return int(match.group(1))


class EventRule(Sourced):
    id: NonBlank
    label: NonBlank
    article: NonBlank


class Reference(Sourced):
    id: NonBlank
    text: NonBlank


class PrescriptionFile(Strict):
    rule: list[DebtRule]
    event: list[EventRule]
    reference: list[Reference]


_Item = TypeVar("_Item", DebtRule, EventRule, Reference)


class PrescriptionLaw(BaseModel):
    rules: dict[str, DebtRule]
    events: dict[str, EventRule]
    references: dict[str, Reference]

    def rule(self, debt_type: str) -> DebtRule:
        return self.rules[debt_type]

    def determined_rules(self) -> list[DebtRule]:
        return [r for r in self.rules.values() if r.nature is not Nature.undetermined]


def _index(items: list[_Item], expected: tuple[str, ...], what: str, path: str) -> dict[str, _Item]:
    out: dict[str, _Item] = {}
    for item in items:
        if item.id in out:
            raise KnowledgeError(f"{path}: {what} {item.id!r} is defined twice")
        out[item.id] = item
    missing, extra = set(expected) - out.keys(), out.keys() - set(expected)
    if missing or extra:
        raise KnowledgeError(
            f"{path}: {what} ids must be exactly {list(expected)}; missing {sorted(missing)}, unknown {sorted(extra)}"
        )
    return {key: out[key] for key in expected}


@loader
def load() -> PrescriptionLaw:
    path = DATA_DIR / "prescription.toml"
    parsed = validate(path, read_toml(path), PrescriptionFile)
    return PrescriptionLaw(
        rules=_index(parsed.rule, DEBT_TYPES, "rule", str(path)),
        events=_index(parsed.event, EVENT_KINDS, "event", str(path)),
        references=_index(parsed.reference, REFERENCES, "reference", str(path)),
    )
