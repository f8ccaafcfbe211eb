"""One entry point for "check whatever the user pasted", shared by the command line and the bot."""

from __future__ import annotations

from typing import Literal

from checks.detect import Kind, detect_kind, strip_invisible
from checks.limits import MAX_TEXT_CHARS
from checks.links import LinkResult, check_link
from checks.message import MessageResult, analyse_message
from checks.numbers import NumberResult, check_number
from knowledge.wording import text as wording_text

AnyResult = NumberResult | LinkResult | MessageResult
KINDS: tuple[Kind, ...] = ("number", "link", "message")


class InputError(ValueError):
    """The input cannot be checked; ``code`` is stable, the message is plain French."""

    def __init__(self, code: Literal["empty", "too_long", "bad_kind"], message: str) -> None:
        super().__init__(message)
        self.code = code


def check_any(text: str, kind: Kind | None = None) -> AnyResult:
    """Run the check that fits ``text`` (or the one ``kind`` forces)."""
    if kind is not None and kind not in KINDS:
        raise InputError("bad_kind", wording_text("cli.error.bad_kind", kind=str(kind)))
    if not strip_invisible(text).strip():  # only spaces, NUL, zero-width or bidi marks: nothing to check
        raise InputError("empty", wording_text("cli.error.empty"))
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            "too_long", wording_text("cli.error.too_long", limit=f"{MAX_TEXT_CHARS:,}".replace(",", " "))
        )
    chosen = kind or detect_kind(text)
    if chosen == "number":
        return check_number(text)
    if chosen == "link":
        return check_link(text)
    return analyse_message(text)
