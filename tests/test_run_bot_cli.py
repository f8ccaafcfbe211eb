"""``verif-recouvrement bot`` options: the default polling adds no pause (Telegram's getUpdates long-polls)."""

from __future__ import annotations

from bot.cli.main import build_parser


def test_polling_adds_no_pause_by_default_and_the_option_stays() -> None:
    parser = build_parser()
    assert parser.parse_args(["bot"]).poll_interval == 0.0
    assert parser.parse_args(["bot", "--poll-interval", "0.5"]).poll_interval == 0.5


async def test_the_start_up_warm_up_answers_typical_inputs_and_loads_the_knowledge() -> None:
    from bot.cli import run_bot
    from knowledge import numbering

    await run_bot._warm_up()  # raises if a typical first input fails or the knowledge data is invalid
    assert numbering.load.cache_info().currsize == 1
