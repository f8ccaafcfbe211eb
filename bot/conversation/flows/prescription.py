"""Prescription: the debt type, when the unpaid started, then only the events that restart or pause the
clock, each with its date. Diagram: docs/flows/prescription.mmd.

To add a question (say, the judgment date after a reported seizure): add a ``Step``, the answer's field to
``PrescriptionData``, a hint in ``TABLE.hints``, a row for the step, and lead to the step from the handler that
precedes it (``_event_pressed`` or ``_date_typed``); ``_compute`` receives the whole ``PrescriptionData``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.conversation.actions import Act
from bot.conversation.model import Button, LastResult, Reply
from bot.conversation.services import ServiceUnavailable
from bot.conversation.table import Call, DialogueData, FlowTable, On, Outcome, Row, Target, done, goto
from bot.conversation.texts import back_row, button, cancel_row, t
from knowledge.intents import fold


class Step(StrEnum):
    type = "type"  # which kind of debt (buttons, or typed)
    start = "start"  # when the unpaid started (or when the judgment was served)
    events = "events"  # anything since that restarts or pauses the clock?
    event_date = "event_date"  # the date of the event just chosen


class DatedEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str  # an event kind of checks/prescription ("payment", "enforcement"…)
    on: date


class PrescriptionData(DialogueData):
    flow: Literal["prescription"] = "prescription"
    step: Step = Step.type
    debt_type: str = ""
    start: date | None = None
    events: list[DatedEvent] = Field(default_factory=list)
    pending: str = ""  # the event whose date is asked (step event_date)


# The events that change the answer, as buttons; each is asked with its date. A plain letter or a reminder
# call changes nothing (it does not interrupt), so it is not asked.
EVENTS_WITH_DATE = ("payment", "acknowledgment", "court_claim", "judgment", "enforcement")
NOTHING, UNSURE = "none", "unsure"
# Typed instead of pressing "Rien de tout ça" / "C'est tout" (folded: lower case, no accents).
_NOTHING_TYPED = frozenset(
    {"non", "nan", "no", "rien", "non rien", "aucun", "aucune", "jamais", "c'est tout", "rien de tout ca"}
)


async def start(call: Call) -> Outcome:
    rows = [[button(Act.debt_type, c.id, label=c.label)] for c in call.env.services.debt_types()]
    return goto(
        PrescriptionData(),
        Reply(text=t("prescription.intro")),
        Reply(text=t("prescription.ask_type"), buttons=[*rows, cancel_row()]),
    )


async def _type_pressed(call: Call) -> Outcome | None:
    return _with_type(call, call.arg)


def _with_type(call: Call, debt_type: str) -> Outcome | None:
    if debt_type not in {c.id for c in call.env.services.debt_types()}:
        return None
    key = "prescription.ask_start_judgment" if debt_type == "judgment" else "prescription.ask_start"
    data = PrescriptionData(step=Step.start, debt_type=debt_type)
    return goto(data, Reply(text=t(key), buttons=[cancel_row()]))


async def _type_typed(call: Call) -> Outcome | None:
    """A debt type typed instead of pressed ("télécom", "loyer"): accepted when it names exactly one."""
    typed = fold(call.text).strip(" .!?")
    if len(typed) < 3:
        return None
    found = [c for c in call.env.services.debt_types() if typed in fold(c.label) or fold(c.label) in typed]
    return _with_type(call, found[0].id) if len(found) == 1 else None


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
    if fold(call.text).strip(" .!?") in _NOTHING_TYPED:
        return _compute(call, call.data(PrescriptionData), unsure=False)
    return None


async def _date_typed(call: Call) -> Outcome | None:
    """The start date, or the date of the pending event; a future date, or an event before the start,
    is asked again."""
    data = call.data(PrescriptionData)
    today = call.env.ctx.today
    when = call.env.services.parse_date(call.text, today)
    if when is None:
        return None
    if when > today:
        return goto(data, Reply(text=t("prescription.date_future"), buttons=[cancel_row()]))
    if data.step is Step.event_date and data.start is not None and when < data.start:
        return goto(data, Reply(text=t("prescription.event_before_start"), buttons=[cancel_row()]))
    if data.step is Step.start:
        nxt = data.model_copy(update={"step": Step.events, "start": when})
        return goto(nxt, _events_reply(True, data.debt_type))
    event = DatedEvent(kind=data.pending or "payment", on=when)
    nxt = data.model_copy(update={"step": Step.events, "events": [*data.events, event], "pending": ""})
    return goto(nxt, _events_reply(False, data.debt_type))


def _compute(call: Call, data: PrescriptionData, *, unsure: bool) -> Outcome:
    env = call.env
    if data.start is None:  # cannot happen through the table (events come after start): said, not raised
        return done(Reply(text=t("prescription.failed"), buttons=[back_row()]))
    try:
        view = env.services.prescription(
            data.debt_type, data.start, [(e.kind, e.on) for e in data.events], env.ctx.today
        )
    except (ServiceUnavailable, ValueError, KeyError):
        return done(Reply(text=t("prescription.failed"), buttons=[back_row()]))
    text = view.text + (f"\n\n{t('prescription.unsure_note')}" if unsure else "")
    buttons = [
        [button(Act.next_letter), button(Act.prescription_restart)],
        [button(Act.next_wrong), button(Act.menu)],
    ]
    last = LastResult(kind="prescription", verdict="inconclusive", codes=view.codes[:50])
    return done(Reply(text=text, buttons=buttons), last=last)


async def _open(call: Call) -> Outcome:
    return await start(call)


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
    },
    rows=(
        Row(None, Act.open_prescription, _open, {Step.type: "ask the debt type"}),
        Row(None, Act.prescription_restart, _open, {Step.type: "start again"}),
        Row(Step.type, Act.debt_type, _type_pressed, {Step.start: "ask when the unpaid started"}),
        Row(Step.type, On.text, _type_typed, {Step.start: "one debt type named in words: same"}),
        Row(
            Step.start,
            On.text,
            _date_typed,
            {Step.events: "a past date: ask the events since", Step.start: "a future date: asked again"},
        ),
        Row(
            Step.events,
            Act.event,
            _event_pressed,
            {
                Step.event_date: "an event: ask its date",
                Target.idle: "nothing (or unsure): the answer, follow-ups",
            },
        ),
        Row(Step.events, On.text, _nothing_typed, {Target.idle: "«non», «rien»: the answer"}),
        Row(
            Step.event_date,
            On.text,
            _date_typed,
            {
                Step.events: "a date: ask for more events",
                Step.event_date: "a future date, or before the start: asked again",
            },
        ),
    ),
)
