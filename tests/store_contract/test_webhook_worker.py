"""Webhook workers sharing PostgreSQL, in process: answered once, whoever receives the update and however
often Telegram delivers it; the secret header; errors; the shared rate limit; jobs on one worker only."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from datetime import date
from typing import Any

import httpx
import pytest
import tornado.httpserver
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import Reply
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.postgres import PostgresStore, open_postgres_store
from bot.telegram_app import TelegramFront
from bot.webhook_worker import WebhookWorker, WorkerSettings, application
from tests.load.fake_bot_api import FakeBotApi
from tests.scale.webhook_sender import execute_webhook_reply
from tests.store_support import SECRET

CHAT = 612_334_901
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def text_update(update_id: int, text: str, chat: int = CHAT) -> dict[str, Any]:
    person = {"id": chat, "is_bot": False, "first_name": "Nadia"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_764_000_000,
            "chat": {"id": chat, "type": "private", "first_name": "Nadia"},
            "from": person,
            "text": text,
        },
    }


async def deliver(worker: WebhookWorker, update: dict[str, Any], api: FakeBotApi) -> int:
    """One delivery as Telegram makes it: the update posted, the request in the 200 carried out."""
    status, reply = await worker.handle(dict(update))
    if 200 <= status < 300:
        execute_webhook_reply(api, reply)
    return status


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def make_worker(pg_dsn: str, api: FakeBotApi) -> AsyncIterator[Callable[..., Any]]:
    opened: list[tuple[PostgresStore, Bot]] = []

    async def make(per_minute: int = 1000, secret_token: str | None = "s3cr3t_token") -> WebhookWorker:
        store = await open_postgres_store(pg_dsn, secret=SECRET)
        bot = Bot(
            api.token,
            base_url=api.base_url,
            base_file_url=api.file_url,
            request=HTTPXRequest(connection_pool_size=8),
        )
        await bot.initialize()
        opened.append((store, bot))
        front = TelegramFront(
            Conversation(DefaultServices(), store), KeyedHasher(SECRET), RateLimiter(per_minute)
        )
        return WebhookWorker(front, store, bot, secret_token=secret_token, per_minute=per_minute)

    yield make
    for store, bot in opened:
        await bot.shutdown()
        await store.close()


def count_calls(worker: WebhookWorker) -> list[int]:
    """Make the worker's conversation count how many times it really handled something."""
    calls: list[int] = []
    real = worker.front.conversation.handle

    async def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return await real(*args, **kwargs)

    worker.front.conversation.handle = counting  # type: ignore[method-assign]
    return calls


async def test_telegram_missing_the_first_answer_still_gets_it_once(
    make_worker: Callable[..., Any], api: FakeBotApi
) -> None:
    worker_a, worker_b = await make_worker(), await make_worker()
    calls_a, calls_b = count_calls(worker_a), count_calls(worker_b)
    update = text_update(10, "+225 07 12 34 56 78")
    status, reply = await worker_a.handle(update)  # the 200 never reached Telegram (worker killed, time-out)
    assert status == 200 and reply is not None and reply["method"] == "sendMessage"
    assert api.messages(CHAT) == []
    assert await deliver(worker_b, update, api) == 200  # delivered again, to another worker
    answer = api.messages(CHAT)
    assert len(answer) == 1 and "225" in answer[0].text
    assert (calls_a, calls_b) == ([1], [])  # handled once: the second delivery only re-sent the answer


async def test_the_same_update_at_three_workers_at_once_is_handled_once(
    make_worker: Callable[..., Any], api: FakeBotApi
) -> None:
    workers = [await make_worker() for _ in range(3)]
    calls = [count_calls(w) for w in workers]
    update = text_update(11, "http://bit.ly/intrum-regler")
    results = await asyncio.gather(*(w.handle(dict(update)) for w in workers))
    assert [status for status, _ in results] == [200, 200, 200]
    assert sum(len(c) for c in calls) == 1
    assert len({json.dumps(reply, sort_keys=True) for _, reply in results}) == 1
    execute_webhook_reply(api, results[-1][1])  # Telegram reads only the delivery it still waits for
    assert len(api.messages(CHAT)) == 1


async def test_one_users_burst_is_answered_in_order_across_workers(
    make_worker: Callable[..., Any], api: FakeBotApi
) -> None:
    workers = [await make_worker() for _ in range(3)]
    texts = ["06 12 34 56 78", "https://www.intrum.fr", "0899 12 34 56", "merci"]
    for index, text in enumerate(texts):  # each delivered after the previous one was acknowledged
        assert await deliver(workers[index % 3], text_update(20 + index, text), api) == 200
    shown = [m.text for m in api.messages(CHAT)]
    firsts = [
        next(i for i, t in enumerate(shown) if key in t) for key in ("06 12 34 56 78", "intrum[.]fr", "0899")
    ]
    assert firsts == sorted(firsts)


