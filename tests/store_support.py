"""Shared fixtures for the store tests: a clock the test moves, and realistic keyed user ids."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.privacy import user_key
from bot.store.base import PendingInput, Store

SECRET = "test-secret-0123456789abcdef-not-for-production"
ALICE_ID = 418_276_935
BOB_ID = 502_113_784
CAROL_ID = 733_904_561
ALICE = user_key(ALICE_ID, SECRET)
BOB = user_key(BOB_ID, SECRET)
CAROL = user_key(CAROL_ID, SECRET)


class FakeClock:
    def __init__(self, start: datetime = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


async def begin_input(
    store: Store, update_id: int, user_key: str, chat_id: int, at: datetime | None = None
) -> None:
    """One update noted as being handled (received ``at``, default now), as the bot's batched journal writes it."""
    received = at if at is not None else datetime.now(UTC)
    entry = PendingInput(update_id=update_id, user_key=user_key, chat_id=chat_id, received_at=received)
    await store.journal_write([entry], ())
