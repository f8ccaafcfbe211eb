"""Is my debt prescribed? A pure calculator: debt type, start date, dated events, as-of date -> result.

The law (periods, articles, sources) is data in ``knowledge/data/prescription.toml``; the wording is in
``knowledge/data/texts/prescription.toml``; the event-by-event simulation is in ``prescription_engine``.
No clock here: ``as_of`` is always given by the caller (the CLI or the bot reads today's date).

Output semantics:
- ``expiry`` is the last day on which the creditor can still act (the period runs out at midnight that day);
  ``None`` when no period is running at ``as_of`` (a court case or a mediation in progress, a rescheduled
  consumer credit with no unpaid instalment since, or an unknown debt type).
- ``prescribed`` is True iff there is an expiry and ``as_of`` is after it. For the ``unknown`` debt type
  it is False, meaning "not established", never "safe": the explanation and a caveat say so.
- ``rule`` is the rule that governs the result: after a served judgment it is ``judgment`` (L111-4 CPC
  exéc., 10 years), whatever the original debt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checks import prescription_engine as engine
from checks import prescription_guard as guard
from checks import prescription_instalments as instalments
from checks import prescription_unknown as unknown
from checks.calendar_fr import french, years_french
from checks.dates import DateErrorCode, parse_day
from checks.prescription_model import Event, PrescriptionInputError, PrescriptionResult, RuleRef
from knowledge import prescription as law
from knowledge.wording import text as t

__all__ = [
    "MAX_EVENTS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Event",
    "PrescriptionInputError",
    "PrescriptionResult",
    "RuleRef",
    "compute",
    "parse_date",
    "parse_event",
]

MIN_YEAR = 1900
MAX_YEAR = 2199
MAX_EVENTS = 100
_ISO_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def parse_date(value: str) -> date:
    """Strict YYYY-MM-DD (what the CLI accepts), within the supported years."""
    cleaned = value.strip()
    if not _ISO_DATE_RE.match(cleaned):
        raise PrescriptionInputError(t("prescription.error.bad_date", value=_shown(value)))
    parsed = parse_day(cleaned)  # the shape is ISO; ``checks.dates`` reads and checks the day
    if parsed is DateErrorCode.too_old:  # a real day before 1900: said as out of range, with the day
        raise PrescriptionInputError(t("prescription.error.date_out_of_range", value=cleaned))
    if not isinstance(parsed, date):
        raise PrescriptionInputError(t("prescription.error.bad_date", value=_shown(value)))
    return _in_range(parsed)


def parse_event(spec: str) -> Event:
    """'payment:2024-03-15' -> Event; the id is checked here so the message names what was typed."""
    kind, sep, when = spec.strip().partition(":")
    if not sep or not kind or not when:
        raise PrescriptionInputError(t("prescription.error.bad_event_spec", value=_shown(spec)))
    _check_event_kind(kind.strip())
    return Event(kind=kind.strip(), on=parse_date(when))


def compute(
    debt_type: str,
    start: date,
    events: Sequence[Event],
    as_of: date,
    last_due: date | None = None,
) -> PrescriptionResult:
    """Where the period stands at ``as_of``; raise PrescriptionInputError on invalid input.

    ``start`` is the due date of the (oldest) unpaid sum; ``last_due``, when known, that of the most recent
    one. For debts made of several sums the answer is given by instalment (``open_from``).
    """
    _validate(debt_type, start, events, as_of)
    if last_due is not None:
        _validate_last_due(start, last_due, as_of)
    ordered = sorted(events, key=lambda event: event.on)  # stable: same-day events keep the input order
    if debt_type == "unknown":
        return unknown.run(start, ordered, as_of)
    rule = law.load().rule(debt_type)
    result = engine.result_of(engine.simulate(rule, start, ordered), start, as_of)
    result = instalments.by_instalment(rule, start, ordered, as_of, last_due, result)
    return _guarded(debt_type, ordered, result)


def _guarded(debt_type: str, events: Sequence[Event], result: PrescriptionResult) -> PrescriptionResult:
    """A seizure reported or a public creditor: when the dates alone say "prescribed" (all or the older sums),
    the explanation says why that cannot be said, and no caveat gives a verdict for one sum (fiche 0.2-0.3, 0.8)."""
    if not (result.prescribed or result.open_from is not None):
        return result
    code = guard.withheld(debt_type, (event.kind for event in events))
    if code is None:
        return result
    governing = law.load().rule(result.rule.id)
    key = "withheld_seizure" if code == guard.SEIZURE_REPORTED else "withheld_public"
    explanation = t(
        f"prescription.explanation.{key}",
        label=law.load().rule(debt_type).label,
        duration=years_french(governing.years),
        article=governing.article,
    )
    caveats = [c for c in result.caveats if not guard.says_prescribed(c)]
    return result.model_copy(
        update={
            "withheld": code,
            "explanation": explanation,
            "explanation_code": f"prescription.explanation.{key}",
            "caveats": caveats,
        }
    )


def _validate_last_due(start: date, last_due: date, as_of: date) -> None:
    _in_range(last_due)
    if last_due < start:
        raise PrescriptionInputError(
            t("prescription.error.last_due_before_start", last_due=french(last_due), start=french(start))
        )
    if last_due > as_of:
        raise PrescriptionInputError(
            t("prescription.error.last_due_in_future", last_due=french(last_due), as_of=french(as_of))
        )


def _validate(debt_type: str, start: date, events: Sequence[Event], as_of: date) -> None:
    if debt_type not in law.DEBT_TYPES:
        raise PrescriptionInputError(
            t(
                "prescription.error.unknown_debt_type",
                value=_shown(debt_type),
                choices=", ".join(law.DEBT_TYPES),
            )
        )
    if len(events) > MAX_EVENTS:
        raise PrescriptionInputError(
            t("prescription.error.too_many_events", count=len(events), limit=MAX_EVENTS)
        )
    for day in (start, as_of, *(event.on for event in events)):
        _in_range(day)
    if start > as_of:
        raise PrescriptionInputError(
            t("prescription.error.start_in_future", start=french(start), as_of=french(as_of))
        )
    for event in events:
        _check_event_kind(event.kind)
        label = law.load().events[event.kind].label
        if event.on > as_of:
            raise PrescriptionInputError(
                t(
                    "prescription.error.event_in_future",
                    label=label,
                    date=french(event.on),
                    as_of=french(as_of),
                )
            )
        if event.on < start:
            raise PrescriptionInputError(
                t(
                    "prescription.error.event_before_start",
                    label=label,
                    date=french(event.on),
                    start=french(start),
                )
            )


def _check_event_kind(kind: str) -> None:
    if kind not in law.EVENT_KINDS:
        raise PrescriptionInputError(
            t("prescription.error.unknown_event", value=_shown(kind), choices=", ".join(law.EVENT_KINDS))
        )


def _in_range(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise PrescriptionInputError(t("prescription.error.date_out_of_range", value=day.isoformat()))
    return day


def _shown(value: str, limit: int = 60) -> str:
    """What the user typed, made safe to echo: printable characters only, and short."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in value)
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
