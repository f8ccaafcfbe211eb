"""Faults through the real polling path: the bot process against the fake Bot API on 127.0.0.1.

A check that crashes, a database held locked by another process, Telegram answering 429 and 5xx, and the
process SIGKILLed under load then restarted on the same database. Each test is bounded in time.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.conversation.texts import t as bot_text
from bot.telegram_app import split_html
from tests.load.fake_bot_api import FakeBotApi, Sent
from tests.load.faulty_bot import MARKER
from tests.load.harness import BotRun
from tests.load.scenario import Expected, Step, b, expected_answers, t

pytestmark = pytest.mark.timeout(90)

GENERIC_ERROR = split_html(bot_text("error.generic"))[0]
RESEND_NOTICE = split_html(bot_text("error.interrupted"))[0]
PRESCRIPTION = [b("m:prescription"), b("p:t:telecom"), t("15/03/2022"), b("p:e:none")]


def seen(messages: list[Sent]) -> list[Expected]:
    return [Expected(m.text, m.buttons) for m in messages]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path) -> AsyncIterator[BotRun]:
    run = BotRun(api, tmp_path)
    try:  # a bot that never reaches getUpdates is stopped too
        await run.start_and_wait()
        yield run
    finally:
        await run.stop_async()


async def answer(
    api: FakeBotApi, chat: int, step: Step, expected: list[Expected], timeout: float = 15
) -> None:
    """Send one input and check the chat's next messages are exactly the expected ones."""
    have = len(api.messages(chat))
    if step.kind == "text":
        api.send_text(chat, step.value)
    else:
        api.press(chat, step.value)
    got = await api.wait_messages(chat, have + len(expected), timeout)
    assert seen(got[have:]) == expected


async def test_a_crashing_check_tells_the_user_and_the_next_input_works(
    api: FakeBotApi, tmp_path: Path
) -> None:
    bot = BotRun(api, tmp_path, module="tests.load.faulty_bot")
    try:
        await bot.start_and_wait()
        chat = 610_001
        api.send_text(chat, f"Dossier {MARKER} : réglez 389 EUR sur https://intrum-regle.top sous 24h")
        [told] = await api.wait_messages(chat, 1, 15)
        assert told.text == GENERIC_ERROR
        number = t("04 72 80 14 14")
        [expected] = await expected_answers([number])
        await answer(api, chat, number, expected)
        await asyncio.sleep(0.3)
        assert len(api.messages(chat)) == 1 + len(expected)  # told once, answered once
    finally:
        assert await bot.stop_async() == 0
    log = bot.log()
    assert "update failed: RuntimeError" in log
    assert MARKER not in log and "intrum-regle" not in log  # the user's text is never logged


async def test_a_database_locked_by_another_process_delays_answers_but_loses_none(
    api: FakeBotApi, bot: BotRun
) -> None:
    expected = await expected_answers(PRESCRIPTION)
    chats = list(range(620_001, 620_011))
    for chat in chats:
        for step, want in zip(PRESCRIPTION[:2], expected[:2], strict=True):
            await answer(api, chat, step, want)

    holder = sqlite3.connect(bot.database, isolation_level=None, timeout=5)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # no other writer until released
        for chat in chats:
            api.send_text(chat, PRESCRIPTION[2].value)
        await asyncio.sleep(1.0)
        released = time.monotonic()
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    for chat in chats:
        got = await api.wait_messages(chat, len(expected[0]) + len(expected[1]) + len(expected[2]), 15)
        assert seen(got[-len(expected[2]) :]) == expected[2]
        assert got[-1].at >= released  # the answer waited for the lock: the state was saved first
    assert bot.failures_logged() == []

    # What was answered is on disk: after a restart every dialogue goes on from where it was.
    assert await bot.stop_async() == 0
    await bot.start_and_wait()
    for chat in chats:
        await answer(api, chat, PRESCRIPTION[3], expected[3])


async def test_telegram_429_and_5xx_delay_replies_without_losing_or_doubling_them(
    api: FakeBotApi, bot: BotRun
) -> None:
    inputs = [t("06 12 34 56 78"), t("https://intrum-paiement.top/regler"), t("0899 12 34 56")]
    expected = await expected_answers(inputs)

    api.fail_next("sendMessage", 2, 429, retry_after=1)
    started = time.monotonic()
    await answer(api, 630_001, inputs[0], expected[0])
    assert time.monotonic() - started >= 1.0  # Telegram's retry_after was respected
    assert api.faults_left("sendMessage") == 0

    api.fail_next("sendMessage", 2, 502)
    api.fail_next("sendChatAction", 1, 500)
    await answer(api, 630_002, inputs[1], expected[1])

    api.fail_next("getUpdates", 2, 500)  # PTB's polling loop retries by itself
    await answer(api, 630_003, inputs[2], expected[2])

    deadline = time.monotonic() + 10
    while api.faults_left("getUpdates") and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    for chat, want in zip((630_001, 630_002, 630_003), expected, strict=True):
        assert seen(api.messages(chat)) == want  # nothing doubled, no "something failed" message
    # Only the two failed polls reach the error handler (PTB reports them there, with no update).
    failures = bot.failures_logged()
    assert len(failures) <= 2 and all("update failed: NetworkError" in line for line in failures)


