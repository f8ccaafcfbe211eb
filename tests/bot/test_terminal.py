"""The terminal chat: same conversation, buttons as numbered choices, documents written to a folder."""

from __future__ import annotations

import io
import re
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


def _number(out: io.StringIO, label: str) -> str:
    """The number shown last for the button labelled like ``label``."""
    found = re.findall(r"\[(\d+)\] [^\n]*" + re.escape(label), out.getvalue())
    assert found, f"no button like {label!r}"
    return str(found[-1])


async def test_buttons_are_numbered_and_a_number_presses_one(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await chat.turn("/start")
    for label in ["Ma dette est-elle prescrite", "Télécom"]:
        await chat.turn(_number(out, label))
    await chat.turn("mars 2022")
    await chat.turn(_number(out, "Rien de tout"))
    await _run(chat, ["quitter"])
    text = out.getvalue()
    assert "[3] ⏳ Ma dette est-elle prescrite ?" in text
    assert "De quel type de dette" in text
    assert "les sommes dues avant le 22 novembre 2025 sont prescrites" in text
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
    await chat.turn("/menu")
    await chat.turn(_number(out, "Écrire une lettre"))
    await chat.turn(_number(out, "Demander vos données personnelles"))
    for answer in answers:
        await chat.turn(answer)
    await chat.turn(_number(out, "PDF"))
    [pdf] = list(tmp_path.glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"Document enregistré : {pdf}" in out.getvalue()


async def test_image_command_with_a_missing_file_explains(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, [f"/image {tmp_path / 'absent.png'}"])
    assert "Je ne trouve pas de fichier" in out.getvalue() and "Errno" not in out.getvalue()


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
    assert "À quelle heure" in result.stdout  # the day was said: only the hour asked
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


def test_a_paste_longer_than_a_terminal_line_and_on_several_lines_arrives_whole():
    import os
    import pty
    import termios
    import threading

    from bot.terminal import paste_reader

    master, slave = pty.openpty()
    # The paste arrives while the reader waits, i.e. once it has left canonical mode (in canonical mode the line
    # discipline itself would cut the line at 4,095 bytes before anyone reads it): set that up front, so the
    # writer thread cannot win the race against the reader's own tcsetattr.
    mode = termios.tcgetattr(slave)
    mode[3] &= ~(termios.ICANON | termios.ECHO)
    termios.tcsetattr(slave, termios.TCSANOW, mode)
    sms = "Intrum: " + "reglez votre dette " * 400 + "\nsous 24h sur https://intrum-paiement.top\n"
    assert len(sms.encode()) > 4095
    writer = threading.Thread(target=os.write, args=(master, sms.encode()))
    writer.start()
    try:
        read = paste_reader(slave, io.StringIO())()
    finally:
        writer.join()
        os.close(master)
        os.close(slave)
    assert read == sms


async def test_a_button_keeps_its_number_from_one_answer_to_the_next(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, ["04 72 80 14 14", "01 41 91 00 00"])
    text = out.getvalue()
    shown = [line.strip() for line in text.splitlines() if "Que faire maintenant" in line]
    assert len(shown) == 2 and shown[0] == shown[1]


async def test_a_missing_image_file_is_said_in_french(tmp_path: Path):
    chat, out = await _chat(tmp_path)
    await _run(chat, [f"/image {tmp_path / 'absente.png'}"])
    text = out.getvalue()
    assert "Je ne trouve pas de fichier" in text and "Errno" not in text
