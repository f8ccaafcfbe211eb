"""DATABASE_URL alone (no webhook): the ordinary polling bot, a real process, keeps its data in PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from tests.load.fake_bot_api import FakeBotApi
from tests.load.harness import BotRun, drive, plan


async def test_the_polling_bot_answers_every_user_in_order_with_its_data_in_postgres(
    pg_dsn: str, tmp_path: Path
) -> None:
    plans = await plan(4, 5)
    async with FakeBotApi() as api:
        bot = BotRun(api, tmp_path, env_extra={"DATABASE_URL": pg_dsn})
        try:
            await bot.start_and_wait()
            report = await drive(api, plans, think=(0.05, 0.1), reply_timeout=60.0)
        finally:
            await bot.stop_async()
    assert report.problems == [], report.problems[:3]
    assert bot.failures_logged() == []
    assert not bot.database.exists()  # nothing went to the SQLite file
    conn = await asyncpg.connect(pg_dsn)
    try:
        states = await conn.fetchval("SELECT COUNT(*) FROM conversation_state")
    finally:
        await conn.close()
    assert states >= 1
