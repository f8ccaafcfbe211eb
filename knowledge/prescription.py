"""Prescription and forclusion periods by type of debt, and the legal basis of each dated event.

The ids are a contract with ``checks.prescription``: the loader refuses a data file that adds, drops or
misspells one, so the calculator can never meet a debt type or an event it does not know how to handle.
Durations are ISO 8601 in whole years ("P2Y"): every period of this domain is counted in years.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import Self, TypeVar

from pydantic import BaseModel, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, read_toml, validate

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
REFERENCES: tuple[str, ...] = ("computation", "no_revival", "constrained_payment", "invoke")

_DURATION_RE = re.compile(r"^P([1-9][0-9]?)Y$")


class Nature(StrEnum):
    prescription = "prescription"  # interrupted by payment/acknowledgment (2240), suspended by mediation
    forclusion = "forclusion"  # only a court claim interrupts it (2241 al. 1); the judge raises it
    undetermined = "undetermined"  # debt type unknown: no single period


class DebtRule(Sourced):
    id: NonBlank
    short: NonBlank  # a few words: "télécom", "loyer"
    label: NonBlank
    article: NonBlank
    duration: str | None = None  # ISO 8601, whole years; None only when the nature is undetermined
    nature: Nature
    start: NonBlank  # the starting point, in plain French
    caveats: list[NonBlank] = []

    @model_validator(mode="after")
    def _duration(self) -> Self:
        if self.nature is Nature.undetermined:
            if self.duration is not None:
                raise ValueError(f"{self.id}: an undetermined rule has no duration")
        elif self.duration is None or not _DURATION_RE.match(self.duration):
            raise ValueError(f"{self.id}: duration must be ISO 8601 whole years such as 'P2Y'")
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


@cache
def load() -> PrescriptionLaw:
    path = DATA_DIR / "prescription.toml"
    parsed = validate(path, read_toml(path), PrescriptionFile)
    return PrescriptionLaw(
        rules=_index(parsed.rule, DEBT_TYPES, "rule", str(path)),
        events=_index(parsed.event, EVENT_KINDS, "event", str(path)),
        references=_index(parsed.reference, REFERENCES, "reference", str(path)),
    )
