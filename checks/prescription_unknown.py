"""The ``unknown`` debt type: no single period, so no verdict — the range and the questions that settle it.

Every known debt type is simulated on the same dates. If they all end on the same rule and expiry (a served
judgment settles the matter whatever the original debt), that answer is given. Otherwise ``prescribed`` is
False meaning "not established", ``expiry`` is None, and the explanation gives the earliest and latest
possible expiry with the types behind them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from checks.calendar_fr import french, years_french
from checks.prescription_engine import Outcome, Status, common_caveats, period_end, result_of, simulate
from checks.prescription_model import Event, PrescriptionResult, RuleRef
from knowledge import prescription as law
from knowledge.prescription import Nature
from knowledge.wording import text as t

# Events whose effect does not depend on the debt type keep their ordinary wording.
_TYPE_FREE_STEPS = {"contact": "contact", "assignment": "assignment"}


def run(start: date, events: Sequence[Event], as_of: date) -> PrescriptionResult:
    candidates = [(rule, simulate(rule, start, events)) for rule in law.load().determined_rules()]
    outcomes = [outcome for _, outcome in candidates]
    steps = [_step(event) for event in events]
    unknown = law.load().rule("unknown")
    if _settled(outcomes):
        settled = result_of(outcomes[0], start, as_of)
        return settled.model_copy(
            update={
                "steps": steps,
                "explanation": t("prescription.explanation.unknown_settled") + " " + settled.explanation,
                "caveats": list(dict.fromkeys([*unknown.caveats, *settled.caveats])),
            }
        )
    return PrescriptionResult(
        prescribed=False,
        expiry=None,
        rule=RuleRef(id=unknown.id, article=unknown.article, duration=None),
        steps=steps,
        explanation=t(
            "prescription.explanation.unknown",
            detail=_range(candidates),
            questions=t("prescription.explanation.unknown_questions"),
        ),
        explanation_code="prescription.explanation.unknown",
        caveats=list(
            dict.fromkeys(
                [
                    *unknown.caveats,
                    t("prescription.caveat.small_payment"),
                    t("prescription.caveat.paid_after_expiry"),
                    law.load().references["constrained_payment"].text,
                    *common_caveats(Nature.undetermined, start),
                ]
            )
        ),
    )


def _settled(outcomes: list[Outcome]) -> bool:
    first = outcomes[0]
    return first.rule.id == "judgment" and all(
        (o.rule.id, o.status, o.expiry) == (first.rule.id, first.status, first.expiry) for o in outcomes
    )


def _range(candidates: list[tuple[law.DebtRule, Outcome]]) -> str:
    running = [(rule, o.expiry) for rule, o in candidates if o.status is Status.running and o.expiry]
    if not running:
        return t("prescription.explanation.unknown_no_range")
    earliest = min(expiry for _, expiry in running)
    latest = max(expiry for _, expiry in running)
    key = "unknown_range" if len(running) == len(candidates) else "unknown_range_pending"
    return t(
        f"prescription.explanation.{key}",
        earliest=french(earliest),
        earliest_label=_who(candidates, earliest),
        latest=french(latest),
        latest_label=_who(candidates, latest),
    )


def _who(candidates: list[tuple[law.DebtRule, Outcome]], expiry: date) -> str:
    """'télécom, 1 an' or 'consommation, énergie, crédit immobilier, 2 ans' — the rules ending that day, with
    the period that ends then (after a seizure, the title's 10 years, not the debt's own)."""
    ending = [(rule, outcome) for rule, outcome in candidates if outcome.expiry == expiry]
    durations = sorted({years_french(outcome.rule.years) for _, outcome in ending})
    return ", ".join([*(rule.short for rule, _ in ending), " ou ".join(durations)])


def _step(event: Event) -> str:
    label = law.load().events[event.kind].label
    prefix = t("prescription.step.prefix", date=french(event.on), label=label)
    if event.kind in _TYPE_FREE_STEPS:
        return prefix + t(f"prescription.step.{_TYPE_FREE_STEPS[event.kind]}")
    if event.kind == "judgment":
        judgment = law.load().rule("judgment")
        return prefix + t("prescription.step.judgment", expiry=french(period_end(judgment, event.on)))
    return prefix + t(f"prescription.step_unknown.{event.kind}")
