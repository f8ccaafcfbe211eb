"""Prescription: the debt type, when the unpaid started, then only the events that restart or pause the
clock, each with its date. After a seizure or a commandement, the date of the judgment or deed it rests on
(it sets a 10-year period); when the answer goes by instalment, the date of the most recent unpaid sum.
Diagram: docs/flows/prescription.mmd.

To add a question (say, the judgment date after a reported seizure): add a ``Step``, the answer's field to
``PrescriptionData``, a hint in ``TABLE.hints``, a row for the step, and lead to the step from the handler that
precedes it (``_event_pressed`` or ``_date_typed``); ``_compute`` receives the whole ``PrescriptionData``.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.conversation.actions import Act
from bot.conversation.model import Button, LastResult, Reply
from bot.conversation.render import DETAILS_MAX_CHARS
from bot.conversation.services import PrescriptionView, ServiceUnavailable
from bot.conversation.table import Call, DialogueData, FlowTable, On, Outcome, Row, Target, done, goto
from bot.conversation.texts import back_row, button, cancel_row, t
from checks import prescription_guard as guard
from checks.calendar_fr import MONTHS_FR, french
from checks.facts import Facts, extract, find_dates
from checks.vague_dates import ENGINE_EVENT
from knowledge import understanding, wording, words_fr
from knowledge.intents import fold


class Step(StrEnum):
    type = "type"  # which kind of debt (buttons, or typed)
    start = "start"  # when the unpaid started (or when the judgment was served)
    events = "events"  # anything since that restarts or pauses the clock?
    event_date = "event_date"  # the date of the event just chosen
    title_date = "title_date"  # after a seizure: when the judgment or deed it rests on was served
    last_due = "last_due"  # answered by instalment: the date of the most recent unpaid sum


class DatedEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str  # an event kind of checks/prescription ("payment", "enforcement"…)
    on: date
    latest: date | None = None  # a vague date ("2025", "mars 2022") is a span: ``on`` is its first day


class PrescriptionData(DialogueData):
    flow: Literal["prescription"] = "prescription"
    step: Step = Step.type
    debt_type: str = ""
    start: date | None = None
    events: list[DatedEvent] = Field(default_factory=list)
    pending: str = ""  # the event whose date is asked (step event_date)
    start_latest: date | None = None  # a vague start ("2025") is a span, never read as its 1st day alone
    known_start: date | None = None  # read from the question (checks/facts.py), used once the type is known
    known_start_latest: date | None = None
    creditor: str = Field(default="", max_length=120)  # named in the question ("facture SFR"), for a letter
    seizure_undated: bool = False  # the question told of a seizure without its date: asked after the start
    guess: str = Field(default="", max_length=40)  # the debt type offered as a guess, for a typed «oui»
    public: bool = False  # a public creditor named (impôts, amende, hôpital…): never "prescribed"


# The events that change the answer, as buttons; each is asked with its date. A plain letter or a reminder
# call changes nothing (it does not interrupt), so it is not asked.
EVENTS_WITH_DATE = ("payment", "acknowledgment", "court_claim", "judgment", "enforcement")
NOTHING, UNSURE = "none", "unsure"
# Typed instead of pressing "Rien de tout ça" / "C'est tout" (folded: lower case, no accents).
_NOTHING_TYPED = frozenset(words_fr.load().words.nothing_answers)
# Typed instead of pressing "Oui, c'est ça" / "Je ne sais pas" (folded the same way).
_YES_TYPED = frozenset(words_fr.load().words.yes_answers)
_UNSURE_TYPED = frozenset(words_fr.load().words.unsure_answers)
# "credit", "un credit" typed at the type question: both credit labels match, the consumer one is meant (review of 2/12).
_CONSUMER_CREDIT_TYPED = frozenset(words_fr.load().words.consumer_credit_answers)


async def start(call: Call, facts: Facts | None = None) -> Outcome:
    """Ask the debt type, or offer the one the question names as a guess to confirm ("facture edf" ->
    electricity or gas); what the question already said (when the unpaid started, a payment since) is
    kept and not asked again."""
    rows = [[button(Act.debt_type, c.id, label=c.label)] for c in call.env.services.debt_types()]
    data = PrescriptionData()
    if facts is not None:
        data = _with_facts(data, facts)
    replies = [Reply(text=t("prescription.intro"))]
    guess = facts.creditor if facts is not None else None
    known_ids = {c.id for c in call.env.services.debt_types()}
    if guess is not None and guess.sector in known_ids and guess.sector != "unknown":
        key = "prescription.guess_brand" if guess.from_brand else "prescription.guess_words"
        text = wording.text(f"understanding.{key}", name=guess.name, label=guess.sector_label)
        yes = [
            button(Act.debt_type, guess.sector, label=wording.text("understanding.prescription.guess_yes"))
        ]
        data = data.model_copy(update={"guess": guess.sector})
        return goto(data, *replies, Reply(text=text, buttons=[yes, *rows, cancel_row()]))
    return goto(data, *replies, Reply(text=t("prescription.ask_type"), buttons=[*rows, cancel_row()]))


def _with_facts(data: PrescriptionData, facts: Facts) -> PrescriptionData:
    start = facts.start
    events = [
        DatedEvent(
            kind=ENGINE_EVENT[e.kind],
            on=e.when.earliest,
            latest=None if e.when.exact else e.when.latest,
        )
        for e in facts.events
        if e.when is not None and ENGINE_EVENT.get(e.kind) in EVENTS_WITH_DATE
    ]
    told_seizure = any(ENGINE_EVENT.get(e.kind) == "enforcement" for e in facts.events)
    return data.model_copy(
        update={
            "seizure_undated": told_seizure and not any(e.kind == "enforcement" for e in events),
            "public": facts.public_creditor,
            "creditor": facts.creditor.name if facts.creditor is not None else "",
            "known_start": start.earliest if start is not None else None,
            "known_start_latest": start.latest if start is not None and not start.exact else None,
            "events": events,
        }
    )


async def _type_pressed(call: Call) -> Outcome | None:
    return _with_type(call, call.arg)


def _with_type(call: Call, debt_type: str) -> Outcome | None:
    if debt_type not in {c.id for c in call.env.services.debt_types()}:
        return None
    data = call.dialogue if isinstance(call.dialogue, PrescriptionData) else PrescriptionData()
    judged = next((e for e in data.events if e.kind == "judgment"), None)
    if debt_type == "judgment" and judged is not None:
        # "on m a signifié un jugement en 2015" (fifth hunt, 01/12/2026): the judgment's date the question gave is the
        # start of a judgment debt, not asked again.
        nxt = data.model_copy(
            update={
                "step": Step.events,
                "debt_type": debt_type,
                "start": judged.on,
                "start_latest": judged.latest,
                "events": [e for e in data.events if e is not judged and e.on >= judged.on],
            }
        )
        return _after_start(nxt, Reply(text=_noted(nxt)))
    if data.known_start is not None and debt_type != "judgment":
        # The question said when the unpaid started: only the events since are still to ask.
        nxt = data.model_copy(
            update={
                "step": Step.events,
                "debt_type": debt_type,
                "start": data.known_start,
                "start_latest": data.known_start_latest,
                "events": [e for e in data.events if e.on >= data.known_start],
            }
        )
        return _after_start(nxt, Reply(text=_noted(nxt)))
    key = "prescription.ask_start_judgment" if debt_type == "judgment" else "prescription.ask_start"
    nxt = PrescriptionData(
        step=Step.start,
        debt_type=debt_type,
        events=data.events,
        creditor=data.creditor,
        seizure_undated=data.seizure_undated,
        public=data.public,
    )
    return goto(nxt, Reply(text=t(key), buttons=[cancel_row()]))


# A public creditor seizes on its own title (SATD, fiche juridique 0.8): no judgment to ask for, but the
# seizure's date still counts.
_OWN_TITLE_TYPES = frozenset({"state_tax", "local_public"})


def _after_start(data: PrescriptionData, *before: Reply) -> Outcome:
    """Once the start is known: a seizure the question told of is never left out (fiche juridique 0.3). Its
    date is asked when the question did not give it, then the date of the judgment or deed it rests on
    (it sets the 10-year period); otherwise, the events since the start."""
    seized = any(e.kind == "enforcement" for e in data.events)
    if data.seizure_undated and not seized:
        nxt = data.model_copy(
            update={"step": Step.event_date, "pending": "enforcement", "seizure_undated": False}
        )
        return goto(nxt, *before, Reply(text=t("prescription.ask_seizure_date"), buttons=[cancel_row()]))
    if seized and not _has_title(data):
        nxt = data.model_copy(update={"step": Step.title_date, "seizure_undated": False})
        buttons = [[button(Act.title_unknown)], cancel_row()]
        return goto(nxt, *before, Reply(text=t("prescription.ask_title_date"), buttons=buttons))
    nxt = data.model_copy(update={"step": Step.events, "seizure_undated": False})
    return goto(nxt, *before, _events_reply(not nxt.events, data.debt_type))


def _when(on: date, latest: date | None) -> str:
    if latest is None or latest == on:
        return french(on)
    return wording.text("understanding.prescription.span", earliest=french(on), latest=french(latest))


def _noted(data: PrescriptionData) -> str:
    assert data.start is not None
    key = "noted_judgment" if data.debt_type == "judgment" else "noted_start"
    parts = [wording.text(f"understanding.prescription.{key}", when=_when(data.start, data.start_latest))]
    parts += [
        wording.text(
            "understanding.prescription.noted_event",
            label=t(f"prescription.event_{e.kind}"),
            when=_when(e.on, e.latest),
        )
        for e in data.events
    ]
    return wording.text("understanding.prescription.noted", facts=" ; ".join(parts))


async def _type_typed(call: Call) -> Outcome | None:
    """A debt type typed instead of pressed ("télécom", "loyer", "sfr", "edf"): accepted when it names
    exactly one type, or a creditor whose sector is one (the guess is then the type chosen). «oui» takes the
    type offered as a guess, «non» shows the list again, «jsp» is the unknown type."""
    typed = fold(call.text).strip(" .!?")
    data = call.dialogue if isinstance(call.dialogue, PrescriptionData) else PrescriptionData()
    if typed in _YES_TYPED and data.guess:
        return _with_type(call, data.guess)
    if typed in _UNSURE_TYPED:
        return _with_type(call, "unknown")
    if typed in _NOTHING_TYPED:
        rows = [[button(Act.debt_type, c.id, label=c.label)] for c in call.env.services.debt_types()]
        nxt = data.model_copy(update={"guess": ""})
        return goto(nxt, Reply(text=t("prescription.ask_type"), buttons=[*rows, cancel_row()]))
    if typed in _CONSUMER_CREDIT_TYPED:
        return _with_type(call, "consumer_credit")
    if len(typed) < 3:
        creditor = extract(call.text, call.env.ctx.today).creditor
        return _with_type(call, creditor.sector) if creditor is not None else None
    found = [c for c in call.env.services.debt_types() if typed in fold(c.label) or fold(c.label) in typed]
    if len(found) == 1:
        return _with_type(call, found[0].id)
    creditor = extract(call.text, call.env.ctx.today).creditor
    if creditor is not None:
        return _with_type(call, creditor.sector)
    return _start_before_type(call, data)


def _start_before_type(call: Call, data: PrescriptionData) -> Outcome | None:
    """ "2019" typed when the type is asked: the start, answered early. Kept (not read as a phone number),
    and the type asked again."""
    today = call.env.ctx.today
    when = call.env.services.parse_date(call.text, today)
    if when is None or when > today:
        return None
    when, latest = _vague_span(call.text, when, today)
    nxt = data.model_copy(update={"known_start": when, "known_start_latest": latest})
    noted = wording.text("understanding.prescription.noted_start", when=_when(when, nxt.known_start_latest))
    rows = [[button(Act.debt_type, c.id, label=c.label)] for c in call.env.services.debt_types()]
    text = t("prescription.start_before_type", noted=noted)
    return goto(nxt, Reply(text=text, buttons=[*rows, cancel_row()]))


def _events_reply(first: bool, debt_type: str) -> Reply:
    # After a judgment, only what happened since it matters: no court question again.
    asked = [e for e in EVENTS_WITH_DATE if debt_type != "judgment" or e not in {"court_claim", "judgment"}]
    rows: list[list[Button]] = [[button(Act.event, e, label=t(f"prescription.event_{e}"))] for e in asked]
    end_key = "prescription.event_none" if first else "prescription.done_events"
    last_row = [button(Act.event, NOTHING, label=t(end_key))]
    if first:
        last_row.append(button(Act.event, UNSURE, label=t("prescription.event_unsure")))
    text = t("prescription.ask_events" if first else "prescription.ask_more")
    return Reply(text=text, buttons=[*rows, last_row])


async def _event_pressed(call: Call) -> Outcome | None:
    data = call.data(PrescriptionData)
    if call.arg in EVENTS_WITH_DATE:
        nxt = data.model_copy(update={"step": Step.event_date, "pending": call.arg})
        return goto(nxt, Reply(text=t("prescription.ask_event_date"), buttons=[cancel_row()]))
    if call.arg in {NOTHING, UNSURE}:
        return _compute(call, data, unsure=call.arg == UNSURE)
    return None


async def _nothing_typed(call: Call) -> Outcome | None:
    """«non», «rien»: the answer; an event told in words with its date ("l'année dernière en mars j'ai
    versé 50 euros"): noted, then "anything else?"."""
    data = call.data(PrescriptionData)
    if fold(call.text).strip(" .!?") in _NOTHING_TYPED:
        return _compute(call, data, unsure=False)
    if fold(call.text).strip(" .!?") in _UNSURE_TYPED and not data.events:  # «jsp»: as "Je ne sais pas"
        return _compute(call, data, unsure=True)
    corrected = _date_corrected(call, data)
    if corrected is not None:
        return corrected
    told = [
        DatedEvent(
            kind=ENGINE_EVENT[e.kind], on=e.when.earliest, latest=None if e.when.exact else e.when.latest
        )
        for e in extract(call.text, call.env.ctx.today).events
        if e.when is not None and ENGINE_EVENT.get(e.kind) in EVENTS_WITH_DATE
    ]
    if not any(e.kind == "enforcement" for e in told) and data.start is not None:
        seized = _seizure_told(call, data)
        if seized is not None:
            return seized
    if not told or data.start is None or any(e.on < data.start for e in told):
        return None
    nxt = data.model_copy(update={"events": [*data.events, *told]})
    return goto(nxt, Reply(text=_noted(nxt)), _events_reply(False, data.debt_type))


def _seizure_told(call: Call, data: PrescriptionData) -> Outcome | None:
    """ "mon compte est a zero ils ont tout saisi" at the events step (review of 2/12): the seizure is counted (it
    interrupts, and rests on a title: fiche juridique 0.2-0.3), what a seizure must leave offered as a card, then its
    date asked; the dialogue never ends on it without it."""
    told = extract(call.text, call.env.ctx.today).events
    if not any(ENGINE_EVENT.get(e.kind) == "enforcement" and e.when is None for e in told):
        return None
    rows: list[list[Button]] = []
    try:
        card = call.env.services.card("seizure_leaves")
    except ServiceUnavailable:
        card = None
    if card is not None:
        rows.append([button(Act.card, card.id, label=card.title)])
    nxt = data.model_copy(update={"step": Step.event_date, "pending": "enforcement"})
    return goto(
        nxt,
        Reply(text=t("prescription.seizure_told"), buttons=rows),
        Reply(text=t("prescription.ask_seizure_date"), buttons=[cancel_row()]),
    )


_MOST_WORDS_BESIDE_A_CORRECTION = 2
# Longest first: "non en fait" before "en fait".
_CHANGE_OF_MIND = sorted(words_fr.load().words.change_of_mind, key=len, reverse=True)


def _date_corrected(call: Call, data: PrescriptionData) -> Outcome | None:
    """ "en 2015" then "non en fait en 2016" (fifth hunt, 01/12/2026): the date just given corrected, the last event's
    when there is one, else the start; the events asked again."""
    typed = fold(call.text).strip(" .!?")
    marker = next(
        (m for m in _CHANGE_OF_MIND if typed.startswith(m + " ") or typed.startswith(m + ",")), None
    )
    if marker is None or data.start is None:
        return None
    rest = typed[len(marker) :].strip(" ,")
    spans = find_dates(rest, call.env.ctx.today)
    # Only a date, maybe with a word or two ("plutot en 2016"); "non en fait j'ai payé 50e en 2023" tells an event.
    if (
        not spans
        or len((rest[: spans[0][0]] + " " + rest[spans[-1][1] :]).split()) > _MOST_WORDS_BESIDE_A_CORRECTION
    ):
        return None
    read = _date_in_words(rest, call.env.ctx.today)
    if read is None:
        return None
    when, latest = read
    if data.events:
        last = data.events[-1]
        if when < data.start:
            return None
        fixed = last.model_copy(update={"on": when, "latest": latest})
        nxt = data.model_copy(update={"events": [*data.events[:-1], fixed]})
    else:
        nxt = data.model_copy(update={"start": when, "start_latest": latest})
    return goto(nxt, Reply(text=_noted(nxt)), _events_reply(not nxt.events, data.debt_type))


async def _date_typed(call: Call) -> Outcome | None:
    """A date, for whichever date the step asks; a future date, or one before the start, is asked again."""
    data = call.data(PrescriptionData)
    today = call.env.ctx.today
    when = call.env.services.parse_date(call.text, today)
    latest = None
    if when is not None:
        when, latest = _vague_span(call.text, when, today)
    if when is None:
        read = _date_in_words(call.text, today)
        if read is None:
            return _type_corrected(call, data) or _date_unknown(call, data)
        when, latest = read
    if when > today:
        return goto(data, Reply(text=t("prescription.date_future"), buttons=[cancel_row()]))
    if data.step is not Step.start and data.start is not None and when < data.start:
        key = "last_due_before_start" if data.step is Step.last_due else "event_before_start"
        return goto(data, Reply(text=t(f"prescription.{key}"), buttons=[cancel_row()]))
    if data.step is Step.start:
        return _after_start(data.model_copy(update={"start": when, "start_latest": latest}))
    if data.step is Step.last_due:
        return _compute(call, data, unsure=False, last_due=when)
    if data.step is Step.title_date:  # the judgment or deed a seizure rests on (R221-1 CPC exéc.)
        return _more_events(data, DatedEvent(kind="judgment", on=when, latest=latest))
    event = DatedEvent(kind=data.pending or "payment", on=when, latest=latest)
    if event.kind == "enforcement" and not _has_title(data):
        # A seizure or a commandement rests on a title: its date decides the 10-year period.
        nxt = data.model_copy(
            update={"step": Step.title_date, "events": [*data.events, event], "pending": ""}
        )
        buttons = [[button(Act.title_unknown)], cancel_row()]
        return goto(nxt, Reply(text=t("prescription.ask_title_date"), buttons=buttons))
    return _more_events(data, event)


# An answer that gives a date among other words ("2021 je crois", "ya 2 ans", "en 2019 ou 2020"): read as
# the span it names, when it is short; a longer text is a story, left to the step's hint.
_MOST_WORDS_AROUND_A_DATE = 12  # "je sais plus trop, je crois que c'etait au printemps 2019" (fourth hunt)


def _type_corrected(call: Call, data: PrescriptionData) -> Outcome | None:
    """ "non en fait c'etait une facture edf pas sfr" typed when the start is asked (fifth hunt, 01/12/2026): the
    debt type corrected, the start asked again for it."""
    if data.step is not Step.start:
        return None
    creditor = extract(call.text, call.env.ctx.today).creditor
    if creditor is None or creditor.sector in {data.debt_type, "unknown"}:
        return None
    if creditor.sector not in {c.id for c in call.env.services.debt_types()}:
        return None
    outcome = _with_type(call, creditor.sector)
    if outcome is None:
        return None
    noted = Reply(text=wording.text("understanding.prescription.type_changed", label=creditor.sector_label))
    outcome.replies.insert(0, noted)
    return outcome


def _date_in_words(text: str, today: date) -> tuple[date, date | None] | None:
    """The span of the one date (or "2019 ou 2020": the two) a short answer gives, as (first day, last
    day or None when exact)."""
    folded = understanding.fold(text)
    if len(folded.split()) > _MOST_WORDS_AROUND_A_DATE:
        return None
    spans = find_dates(folded, today)
    if len(spans) == 2 and " ou " not in folded[spans[0][1] : spans[1][0] + 1]:
        return None
    if not 1 <= len(spans) <= 2:
        return None
    earliest, latest = spans[0][2].earliest, spans[-1][2].latest
    return earliest, (latest if latest != earliest else None)


def _date_unknown(call: Call, data: PrescriptionData) -> Outcome | None:
    """ "jsp", "aucune idée" for a date: a rough date is enough, and where to find it (the step's own
    buttons kept); "jsp" for the judgment behind a seizure is its "Je ne sais pas"."""
    if fold(call.text).strip(" .!?") not in _UNSURE_TYPED:
        return None
    if data.step is Step.title_date:
        return _more_events(data, None)
    if data.step is Step.start:
        return goto(data, Reply(text=t("prescription.date_unknown_start"), buttons=[cancel_row()]))
    if data.step is Step.last_due:
        rows = [[button(Act.last_due_single)], cancel_row()]
        return goto(data, Reply(text=t("prescription.date_unknown_last_due"), buttons=rows))
    return goto(data, Reply(text=t("prescription.date_unknown_event"), buttons=[cancel_row()]))


def _vague_span(text: str, when: date, today: date) -> tuple[date, date | None]:
    """The first and last day a vague date can mean ("2025": 1/1 to 31/12/2025; "il y a 3 ans": the year around
    that day, as "ya 3 ans" and a story read it), when ``when`` falls in it; else ``when`` alone, exact. Review of
    2/12: "il y a 3 ans" was one exact day (today three years ago), while "ya 3 ans" was the span."""
    spans = [d for _, _, d in find_dates(understanding.fold(text), today)]
    if len(spans) == 1 and not spans[0].exact and spans[0].earliest <= when <= spans[0].latest:
        return spans[0].earliest, spans[0].latest
    return when, None


def _more_events(data: PrescriptionData, event: DatedEvent | None) -> Outcome:
    events = [*data.events, event] if event is not None else data.events
    nxt = data.model_copy(update={"step": Step.events, "events": events, "pending": ""})
    return goto(nxt, _events_reply(False, data.debt_type))


def _has_title(data: PrescriptionData) -> bool:
    """A judgment given, a debt that is itself a judgment, or a public creditor (its own title): no need to
    ask for the title's date."""
    own_title = data.debt_type == "judgment" or data.debt_type in _OWN_TITLE_TYPES
    return own_title or any(e.kind == "judgment" for e in data.events)


async def _title_unknown(call: Call) -> Outcome:
    return _more_events(call.data(PrescriptionData), None)


async def _single_sum(call: Call) -> Outcome:
    """One sum only: the most recent is the first, due on the start date."""
    data = call.data(PrescriptionData)
    return _compute(call, data, unsure=False, last_due=data.start)


def _compute(call: Call, data: PrescriptionData, *, unsure: bool, last_due: date | None = None) -> Outcome:
    env = call.env
    if data.start is None:  # cannot happen through the table (events come after start): said, not raised
        return done(Reply(text=t("prescription.failed"), buttons=[back_row()]))
    try:
        view = env.services.prescription(
            data.debt_type, data.start, [(e.kind, e.on) for e in data.events], env.ctx.today, last_due
        )
    except (ServiceUnavailable, ValueError, KeyError):
        return done(Reply(text=t("prescription.failed"), buttons=[back_row()]))
    unsure_note = f"\n\n{t('prescription.unsure_note')}" if unsure else ""
    answer = _both_ways(call, data, view.text, view.codes, last_due)
    several = last_due if last_due is not None and data.start is not None and last_due > data.start else None
    kinds = {e.kind for e in data.events}
    title_undated = "enforcement" in kinds and "judgment" not in kinds and data.debt_type != "judgment"
    text = _short(view, answer, several, title_undated=title_undated) + unsure_note
    codes = view.codes
    withheld = _withheld(data, view, answer)
    if withheld is not None:
        # "intrum me saisit mon compte pour un credit de 2015", "amende de 2019" (legal redo, 01/12/2026): the dates
        # alone say "prescribed", but a seizure was reported or the creditor is public: never said (fiche 0.2-0.3, 0.8)
        warning, notes, detail_notes, code = withheld
        text = "\n".join([warning, *notes, t("prescription.short_estimate")]) + unsure_note
        answer = "\n\n".join([warning, *notes, *detail_notes, _without_verdict(view)])
        codes = [c for c in codes if c != "prescription.prescribed"] + [code]
        if _seized_after_expiry(data, view):
            codes.append("prescription.seized_after_expiry")
    elif any(e.kind == "enforcement" for e in data.events):
        text = f"{text}\n\n{t('prescription.seizure_note')}"
        answer = f"{answer}\n\n{t('prescription.seizure_note')}"
        codes = [*codes, "prescription.seizure_reported"]
    details = answer + unsure_note
    more = [[button(Act.next_details)]] if details != text else []
    buttons = [
        *more,
        [button(Act.next_letter), button(Act.prescription_restart)],
        [button(Act.next_wrong), button(Act.menu)],
    ]
    last = LastResult(
        kind="prescription",
        verdict="inconclusive",
        codes=codes[:50],
        details=details[:DETAILS_MAX_CHARS],
        facts=_letter_facts(data, view, last_due) if withheld is None else _letter_facts(data, None, None),
    )
    if last_due is None and "prescription.by_instalment" in view.codes and withheld is None:
        # Answered by instalment: the most recent unpaid sum tells whether all of it is prescribed.
        ask = Reply(text=t("prescription.ask_last_due"), buttons=[[button(Act.last_due_single)], *buttons])
        outcome = goto(data.model_copy(update={"step": Step.last_due}), Reply(text=text), ask)
        outcome.last = last
        return outcome
    return done(Reply(text=text, buttons=buttons), last=last)


def _withheld(
    data: PrescriptionData, view: PrescriptionView, answer: str
) -> tuple[str, list[str], list[str], str] | None:
    """When the dates alone would say "prescribed" (all of it, the older sums, or one end of a vague date) but a
    seizure was reported or the creditor is public: the warning, the notes (short answer), the notes for the
    details only, and the code said instead."""
    differ = not answer.startswith(view.text)  # a vague date answered both ways, one of them "prescribed"
    if not (view.prescribed or view.open_from is not None or differ):
        return None
    code = guard.withheld(data.debt_type, (e.kind for e in data.events), public=data.public)
    if code == guard.SEIZURE_REPORTED:
        if _seized_after_expiry(data, view):
            assert view.expiry is not None
            warning = t("prescription.short_seized_after_expiry", expiry=french(view.expiry))
        else:
            warning = t("prescription.short_seized_no_verdict", rule=view.rule)
        return warning, [t("prescription.seizure_note")], [], code
    if code == guard.PUBLIC_UNSETTLED:
        warning = t("prescription.short_public_unsettled", rule=view.rule)
        notes, more = [t("prescription.public_help")], [t("prescription.public_fines")]
        return warning, notes, more, code
    return None


def _without_verdict(view: PrescriptionView) -> str:
    """The details without what says "prescribed" (the explanation, a caveat that gives a verdict for one sum):
    the other caveats and the way of counting stay."""
    rest = view.text[len(view.explanation) :] if view.text.startswith(view.explanation) else ""
    return "\n\n".join(p for p in rest.strip().split("\n\n") if p and not guard.says_prescribed(p))


def _seized_after_expiry(data: PrescriptionData, view: PrescriptionView) -> bool:
    """A seizure told as (possibly) after the date the delay seemed to end: the debt is not called prescribed."""
    if not view.prescribed or view.expiry is None:
        return False
    expiry = view.expiry
    return any(e.kind == "enforcement" and (e.latest or e.on) > expiry for e in data.events)


def _letter_facts(
    data: PrescriptionData, view: PrescriptionView | None, last_due: date | None
) -> dict[str, str]:
    """What a prescription letter can take from this calculation instead of asking again: the creditor,
    the debt type, and the date of the sum invoked (the single sum, or the most recent of several; a month
    stays a month, a year alone is not a date a letter can cite)."""
    facts = {"debt_type": data.debt_type} if data.debt_type else {}
    if data.creditor:
        facts["creditor"] = data.creditor
    if view is None or not view.prescribed or any(e.kind in _TITLE_EVENTS for e in data.events):
        return facts  # nothing prescribed (or not said), or a title whose delay the letter does not handle
    if last_due is not None and data.start is not None and last_due > data.start:
        facts["due_date"] = f"{last_due:%d/%m/%Y}"
    elif data.start is not None and (last_due is not None or view.open_from is None):
        latest = data.start_latest
        if latest is None:
            facts["due_date"] = f"{data.start:%d/%m/%Y}"
        elif (latest.year, latest.month) == (data.start.year, data.start.month):
            facts["due_date"] = f"{MONTHS_FR[data.start.month - 1]} {data.start.year}"
    return facts


_TITLE_EVENTS = frozenset({"judgment", "enforcement", "court_claim"})


def _short(
    view: PrescriptionView, answer: str, last_due: date | None = None, *, title_undated: bool = False
) -> str:
    """The answer first (prescribed since when, or until when it can be claimed), the rule in one short
    line, the reminder that prescription must be invoked; the caveats and the calculation wait behind
    "Pourquoi ?". A vague date whose two ends disagree is already answered both ways, briefly.
    ``last_due``: the most recent of several sums, when there are several. ``title_undated``: a seizure told
    without the date of the title it rests on, so the title's period is counted from the seizure."""
    if not answer.startswith(view.text):  # both ways, in their own short wording
        return answer
    note = answer[len(view.text) :].strip()
    lines: list[str] = []
    credit = view.rule_id == "consumer_credit"  # forclusion, not prescription
    if view.open_from is not None:
        lines.append(t("prescription.short_by_instalment", open_from=french(view.open_from)))
    elif view.expiry is not None and view.prescribed and last_due is not None and not credit:
        since = french(view.expiry + timedelta(days=1))
        lines.append(t("prescription.short_all_prescribed", last_due=french(last_due), since=since))
    elif view.expiry is not None and view.prescribed:
        key = "prescription.short_foreclosed" if credit else "prescription.short_prescribed"
        lines.append(t(key, since=french(view.expiry + timedelta(days=1))))
    elif view.expiry is not None:
        key = "prescription.short_running_credit" if credit else "prescription.short_running"
        if view.rule_id in _OWN_TITLE_TYPES:  # no court needed to recover it (SATD, fiche juridique 0.8)
            key = "prescription.short_running_public"
        elif view.rule_id == "judgment":  # a title is enforced, not claimed in court (L111-4, fiche 0.3)
            key = "prescription.short_running_title"
        lines.append(t(key, expiry=french(view.expiry)))
        if key == "prescription.short_running_title" and title_undated:
            lines.append(t("prescription.short_title_undated"))
    if not lines:  # no date to give (unknown debt type): the explanation is the answer
        return "\n\n".join(p for p in (view.explanation or view.text, note) if p)
    if view.rule:
        lines.append(t("prescription.short_rule", rule=view.rule))
    if (view.prescribed or view.open_from is not None) and not credit:
        lines.append(t("prescription.short_invoke"))
    lines.append(t("prescription.short_estimate"))
    return "\n".join(lines) + (f"\n\n{note}" if note else "")


def _both_ways(
    call: Call, data: PrescriptionData, text: str, codes: list[str], last_due: date | None = None
) -> str:
    """A vague date is computed at both ends: one answer when they agree, both when they differ."""
    if data.start is None or (data.start_latest is None and all(e.latest is None for e in data.events)):
        return text
    env = call.env
    late_start = data.start_latest or data.start
    late_events = [(e.kind, max(e.latest or e.on, late_start)) for e in data.events]
    late_due = max(last_due, late_start) if last_due is not None else None  # no sum due before the first
    try:
        late = env.services.prescription(data.debt_type, late_start, late_events, env.ctx.today, late_due)
    except (ServiceUnavailable, ValueError, KeyError):
        return text
    span = wording.text(
        "understanding.prescription.span", earliest=french(data.start), latest=french(late_start)
    )
    if "prescription.prescribed" in codes and "prescription.prescribed" in late.codes:
        return f"{text}\n\n{wording.text('understanding.prescription.vague_same', span=span)}"
    if "prescription.prescribed" not in codes and "prescription.prescribed" not in late.codes:
        return f"{text}\n\n{wording.text('understanding.prescription.vague_same', span=span)}"
    return wording.text(
        "understanding.prescription.vague_differ",
        span=span,
        earliest=french(data.start),
        latest=french(late_start),
        answer_earliest=_first_sentence(text),
        answer_latest=_first_sentence(late.text),
    )


def _first_sentence(text: str) -> str:
    """The answer's first clause: up to the first " : " or ". " outside parentheses ("(facture d'opérateur
    télécom : mobile, box ou fixe)" is part of the clause)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and i > 0 and text.startswith((" : ", ". "), i):
            return text[:i].strip() + "."
    return text.strip()


async def _open(call: Call) -> Outcome:
    return await start(call)


def _step_buttons(call: Call) -> list[list[Button]]:
    """The buttons each step asks with (the debt types, with the guess first; the events; "Je ne sais
    pas" for the judgment; "Une seule somme"), shown again under the hint."""
    data = call.data(PrescriptionData)
    if data.step is Step.type:
        rows = [[button(Act.debt_type, c.id, label=c.label)] for c in call.env.services.debt_types()]
        if data.guess:
            label = wording.text("understanding.prescription.guess_yes")
            rows.insert(0, [button(Act.debt_type, data.guess, label=label)])
        return rows
    if data.step is Step.events:
        return _events_reply(not data.events, data.debt_type).buttons
    if data.step is Step.title_date:
        return [[button(Act.title_unknown)]]
    if data.step is Step.last_due:
        return [[button(Act.last_due_single)]]
    return []


TABLE = FlowTable(
    name="prescription",
    doc="Is my debt time-barred? Type, start date, then the events that restart or pause the clock.",
    steps=Step,
    data=PrescriptionData,
    hints={
        Step.type: "prescription.not_understood_type",
        Step.start: "prescription.date_not_understood",
        Step.events: "prescription.not_understood_event",
        Step.event_date: "prescription.date_not_understood",
        Step.title_date: "prescription.date_not_understood",
        Step.last_due: "prescription.date_not_understood",
    },
    step_buttons=_step_buttons,
    rows=(
        Row(None, Act.open_prescription, _open, {Step.type: "ask the debt type"}),
        Row(None, Act.prescription_restart, _open, {Step.type: "start again"}),
        Row(
            Step.type,
            Act.debt_type,
            _type_pressed,
            {
                Step.start: "ask when the unpaid started",
                Step.events: "the question already said when: ask only the events since",
                Step.event_date: "same, and it told of a seizure without its date: ask it",
                Step.title_date: "same, and it told of a dated seizure: ask the judgment's date",
            },
        ),
        Row(
            Step.type,
            On.text,
            _type_typed,
            {
                Step.start: "one debt type, or a creditor («sfr», «edf»), named in words, or «oui» to the guess",
                Step.events: "same, when the question already said when",
                Step.event_date: "same, and it told of a seizure without its date: ask it",
                Step.title_date: "same, and it told of a dated seizure: ask the judgment's date",
                Step.type: "«non» to the guess, or the start typed first («2019»): the list of types again",
            },
        ),
        Row(
            Step.start,
            On.text,
            _date_typed,
            {
                Step.events: "a past date: ask the events since",
                Step.event_date: "a past date, and the question told of a seizure without its date: ask it",
                Step.title_date: "a past date, and the question told of a dated seizure: the judgment's date",
                Step.start: "a future date: asked again",
            },
        ),
        Row(
            Step.events,
            Act.event,
            _event_pressed,
            {
                Step.event_date: "an event: ask its date",
                Target.idle: "nothing (or unsure): the answer, follow-ups",
                Step.last_due: "nothing, several sums owed: the answer by instalment, ask the latest sum",
            },
        ),
        Row(
            Step.events,
            On.text,
            _nothing_typed,
            {
                Target.idle: "«non», «rien» (or «jsp» before any event): the answer",
                Step.last_due: "«non», several sums owed: the answer by instalment, ask the latest",
                Step.events: "an event told with its date («j'ai versé 50 € en mars»): noted, anything else?",
                Step.event_date: "a seizure told without its date («ils ont tout saisi»): counted, ask its date",
            },
        ),
        Row(
            Step.event_date,
            On.text,
            _date_typed,
            {
                Step.events: "a date: ask for more events",
                Step.title_date: "a seizure's date: ask the date of the judgment it rests on",
                Step.event_date: "a future date, or before the start: asked again",
            },
        ),
        Row(
            Step.title_date,
            On.text,
            _date_typed,
            {
                Step.events: "the judgment's date: ask for more events",
                Step.title_date: "a future date, or before the start: asked again",
            },
        ),
        Row(Step.title_date, Act.title_unknown, _title_unknown, {Step.events: "ask for more events"}),
        Row(
            Step.last_due,
            On.text,
            _date_typed,
            {
                Target.idle: "the latest sum's date: which sums are prescribed",
                Step.last_due: "a future date, or before the first sum: asked again",
            },
        ),
        Row(Step.last_due, Act.last_due_single, _single_sum, {Target.idle: "one sum: the answer for it"}),
    ),
)
