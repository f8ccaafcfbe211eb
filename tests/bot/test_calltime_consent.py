"""Issue 14 point 4: since 11 August 2026 canvassing needs prior consent (L221-16, loi 2025-594); Bloctel is
gone. A call is judged under the rules of its own date; after the change, never "allowed" on hours alone."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from bot.cli.main import main
from checks.calltime import CallTimeResult, check_calltime, parse_calltime

FIELDS = {"local_time", "weekday", "holiday", "usual_hours_ok", "canvassing_allowed", "enforcement_allowed"}


def check(text: str) -> CallTimeResult:
    return check_calltime(parse_calltime(text), now=datetime(2026, 11, 30, 12, 0))


def codes(result: CallTimeResult) -> list[str]:
    return [f.code for f in result.findings]


def test_cli_json_for_a_weekday_call_in_september_2026(capsys: pytest.CaptureFixture[str]) -> None:
    # Tuesday 15 September 2026, 11h: inside the old D223-9 hours, but the rule is now prior consent.
    assert main(["calltime", "--json", "15/09/2026 11h00"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= FIELDS
    assert data["weekday"] == "mardi"
    assert data["canvassing_allowed"] is False
    consent = next(f for f in data["findings"] if f["code"] == "calltime.canvassing_consent_required")
    assert "consentement préalable" in consent["message"] and "L221-16" in consent["message"]
    assert "Bloctel a disparu" in consent["message"]
    assert "calltime.canvassing_not_allowed" not in [f["code"] for f in data["findings"]]


def test_the_change_happens_on_11_august_2026() -> None:
    # Monday 10 August 2026, 11h: last day of D223-9, canvassing within its hours.
    assert check("10/08/2026 11h00").canvassing_allowed is True
    # Tuesday 11 August 2026, 11h: consent needed whatever the hour.
    after = check("11/08/2026 11h00")
    assert after.canvassing_allowed is False
    assert "calltime.canvassing_consent_required" in codes(after)


def test_old_calls_keep_the_old_rules() -> None:
    assert check("2022-05-03 21:00").canvassing_allowed is None
    assert check("18/03/2025 11h00").canvassing_allowed is True
    saturday = check("15/03/2025 11h00")
    assert saturday.canvassing_allowed is False and "calltime.canvassing_not_allowed" in codes(saturday)


def test_no_hours_are_asserted_after_the_change() -> None:
    for text in ("15/09/2026 11h00", "19/09/2026 21h30", "30/11/2026 13h30"):
        consent = next(f for f in check(text).findings if f.code == "calltime.canvassing_consent_required")
        assert "10 h" not in consent.message and "D223-9" not in consent.message
        assert "pas pu le vérifier" in consent.message


def test_the_usual_collector_window_is_never_called_professional_practice() -> None:
    reminder = next(f for f in check("15/09/2026 11h00").findings if f.code == "calltime.no_legal_hours")
    assert "pratique professionnelle" not in reminder.message
    assert "souvent citée" in reminder.message and "222-33-2-2" in reminder.message


def test_text_report_names_the_consent_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calltime", "15/09/2026 11h00"]) == 0
    out = capsys.readouterr().out
    assert "interdit sans votre consentement préalable, quelle que soit l'heure" in out