KILLS = 6


@pytest.mark.timeout(240)
async def test_sigkills_under_load_lose_nothing_silently_and_answer_nothing_twice(
    api: FakeBotApi, bot: BotRun
) -> None:
    """What "acknowledged" means with polling: PTB confirms a batch of updates (the next getUpdates carries
    offset = last id + 1) once it has *fetched* it (and, here, journaled it), not once it has answered. So a
    SIGKILL can leave an update confirmed but unanswered, or answered but unconfirmed (Telegram hands it over
    again). The pending-input journal covers the first: after the restart its chat is asked, once, to send it
    again. The processed-update record covers the second: the redelivered update is acknowledged, not answered
    again. Over several kills under load: nothing lost without a notice, nothing answered twice."""
    users, per_user = 20, 10
    steps = {
        u: [t(f"06 {u % 100:02d} 34 {i:02d} {u // 100 % 100:02d}") for i in range(per_user)]
        for u in range(users)
    }
    want = {u: [a[0].text for a in await expected_answers(s)] for u, s in steps.items()}
    dialogue_chat = 640_999
    dialogue = await expected_answers(PRESCRIPTION)
    for step, expected in zip(PRESCRIPTION[:2], dialogue[:2], strict=True):
        await answer(api, dialogue_chat, step, expected)

    update_of: dict[tuple[int, int], int] = {}
    kills: list[float] = []
    last_sent_before_last_kill = 0

    async def user(u: int) -> None:
        chat = 641_000 + u
        for i, step in enumerate(steps[u]):
            update_of[u, i] = api.send_text(chat, step.value)
            deadline = time.monotonic() + 4.0
            while time.monotonic() < deadline and not any(m.text == want[u][i] for m in api.messages(chat)):
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.02)

    async def killer() -> None:
        nonlocal last_sent_before_last_kill
        base = len(api.sent)
        for k in range(1, KILLS + 1):
            while len(api.sent) < base + 25 * k:
                await asyncio.sleep(0.005)
            bot.kill()
            kills.append(time.monotonic())
            last_sent_before_last_kill = max(update_of.values())
            await bot.start_and_wait()

    await asyncio.gather(killer(), *(user(u) for u in range(users)))
    await asyncio.sleep(1.5)  # late duplicates would show now

    lost, told, doubled = [], [], []
    for u in range(users):
        chat = 641_000 + u
        messages = api.messages(chat)
        texts = [m.text for m in messages]
        notices = [m for m in messages if m.text == RESEND_NOTICE]
        assert len(notices) <= KILLS, "at most one notice per chat and restart"
        assert all(m.at >= kills[0] for m in notices), "notices come from a restarted bot"
        for i in range(per_user):
            update = update_of[u, i]
            count = texts.count(want[u][i])
            if count > 1:
                doubled.append(update)
            if count == 0:
                lost.append(update)
                if any(m.at >= api.update_sent_at[update] for m in notices):
                    told.append(update)
            if update > last_sent_before_last_kill:
                assert count == 1, "an input sent after the last kill must be answered exactly once"
    redelivered = sum(1 for u in range(users) for i in range(per_user) if api.deliveries[update_of[u, i]] > 1)
    chats_told = sum(1 for u in range(users) if RESEND_NOTICE in [m.text for m in api.messages(641_000 + u)])
    print(
        f"\n{KILLS} SIGKILLs under load: {users * per_user} inputs, {redelivered} handed over again by the"
        f" server, {len(doubled)} answered twice, {len(lost)} lost in flight ({len(lost) - len(told)} silently,"
        f" {len(told)} with a resend notice), {chats_told} chats notified"
    )
    assert doubled == [], "answered twice after a crash"
    assert sorted(told) == sorted(lost), "an input was lost and its chat was not asked to send it again"
    assert bot.starts == KILLS + 1
    assert RESEND_NOTICE not in [m.text for m in api.messages(dialogue_chat)]  # nothing was in flight there

    # The dialogue started before the kills goes on after them.
    await answer(api, dialogue_chat, PRESCRIPTION[2], dialogue[2])
