"""A user talking to the conversation core, with no channel: send text, press buttons, read replies."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import InputKind, Reply, UserInput
from bot.store.base import Clock, Store, utc_now
from bot.store.sqlite import SqliteStore, open_store

# Sunday 22 November 2026, 15:00 UTC (16:00 in Paris).
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
USER = "u-" + "a" * 62  # a keyed hash, as bot.privacy would give


_OPEN: list[SqliteStore] = []


async def memory_store(secret: str = "s" * 32, *, clock: Clock = utc_now) -> SqliteStore:
    """The real SQLite store on ":memory:" (no second implementation for tests); closed after the test."""
    store = await open_store(":memory:", secret=secret, clock=clock)
    _OPEN.append(store)
    return store


def close_memory_stores() -> None:
    """Close what ``memory_store`` opened (from ``tests/conftest.py``, after each test), on a loop of its own."""
    if not _OPEN:
        return
    loop = asyncio.new_event_loop()
    try:
        while _OPEN:
            loop.run_until_complete(_OPEN.pop().close())
    finally:
        loop.close()


class Chat:
    """One user and the conversation core; the store (SQLite in memory unless given) opens at the first input."""

    def __init__(self, store: Store | None = None, *, user: str = USER, now: datetime = NOW) -> None:
        self._store = store
        self._bot: Conversation | None = None
        self.now = now
        self.user = user
        self.replies: list[Reply] = []

    @property
    def store(self) -> Store:
        assert self._store is not None, "the store opens with the first input"
        return self._store

    @property
    def bot(self) -> Conversation:
        assert self._bot is not None, "the conversation starts with the first input"
        return self._bot

    async def start(self) -> Conversation:
        if self._store is None:
            self._store = await memory_store()
        if self._bot is None:
            self._bot = Conversation(DefaultServices(), self._store, clock=lambda: self.now)
        return self._bot

    async def send(self, text: str, *, forwarded_from: str | None = None) -> list[Reply]:
        return await self._do(UserInput.of_text(text, forwarded_from=forwarded_from))

    async def press(self, data: str) -> list[Reply]:
        offered = self.buttons()
        assert data in offered, f"button {data!r} not offered; offered: {offered}"
        return await self._do(UserInput.of_button(data))

    async def press_label(self, fragment: str) -> list[Reply]:
        for reply in reversed(self.replies):
            for row in reply.buttons:
                for b in row:
                    if fragment.lower() in b.label.lower():
                        return await self.press(b.data)
        raise AssertionError(f"no button labelled like {fragment!r} in {self.buttons()}")

    async def send_other(self, detail: str) -> list[Reply]:
        return await self._do(UserInput(kind=InputKind.unsupported, detail=detail))

    async def send_image(self, data: bytes, caption: str = "") -> list[Reply]:
        return await self._do(UserInput(kind=InputKind.image, payload=data, text=caption, mime="image/png"))

    async def _do(self, inp: UserInput) -> list[Reply]:
        bot = await self.start()
        self.replies = await bot.handle(self.user, inp, chat_id=4242)
        assert self.replies, "every input gets an answer"
        for reply in self.replies:
            assert reply.text.strip()
        return self.replies

    @property
    def text(self) -> str:
        return "\n\n".join(r.text for r in self.replies)

    def buttons(self) -> list[str]:
        return [b.data for r in self.replies for row in r.buttons for b in row]
