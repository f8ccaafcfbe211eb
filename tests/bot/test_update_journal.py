"""The batched journal writer: a confirmation waits for the rows of fetched updates, never for the stream of
"answered" notes that steady traffic keeps adding."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from bot.store.base import PendingInput
from bot.store.sqlite import SqliteStore
from bot.update_journal import JournalWriter
from tests.chat_harness import memory_store

USER_KEY = "u-" + "e" * 62


class SlowDisk:
    """The real store (SQLite in memory) whose journal writes take a while; counts them."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.writes = 0
        self._write = store.journal_write
        store.journal_write = self.journal_write  # type: ignore[method-assign]

    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None:
        self.writes += 1
        await asyncio.sleep(0.01)
        await self._write(begun, ended)


async def slow_disk() -> SlowDisk:
    return SlowDisk(await memory_store())


def entry(update_id: int) -> PendingInput:
    return PendingInput(update_id=update_id, user_key=USER_KEY, chat_id=5, received_at=datetime.now(UTC))


async def test_rows_noted_together_are_written_together_and_a_confirmation_waits_for_them() -> None:
    disk = await slow_disk()
    store = disk.store
    writer = JournalWriter(lambda: store)
    for update_id in (1, 2, 3):
        writer.begin(entry(update_id))
    await writer.flushed()
    assert [p.update_id for p in await store.journal_pending()] == [1, 2, 3]
    assert disk.writes == 1


async def test_a_confirmation_is_not_held_up_by_answers_that_keep_arriving() -> None:
    disk = await slow_disk()
    store = disk.store
    writer = JournalWriter(lambda: store)
    stop = asyncio.Event()

    async def answers() -> None:
        update_id = 1000
        while not stop.is_set():
            writer.end(update_id)
            update_id += 1
            await asyncio.sleep(0.002)

    traffic = asyncio.create_task(answers())
    try:
        await asyncio.sleep(0.05)
        writer.begin(entry(7))
        await asyncio.wait_for(writer.flushed(), 1.0)
        assert 7 in {p.update_id for p in await store.journal_pending()}
    finally:
        stop.set()
        await traffic
    await asyncio.wait_for(writer.drained(), 1.0)
    writer.end(7)
    await writer.drained()
    assert await store.journal_pending() == []
