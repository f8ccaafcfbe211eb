"""100 kB adversarial pastes: every check answers validly, with work that grows about linearly.

A catastrophic-backtracking guard, not a speed benchmark (``make bench`` measures speed): see ``tests.growth``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from bot.cli.check import check_line
from checks.calltime import CallTimeError, parse_calltime
from checks.dates import DateError, ParsedDate, parse_date
from checks.dispatch import InputError, check_any
from checks.letters import LetterValidationError, fill_letter
from checks.links import check_link, find_links
from checks.message import analyse_message
from checks.numbers import check_number
from checks.prescription import parse_event
from checks.prescription_model import Event, PrescriptionInputError
from checks.result import Verdict
from tests.growth import assert_near_linear
from tests.strategies import HUGE_INPUTS

TODAY = date(2026, 11, 22)
EXPECTED_ERRORS: tuple[type[Exception], ...] = (
    InputError,
    CallTimeError,
    PrescriptionInputError,
    LetterValidationError,
)


def _verdict(result: Any) -> None:
    assert result.verdict in set(Verdict)
    json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


def _is(value: object, kind: Any) -> None:
    assert isinstance(value, kind)


def _line(text: str) -> None:
    out = check_line(json.dumps({"text": text}))
    assert out.get("error", {}).get("code") != "internal"


def _letter(text: str) -> None:
    fields = dict.fromkeys(
        ["sender_name", "sender_address", "recipient_name", "recipient_address", "place"], text
    )
    fill_letter("stop_calls", fields | {"calls_description": text, "first_call_date": text}, TODAY)


CHECKS: dict[str, Callable[[str], None]] = {
    "check_number": lambda s: _verdict(check_number(s)),
    "check_link": lambda s: _verdict(check_link(s)),
    "find_links": lambda s: None if isinstance(find_links(s), list) else pytest.fail("not a list"),
    "analyse_message": lambda s: _verdict(analyse_message(s)),
    "check_any": lambda s: _verdict(check_any(s)),
    "check_line": _line,
    "parse_calltime": lambda s: _is(parse_calltime(s), datetime),
    "parse_date": lambda s: _is(parse_date(s, TODAY), ParsedDate | DateError),
    "parse_event": lambda s: _is(parse_event(s), Event),
    "fill_letter": _letter,
}
# analyse_message is the slow one (~0.2-0.6 s on 100 kB); check_any and check_line route most of these inputs
# to it, so they run on the inputs that take another path (a number, a link) plus a few that reach it.
THROUGH_MESSAGE = {"check_any", "check_line"}
ROUTED_ELSEWHERE = {"digits", "zero-space", "long-host", "closing-brackets", "nested-brackets", "path", "www"}


def _cases() -> list[Any]:
    cases = []
    for check in CHECKS:
        for name in HUGE_INPUTS:
            if check in THROUGH_MESSAGE and name not in ROUTED_ELSEWHERE | {"emoji", "euro"}:
                continue
            cases.append(pytest.param(check, name, id=f"{check}-{name}"))
    return cases


@pytest.mark.parametrize(("check", "name"), _cases())
def test_100kb_input_is_answered_within_the_bound(check: str, name: str) -> None:
    text = HUGE_INPUTS[name]
    assert len(text) >= 80_000

    def run(sample: str) -> None:
        try:
            CHECKS[check](sample)
        except EXPECTED_ERRORS as exc:
            assert str(exc).strip()

    assert_near_linear(run, text, f"{check} on {name!r}")


def test_check_any_refuses_more_than_100kb_at_once() -> None:
    started = time.process_time()
    with pytest.raises(InputError) as error:
        check_any("a" * 10_000_000)
    assert error.value.code == "too_long"
    assert time.process_time() - started < 1.0  # refused before any reading, not after


@pytest.mark.parametrize("check", ["check_number", "check_link", "analyse_message"])
def test_one_megabyte_direct_call_is_still_bounded(check: str) -> None:
    """The checks are public functions: called directly (not through check_any) they must cap their own work."""
    text = "]" * 1_000_000 if check == "check_link" else "0 " * 500_000
    assert_near_linear(CHECKS[check], text, f"{check} on 1 MB")
