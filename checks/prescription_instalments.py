"""Debts made of several sums (rents, bills, instalments): each sum is prescribed on its own (art. 2233 C. civ.).

The calculator is given the due date of the oldest unpaid sum (``start``) and, when known, of the most recent
one (``last_due``). Saying "the debt is prescribed" from the oldest sum alone is wrong for the later ones, so
the answer is given by instalment: the first due date whose sum is not prescribed (``open_from``), found by
bisection. A later sum is never prescribed before an earlier one under payments, acknowledgments and
mediations (they reach every sum already due), so the prescribed sums form a prefix. A judgment, a seizure,
a court claim or a mortgage's acceleration only cover some sums: then no split is computed and a caveat
says that the answer depends on the sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from checks.calendar_fr import french, years_french
from checks.prescription_engine import Outcome, Status, period_end, simulate
from checks.prescription_model import Event, PrescriptionResult
from knowledge.prescription import DebtRule
from knowledge.wording import text as t

# Events that concern some sums only (those judged, seized, claimed, or the accelerated capital).
_PARTIAL_EVENTS = frozenset({"judgment", "enforcement", "court_claim", "claim_rejected", "acceleration"})


def by_instalment(
    rule: DebtRule,
    start: date,
    events: Sequence[Event],
    as_of: date,
    last_due: date | None,
    result: PrescriptionResult,
) -> PrescriptionResult:
    """``result`` (computed for the sum due on ``start``) answered for every sum due from ``start`` on."""
    if not rule.separate_dues or last_due == start:  # one sum: nothing to split
        return result
    if any(event.kind in _PARTIAL_EVENTS for event in events):
        return _add_caveat(result, t("prescription.caveat.instalments_partial"))
    if not result.prescribed:
        return _add_caveat(result, t("prescription.caveat.instalments_later"))
    open_from = _first_open_due(rule, start, events, as_of)
    last = _outcome(rule, last_due, events) if last_due is not None else None
    if last is not None and last_due is not None and last_due < open_from:
        assert last.expiry is not None
        every_sum = _explained(
            "prescription.explanation.all_instalments",
            rule,
            as_of,
            last_due=french(last_due),
            expiry=french(last.expiry),
        )
        return result.model_copy(update={"expiry": last.expiry, **every_sum})
    opened = _outcome(rule, open_from, events)
    from_a_sum = _explained(
        "prescription.explanation.by_instalment",
        rule,
        as_of,
        open_from=french(open_from),
        open_expiry=french(opened.expiry) if opened.expiry else "",
    )
    caveats = list(result.caveats)
    if last_due is None:
        assert result.expiry is not None
        single = t(
            "prescription.caveat.instalments_single",
            start=french(start),
            day_after=french(result.expiry + timedelta(days=1)),
        )
        caveats.insert(0, single)
    return result.model_copy(
        update={
            "prescribed": False,
            "open_from": open_from,
            **from_a_sum,
            "caveats": caveats,
        }
    )


def _explained(code: str, rule: DebtRule, as_of: date, **dates: str) -> dict[str, str]:
    """The explanation ``code`` says of ``rule`` on ``as_of`` with ``dates``, and its code: a result's update."""
    said = t(
        code,
        label=rule.label,
        duration=years_french(rule.years),
        article=rule.article,
        as_of=french(as_of),
        **dates,
    )
    return {"explanation": said, "explanation_code": code}


def _add_caveat(result: PrescriptionResult, caveat: str) -> PrescriptionResult:
    return result.model_copy(update={"caveats": [caveat, *result.caveats]})


def _events_for(due: date, events: Sequence[Event]) -> list[Event]:
    """The events that can reach a sum due on ``due``: those on or after that day.

    A mediation already under way when the sum falls due is counted from that day (the sum is part of the
    dispute); an end of rescheduling's unpaid without its rescheduling no longer means anything here.
    """
    kept: list[Event] = []
    mediation_open = False
    rescheduled = False
    for event in events:
        if event.on < due:
            if event.kind == "mediation_start":
                mediation_open = True
            elif event.kind == "mediation_end":
                mediation_open = False
            continue
        if event.kind == "mediation_end" and mediation_open:
            kept.append(Event(kind="mediation_start", on=due))
            mediation_open = False
        if event.kind == "rescheduling":
            rescheduled = True
        if event.kind == "first_unpaid_after_rescheduling" and not rescheduled:
            continue
        kept.append(event)
    return kept


def _outcome(rule: DebtRule, due: date, events: Sequence[Event]) -> Outcome:
    return simulate(rule, due, _events_for(due, events))


def _prescribed(rule: DebtRule, due: date, events: Sequence[Event], as_of: date) -> bool:
    outcome = _outcome(rule, due, events)
    return outcome.status is Status.running and outcome.expiry is not None and as_of > outcome.expiry


def _first_open_due(rule: DebtRule, start: date, events: Sequence[Event], as_of: date) -> date:
    """The first due date, after ``start`` (prescribed), whose sum is not prescribed at ``as_of``."""
    low, high = start, as_of  # sum due on ``low``: prescribed; on ``high``: not (its period has not run)
    assert period_end(rule, high) >= as_of
    while (high - low).days > 1:
        middle = low + timedelta(days=(high - low).days // 2)
        if _prescribed(rule, middle, events, as_of):
            low = middle
        else:
            high = middle
    return high
