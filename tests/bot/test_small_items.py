"""Smaller items of issue 13: /mesdonnees in Paris time, `check --kind phone` in French, a missing image
file said in French."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from bot.conversation.context import PARIS
from bot.conversation.flows.privacy import paris_time
from tests.chat_harness import Chat


def test_stored_times_are_shown_on_the_paris_clock_summer_and_winter():
    assert paris_time(datetime(2026, 11, 22, 15, 0, tzinfo=UTC)) == "22/11/2026 à 16:00"
    assert paris_time(datetime(2026, 7, 1, 22, 30, tzinfo=UTC)) == "02/07/2026 à 00:30"
    assert paris_time(datetime(2026, 7, 1, 22, 30)) == "02/07/2026 à 00:30"  # a naive time is UTC


async def test_mesdonnees_shows_the_time_people_read_on_their_clock():
    chat = Chat()
    await chat.send("04 72 80 14 14")
    before = datetime.now(PARIS)
    await chat.send("/mesdonnees")
    after = datetime.now(PARIS)
    shown = {f"{moment:%d/%m/%Y à %H:%M}" for moment in (before, after)}
    assert any(s in chat.text for s in shown), chat.text


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "check", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_kind_phone_is_a_number_and_an_unknown_kind_is_refused_in_french():
    ok = _cli("--kind", "phone", "+225 07 12 34 56 78")
    assert ok.returncode == 0 and "Verdict : Suspect" in ok.stdout
    bad = _cli("--kind", "telefone", "0612345678")
    assert bad.returncode == 2 and "Type inconnu « telefone »" in bad.stderr
    assert "invalid choice" not in bad.stderr and "error:" not in bad.stderr


def test_a_missing_image_file_is_said_in_french(tmp_path):
    missing = _cli("--image", str(tmp_path / "capture.png"))
    assert missing.returncode == 2 and "Fichier introuvable" in missing.stderr
    assert "Errno" not in missing.stderr
    folder = _cli("--image", str(tmp_path))
    assert folder.returncode == 2 and "Errno" not in folder.stderr
