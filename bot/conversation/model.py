"""Channel-free shapes of a conversation: what the user sent, what the bot answers, what it last answered.

Adapters (Telegram, terminal) translate their own objects to and from these; the core never sees a
channel type. Where a chat is (the saved state) lives in ``state.py``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.conversation.actions import MAX_CALLBACK_BYTES


class InputKind(StrEnum):
    text = "text"
    command = "command"
    button = "button"  # a press on an inline button: ``data`` is its callback data
    image = "image"  # a photo or an image document: ``payload`` holds its bytes
    unsupported = "unsupported"  # sticker, voice note, video…: ``detail`` names it


class UserInput(BaseModel):
    """One thing the user did."""

    model_config = ConfigDict(frozen=True)

    kind: InputKind
    text: str = ""  # typed text, caption of an image, or the arguments of a command
    command: str = ""  # without the slash, lower case: "start", "annuler"
    data: str = ""  # callback data of a button
    payload: bytes | None = None
    mime: str = ""
    forwarded_from: str | None = None  # set when the message was forwarded: who it came from, as shown
    detail: str = ""  # for unsupported inputs: "sticker", "voice"…

    @classmethod
    def of_text(cls, text: str, *, forwarded_from: str | None = None) -> UserInput:
        """Typed text; a leading slash makes it a command (``/annuler``, ``/start@MonBot arg``)."""
        stripped = text.strip()
        if stripped.startswith("/") and len(stripped) > 1 and not forwarded_from:
            head, _, rest = stripped[1:].partition(" ")
            return cls(kind=InputKind.command, command=head.split("@", 1)[0].lower(), text=rest.strip())
        return cls(kind=InputKind.text, text=text, forwarded_from=forwarded_from)

    @classmethod
    def of_button(cls, data: str) -> UserInput:
        return cls(kind=InputKind.button, data=data)


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    data: str

    @field_validator("data")
    @classmethod
    def _fits_telegram(cls, value: str) -> str:
        if not value or len(value.encode()) > MAX_CALLBACK_BYTES:
            raise ValueError(f"callback data must be 1 to {MAX_CALLBACK_BYTES} bytes: {value!r}")
        return value


class Document(BaseModel):
    model_config = ConfigDict(frozen=True)

    filename: str
    content: bytes
    mime: str = "application/pdf"


class Reply(BaseModel):
    """One message of the bot. ``text`` is plain text: adapters escape it for their channel."""

    model_config = ConfigDict(frozen=True)

    text: str
    buttons: list[list[Button]] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)


class LastResult(BaseModel):
    """What the last answer was about, for the buttons that follow it (what to do, report, "this is wrong")."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["number", "link", "message", "calltime", "prescription", "letter"]
    verdict: str = "inconclusive"  # a verdict value of checks/ ("likely_scam"…)
    codes: list[str] = Field(default_factory=list, max_length=50)
    target_kind: Literal["number", "domain"] | None = None  # what a community report would be about
    target: str = ""  # normalised E.164 number or registered domain
    official: bool = False  # the target is in the official directory: never voted on
    details: str = Field(default="", max_length=4000)  # the full reasons, for the "Pourquoi ?" button
    # What the answer established that a letter can reuse (creditor, debt_type, due_date), by field name.
    facts: dict[str, str] = Field(default_factory=dict, max_length=8)
