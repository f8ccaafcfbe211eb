"""The terminal chat: same conversation, buttons as numbered choices, documents written to a folder."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.terminal import TerminalChat
from tests.chat_harness import NOW, USER, memory_store


async def _chat(tmp_path: Path) -> tuple[TerminalChat, io.StringIO]:
    out = io.StringIO()
    conversation = Conversation(DefaultServices(), await memory_store(), clock=lambda: NOW)
    return TerminalChat(conversation, USER, out=out, documents_dir=tmp_path, echo=True), out


async def _run(chat: TerminalChat, lines: list[str]) -> None:
    feed = iter([line + "\n" for line in lines])
    await chat.run(lambda: next(feed, ""))


async def test_buttons_are_numbered_and_a_number_presses_one(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, ["3", "2", "mars 2022", "6", "quitter"])
    text = out.getvalue()
    assert "[3] ⏳ Ma dette est-elle prescrite ?" in text
    assert "De quel type de dette" in text
    assert "prescrite depuis le 2 mars 2023" in text
    assert text.rstrip().endswith("Au revoir.")


async def test_a_number_beyond_the_choices_is_typed_text(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, ["99"])
    assert "pas bien compris" in out.getvalue() or "Numéro" in out.getvalue()


async def test_letter_pdf_is_written_to_the_documents_folder(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    answers = [
        "Marie Dupont",
        "12 rue des Lilas",
        "Intrum France",
        "97 allée Alexandre Borodine 69800 Saint-Priest",
        "Lyon",
        "passer",
        "passer",
    ]
    await _run(chat, ["/menu", "6", "5", *answers, "1"])
    [pdf] = list(tmp_path.glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"Document enregistré : {pdf}" in out.getvalue()


async def test_image_command_with_a_missing_file_explains(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, [f"/image {tmp_path / 'absent.png'}"])
    assert "Je n'ai pas pu lire ce fichier" in out.getvalue()


async def test_end_of_input_ends_the_chat(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, [])
    assert "Au revoir." in out.getvalue()


def test_bot_subcommand_without_token_runs_the_terminal_chat(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "DATABASE_PATH": str(tmp_path / "bot.db"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "bot", "--env-file", "/dev/null"],
        input="ils m'appellent le dimanche\ndimanche 21h\nquitter\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Quand ont-ils appelé" in result.stdout
    assert "à 21h00" in result.stdout
    assert (tmp_path / "bot.db").exists()
    assert (tmp_path / "bot.db.secret").stat().st_mode & 0o077 == 0


def test_bot_subcommand_reports_bad_settings_without_echoing_values(tmp_path: Path):
    env = {"PATH": "/usr/bin:/bin", "TELEGRAM_BOT_TOKEN": "12345:bad token/with slash", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "bot", "--env-file", "/dev/null"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "bad token" not in result.stderr
