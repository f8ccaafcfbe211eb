"""One user's updates are answered in the order they were sent, even when checking the first one is slow.

PTB runs updates concurrently. Before a state change the adapter waits for the update's journal row and asks
the store whether a crash already answered it; those waits must happen inside the user's lock, or a second
message would overtake the first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import Any

from telegram import Update

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.base import PendingInput
from bot.store.sqlite import SqliteStore
from bot.telegram_app import TelegramFront, build_application
from tests.bot.test_telegram_inprocess import TOKEN, FakeBotApi, Harness, _request
from tests.chat_harness import memory_store


async def slow_first_check() -> SqliteStore:
    """The real store, whose processed-update check of the first update takes a while (a busy database)."""
    store = await memory_store()
    check = store.is_processed

    async def is_processed(update_id: int) -> bool:
        if update_id == 1:
            await asyncio.sleep(0.2)
        return await check(update_id)

    store.is_processed = is_processed  # type: ignore[method-assign]
    return store


async def test_a_second_message_never_overtakes_the_first() -> None:
    api = FakeBotApi()
    front = TelegramFront(
        Conversation(DefaultServices(), await slow_first_check()),
        KeyedHasher("k" * 32),
        RateLimiter(30),
    )
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
        tg = Harness(app, api, front)
        first = Update.de_json({"update_id": 1, "message": tg._message(text="/aide")}, app.bot)
        second = Update.de_json({"update_id": 2, "message": tg._message(text="04 72 80 14 14")}, app.bot)
        await asyncio.gather(app.process_update(first), app.process_update(second))
    texts = api.texts
    assert len(texts) == 2
    assert "📞 Numéro" not in texts[0] and "📞 Numéro" in texts[1]


class SlowJournal:
    """The real store, whose journal writes take a while (a busy disk); notes the rows written so far."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.rows: set[int] = set()
        self._write = store.journal_write
        store.journal_write = self.journal_write  # type: ignore[method-assign]

    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None:
        await asyncio.sleep(0.2)
        await self._write(begun, ended)
        self.rows.update(p.update_id for p in begun)
        self.rows.difference_update(ended)


class SeesJournal(FakeBotApi):
    """Notes, when getUpdates arrives, which updates the journal holds (getUpdates answers an empty list)."""

    def __init__(self, journal: SlowJournal) -> None:
        super().__init__()
        self.journal = journal
        self.journal_at_poll: list[set[int]] = []

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getUpdates":
            self.journal_at_poll.append(set(self.journal.rows))
            return []
        return super()._result(method, params)


async def test_polling_confirms_updates_only_once_their_journal_rows_are_written() -> None:
    store = await memory_store()
    api = SeesJournal(SlowJournal(store))
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
        tg = Harness(app, api, front)
        await app.bot.get_updates(timeout=0)  # polling is on: queuing no longer waits for the disk
        assert front.journal.gated
        for update_id in (7, 8):
            message = tg._message(text="04 72 80 14 14")
            await app.update_queue.put(Update.de_json({"update_id": update_id, "message": message}, app.bot))
        assert await store.journal_pending() == []  # queued at once, rows still being written
        await app.bot.get_updates(offset=9, timeout=0)  # confirms 7 and 8 to Telegram
        assert api.journal_at_poll[-1] == {7, 8}
