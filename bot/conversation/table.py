"""The shape of a declared flow: its steps, its data, and one table from (step, input) to handler.

A flow is a ``FlowTable``. Each ``Row`` says: in this step (or from anywhere, ``at=None``), on this input
(a button action, a command, or a kind of input such as typed text), run this handler, which can lead to
these places (each with a few words on what happens then). The router reads the rows and nothing else; the diagrams in docs/flows are drawn from them;
a test walks every row and checks the handler really leads where the row says.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from bot.conversation.actions import Act, Command
from bot.conversation.env import Env
from bot.conversation.model import Button, LastResult, Reply, UserInput


class On(StrEnum):
    """Inputs a row can react to besides button actions and commands."""

    text = "text"  # typed by the user (cleaned: invisible characters removed, not empty)
    forwarded = "forwarded"  # a message forwarded from elsewhere: always something to check
    image = "image"  # a photo or an image document
    unsupported = "unsupported"  # sticker, voice note…
    unknown_button = "unknown_button"  # data the registry does not decode, or a press that fits nothing
    unknown_command = "unknown_command"


Trigger = Act | Command | On


class Target(StrEnum):
    """Where a row can lead, besides a step: the end of any dialogue, or the same place as before."""

    idle = "idle"  # no dialogue running (the last verdict is kept)
    stay = "stay"  # unchanged: the running dialogue, if any, goes on


class DialogueData(BaseModel):
    """A running dialogue: which flow, which step, and what it has gathered. Subclassed by each flow."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    flow: str
    step: str


D = TypeVar("D", bound=DialogueData)


class WrongDialogue(RuntimeError):
    """A handler was given another flow's data: the tables route wrongly (a bug, never user input)."""


@dataclass(frozen=True)
class Call:
    """One input as a handler sees it."""

    env: Env
    inp: UserInput
    dialogue: DialogueData | None
    last: LastResult | None
    text: str = ""  # the cleaned text (typed, forwarded, caption + OCR, or a command's arguments)
    arg: str = ""  # the argument of a button (a card id, a debt type…)

    def data(self, kind: type[D]) -> D:
        if not isinstance(self.dialogue, kind):
            raise WrongDialogue(f"expected {kind.__name__}, got {type(self.dialogue).__name__}")
        return self.dialogue


class _Stay:
    """Marker: the dialogue is left as it was."""


STAY = _Stay()


@dataclass
class Outcome:
    """A handler's answer: the replies, the dialogue that follows (None: idle), a new last result."""

    replies: list[Reply]
    dialogue: DialogueData | _Stay | None = None
    last: LastResult | None = None  # None keeps the previous one
    forget: bool = False  # the user's data was erased: save nothing at all


def done(*replies: Reply, last: LastResult | None = None) -> Outcome:
    """The dialogue (if any) ends here."""
    return Outcome(replies=list(replies), dialogue=None, last=last)


def goto(dialogue: DialogueData, *replies: Reply) -> Outcome:
    """Go to ``dialogue`` (its flow and step)."""
    return Outcome(replies=list(replies), dialogue=dialogue)


def stay(*replies: Reply) -> Outcome:
    """Answer without changing where the chat is."""
    return Outcome(replies=list(replies), dialogue=STAY)


Handler = Callable[[Call], Awaitable[Outcome | None]]  # None: "not an answer to this step" (typed text)
# The buttons a step offers, shown again under its hint when a typed answer is refused (without "Annuler",
# which the router adds).
StepButtons = Callable[[Call], list[list[Button]]]
Destination = StrEnum  # a step of some flow, or a Target


@dataclass(frozen=True)
class Row:
    at: StrEnum | None  # the step this row answers in; None: whatever is running, or nothing
    on: Trigger
    handler: Handler
    to: dict[Destination, str]  # every place the handler can lead, with what happens then (for the diagram)


@dataclass(frozen=True)
class FlowTable:
    name: str
    doc: str  # one line: what the flow is for
    rows: tuple[Row, ...]
    steps: type[StrEnum] | None = None  # None for flows that answer in one go and keep no dialogue
    data: type[DialogueData] | None = None
    hints: dict[str, str] = field(default_factory=dict)  # step -> text key explaining the expected answer
    step_buttons: StepButtons | None = None  # the running step's buttons, for its hint

    def __post_init__(self) -> None:
        seen: set[tuple[str | None, str]] = set()
        for row in self.rows:
            if row.at is not None and (self.steps is None or not isinstance(row.at, self.steps)):
                raise ValueError(f"{self.name}: row at {row.at!r} is not a step of this flow")
            key = (None if row.at is None else str(row.at), f"{type(row.on).__name__}.{row.on}")
            if key in seen:
                raise ValueError(f"{self.name}: two rows for {key}")
            seen.add(key)
        if self.steps is not None:
            missing = {str(s) for s in self.steps} - set(self.hints)
            if missing:
                raise ValueError(f"{self.name}: no hint for steps {sorted(missing)}")
