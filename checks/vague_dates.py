"""Vague dates answered both ways: "2025" is any day of 2025, never the 1st of January.

For a telecom bill "de 2025", reading 1 January gives "prescrite depuis le 2 janvier 2026", which is false for
a December bill: a confident wrong answer that could make someone ignore a debt still due. So the
calculator (``checks.prescription.compute``, unchanged) runs on the earliest and on the latest possible
dates; when both give the same answer the dialogue can say it, otherwise it answers both ways or asks
the month.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from checks.facts import DateSpan, EventMention
from checks.prescription import Event, PrescriptionResult, compute

__all__ = ["ENGINE_EVENT", "BothWays", "engine_events", "prescription_both_ways"]

#: What each event read in a story is for the calculator; "stopped_paying" is the start, not an event.
ENGINE_EVENT: dict[str, str] = {
    "payment": "payment",
    "acknowledgment": "acknowledgment",
    "contact": "contact",
    "assignment": "assignment",
    "court_claim": "court_claim",
    "judgment": "judgment",
    "commandement": "enforcement",
    "enforcement": "enforcement",
}


class BothWays(BaseModel):
    """The calculation at both ends of what was said. ``differ``: the yes/no answer changes."""

    model_config = ConfigDict(frozen=True)

    earliest: PrescriptionResult  # every vague date at its earliest possible day
    latest: PrescriptionResult  # every vague date at its latest possible day
    start: DateSpan

    @property
    def differ(self) -> bool:
        return self.earliest.prescribed != self.latest.prescribed

    @property
    def exact(self) -> bool:
        return self.earliest == self.latest


def engine_events(mentions: list[EventMention], start: date, pick_latest: bool) -> list[Event]:
    """Dated events of a story for the calculator, at one end of their spans, never before the start."""
    events: list[Event] = []
    for mention in mentions:
        kind = ENGINE_EVENT.get(mention.kind)
        if kind is None or mention.when is None:
            continue
        on = mention.when.latest if pick_latest else mention.when.earliest
        events.append(Event(kind=kind, on=max(on, start)))
    return events


def prescription_both_ways(
    debt_type: str,
    start: DateSpan,
    events: list[EventMention],
    as_of: date,
    *,
    single_sum: bool = False,
) -> BothWays:
    """Run the calculator on both ends; raise PrescriptionInputError as ``compute`` does (unknown type…).

    ``single_sum``: the debt is one sum ("une facture de 2025"), so the last sum due is the first one;
    otherwise the calculator assumes sums kept falling due (by instalment) unless told otherwise."""

    def computed_from(day: date, late: bool) -> PrescriptionResult:
        begun = min(day, as_of)
        return compute(
            debt_type,
            begun,
            engine_events(events, begun, late),
            as_of,
            last_due=begun if single_sum else None,
        )

    return BothWays(
        earliest=computed_from(start.earliest, False), latest=computed_from(start.latest, True), start=start
    )
