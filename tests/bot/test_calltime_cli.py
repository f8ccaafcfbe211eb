"""`verif-recouvrement calltime [--json] [--department CODE] DATETIME`, through the real entry point."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.cli.main import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["calltime", "--json", *argv]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # one JSON object on one line
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_json_for_a_saturday_evening_call(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "15/03/2025 21h30")
    assert data["kind"] == "calltime"
    assert data["local_time"] == "2025-03-15T21:30:00+01:00"
    assert data["weekday"] == "samedi"
    assert data["holiday"] is None
    assert data["usual_hours_ok"] is False
    assert data["canvassing_allowed"] is False
    assert data["enforcement_allowed"] is False
    assert data["verdict"] == "suspicious"
    assert "calltime.night_call" in [f["code"] for f in data["findings"]]


def test_json_keeps_french_characters_unescaped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calltime", "--json", "--department", "57", "2025-12-26 10:00"]) == 0
    out = capsys.readouterr().out
    assert "Saint-Étienne" in out and "\\u" not in out


def test_department_and_offset_are_honoured(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--department", "974", "2025-03-18T06:00:00+01:00")
    assert data["local_time"] == "2025-03-18T09:00:00+04:00"
    assert data["time_zone"] == "Indian/Reunion"
    assert data["usual_hours_ok"] is True


def test_unquoted_date_and_hour_are_joined(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "15/03/2025", "11h")
    assert data["local_time"] == "2025-03-15T11:00:00+01:00"


def test_a_future_date_is_flagged_against_the_real_clock(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "2099-03-17 10:00")
    assert data["in_future"] is True


def test_readable_french_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calltime", "16/03/2025 15h00"]) == 0
    out = capsys.readouterr().out
    assert "dimanche 16 mars 2025 à 15h00" in out
    assert "aucune loi ne fixe" in out
    assert "D223-9" in out and "L141-1" in out
    assert "pas un conseil juridique" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["n'importe quoi"], "Je n'ai pas compris"),
        (["31/02/2025 10h"], "n'existe pas"),
        (["15/03/2025"], "Il manque l'heure"),
        (["--department", "99", "15/03/2025 10h"], "Le département « 99 » est inconnu"),
        (["--json", "--department", "Paris", "15/03/2025 10h"], "est inconnu"),
        (["\x00\u200f🙂"], "Je n'ai pas compris"),
    ],
)
def test_bad_input_is_a_french_message_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert main(["calltime", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert "Traceback" not in captured.err
