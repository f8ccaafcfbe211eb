"""Letters: choose a model, answer its fields one by one, see a preview, get the PDF, maybe a reminder.
Diagram: docs/flows/letter.mmd.

The answers (name, address…) live in the dialogue only while it runs and are dropped when it ends. When the
letter refuses an answer, only the fields at fault are asked again, with the reason. A deadline the letter
starts (e.g. the month an RGPD answer is due) can become a reminder in the store.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field

from bot.conversation.actions import Act
from bot.conversation.model import Button, Document, LastResult, Reply
from bot.conversation.services import LetterField, LetterProblems, ServiceUnavailable
from bot.conversation.table import (
    Call,
    DialogueData,
    FlowTable,
    On,
    Outcome,
    Row,
    Target,
    done,
    goto,
    stay,
)
from bot.conversation.texts import back_row, button, cancel_row, t
from checks.letters import check_field, prefill

MAX_FIELD_CHARS = 1200
SKIP = "skip"


class Step(StrEnum):
    choose = "choose"  # which letter
    field = "field"  # one field of the letter
    preview = "preview"  # the filled letter, before the PDF
    reminder = "reminder"  # the PDF is sent: remind the user of the deadline it starts?


class LetterData(DialogueData):
    flow: Literal["letter"] = "letter"
    step: Step = Step.choose
    letter: str = ""
    field: str = ""  # the field being asked
    asked: list[str] = Field(default_factory=list)
    values: dict[str, str] = Field(default_factory=dict)
    due: date | None = None  # step reminder: the deadline offered
    what: str = Field(default="", max_length=200)


def french_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


async def start(call: Call, letter_id: str = "") -> Outcome:
    """The list of letters; or, for a request that names one ("je veux plus qu'ils me contactent": the
    stop letter), that letter's first question, after a line on what it can obtain."""
    try:
        letters = call.env.services.letters()
    except ServiceUnavailable:
        letters = []
    if not letters:
        return done(Reply(text=t("letter.none"), buttons=[back_row()]))
    if letter_id in {c.id for c in letters}:
        begun = _begin(call, letter_id)
        if begun is not None:
            begun.replies.insert(0, Reply(text=t(f"letter.why_{letter_id}")))
            return begun
    rows = [[button(Act.letter_pick, c.id, label=c.label)] for c in letters]
    return goto(LetterData(), Reply(text=t("letter.choose"), buttons=[*rows, cancel_row()]))


async def _open(call: Call) -> Outcome:
    return await start(call)


# --- asking ------------------------------------------------------------------------------------------


def _fields(call: Call, data: LetterData) -> list[LetterField]:
    return call.env.services.letter_fields(data.letter)


def _next(call: Call, data: LetterData, note: str = "") -> Outcome:
    """Ask the first field not answered yet, or show the preview when all are."""
    pending = [f for f in _fields(call, data) if f.name not in set(data.asked)]
    if not pending:
        return _preview(call, data)
    field = pending[0]
    lines = [note] if note else []
    lines.append(t("letter.field", label=field.label))
    if field.hint:
        lines.append(t("letter.field_hint", hint=field.hint))
    if not field.required:
        lines.append(t("letter.field_optional"))
    rows = [[button(Act.letter_choice, str(i), label=c.label[:60])] for i, c in enumerate(field.choices)]
    if not field.required:
        rows.append([button(Act.letter_choice, SKIP, label=t("letter.skip_button"))])
    nxt = data.model_copy(update={"step": Step.field, "field": field.name})
    return goto(nxt, Reply(text="\n".join(lines), buttons=[*rows, cancel_row()]))


def _answer(call: Call, data: LetterData, value: str | None) -> Outcome:
    values = dict(data.values)
    if value is not None:
        values[data.field] = value
    return _next(call, data.model_copy(update={"values": values, "asked": [*data.asked, data.field]}))


def _current(call: Call, data: LetterData) -> LetterField | None:
    return next((f for f in _fields(call, data) if f.name == data.field), None)


# --- inputs ------------------------------------------------------------------------------------------


