"""The pending-input journal through the adapter: inputs are recorded while answered, and after a crash each
chat that lost one is asked once, at start-up, to send it again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Bot, Update

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.texts import t
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.base import PendingInput, Store
from bot.telegram_app import TelegramFront, build_application, split_html
from tests.bot.test_telegram_inprocess import (
    CHAT,
    TOKEN,
    BrokenServices,
    FakeBotApi,
    Harness,
    _harness,
    _request,
)
from tests.chat_harness import memory_store
from tests.store_support import begin_input

NOTICE = split_html(t("error.interrupted"))[0]
USER_KEY = "u-" + "c" * 62
OTHER_CHAT = 556


async def _crash_leftovers(store: Store) -> None:
    await begin_input(store, 41, USER_KEY, CHAT)
    await begin_input(store, 42, USER_KEY, CHAT)  # two lost inputs in one chat: one notice
    await begin_input(store, 43, "u-" + "d" * 62, OTHER_CHAT)


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
    store = await memory_store()
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


async def _through_the_queue(tg: Harness, data: dict[str, Any]) -> list[PendingInput]:
    """Queue an update as the updater does (then polling may confirm it); return the journal at that point."""
    await tg.app.update_queue.put(Update.de_json({"update_id": tg._next(), **data}, tg.app.bot))
    pending = await tg.front.conversation.store.journal_pending()
    update = await tg.app.update_queue.get()
    assert isinstance(update, Update)
    await tg.app.process_update(update)
    await tg.front.journal.drained()  # ends are written in batches, just after the answer
    return pending


async def test_an_input_is_recorded_when_queued_and_removed_once_answered() -> None:
    async for tg in _harness():
        store = tg.front.conversation.store
        [entry] = await _through_the_queue(tg, {"message": tg._message(text="04 72 80 14 14")})
        assert entry.chat_id == CHAT and entry.update_id == tg.update_id
        assert not entry.user_key.isdigit()  # a keyed hash, never the Telegram id
        assert "04 72" not in entry.model_dump_json()  # never the message text
        assert "📞 Numéro" in tg.api.texts[-1]
        assert await store.journal_pending() == []

        query = {
            "id": "cb1",
            "from": {"id": 777, "is_bot": False, "first_name": "Marie"},
            "chat_instance": "ci",
            "data": "m:prescription",
            "message": tg._message(text="menu"),
        }
        assert len(await _through_the_queue(tg, {"callback_query": query})) == 1
        assert await store.journal_pending() == []


async def test_updates_the_bot_does_not_answer_are_not_recorded() -> None:
    async for tg in _harness():
        group = {
            **tg._message(text="04 72 80 14 14"),
            "chat": {"id": -100, "type": "group", "title": "Famille"},
        }
        assert await _through_the_queue(tg, {"message": group}) == []
        assert await _through_the_queue(tg, {"edited_message": tg._message(text="corrigé")}) == []
        assert tg.api.sent() == []


async def test_a_rate_limited_input_leaves_no_entry() -> None:
    async for tg in _harness(per_minute=1):
        await _through_the_queue(tg, {"message": tg._message(text="/aide")})
        await _through_the_queue(tg, {"message": tg._message(text="/aide")})
        assert "beaucoup de messages" in tg.api.texts[-1]
        assert await tg.front.conversation.store.journal_pending() == []


async def test_a_failed_input_leaves_the_journal_once_the_user_was_told() -> None:
    async for tg in _harness(BrokenServices()):
        assert len(await _through_the_queue(tg, {"message": tg._message(text="06 12 34 56 78")})) == 1
        assert "quelque chose n'a pas marché" in tg.api.texts[-1]
        assert await tg.front.conversation.store.journal_pending() == []


async def test_a_user_who_blocked_the_bot_is_not_retried_forever() -> None:
    async for front, api, store, bot in _refusing(403):
        await begin_input(store, 41, USER_KEY, CHAT)
        assert await front.notify_interrupted(bot) == 0
        assert len(api.sent()) == 1  # a 403 is final: not retried
        assert await store.journal_pending() == []


async def test_when_telegram_is_unreachable_the_entries_wait_for_the_next_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bot.telegram_app.delivery.NETWORK_BACKOFF", 0.0)
    async for front, api, store, bot in _refusing(502):
        await _crash_leftovers(store)
        assert await front.notify_interrupted(bot) == 0
        assert len(api.sent()) == 5  # one chat tried (with retries), the others left for later
        assert [p.update_id for p in await store.journal_pending()] == [41, 42, 43]
