"""A token is the only setting a user must give: the real bot process creates its hash secret, keeps it.

The bot runs as ``python -m bot bot`` against the project's fake Bot API with ``TELEGRAM_BOT_TOKEN`` and no
``USER_ID_HASH_SECRET``. The secret file appears next to the database (0600), is logged once without its value,
and is the same after a restart: a dialogue started before the restart goes on (same keyed user id).
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.load.fake_bot_api import FakeBotApi
from tests.load.harness import BotRun
from tests.load.scenario import expected_answers
from tests.load.test_faults import PRESCRIPTION, answer

pytestmark = pytest.mark.timeout(90)

CREATED = "created the per-install hash secret"


async def test_a_token_alone_starts_the_bot_with_a_stable_private_secret(tmp_path: Path) -> None:
    dialogue = await expected_answers(PRESCRIPTION)
    chat = 650_001
    async with FakeBotApi() as api:
        bot = BotRun(api, tmp_path, env_extra={"USER_ID_HASH_SECRET": "", "LOG_LEVEL": "INFO"})
        try:
            await bot.start_and_wait()
            secret_file = Path(str(bot.database) + ".secret")
            assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
            secret = secret_file.read_text(encoding="utf-8").strip()
            assert len(secret) == 64
            for step, expected in zip(PRESCRIPTION[:3], dialogue[:3], strict=True):
                await answer(api, chat, step, expected)
            assert await bot.stop_async() == 0

            await bot.start_and_wait()
            assert secret_file.read_text(encoding="utf-8").strip() == secret  # not replaced
            await answer(api, chat, PRESCRIPTION[3], dialogue[3])  # the saved dialogue is found again
        finally:
            await bot.stop_async()
    log = bot.log()
    created = [line for line in log.splitlines() if CREATED in line]
    assert len(created) == 1 and str(secret_file) in created[0]  # once, saying where
    assert secret not in log and api.token not in log
    assert bot.failures_logged() == []