async def _pick(call: Call) -> Outcome | None:
    """A letter chosen (also from an older message: the choice is the whole context)."""
    return _begin(call, call.arg)


def _begin(call: Call, letter_id: str) -> Outcome | None:
    """Ask the letter's fields, except those the conversation already established (the last answer's facts:
    creditor, debt type, date of the sum), which are said once and can be corrected at the preview."""
    try:
        fields = call.env.services.letter_fields(letter_id)
    except (ServiceUnavailable, KeyError):
        return None
    known = prefill(letter_id, call.last.facts, call.env.ctx.today) if call.last is not None else {}
    data = LetterData(step=Step.field, letter=letter_id, values=known, asked=list(known))
    if not known:
        return _next(call, data)
    labels = {f.name: f for f in fields}
    reused = " ; ".join(
        f"{labels[name].label} : {_shown(labels[name], value)}"
        for name, value in known.items()
        if name in labels
    )
    return _next(call, data, t("letter.reused", reused=reused))


def _shown(field: LetterField, value: str) -> str:
    return next((c.label for c in field.choices if c.id == value), value)


async def _choice(call: Call) -> Outcome | None:
    data = call.data(LetterData)
    field = _current(call, data)
    if field is None:
        return None
    if call.arg == SKIP:
        return None if field.required else _answer(call, data, None)
    index = call.arg
    if index.isdigit() and int(index) < len(field.choices):
        return _answer(call, data, field.choices[int(index)].id)
    return None


async def _typed(call: Call) -> Outcome | None:
    data = call.data(LetterData)
    field = _current(call, data)
    if field is None or field.choices:
        return None  # a choice is answered with its buttons
    value = call.text.strip()[:MAX_FIELD_CHARS]
    if value.casefold() == t("letter.skip_word").casefold():
        if field.required:
            return _next(call, data, t("letter.required"))
        return _answer(call, data, None)
    problem = check_field(data.letter, field.name, value, call.env.ctx.today)
    if problem is not None:  # said now, with its example, not one question later
        return _next(call, data, t("letter.field_bad", problem=problem[:300]))
    return _answer(call, data, value)


async def _restart(call: Call) -> Outcome | None:
    """Every field asked again, the reused ones too: that is how they are corrected."""
    return _next(call, LetterData(step=Step.field, letter=call.data(LetterData).letter))


# --- results -----------------------------------------------------------------------------------------


def _ask_again(call: Call, data: LetterData, problems: dict[str, str]) -> Outcome:
    first = next(iter(problems.values()))
    if not {f.name for f in _fields(call, data)} & set(problems):  # nothing to ask again: say why, stay
        return stay(Reply(text=t("letter.field_bad", problem=first[:300]), buttons=[cancel_row()]))
    asked = [n for n in data.asked if n not in problems]
    values = {k: v for k, v in data.values.items() if k not in problems}
    nxt = data.model_copy(update={"step": Step.field, "asked": asked, "values": values})
    return _next(call, nxt, t("letter.field_bad", problem=first[:300]))


def _preview(call: Call, data: LetterData) -> Outcome:
    try:
        view = call.env.services.fill_letter(data.letter, data.values, call.env.ctx.today)
    except LetterProblems as exc:
        return _ask_again(call, data, exc.problems)
    rows = [[button(Act.letter_pdf)], [button(Act.letter_restart)], cancel_row()]
    nxt = data.model_copy(update={"step": Step.preview})
    return goto(nxt, Reply(text=f"{t('letter.preview')}\n\n{view.preview}", buttons=rows))


