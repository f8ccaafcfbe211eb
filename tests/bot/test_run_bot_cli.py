"""``verif-recouvrement bot`` options: the default polling adds no pause (Telegram's getUpdates long-polls)."""

from __future__ import annotations

from bot.cli.main import build_parser


def test_polling_adds_no_pause_by_default_and_the_option_stays() -> None:
    parser = build_parser()
    assert parser.parse_args(["bot"]).poll_interval == 0.0
    assert parser.parse_args(["bot", "--poll-interval", "0.5"]).poll_interval == 0.5
