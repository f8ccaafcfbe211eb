"""A user talking to the conversation core, with no channel: send text, press buttons, read replies."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import InputKind, Reply, UserInput
from bot.store.base import Store
from bot.store.memory import MemoryStore

# Sunday 22 November 2026, 15:00 UTC (16:00 in Paris).
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
USER = "u-" + "a" * 62  # a keyed hash, as bot.privacy would give


class Chat:
    def __init__(self, store: Store | None = None, *, user: str = USER, now: datetime = NOW) -> None:
        self.store: Store = store if store is not None else MemoryStore(secret="s" * 32)
        self.now = now
        self.user = user
        self.bot = Conversation(DefaultServices(), self.store, clock=lambda: self.now)
        self.replies: list[Reply] = []

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
        self.replies = await self.bot.handle(self.user, inp, chat_id=4242)
        assert self.replies, "every input gets an answer"
        for reply in self.replies:
            assert reply.text.strip()
        return self.replies

    @property
    def text(self) -> str:
        return "\n\n".join(r.text for r in self.replies)

    def buttons(self) -> list[str]:
        return [b.data for r in self.replies for row in r.buttons for b in row]
