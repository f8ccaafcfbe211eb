"""Every button action and command of the bot, in one registry, with typed encode and decode.

A button's callback data is ``<prefix><argument>`` (``p:t:telecom``, ``m:menu``): the prefixes below are the
only ones the bot writes or reads, and Telegram's 64-byte limit is enforced here, when a button is made.
The strings are kept as they were before the registry, so buttons already sitting in people's chats work.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

MAX_CALLBACK_BYTES = 64


class Act(StrEnum):
    """What a button press asks for. The value is the callback prefix; ``ARGUMENT`` says which take one."""

    menu = "m:menu"
    cancel = "m:cancel"
    open_check = "m:check"
    open_calltime = "m:calltime"
    open_prescription = "m:prescription"
    open_rights = "m:rights"
    open_report = "m:report"
    open_letter = "m:letter"
    open_distress = "m:distress"
    next_when = "n:when"
    next_todo = "n:todo"
    next_report = "n:report"
    next_letter = "n:letter"
    next_wrong = "n:wrong"
    next_details = "n:details"  # the full reasons of the last verdict
    card = "g:"  # + guide card id
    card_full = "gf:"  # + guide card id: the whole card and its sources, after its short answer
    vote = "r:vote"
    problem = "r:p:"  # + complaint problem id
    forget_yes = "o:yes"
    forget_no = "o:no"
    debt_type = "p:t:"  # + prescription rule id
    event = "p:e:"  # + event kind, "none" or "unsure"
    prescription_restart = "p:restart"
    title_unknown = "p:j:unknown"  # the date of the judgment a seizure rests on is not known
    last_due_single = "p:l:single"  # only one sum is owed: no "most recent sum" to give
    feedback_codes = "f:codes"
    feedback_text = "f:text"
    letter_pick = "L:"  # + letter id
    letter_choice = "lc:"  # + index of the choice, or "skip"
    letter_pdf = "l:pdf"
    letter_restart = "l:restart"
    reminder_yes = "rm:yes"
    reminder_no = "rm:no"


ARGUMENT = frozenset(
    {Act.card, Act.card_full, Act.problem, Act.debt_type, Act.event, Act.letter_pick, Act.letter_choice}
)
# Longest prefix first, so "r:p:" is tried before "r:vote" and "lc:" before "l:".
_BY_PREFIX = sorted(Act, key=lambda act: -len(act.value))


class Press(BaseModel):
    """A decoded button press."""

    model_config = ConfigDict(frozen=True)

    act: Act
    arg: str = ""


class CallbackTooLong(ValueError):
    """The data would not fit Telegram's 64 bytes: a programming error, raised when the button is made."""


def encode(act: Act, arg: str = "") -> str:
    if (act in ARGUMENT) != bool(arg):
        raise ValueError(f"{act.name} {'needs' if act in ARGUMENT else 'takes no'} argument (got {arg!r})")
    data = act.value + arg
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise CallbackTooLong(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def decode(data: str) -> Press | None:
    """The press ``data`` stands for, or None for data the bot never wrote (forged, or from an old bot)."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    for act in _BY_PREFIX:
        if act in ARGUMENT:
            if data.startswith(act.value) and len(data) > len(act.value):
                return Press(act=act, arg=data[len(act.value) :])
        elif data == act.value:
            return Press(act=act)
    return None


class Command(StrEnum):
    """Slash commands, by their canonical French name."""

    start = "start"
    menu = "menu"
    cancel = "annuler"
    help = "aide"
    policy = "confidentialite"
    my_data = "mesdonnees"
    forget = "oubli"
    verify = "verifier"


# Other spellings people type (English habits, "/stop").
_ALIASES = {"cancel": Command.cancel, "stop": Command.cancel, "help": Command.help, "check": Command.verify}


def command_of(name: str) -> Command | None:
    """``/annuler``, ``/cancel`` and ``/stop`` are the same command; None for an unknown one."""
    lowered = name.lower()
    try:
        return Command(lowered)
    except ValueError:
        return _ALIASES.get(lowered)


# The wording key (knowledge/data/texts/bot.toml, under "bot.") of each button with a fixed label; buttons
# whose label depends on their argument (a guide card, a debt type…) are labelled where they are made.
LABEL_KEYS: dict[Act, str] = {
    Act.menu: "menu.back",
    Act.cancel: "menu.cancel",
    Act.open_check: "menu.check",
    Act.open_calltime: "menu.calltime",
    Act.open_prescription: "menu.prescription",
    Act.open_rights: "menu.rights",
    Act.open_report: "menu.report",
    Act.open_letter: "menu.letter",
    Act.open_distress: "menu.distress",
    Act.next_when: "next.when",
    Act.next_todo: "next.todo",
    Act.next_report: "next.report",
    Act.next_letter: "next.letter",
    Act.next_wrong: "next.wrong",
    Act.next_details: "next.details",
    Act.card_full: "rights.read_all",
    Act.vote: "report.vote_button",
    Act.forget_yes: "privacy.forget_yes",
    Act.forget_no: "privacy.forget_no",
    Act.prescription_restart: "prescription.restart",
    Act.title_unknown: "prescription.title_date_unknown",
    Act.last_due_single: "prescription.last_due_single",
    Act.feedback_codes: "feedback.codes_only",
    Act.feedback_text: "feedback.with_text",
    Act.letter_pdf: "letter.make_pdf",
    Act.letter_restart: "letter.restart",
    Act.reminder_yes: "letter.reminder_yes",
    Act.reminder_no: "letter.reminder_no",
}