async def test_a_wrong_or_missing_secret_header_is_refused(
    make_worker: Callable[..., Any], api: FakeBotApi
) -> None:
    worker = await make_worker()
    server = tornado.httpserver.HTTPServer(application(worker, "/telegram"))
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server.add_sockets(sockets)
    url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}/telegram"
    try:
        async with httpx.AsyncClient(trust_env=False) as client:
            update = text_update(30, "bonjour")
            assert (await client.post(url, json=update)).status_code == 403
            assert (await client.post(url, json=update, headers={HEADER: "devine"})).status_code == 403
            assert api.messages(CHAT) == []
            accepted = await client.post(url, json=update, headers={HEADER: "s3cr3t_token"})
            assert accepted.status_code == 200
            assert accepted.headers["content-type"].startswith("application/json")
            answer = accepted.json()
            assert answer["method"] == "sendMessage" and answer["chat_id"] == CHAT
            assert answer["link_preview_options"] == {"is_disabled": True}
            assert (
                await client.post(url, content=b"{pas du json", headers={HEADER: "s3cr3t_token"})
            ).status_code == 400
            assert (await client.get(url.replace("/telegram", "/healthz"))).status_code == 200
    finally:
        server.stop()


async def test_an_answer_telegram_refused_is_sent_at_the_next_delivery_once(
    make_worker: Callable[..., Any], api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker = await make_worker()
    calls = count_calls(worker)

    async def two_messages(*args: Any, **kwargs: Any) -> list[Reply]:
        calls.append(1)
        return [Reply(text="Premier message"), Reply(text="Second message")]

    monkeypatch.setattr(worker.front.conversation, "handle", two_messages)
    api.fail_next("sendMessage", 5, 502)  # every try of the first message fails
    update = text_update(40, "04 72 80 14 14")
    assert await deliver(worker, update, api) == 502
    assert api.messages(CHAT) == []
    assert await deliver(worker, update, api) == 200
    assert [m.text for m in api.messages(CHAT)] == ["Premier message", "Second message"]
    assert len(calls) == 1


async def test_a_crash_in_the_conversation_is_told_once_and_not_retried(
    make_worker: Callable[..., Any], api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    worker = await make_worker()
    calls: list[int] = []

    async def broken(*args: object, **kwargs: object) -> list[object]:
        calls.append(1)
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(worker.front.conversation, "handle", broken)
    update = text_update(50, "bonjour")
    status, _ = await worker.handle(dict(update))  # Telegram missed this answer
    assert status == 200
    assert await deliver(worker, update, api) == 200
    assert len(api.messages(CHAT)) == 1 and len(calls) == 1


async def test_the_rate_limit_holds_across_workers(make_worker: Callable[..., Any], api: FakeBotApi) -> None:
    workers = [await make_worker(per_minute=2), await make_worker(per_minute=2)]
    for index in range(4):
        assert (
            await deliver(workers[index % 2], text_update(60 + index, f"06 12 34 56 {index:02d}"), api) == 200
        )
    texts = [m.text for m in api.messages(CHAT)]
    answered = sum(1 for t in texts if "06 12 34 56" in t)
    assert answered == 2
    assert len(texts) == answered + 1  # one friendly notice, not one per refused message


async def test_reminders_are_sent_by_one_worker_only(
    make_worker: Callable[..., Any], api: FakeBotApi
) -> None:
    workers = [await make_worker() for _ in range(3)]
    store = workers[0].store
    chats = [700_000 + i for i in range(5)]
    for chat in chats:
        key = KeyedHasher(SECRET).user_key(chat)
        await store.add_reminder(
            key, chat, date(2020, 1, 1), "bot.letter.reminder_text", {"what": "x", "due": "01/01/2020"}
        )
    options = WorkerSettings(jobs_interval_seconds=0.05)
    leaders = [w.store.job_leader() for w in workers]
    jobs = [
        asyncio.create_task(w.run_jobs(leader, options, 30))
        for w, leader in zip(workers, leaders, strict=True)
    ]
    try:
        for chat in chats:
            await api.wait_messages(chat, 1, 10.0)
        await asyncio.sleep(0.5)
    finally:
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        for leader in leaders:
            await leader.close()
    assert [len(api.messages(chat)) for chat in chats] == [1] * len(chats)
