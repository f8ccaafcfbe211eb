"""The pending-input journal through the adapter: inputs are recorded while answered, and after a crash each
chat that lost one is asked once, at start-up, to send it again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.texts import t
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.base import PendingInput, Store
from bot.store.memory import MemoryStore
from bot.telegram_app import TelegramFront, build_application, split_html
from tests.test_telegram_inprocess import (
    CHAT,
    TOKEN,
    BrokenServices,
    FakeBotApi,
    Harness,
    _harness,
    _request,
)

NOTICE = split_html(t("error.interrupted"))[0]
USER_KEY = "u-" + "c" * 62
OTHER_CHAT = 556


async def _crash_leftovers(store: Store) -> None:
    await store.journal_begin(41, USER_KEY, CHAT)
    await store.journal_begin(42, USER_KEY, CHAT)  # two lost inputs in one chat: one notice
    await store.journal_begin(43, "u-" + "d" * 62, OTHER_CHAT)


async def _start(tg: Harness) -> None:
    assert tg.app.post_init is not None
    await tg.app.post_init(tg.app)


class RefusingBotApi(FakeBotApi):
    """sendMessage answers ``status`` (403: the user blocked the bot; 502: Telegram is down)."""

    def __init__(self, status: int) -> None:
        super().__init__()
        self.status = status

    def handler(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/sendMessage"):
            return super().handler(request)
        self.calls.append(("sendMessage", {}))
        body = {
            "ok": False,
            "error_code": self.status,
            "description": "Forbidden: bot was blocked by the user",
        }
        return httpx.Response(self.status, json=body)


async def _refusing(status: int) -> AsyncIterator[tuple[TelegramFront, RefusingBotApi, Store, Bot]]:
    api = RefusingBotApi(status)
    store = MemoryStore(secret="s" * 32)
    front = TelegramFront(Conversation(DefaultServices(), store), KeyedHasher("k" * 32), RateLimiter(30))
    app = build_application(
        front,
        TOKEN,
        base_url="http://bot-api.invalid/bot",
        base_file_url="http://bot-api.invalid/file/bot",
        request=_request(api),
        get_updates_request=_request(api),
        reminder_interval=0,
    )
    async with app:
        yield front, api, store, app.bot


def test_the_notice_is_friendly_french_and_asks_to_send_again() -> None:
    assert "renvoyer" in NOTICE and "redémarré" in NOTICE


async def test_at_start_up_each_chat_with_a_lost_input_gets_one_notice_then_the_journal_is_empty() -> None:
    async for tg in _harness():
        store = tg.front.conversation.store
        await _crash_leftovers(store)
        await _start(tg)
        notices = [p for p in tg.api.sent() if p["text"] == NOTICE]
        assert sorted(int(p["chat_id"]) for p in notices) == [CHAT, OTHER_CHAT]
        for payload in notices:
            assert payload["parse_mode"] == "HTML"
            assert payload["link_preview_options"] == {"is_disabled": True}
        assert await store.journal_pending() == []

        tg.api.clear()
        await _start(tg)  # a second start has nothing left to say
        assert tg.api.sent() == []


async def test_a_clean_start_sends_no_notice() -> None:
    async for tg in _harness():
        await _start(tg)
        assert tg.api.sent() == []


async def test_an_input_is_recorded_while_it_is_answered_and_removed_once_answered() -> None:
    seen_during: list[list[PendingInput]] = []
    async for tg in _harness():
        store = tg.front.conversation.store
        original = tg.front.send

        async def spy(
            *args: object, store: Store = store, original: object = original, **kwargs: object
        ) -> None:
            seen_during.append(await store.journal_pending())
            await original(*args, **kwargs)  # type: ignore[operator]

        tg.front.send = spy  # type: ignore[method-assign]
        await tg.send("04 72 80 14 14")
        [entry] = seen_during[0]
        assert entry.chat_id == CHAT and entry.update_id == tg.update_id
        assert not entry.user_key.isdigit()  # a keyed hash, never the Telegram id
        assert "04 72" not in entry.model_dump_json()  # never the message text
        assert await store.journal_pending() == []

        await tg.press("m:prescription")
        assert await store.journal_pending() == []


async def test_a_failed_input_leaves_the_journal_once_the_user_was_told() -> None:
    async for tg in _harness(BrokenServices()):
        await tg.send("06 12 34 56 78")
        assert "quelque chose n'a pas marché" in tg.api.texts[-1]
        assert await tg.front.conversation.store.journal_pending() == []


async def test_a_user_who_blocked_the_bot_is_not_retried_forever() -> None:
    async for front, api, store, bot in _refusing(403):
        await store.journal_begin(41, USER_KEY, CHAT)
        assert await front.notify_interrupted(bot) == 0
        assert len(api.sent()) == 1  # a 403 is final: not retried
        assert await store.journal_pending() == []


async def test_when_telegram_is_unreachable_the_entries_wait_for_the_next_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bot.telegram_app.NETWORK_BACKOFF", 0.0)
    async for front, api, store, bot in _refusing(502):
        await _crash_leftovers(store)
        assert await front.notify_interrupted(bot) == 0
        assert len(api.sent()) == 5  # one chat tried (with retries), the others left for later
        assert [p.update_id for p in await store.journal_pending()] == [41, 42, 43]
