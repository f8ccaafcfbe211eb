"""The pending-input journal, on BOTH stores: what a crash leaves behind is exactly what was not answered."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.store import PendingInput, Store, open_store
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


async def test_an_input_being_answered_is_pending_until_its_answer_was_sent(
    store: Store, clock: FakeClock
) -> None:
    assert await store.journal_pending() == []
    await begin_input(store, 70_001, ALICE, ALICE_ID, clock.now)
    assert await store.journal_pending() == [
        PendingInput(update_id=70_001, user_key=ALICE, chat_id=ALICE_ID, received_at=clock.now)
    ]
    await store.journal_clear([70_001])
    assert await store.journal_pending() == []


async def test_only_the_unanswered_inputs_are_left_in_update_order(store: Store) -> None:
    await begin_input(store, 70_003, BOB, BOB_ID)
    await begin_input(store, 70_001, ALICE, ALICE_ID)
    await begin_input(store, 70_002, ALICE, ALICE_ID)
    await store.journal_clear([70_002])
    assert [(p.update_id, p.chat_id) for p in await store.journal_pending()] == [
        (70_001, ALICE_ID),
        (70_003, BOB_ID),
    ]


async def test_an_update_handed_over_again_after_a_restart_is_one_entry(store: Store) -> None:
    await begin_input(store, 70_001, ALICE, ALICE_ID)
    await begin_input(store, 70_001, ALICE, ALICE_ID)
    assert len(await store.journal_pending()) == 1
    await store.journal_clear([70_001])
    await store.journal_clear([70_001])  # twice, or for an unknown update: harmless
    await store.journal_clear([99_999])
    assert await store.journal_pending() == []


async def test_clear_removes_the_notified_entries_and_says_how_many(store: Store) -> None:
    for update_id in (70_001, 70_002, 70_003):
        await begin_input(store, update_id, ALICE, ALICE_ID)
    assert await store.journal_clear([70_001, 70_003, 12]) == 2
    assert await store.journal_clear([]) == 0
    assert [p.update_id for p in await store.journal_pending()] == [70_002]


async def test_a_raw_telegram_id_is_refused_as_user_key(store: Store) -> None:
    with pytest.raises(ValueError, match="raw Telegram id"):
        await begin_input(store, 70_001, str(ALICE_ID), ALICE_ID)


async def test_mesdonnees_counts_pending_inputs_and_oubli_erases_them(store: Store) -> None:
    await begin_input(store, 70_001, ALICE, ALICE_ID)
    await begin_input(store, 70_002, BOB, BOB_ID)
    summary = await store.describe_user_data(ALICE)
    assert summary.pending_inputs == 1
    assert summary.is_empty  # the request being answered right now is not "data kept about you"

    forgotten = await store.forget_user(ALICE)
    assert forgotten.pending_inputs == 1 and forgotten.total == 0
    assert (await store.describe_user_data(ALICE)).pending_inputs == 0
    assert [p.user_key for p in await store.journal_pending()] == [BOB]  # Bob's stays


async def test_the_purge_drops_entries_older_than_a_day_even_with_a_long_retention(
    store: Store, clock: FakeClock
) -> None:
    await begin_input(store, 70_001, ALICE, ALICE_ID, clock.now)
    clock.advance(hours=20)
    await begin_input(store, 70_002, BOB, BOB_ID, clock.now)
    clock.advance(hours=5)
    assert await store.purge(clock.now - timedelta(days=30)) == 1
    assert [p.update_id for p in await store.journal_pending()] == [70_002]


async def test_a_pending_entry_survives_a_crash_of_the_process(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    first = await open_store(db, secret=SECRET)
    await begin_input(first, 70_001, ALICE, ALICE_ID)
    await first.close()  # committed before journal_write returned: as if killed right after
    second = await open_store(db, secret=SECRET)
    try:
        [pending] = await second.journal_pending()
        assert (pending.update_id, pending.chat_id) == (70_001, ALICE_ID)
    finally:
        await second.close()
