"""`verif-recouvrement feedback`: the "ce verdict est faux" notes are read back by whoever maintains the
detection, newest first, one JSON line each; the text only when its sender agreed to share it."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.store.sqlite import open_store
from tests.store_support import SECRET


def env_file(tmp_path: Path) -> Path:
    env = tmp_path / ".env"
    env.write_text(
        f"DATABASE_PATH={tmp_path / 'bot.sqlite3'}\nUSER_ID_HASH_SECRET={SECRET}\n", encoding="utf-8"
    )
    return env


async def leave_feedback(database: Path) -> None:
    store = await open_store(database, secret=SECRET)
    try:
        await store.add_feedback(
            "u-" + "a" * 62, "message", "inconclusive", ["msg.link_unofficial"], None, None
        )
        await store.add_feedback(
            "u-" + "b" * 62, "message", "likely_legit", [], "c'etait une arnaque", "Votre colis est bloque"
        )
    finally:
        await store.close()


def test_the_notes_are_printed_newest_first_as_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = env_file(tmp_path)
    asyncio.run(leave_feedback(tmp_path / "bot.sqlite3"))
    assert main(["feedback", "--env-file", str(env)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [item["verdict"] for item in lines] == ["likely_legit", "inconclusive"]
    assert lines[0]["text"] == "Votre colis est bloque" and lines[1]["text"] is None
    assert lines[1]["codes"] == ["msg.link_unofficial"]
    assert not any("u-" in json.dumps(item) for item in lines)  # nothing that identifies the sender


def test_limit_keeps_the_newest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = env_file(tmp_path)
    asyncio.run(leave_feedback(tmp_path / "bot.sqlite3"))
    assert main(["feedback", "--env-file", str(env), "--limit", "1"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["verdict"] == "likely_legit"


def test_a_bad_limit_is_refused_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feedback", "--env-file", str(env_file(tmp_path)), "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err