async def _pdf(call: Call) -> Outcome:
    data = call.data(LetterData)
    today = call.env.ctx.today
    try:
        view = call.env.services.letter_pdf(data.letter, data.values, today)
    except LetterProblems as exc:
        return _ask_again(call, data, exc.problems)
    except ServiceUnavailable:
        return stay(Reply(text=t("letter.pdf_failed"), buttons=[back_row()]))
    document = Document(filename=view.filename, content=view.pdf, mime="application/pdf")
    last = LastResult(kind="letter", verdict="inconclusive", codes=[f"letter.{data.letter}"])
    sent = Reply(text=t("letter.pdf_sent"), documents=[document])
    future = [d for d in view.deadlines if d.due > today]
    if not future:
        return done(sent, Reply(text=t("menu.prompt"), buttons=[back_row()]), last=last)
    deadline = future[0]
    offer = Reply(
        text=t("letter.reminder_offer", due=french_date(deadline.due), what=deadline.what),
        buttons=[[button(Act.reminder_yes), button(Act.reminder_no)]],
    )
    # The answers are dropped here: only the deadline is kept while the offer waits.
    nxt = LetterData(step=Step.reminder, letter=data.letter, due=deadline.due, what=deadline.what[:200])
    outcome = goto(nxt, sent, offer)
    outcome.last = last
    return outcome


async def _reminder_yes(call: Call) -> Outcome:
    data = call.data(LetterData)
    if data.due is None:
        return done(Reply(text=t("letter.reminder_skipped"), buttons=[back_row()]))
    due = french_date(data.due)
    params = {"what": data.what, "due": due}
    await call.env.store.add_reminder(
        call.env.ctx.user_key, call.env.ctx.chat_id, data.due, "bot.letter.reminder_text", params
    )
    return done(Reply(text=t("letter.reminder_set", due=due), buttons=[back_row()]))


async def _reminder_no(call: Call) -> Outcome:
    return done(Reply(text=t("letter.reminder_skipped"), buttons=[back_row()]))


def _step_buttons(call: Call) -> list[list[Button]]:
    """The letters to choose, the field's choices, the preview's or the reminder's buttons, again."""
    data = call.data(LetterData)
    if data.step is Step.choose:
        return [[button(Act.letter_pick, c.id, label=c.label)] for c in call.env.services.letters()]
    if data.step is Step.preview:
        return [[button(Act.letter_pdf)], [button(Act.letter_restart)]]
    if data.step is Step.reminder:
        return [[button(Act.reminder_yes), button(Act.reminder_no)]]
    field = _current(call, data)
    if field is None:
        return []
    rows = [[button(Act.letter_choice, str(i), label=c.label[:60])] for i, c in enumerate(field.choices)]
    if not field.required:
        rows.append([button(Act.letter_choice, SKIP, label=t("letter.skip_button"))])
    return rows


TABLE = FlowTable(
    name="letter",
    doc="A letter ready to send: choose it, answer its fields, preview, PDF, optional reminder.",
    steps=Step,
    data=LetterData,
    hints={str(step): "letter.hint" for step in Step},
    step_buttons=_step_buttons,
    rows=(
        Row(
            None,
            Act.open_letter,
            _open,
            {Step.choose: "list the letters", Target.idle: "no letters available: said"},
        ),
        Row(
            None,
            Act.letter_pick,
            _pick,
            {Step.field: "ask its first field", Step.preview: "a letter without fields: preview"},
        ),
        Row(
            Step.field,
            Act.letter_choice,
            _choice,
            {Step.field: "next field", Step.preview: "all answered: preview"},
        ),
        Row(
            Step.field,
            On.text,
            _typed,
            {Step.field: "next field (a required one skipped: asked again)", Step.preview: "preview"},
        ),
        Row(Step.preview, Act.letter_restart, _restart, {Step.field: "answer the fields again"}),
        Row(
            Step.preview,
            Act.letter_pdf,
            _pdf,
            {
                Step.reminder: "the PDF, and a reminder of its deadline offered (answers dropped)",
                Target.idle: "the PDF (no deadline ahead)",
                Step.field: "an answer refused: only that field asked again",
                Target.stay: "PDF failed: said, preview kept",
            },
        ),
        Row(Step.reminder, Act.reminder_yes, _reminder_yes, {Target.idle: "reminder kept"}),
        Row(Step.reminder, Act.reminder_no, _reminder_no, {Target.idle: "no reminder"}),
    ),
)
