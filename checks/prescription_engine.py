"""Event-by-event simulation of a prescription or forclusion period, and the wording of its result.

Events are replayed in date order on a small state: a period *running* towards an expiry, *stopped* by a
court case in progress (2241-2242), *suspended* by a mediation (2238), or *waiting* for the first unpaid
instalment after a consumer-credit rescheduling (R312-35). An event dated after the expiry never revives
the debt (Cass. 1re civ., 19 mai 2021), except a served judgment (a new title, L111-4) and, for a mortgage,
the acceleration (the capital is a distinct claim with its own starting point).
A rejected, abandoned or lapsed claim makes its interruption void "as if it never happened" (2243): the
simulation is simply replayed with that claim voided, so later events are re-judged on the right state.
A seizure or a commandement de payer presupposes an enforceable title (R221-1 CPC exéc.): without a reported
judgment the simulation switches to the title's 10-year regime (L111-4), never keeping the original period.
A period that started before a reform which shortened it follows art. 2222 al. 2 C. civ. (art. 26-II of the
loi 2008-561): the new period runs from the reform, without exceeding the old one. The 20-year long stop of
art. 2232 caps what acknowledgments and suspensions can add, for rights born since the 2008 reform.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from checks.calendar_fr import add_months, add_years, french, years_french
from checks.prescription_model import Event, PrescriptionInputError, PrescriptionResult, RuleRef
from knowledge import prescription as law
from knowledge.prescription import DebtRule, Nature
from knowledge.wording import text as t

REFORM_2008 = date(2008, 6, 19)  # entry into force of the loi n° 2008-561 du 17 juin 2008
MEDIATION_FLOOR_MONTHS = 6  # art. 2238 al. 2
LONG_STOP_YEARS = 20  # art. 2232: caps 2240 (acknowledgment, payment) and suspensions, not 2241/2244


# A public creditor seizes on its own title (SATD, fiche juridique 0.8): a seizure interrupts its own 4-year
# delay (art. L1617-5 3° CGCT: "tous actes interruptifs"; L274 LPF), it does not switch to the 10 years of a
# judgment (L111-4 covers the titles of L111-3 1° to 3°).
_OWN_TITLE_RULES = frozenset({"state_tax", "local_public"})


class Status(StrEnum):
    running = "running"
    claim = "claim"
    suspended = "suspended"
    waiting = "waiting"


@dataclass
class _Claim:
    index: int
    on: date
    effective: bool


@dataclass
class _Mediation:
    on: date
    effective: bool


@dataclass
class Outcome:
    """Final state of one simulation, plus what the caveats need to know."""

    rule: DebtRule
    status: Status
    expiry: date | None
    run_from: date
    remaining: int = 0  # days left in the period while it is suspended
    since: date | None = None  # start of the suspension, or date of the rescheduling
    claim: _Claim | None = None
    mediation: _Mediation | None = None
    rescheduled: bool = False
    paid_after_expiry: bool = False
    enforced_after_expiry: bool = False
    judgment_after_expiry: bool = False
    title_unknown: bool = False  # a seizure implied a title whose date was not given
    title_seized_late: bool = False  # ... and came more than the title's period after the start
    long_stop_capped: date | None = None  # the 2232 cap that cut a period short
    long_stop_not_applied: bool = False  # a period past 20 years, on a right born before the reform
    transitions: list[str] = field(default_factory=list)  # caveats on the old periods applied (2222 al. 2)
    steps: list[str] = field(default_factory=list)


class _Void(Exception):
    def __init__(self, index: int, rejected_on: date) -> None:
        super().__init__(index)
        self.index = index
        self.rejected_on = rejected_on


def period_end(rule: DebtRule, on: date) -> date:
    """Last day of a full period of ``rule`` started ``on``; art. 2222 al. 2 C. civ. before a reform.

    A period started before the reform that shortened it ends on the earlier of the old end and the new
    period counted from the reform: a 30-year judgment of 2006 ends on 19 June 2018, not in 2016.
    """
    end = add_years(on, rule.years)
    for old in rule.previous:
        if on < old.until:
            end = min(add_years(on, old.years), add_years(old.until, rule.years))
    return end


def simulate(rule: DebtRule, start: date, events: Sequence[Event]) -> Outcome:
    """Replay ``events`` (already in date order) under ``rule``, voiding rejected claims (2243)."""
    voided: dict[int, date] = {}
    while True:
        try:
            return _Simulation(rule, start, events, voided).run()
        except _Void as void:
            voided[void.index] = void.rejected_on


class _Simulation:
    def __init__(self, rule: DebtRule, start: date, events: Sequence[Event], voided: dict[int, date]) -> None:
        self.s = Outcome(rule=rule, status=Status.running, expiry=period_end(rule, start), run_from=start)
        self.start = start
        self._note_transition(start)
        self.events = events
        self.voided = voided

    def run(self) -> Outcome:
        for index, event in enumerate(self.events):
            handler = getattr(self, f"_on_{event.kind}")
            key, params = handler(index, event.on)
            label = law.load().events[event.kind].label
            prefix = t("prescription.step.prefix", date=french(event.on), label=label)
            self.s.steps.append(prefix + t(f"prescription.step.{key}", **params))
        return self.s

    # -- state helpers ----------------------------------------------------------------------------------
    @property
    def _forclusion(self) -> bool:
        return self.s.rule.nature is Nature.forclusion

    def _expired(self, on: date) -> bool:
        return self.s.status is Status.running and self.s.expiry is not None and on > self.s.expiry

    def _after_expiry(self) -> tuple[str, dict[str, Any]]:
        key = "after_expiry_forclusion" if self._forclusion else "after_expiry"
        return key, {"expiry": french(self._expiry)}

    @property
    def _expiry(self) -> date:
        assert self.s.expiry is not None
        return self.s.expiry

    def _note_transition(self, on: date) -> None:
        for old in self.s.rule.previous:
            if on < old.until:
                self.s.transitions.append(
                    t(
                        "prescription.caveat.transition",
                        until=french(old.until),
                        old=years_french(old.years),
                        old_article=old.article,
                        new=years_french(self.s.rule.years),
                        article=self.s.rule.article,
                        latest=french(add_years(old.until, self.s.rule.years)),
                    )
                )

    def _long_stop(self, end: date) -> date:
        """Art. 2232: what 2240 and suspensions add stops 20 years after the right was born (``start``)."""
        s = self.s
        # Forclusion is outside 2232 (art. 2220); L111-4 al. 2 excludes enforceable titles.
        if s.rule.nature is not Nature.prescription or s.rule.id == "judgment":
            return end
        cap = add_years(self.start, LONG_STOP_YEARS)
        if end <= cap:
            return end
        if self.start < REFORM_2008:  # whether 2232 binds rights born before the reform is not settled here
            s.long_stop_not_applied = True
            return end
        s.long_stop_capped = cap
        return cap

    def _interrupt(self, on: date, article: str, *, capped: bool = True) -> tuple[str, dict[str, Any]]:
        """A new period of the same length starts on ``on`` (2231); 2232 caps it unless ``capped`` is False."""
        s = self.s
        full = period_end(s.rule, on)
        self._note_transition(on)
        new = self._long_stop(full) if capped else full
        s.run_from = on
        params = {"article": article, "duration": years_french(s.rule.years), "expiry": french(new)}
        if s.status is Status.suspended:
            s.remaining = (new - on).days
            return "interrupts_while_suspended", params
        s.status, s.expiry = Status.running, new
        if new < full:
            return "interrupts_capped", params
        return "interrupts", params

    def _event_article(self, kind: str) -> str:
        return law.load().events[kind].article

    # -- one handler an event kind: returns (text key under prescription.step, its parameters) ----------
    def _on_payment(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        return self._acknowledge(on, self._event_article("payment"))

    def _on_acknowledgment(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        return self._acknowledge(on, self._event_article("acknowledgment"))

    def _acknowledge(self, on: date, article: str) -> tuple[str, dict[str, Any]]:
        if self._forclusion:
            return self._after_expiry() if self._expired(on) else ("forclusion_no_effect", {})
        if self.s.status is Status.claim:
            return "during_claim", {}
        if self._expired(on):
            self.s.paid_after_expiry = True
            return self._after_expiry()
        return self._interrupt(on, article)

    def _on_contact(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        rule_id = self.s.rule.id
        if rule_id == "telecom":
            return "contact_telecom", {}
        if rule_id in {"state_tax", "local_public"}:
            return "contact_public", {}
        return "contact", {}

    def _on_assignment(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        return "assignment", {}

    def _on_court_claim(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if s.claim is not None:
            return "court_claim_already", {}
        if index in self.voided:
            s.claim = _Claim(index, on, effective=False)
            return "court_claim_voided", {"rejected": french(self.voided[index])}
        if self._expired(on):
            s.claim = _Claim(index, on, effective=False)
            key = "court_claim_after_forclusion" if self._forclusion else "court_claim_after_expiry"
            return key, {"expiry": french(self._expiry)}
        s.claim = _Claim(index, on, effective=True)
        s.status, s.expiry = Status.claim, None
        return ("court_claim_forclusion" if self._forclusion else "court_claim"), {}

    def _on_claim_rejected(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if s.claim is None:
            raise PrescriptionInputError(
                t("prescription.error.claim_rejected_without_claim", date=french(on))
            )
        claim, s.claim = s.claim, None
        if claim.effective:
            raise _Void(claim.index, on)
        params: dict[str, Any] = {"claim": french(claim.on)}
        if claim.index not in self.voided:
            return "claim_rejected_noop", params
        if s.status is Status.running and s.expiry is not None:
            key = "claim_rejected_expired" if self._expired(on) else "claim_rejected_running"
            return key, {**params, "expiry": french(s.expiry)}
        return "claim_rejected_other", params

    def _on_judgment(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        was_expired = self._expired(on)
        s.rule = law.load().rule("judgment")
        s.status, s.expiry, s.run_from = Status.running, period_end(s.rule, on), on
        self._note_transition(on)
        s.claim = None
        s.title_unknown = s.title_seized_late = False
        if s.mediation is not None:
            s.mediation.effective = False
        if was_expired:
            s.judgment_after_expiry = True
            return "judgment_after_expiry", {"expiry": french(s.expiry)}
        return "judgment", {"expiry": french(s.expiry)}

    def _on_enforcement(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        """2244 interrupts prescription and forclusion alike; a seizure presupposes a title (R221-1)."""
        s = self.s
        if s.status is Status.claim:
            return "during_claim", {}
        if s.rule.id == "judgment" or s.rule.id in _OWN_TITLE_RULES:
            if self._expired(on):
                s.enforced_after_expiry = True
                return self._after_expiry()
            return self._interrupt(on, self._event_article("enforcement"), capped=False)
        # No judgment given: the seizure rests on a title of unknown date, between the start and the seizure.
        was_expired = self._expired(on)
        s.rule = law.load().rule("judgment")
        s.status, s.expiry, s.run_from = Status.running, period_end(s.rule, on), on
        self._note_transition(on)
        s.title_unknown, s.judgment_after_expiry = True, was_expired
        s.title_seized_late = on > period_end(s.rule, self.start)
        if s.mediation is not None:
            s.mediation.effective = False
        key = "enforcement_title_after_expiry" if was_expired else "enforcement_title"
        return key, {"expiry": french(s.expiry)}

    def _on_mediation_start(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if s.mediation is not None:
            raise PrescriptionInputError(
                t("prescription.error.mediation_already_open", date=french(on), since=french(s.mediation.on))
            )
        s.mediation = _Mediation(on, effective=False)
        if self._forclusion:
            return self._after_expiry() if self._expired(on) else ("mediation_start_forclusion", {})
        if s.status is Status.claim:
            return "during_claim", {}
        if self._expired(on):
            return self._after_expiry()
        s.mediation.effective = True
        s.status, s.since, s.remaining = Status.suspended, on, (self._expiry - on).days
        s.expiry = None
        return "mediation_start", {"remaining": s.remaining}

    def _on_mediation_end(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if s.mediation is None:
            raise PrescriptionInputError(t("prescription.error.mediation_end_without_start", date=french(on)))
        mediation, s.mediation = s.mediation, None
        if s.status is Status.claim:
            return "during_claim", {}
        if not (mediation.effective and s.status is Status.suspended):
            return "mediation_end_noop", {}
        resumed = on + timedelta(days=s.remaining)
        floor = add_months(on, MEDIATION_FLOOR_MONTHS)
        full = max(resumed, floor)
        s.status, s.expiry, s.since = Status.running, self._long_stop(full), None
        key = "mediation_end_floor" if floor > resumed else "mediation_end"
        if s.expiry < full:
            key = "mediation_end_capped"
        return key, {"remaining": s.remaining, "expiry": french(s.expiry)}

    def _on_rescheduling(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        s.rescheduled = True
        if self._forclusion:
            if self._expired(on):
                return self._after_expiry()
            if s.status is Status.claim:
                return "during_claim", {}
            s.status, s.expiry, s.since = Status.waiting, None, on
            return "rescheduling_credit", {}
        if s.status is Status.claim:
            return "during_claim", {}
        if self._expired(on):
            s.paid_after_expiry = True
            return self._after_expiry()
        return self._interrupt(on, t("prescription.step.rescheduling_article"))

    def _on_first_unpaid_after_rescheduling(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if not s.rescheduled:
            raise PrescriptionInputError(t("prescription.error.unpaid_without_rescheduling", date=french(on)))
        if not self._forclusion:
            return "first_unpaid_other", {}
        if s.status is Status.waiting:
            s.status, s.expiry, s.run_from, s.since = Status.running, period_end(s.rule, on), on, None
            return "first_unpaid", {"expiry": french(self._expiry)}
        if s.status is Status.claim:
            return "during_claim", {}
        return "first_unpaid_already", {}

    def _on_acceleration(self, index: int, on: date) -> tuple[str, dict[str, Any]]:
        s = self.s
        if s.rule.id == "consumer_credit":
            return "acceleration_credit", {}
        if s.rule.id != "mortgage":
            return "acceleration_other", {}
        if s.status is Status.claim:
            return "during_claim", {}
        # The capital is a claim of its own: its period starts now even if old instalments are prescribed.
        if s.status is Status.suspended:
            return self._interrupt(on, self._event_article("acceleration"), capped=False)
        s.status, s.expiry, s.run_from = Status.running, period_end(s.rule, on), on
        self._note_transition(on)
        return "acceleration_mortgage", {"expiry": french(self._expiry)}


# -- result -------------------------------------------------------------------------------------------------
def result_of(outcome: Outcome, start: date, as_of: date) -> PrescriptionResult:
    rule = outcome.rule
    prescribed = outcome.status is Status.running and outcome.expiry is not None and as_of > outcome.expiry
    key, params = explanation(outcome, as_of, prescribed)
    return PrescriptionResult(
        prescribed=prescribed,
        expiry=outcome.expiry,
        rule=RuleRef(id=rule.id, article=rule.article, duration=rule.duration),
        steps=list(outcome.steps),
        explanation=t(key, **params),
        explanation_code=key,
        caveats=caveats(outcome, start, prescribed),
    )


def explanation(outcome: Outcome, as_of: date, prescribed: bool) -> tuple[str, dict[str, Any]]:
    """The explanation's wording key (its stable code) and its parameters."""
    rule, forclusion = outcome.rule, outcome.rule.nature is Nature.forclusion
    common: dict[str, Any] = {"label": rule.label, "as_of": french(as_of)}
    if outcome.status is Status.claim:
        assert outcome.claim is not None
        return "prescription.explanation.pending_claim", {
            "label": rule.label,
            "claim": french(outcome.claim.on),
        }
    if outcome.status is Status.suspended:
        assert outcome.since is not None
        return "prescription.explanation.suspended", {
            **common,
            "since": french(outcome.since),
            "remaining": outcome.remaining,
        }
    if outcome.status is Status.waiting:
        assert outcome.since is not None
        return "prescription.explanation.waiting", {"as_of": french(as_of), "since": french(outcome.since)}
    assert outcome.expiry is not None
    params = {
        **common,
        "duration": years_french(rule.years),
        "article": rule.article,
        "run_from": french(outcome.run_from),
        "expiry": french(outcome.expiry),
    }
    if prescribed:
        key = "forclosed" if forclusion else "prescribed"
        return f"prescription.explanation.{key}", {
            **params,
            "day_after": french(outcome.expiry + timedelta(days=1)),
        }
    if forclusion:
        key = "open_forclusion"
    elif (
        rule.id == "judgment"
    ):  # a title is executed, not claimed in court again (L111-4, fiche juridique 0.3)
        key = "open_title"
    elif rule.id in _OWN_TITLE_RULES:  # the public accountant recovers without a judge (fiche juridique 0.8)
        key = "open_public"
    else:
        key = "open"
    return f"prescription.explanation.{key}", params


