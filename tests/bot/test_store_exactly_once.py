"""Exactly once, on BOTH stores: an update's id is recorded as processed together with the state it changed.

What the Telegram adapter relies on after a crash: an update whose state change is on disk is known as
processed (so Telegram's redelivery is not answered again), and one whose write failed is not.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.store import ConversationState, PendingInput, Store, open_store
from bot.store.base import handling_update
from tests.store_support import ALICE, ALICE_ID, BOB, BOB_ID, SECRET, FakeClock, begin_input


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sqlite-memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    if request.param == "sqlite-memory":
        opened: Store = await open_store(":memory:", secret=SECRET, clock=clock)
    else:
        opened = await open_store(tmp_path / "bot.db", secret=SECRET, clock=clock)
    yield opened
    await opened.close()


async def test_a_state_saved_while_handling_an_update_records_it_as_processed(store: Store) -> None:
    assert not await store.is_processed(80_001)
    with handling_update(80_001) as scope:
        await store.save_state(ALICE, ConversationState(data={"flow": "prescription"}))
    assert scope.recorded
    assert await store.is_processed(80_001)
    assert not await store.is_processed(80_002)


async def test_reads_and_journal_writes_do_not_count_as_processing(store: Store) -> None:
    with handling_update(80_003) as scope:
        await store.get_state(ALICE)
        await begin_input(store, 80_003, ALICE, ALICE_ID)
        await store.journal_clear([80_003])
    assert not scope.recorded
    assert not await store.is_processed(80_003)


@pytest.mark.parametrize(
    "write",
    ["clear", "report", "feedback", "reminder", "forget"],
)
async def test_every_kind_of_change_records_its_update(store: Store, write: str) -> None:
    with handling_update(80_010) as scope:
        if write == "clear":
            await store.clear_state(ALICE)
        elif write == "report":
            await store.report(ALICE, "number", "+33948123456", official=False)
        elif write == "feedback":
            await store.add_feedback(ALICE, "sms", "suspicious", ["message.deadline"], None, None)
        elif write == "reminder":
            await store.add_reminder(ALICE, ALICE_ID, date(2027, 1, 5), "k.reminder", {})
        else:
            await store.forget_user(ALICE)
    assert scope.recorded and await store.is_processed(80_010)


async def test_a_refused_write_does_not_mark_its_update_processed(store: Store) -> None:
    with handling_update(80_020) as scope, pytest.raises(ValueError):
        await store.save_state(ALICE, ConversationState(data={"big": "x" * 70_000}))
    assert not scope.recorded
    assert not await store.is_processed(80_020)


async def test_an_update_that_changed_nothing_is_marked_on_its_own(store: Store) -> None:
    await store.mark_processed(80_030)
    await store.mark_processed(80_030)  # twice is harmless
    assert await store.is_processed(80_030)


async def test_concurrent_updates_record_only_their_own_ids(store: Store) -> None:
    async def one(update_id: int, user_key: str) -> None:
        with handling_update(update_id):
            await asyncio.sleep(0)
            await store.save_state(user_key, ConversationState(data={"u": update_id}))

    await asyncio.gather(one(80_041, ALICE), one(80_042, BOB))
    with handling_update(80_043):
        await store.get_state(ALICE)
    assert [await store.is_processed(i) for i in (80_041, 80_042, 80_043)] == [True, True, False]


async def test_journal_write_begins_and_ends_many_in_one_call(store: Store, clock: FakeClock) -> None:
    def entry(update_id: int, user_key: str, chat_id: int) -> PendingInput:
        return PendingInput(update_id=update_id, user_key=user_key, chat_id=chat_id, received_at=clock.now)

    await store.journal_write([entry(80_051, ALICE, ALICE_ID), entry(80_052, BOB, BOB_ID)], [])
    await store.journal_write([entry(80_053, ALICE, ALICE_ID)], [80_051, 80_053, 99_999])
    assert [p.update_id for p in await store.journal_pending()] == [80_052]
    await store.journal_write([], [80_052])
    assert await store.journal_pending() == []


async def test_processed_ids_are_purged_after_a_day_like_the_journal(store: Store, clock: FakeClock) -> None:
    await store.mark_processed(80_061)
    clock.advance(hours=23)
    await store.purge(clock.now - timedelta(days=30))
    assert await store.is_processed(80_061)
    clock.advance(hours=2)
    await store.purge(clock.now - timedelta(days=30))
    assert not await store.is_processed(80_061)
