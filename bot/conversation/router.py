"""Routing, read from the flow tables: one input and the state in, the outcome out.

Order on every input, whatever dialogue is running:
1. a command goes to its row (commands work in every step); ``/verifier TEXTE`` is read as typed text;
2. text (typed, forwarded, a command's text or an image caption) that is empty or too long is said so;
   otherwise the pre-route hook (``flows.distress.pre_route``) reads it first, and when it fires its card
   is the whole answer;
3. the running dialogue's row for (step, input) answers, if it has one and the input fits;
4. a row that works from anywhere (``at=None``) answers: a menu button, a follow-up, a fallback;
5. typed text no row takes: a wrong answer gets the step's hint; a new question is read afresh,
   and when it ends a dialogue one line says so, with the dialogue's button to take it up again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.conversation.actions import Act, Command, command_of, decode
from bot.conversation.env import Env
from bot.conversation.flows import (
    calltime,
    check,
    distress,
    feedback,
    general,
    letter,
    prescription,
    privacy,
    report,
    rights,
)
from bot.conversation.model import Button, InputKind, Reply, UserInput
from bot.conversation.services import ServiceUnavailable
from bot.conversation.state import State
from bot.conversation.table import STAY, Call, DialogueData, FlowTable, On, Outcome, Row, Trigger, done, stay
from bot.conversation.texts import back_row, button, cancel_row, t
from bot.conversation.understand import looks_new
from checks.detect import strip_invisible
from checks.limits import MAX_TEXT_CHARS
from knowledge import words_fr
from knowledge.intents import fold

# Every flow, in the order the README and docs/flows present them.
TABLES: tuple[FlowTable, ...] = (
    general.TABLE,
    check.TABLE,
    calltime.TABLE,
    prescription.TABLE,
    letter.TABLE,
    report.TABLE,
    feedback.TABLE,
    rights.TABLE,
    privacy.TABLE,
    distress.TABLE,
)
PRE_ROUTE: Row = distress.PRE_ROUTE

Key = tuple[str, str]  # (type of trigger, value): Act, Command and On values never mix


def key_of(trigger: Trigger) -> Key:
    return (type(trigger).__name__, str(trigger))


def _index() -> tuple[dict[tuple[str, str, Key], Row], dict[Key, Row], dict[str, FlowTable]]:
    in_step: dict[tuple[str, str, Key], Row] = {}
    anywhere: dict[Key, Row] = {}
    dialogues: dict[str, FlowTable] = {}
    for table in TABLES:
        if table.steps is not None:
            dialogues[table.name] = table
        for row in table.rows:
            if row is PRE_ROUTE:
                continue
            if row.at is None:
                if key_of(row.on) in anywhere:
                    raise ValueError(f"{table.name}: {row.on!r} is already answered from anywhere")
                anywhere[key_of(row.on)] = row
            else:
                in_step[(table.name, str(row.at), key_of(row.on))] = row
    return in_step, anywhere, dialogues


IN_STEP, ANYWHERE, DIALOGUES = _index()
STEP_FLOW: dict[type, str] = {table.steps: name for name, table in DIALOGUES.items() if table.steps}


def clean(text: str) -> str:
    return strip_invisible(text).strip()


async def route(env: Env, state: State, inp: UserInput) -> Outcome:
    call = Call(env=env, inp=inp, dialogue=state.dialogue, last=state.last)
    if inp.kind is InputKind.command:
        command = command_of(inp.command)
        if command is Command.verify and clean(inp.text):
            return await _text(replace(call, dialogue=None), inp.text)
        return await _anywhere(call, command or On.unknown_command)
    if inp.kind is InputKind.button:
        return await _button(call, inp.data)
    if inp.kind is InputKind.unsupported:
        return await _anywhere(call, On.unsupported)
    if inp.kind is InputKind.image:
        caption = clean(inp.text)
        if caption:
            hooked = await PRE_ROUTE.handler(replace(call, text=caption))
            if hooked is not None:
                return hooked
        return await _anywhere(replace(call, text=caption), On.image)
    return await _text(call, inp.text)


async def _button(call: Call, data: str) -> Outcome:
    press = decode(data)
    if press is not None:
        pressed = replace(call, arg=press.arg)
        answered = await _in_step(pressed, press.act)
        if answered is None and key_of(press.act) in ANYWHERE:
            answered = await ANYWHERE[key_of(press.act)].handler(pressed)
        if answered is not None:
            return answered
    return await _anywhere(call, On.unknown_button)


async def _text(call: Call, raw: str) -> Outcome:
    text = clean(raw)
    if not text:
        return stay(Reply(text=t("check.empty"), buttons=[cancel_row() if call.dialogue else back_row()]))
    if len(text) > MAX_TEXT_CHARS:
        return stay(Reply(text=t("check.too_long", limit="100 000"), buttons=[back_row()]))
    call = replace(call, text=text)
    hooked = await PRE_ROUTE.handler(call)
    if hooked is not None:
        return hooked
    if call.inp.forwarded_from:
        return await _anywhere(call, On.forwarded)
    typed = fold(text).strip(" .!?,;:")
    if typed in _MENU_TYPED:
        return await _anywhere(call, Act.menu)
    if typed in _CANCEL_TYPED:
        return await _anywhere(call, Act.cancel)
    if typed in _FORGET_TYPED:
        return await _anywhere(call, Command.forget)  # "oubli" typed without its slash: the same confirmation
    spoken = _spoken(typed)
    if spoken in _STOP_WRITING_TYPED:
        return await privacy.stop_writing(call)  # "stop ecrivez moi plus": it never writes first; /oubli
    if _spoken(typed, _ERASED_FILLERS) in _ERASED_CHECK_TYPED:
        return await privacy.erased_check(call)  # "tu as bien tout effacé ?": what the store keeps now
    if spoken in _MY_DATA_TYPED:
        # "mes donnees" typed alone, like /mesdonnees (user test, 02/12/2026): the bot's own data, then the RGPD card
        kept = (await privacy.my_data_reply(call)).model_copy(update={"buttons": []})
        if call.dialogue is None:
            return done(kept, rights.topic_reply(call, "rgpd_rights"))
        # inside a dialogue (review of 2/12): answered, and the dialogue kept with its question asked again, so a
        # "2022" typed next answers it rather than being checked as a phone number
        table = DIALOGUES[call.dialogue.flow]
        card = rights.topic_reply(call, "rgpd_rights")
        resume = t("help.resume", hint=t(table.hints[call.dialogue.step]))
        return stay(
            kept.model_copy(
                update={"buttons": [row for row in card.buttons if row and row[0].data.startswith("g")][:1]}
            ),
            Reply(text=resume, buttons=[*_step_buttons(table, call), cancel_row()]),
        )
    rest = _after_change_of_mind(typed)
    if rest and _drops(typed) and (call.dialogue is None or looks_new(call.env.services, rest)):
        # "laisse tomber, c quoi le 33700" (user test, 02/12/2026): what was under way is dropped, said back in one
        # line, and the rest is answered afresh
        outcome = await _anywhere(replace(call, dialogue=None, text=rest), On.text)
        outcome.replies.insert(0, Reply(text=t("help.dropped")))
        return outcome
    if call.dialogue is not None:
        if rest is not None and (not rest or rest in _CANCEL_TYPED):
            return await _anywhere(call, Act.cancel)  # "non en fait je veux pas de lettre"
        if rest and looks_new(call.env.services, rest):
            return _set_aside(call, await _anywhere(replace(call, dialogue=None, text=rest), On.text))
        answered = await _in_step(call, On.text)
        if answered is not None:
            return answered
        if not looks_new(call.env.services, text):
            table = DIALOGUES[call.dialogue.flow]
            hint = t("help.in_dialogue", hint=t(table.hints[call.dialogue.step]))
            return stay(Reply(text=hint, buttons=[*_step_buttons(table, call), cancel_row()]))
        return _set_aside(call, await _anywhere(replace(call, dialogue=None), On.text))
    return await _anywhere(replace(call, dialogue=None), On.text)


# The button that opens each dialogue again, for the line saying it was set aside.
_REOPEN: dict[str, Act] = {
    "calltime": Act.open_calltime,
    "prescription": Act.open_prescription,
    "letter": Act.open_letter,
}


def _set_aside(call: Call, outcome: Outcome) -> Outcome:
    """A new question typed inside a dialogue ("c qui intrum ?" at the date question): answered afresh, and one
    line says the dialogue is set aside and how to take it up again, never a silent end (review of 2/12)."""
    if call.dialogue is None or outcome.dialogue is STAY:
        return outcome
    if isinstance(outcome.dialogue, DialogueData) and outcome.dialogue.flow == call.dialogue.flow:
        return outcome  # the same dialogue opened again: nothing set aside
    act = _REOPEN.get(call.dialogue.flow)
    buttons = [[button(act)]] if act is not None else []
    outcome.replies.append(
        Reply(text=t("help.set_aside" if buttons else "help.set_aside_plain"), buttons=buttons)
    )
    return outcome


_WORDS = words_fr.load().words
_MENU_TYPED = frozenset(_WORDS.menu_answers)
_CANCEL_TYPED = frozenset(_WORDS.cancel_answers)
_FORGET_TYPED = frozenset(_WORDS.forget_answers)
_STOP_WRITING_TYPED = frozenset(_WORDS.stop_writing_answers)
_ERASED_CHECK_TYPED = frozenset(_WORDS.erased_check_answers)
_MY_DATA_TYPED = frozenset(_WORDS.my_data_answers)
# Said around a request to the bot and ignored when reading it ("stp arrete de m'ecrire", "svp").
_POLITE_FILLERS = frozenset({"svp", "stp", "merci", "please", "pitie", "bon", "ok", "alors", "donc", "mais"})
# Also ignored when asking whether the erasure was done ("tu as bien tout effacé ?", "et maintenant vous avez plus rien sur
# moi ?": user test of 2/12 afternoon).
_ERASED_FILLERS = _POLITE_FILLERS | {
    "bien",
    "tout",
    "vraiment",
    "hein",
    "la",
    "et",
    "maintenant",
    "now",
    "du",
    "coup",
}


def _spoken(typed: str, fillers: frozenset[str] = _POLITE_FILLERS) -> str:
    """The folded text with apostrophes and punctuation read as spaces and the filler words left out."""
    words = re.sub(r"[^\w]+", " ", typed).split()
    return " ".join(w for w in words if w not in fillers)


# Longest first: "non en fait" before "en fait".
_CHANGE_OF_MIND = sorted(_WORDS.change_of_mind, key=len, reverse=True)


_DROP_MARKERS = tuple(_WORDS.drop_markers)


def _drops(typed: str) -> bool:
    """Whether a change of mind opens by dropping what was under way ("laisse tomber, …")."""
    return any(typed.startswith(marker) for marker in _DROP_MARKERS)


def _after_change_of_mind(typed: str) -> str | None:
    """ "non en fait c'est pour autre chose" -> "c'est pour autre chose"; None without such a start. A
    change of mind typed in a dialogue whose step takes any text (a letter's field) must not become the
    answer."""
    for marker in _CHANGE_OF_MIND:
        if typed == marker or typed.startswith(marker + " ") or typed.startswith(marker + ","):
            return typed[len(marker) :].strip(" ,.;:!?")
    return None


def _step_buttons(table: FlowTable, call: Call) -> list[list[Button]]:
    """The buttons the running step offered, so a refused answer can still be given with a press."""
    if table.step_buttons is None:
        return []
    try:
        return table.step_buttons(call)
    except ServiceUnavailable:
        return []


async def _in_step(call: Call, trigger: Act | On) -> Outcome | None:
    if call.dialogue is None:
        return None
    row = IN_STEP.get((call.dialogue.flow, call.dialogue.step, key_of(trigger)))
    return await row.handler(call) if row is not None else None


async def _anywhere(call: Call, trigger: Trigger) -> Outcome:
    answered = await ANYWHERE[key_of(trigger)].handler(call)
    if answered is None:  # only step rows may decline; a fallback always answers
        raise RuntimeError(f"the row for {trigger!r} gave no answer")
    return answered


def next_state(state: State, outcome: Outcome) -> State:
    """The state after ``outcome``: its dialogue (or the same one), its last result (or the same one)."""
    if outcome.forget:
        return State()
    dialogue = state.dialogue if outcome.dialogue is STAY else outcome.dialogue
    last = outcome.last if outcome.last is not None else state.last
    return State.model_validate({"dialogue": dialogue, "last": last})
