"""Coverage-guided fuzzing (atheris/libFuzzer) of the public checks, the CLI line processor and letters.

Not part of ``make test``: atheris is not a project dependency. Run by hand, e.g.
    .venv/bin/pip install atheris
    .venv/bin/python tests/fuzz/fuzz_checks.py -max_total_time=120 -timeout=2 -rss_limit_mb=2048
``-timeout=2`` makes libFuzzer report any single input that takes more than 2 s (a backtracking regex).
Every target must answer or raise only its documented error; anything else is a crash libFuzzer saves.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from datetime import date

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

with atheris.instrument_imports():
    from bot.cli.check import check_line
    from bot.conversation.safety import defang_untrusted
    from bot.telegram_app import split_html
    from checks.calltime import CallTimeError, parse_calltime
    from checks.dates import parse_date
    from checks.dispatch import InputError, check_any
    from checks.letters import LetterValidationError, fill_letter, letter_ids
    from checks.links import check_link, find_links
    from checks.message import analyse_message
    from checks.numbers import check_number
    from checks.prescription import parse_event
    from checks.prescription_model import PrescriptionInputError

TODAY = date(2026, 11, 22)
LETTERS = letter_ids()
FIELDS = ("sender_name", "sender_address", "recipient_name", "recipient_address", "place", "amount_claimed")


def _letter(text: str) -> None:
    with contextlib.suppress(LetterValidationError):
        fill_letter(LETTERS[len(text) % len(LETTERS)], dict.fromkeys(FIELDS, text), TODAY)


def _calltime(text: str) -> None:
    with contextlib.suppress(CallTimeError):
        parse_calltime(text)


def _event(text: str) -> None:
    with contextlib.suppress(PrescriptionInputError):
        parse_event(text)


def _any(text: str) -> None:
    with contextlib.suppress(InputError):
        json.dumps(check_any(text).model_dump(mode="json"))


def _line(text: str) -> None:
    out = check_line(text)
    if out.get("error", {}).get("code") == "internal":
        raise AssertionError(f"internal error on {text!r}")


TARGETS: tuple[Callable[[str], object], ...] = (
    check_number,
    check_link,
    find_links,
    analyse_message,
    _any,
    _line,
    _calltime,
    lambda s: parse_date(s, TODAY),
    _event,
    _letter,
    defang_untrusted,
    split_html,
)


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    target = TARGETS[provider.ConsumeIntInRange(0, len(TARGETS) - 1)]
    target(provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes()))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