def caveats(outcome: Outcome, start: date, prescribed: bool) -> list[str]:
    rule = outcome.rule
    items = list(rule.caveats)
    if outcome.title_unknown:
        items.append(t("prescription.caveat.title_unknown"))
        if outcome.title_seized_late:
            items.append(t("prescription.caveat.title_seized_late"))
    if outcome.judgment_after_expiry:
        items.append(t("prescription.caveat.judgment_after_expiry"))
    items.extend(payment_caveats(outcome, prescribed))
    if rule.nature is Nature.prescription and not prescribed:
        items.append(t("prescription.caveat.small_payment"))
    items.extend(outcome.transitions)
    if outcome.long_stop_capped is not None:
        items.append(
            t(
                "prescription.caveat.long_stop",
                cap=french(outcome.long_stop_capped),
                text=law.load().references["long_stop"].text,
            )
        )
    if outcome.long_stop_not_applied:
        items.append(t("prescription.caveat.long_stop_old_right"))
    items.extend(common_caveats(rule.nature, start))
    return list(dict.fromkeys(items))


def payment_caveats(outcome: Outcome, prescribed: bool) -> list[str]:
    """2249-2251 and the constrained-payment ruling: what paying a prescribed debt means."""
    items: list[str] = []
    if outcome.rule.nature is Nature.prescription and (prescribed or outcome.paid_after_expiry):
        items.append(t("prescription.caveat.paid_after_expiry"))
    if outcome.rule.nature is Nature.prescription and (
        prescribed or outcome.paid_after_expiry or outcome.enforced_after_expiry
    ):
        items.append(law.load().references["constrained_payment"].text)
    return items


def common_caveats(nature: Nature, start: date) -> list[str]:
    """Always said: who raises it, 'prescribed' is not 'erased', how dates are counted, see a lawyer."""
    items: list[str] = []
    if nature is not Nature.forclusion:
        items.append(t("prescription.caveat.invoke"))
    if nature is not Nature.prescription:
        items.append(t("prescription.caveat.forclusion_judge"))
    items.append(t("prescription.caveat.not_erased"))
    if start < REFORM_2008:
        items.append(t("prescription.caveat.before_reform"))
    items.append(t("prescription.caveat.computation", text=law.load().references["computation"].text))
    items.append(t("prescription.caveat.information"))
    return items
