"""``verif-recouvrement bot``: the default polling adds no pause (Telegram's getUpdates long-polls); the start-up
validates the knowledge with the garbage collector paused, and bad data stops it."""

from __future__ import annotations

import gc
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli.main import build_parser, main


def test_polling_adds_no_pause_by_default_and_the_option_stays() -> None:
    parser = build_parser()
    assert parser.parse_args(["bot"]).poll_interval == 0.0
    assert parser.parse_args(["bot", "--poll-interval", "0.5"]).poll_interval == 0.5


def test_the_collector_is_paused_while_starting_and_resumed_before_the_first_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import knowledge
    from bot.terminal import TerminalChat

    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.db"))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("quitter\n"))
    seen: dict[str, bool] = {}
    real_load_all, real_run = knowledge.load_all, TerminalChat.run

    def load_all() -> dict[str, object]:
        seen["loading"] = gc.isenabled()
        return real_load_all()

    async def run(self: TerminalChat, read: Callable[[], str]) -> int:
        seen["chatting"] = gc.isenabled()
        return await real_run(self, read)

    monkeypatch.setattr(knowledge, "load_all", load_all)
    monkeypatch.setattr(TerminalChat, "run", run)
    assert main(["bot", "--terminal", "--env-file", str(tmp_path / "absent.env")]) == 0
    assert seen == {"loading": False, "chatting": True}
    assert gc.isenabled()


def test_bad_knowledge_stops_the_bot_and_leaves_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import knowledge

    def broken() -> dict[str, object]:
        raise knowledge.KnowledgeError("routes.toml: route.0.source: Field required")

    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.db"))
    monkeypatch.setattr(knowledge, "load_all", broken)
    assert main(["bot", "--terminal", "--env-file", str(tmp_path / "absent.env")]) == 2
    assert "routes.toml: route.0.source" in capsys.readouterr().err
    assert gc.isenabled()
    assert not (tmp_path / "bot.db").exists()


async def test_the_start_up_warm_up_answers_every_typical_input() -> None:
    from bot.cli import run_bot

    assert await run_bot._warm_up() == len(run_bot.WARM_UP_INPUTS)
