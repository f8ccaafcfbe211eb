"""What only the SQLite store has: a file that survives restarts, migrations, locking, and bytes on disk."""

from __future__ import annotations

import asyncio
import sqlite3
import stat
from datetime import date
from pathlib import Path

import aiosqlite
import pytest

from bot.store import ConversationState, StoreError, StoreUnavailableError, open_store
from bot.store.migrations import LATEST_VERSION, MIGRATIONS, apply_migrations
from tests.store_support import ALICE, ALICE_ID, BOB, BOB_ID, SECRET, FakeClock, begin_input


def _files(db: Path) -> bytes:
    """Every byte SQLite keeps for this database: the file, its WAL and shared-memory index."""
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if not p.name.endswith(".secret"))


def _tables_and_indexes(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }


def _versions(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]


# --- opening and migrations ---


async def test_open_creates_the_directory_a_private_file_and_the_latest_schema(tmp_path: Path) -> None:
    db = tmp_path / "var" / "sub" / "verif-recouvrement.db"
    store = await open_store(db, secret=SECRET)
    await store.close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert _versions(db) == [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))
    assert {
        "conversation_state",
        "report_vote",
        "feedback",
        "reminder",
        "reminder_pending",
    } <= _tables_and_indexes(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    for _ in range(3):
        await (await open_store(db, secret=SECRET)).close()
    assert _versions(db) == list(range(1, LATEST_VERSION + 1))


async def test_a_version_1_database_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    # a genuine v1 file: only migration 1, rows written as the v1 code wrote them
    async with aiosqlite.connect(db, isolation_level=None) as conn:
        assert await apply_migrations(conn, target=1) == [1]
        await conn.execute(
            "INSERT INTO conversation_state VALUES (?, 1, ?, '2026-11-20T08:00:00.000000+00:00')",
            (ALICE, '{"flow": "prescription", "step": "ask_date"}'),
        )
        await conn.execute(
            "INSERT INTO reminder (user_key, chat_id, due, text_key, params, created_at)"
            " VALUES (?, ?, '2026-12-22', 'rgpd.reminder.answer_due', '{}', '2026-11-20T08:00:00.000000+00:00')",
            (ALICE, ALICE_ID),
        )
    assert _versions(db) == [1]
    assert "reminder_pending" not in _tables_and_indexes(db)

    store = await open_store(db, secret=SECRET)
    try:
        assert _versions(db) == list(range(1, LATEST_VERSION + 1))
        assert {"reminder_pending", "pending_input"} <= _tables_and_indexes(db)
        state = await store.get_state(ALICE)
        assert state is not None and state.data == {"flow": "prescription", "step": "ask_date"}
        [reminder] = await store.due_reminders(date(2026, 12, 22))
        assert reminder.chat_id == ALICE_ID
    finally:
        await store.close()


async def test_a_failing_migration_leaves_the_previous_version_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store import migrations

    db = tmp_path / "bot.db"
    async with aiosqlite.connect(db, isolation_level=None) as conn:
        await apply_migrations(conn, target=1)
    broken = migrations.Migration(2, "broken", ("CREATE INDEX ok_index ON feedback (kind)", "NOT SQL AT ALL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    async with aiosqlite.connect(db, isolation_level=None) as conn:
        with pytest.raises(sqlite3.OperationalError):
            await apply_migrations(conn, target=2)
    assert _versions(db) == [1]
    assert "ok_index" not in _tables_and_indexes(db)  # the half-done migration was rolled back


async def test_a_database_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    await (await open_store(db, secret=SECRET)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')")
    with pytest.raises(StoreError, match="version 99, newer than this code"):
        await open_store(db, secret=SECRET)


async def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(b"ceci n'est pas une base SQLite, juste des notes\n" * 200)
    with pytest.raises(StoreError, match="cannot prepare the database"):
        await open_store(db, secret=SECRET)


async def test_a_directory_in_place_of_the_file_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bot.db").mkdir()
    with pytest.raises(StoreError, match="database"):
        await open_store(tmp_path / "bot.db", secret=SECRET)


async def test_a_too_short_secret_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 16"):
        await open_store(tmp_path / "bot.db", secret="court")
    assert not (tmp_path / "bot.db").exists()


# --- surviving a restart ---


async def test_a_restart_resumes_the_dialogue_where_the_user_was(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = await open_store(db, secret=SECRET)
    await store.save_state(
        ALICE, ConversationState(data={"flow": "prescription", "debt_type": "telecom"}, version=3)
    )
    await store.close()

    restarted = await open_store(db, secret=SECRET)
    try:
        state = await restarted.get_state(ALICE)
        assert state is not None
        assert (state.data, state.version) == ({"flow": "prescription", "debt_type": "telecom"}, 3)
    finally:
        await restarted.close()


async def test_reminders_and_votes_survive_a_restart_and_sent_stays_sent(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    clock = FakeClock()
    store = await open_store(db, secret=SECRET, clock=clock)
    first = await store.add_reminder(ALICE, ALICE_ID, date(2026, 12, 1), "k.first", {"org": "Intrum"})
    second = await store.add_reminder(BOB, BOB_ID, date(2026, 12, 3), "k.second", {})
    await store.report(ALICE, "number", "+33948123456", official=False)
    await store.close()

    store = await open_store(db, secret=SECRET, clock=clock)
    [due] = await store.due_reminders(date(2026, 12, 1))
    assert (due.id, due.params) == (first, {"org": "Intrum"})
    await store.mark_sent(first)
    await store.close()

    store = await open_store(db, secret=SECRET, clock=clock)
    try:
        assert [r.id for r in await store.due_reminders(date(2026, 12, 31))] == [second]
        stats = await store.report(BOB, "number", "+33948123456", official=False)
        assert stats.count == 2
    finally:
        await store.close()


async def test_another_secret_does_not_find_earlier_votes(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = await open_store(db, secret=SECRET)
    await store.report(ALICE, "number", "+33948123456", official=False)
    await store.close()
    other = await open_store(db, secret="an-entirely-different-secret-value")
    try:
        assert await other.report_stats("number", "+33948123456") is None
    finally:
        await other.close()


# --- privacy on disk ---


async def test_no_raw_user_id_number_or_domain_in_the_database_files(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = await open_store(db, secret=SECRET)
    await store.save_state(ALICE, ConversationState(data={"step": "ask_date"}))
    await store.report(ALICE, "number", "+33948123456", official=False)
    await store.report(BOB, "domain", "intrum-recouvrement-paiement.fr", official=False)
    await store.add_feedback(ALICE, "number", "likely_scam", ["number.not_listed"], None, None)
    raw_values = [
        str(ALICE_ID).encode(),
        str(BOB_ID).encode(),
        b"+33948123456",
        b"948123456",
        b"intrum-recouvrement",
    ]
    while_open = _files(db)
    await store.close()
    after_close = _files(db)
    for content in (while_open, after_close):
        assert ALICE.encode() in content  # sanity: we are reading the right bytes
        for raw in raw_values:
            assert raw not in content, raw


async def test_forget_leaves_no_trace_of_the_chat_id_or_shared_text_in_the_files(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    chat_id = 7_318_204_956
    shared = "Votre dossier INTRUM-77-XQ sera transmis à l'huissier"
    store = await open_store(db, secret=SECRET)
    try:
        await store.add_reminder(ALICE, chat_id, date(2026, 12, 22), "rgpd.reminder.answer_due", {})
        await store.add_feedback(ALICE, "sms", "likely_scam", [], None, shared)
        await begin_input(store, 70_001, ALICE, chat_id)  # the /oubli press itself, still being answered
        await store.save_state(BOB, ConversationState(data={"step": "menu"}))
        assert shared.encode() in _files(db)
        assert chat_id.to_bytes(6, "big", signed=True) in _files(db)  # SQLite stores it as a 6-byte integer
        await store.forget_user(ALICE)
        after_forget = _files(db)
    finally:
        await store.close()
    for content in (after_forget, _files(db)):
        assert shared.encode() not in content
        assert b"INTRUM-77-XQ" not in content
        assert chat_id.to_bytes(6, "big", signed=True) not in content


# --- locking and concurrency ---


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def test_a_write_waits_for_a_lock_held_by_another_process_and_then_succeeds(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    waits: list[float] = []
    other: sqlite3.Connection

    async def release_after_first_wait(delay: float) -> None:
        waits.append(delay)
        if other.in_transaction:
            other.execute("COMMIT")  # the other process finishes its write

    store = await open_store(db, secret=SECRET, busy_timeout_ms=0, sleep=release_after_first_wait)
    other = _hold_write_lock(db)
    try:
        await store.save_state(ALICE, ConversationState(data={"step": "ask_date"}))
        assert waits == [0.05]  # refused once (locked), retried after the backoff, then written
        with sqlite3.connect(db) as check:
            assert check.execute("SELECT COUNT(*) FROM conversation_state").fetchone()[0] == 1
    finally:
        other.close()
        await store.close()


async def test_retries_are_bounded_with_backoff_and_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    store = await open_store(db, secret=SECRET, busy_timeout_ms=0, max_attempts=6, sleep=record)
    other = _hold_write_lock(db)
    try:
        with pytest.raises(StoreUnavailableError, match="locked after 6 attempts; nothing was written"):
            await store.report(ALICE, "number", "+33948123456", official=False)
        assert waits == [0.05, 0.1, 0.2, 0.4, 0.8]
        other.execute("COMMIT")
        assert (
            await store.report_stats("number", "+33948123456") is None
        )  # the failed write was not half-done
        stats = await store.report(
            ALICE, "number", "+33948123456", official=False
        )  # the lock is gone: it works
        assert stats.count == 1
    finally:
        other.close()
        await store.close()


async def test_reads_go_on_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = await open_store(db, secret=SECRET, busy_timeout_ms=0, max_attempts=1)
    await store.save_state(ALICE, ConversationState(data={"step": "menu"}))
    other = _hold_write_lock(db)
    try:
        state = await store.get_state(ALICE)  # WAL: readers are not blocked by a writer
        assert state is not None and state.data == {"step": "menu"}
    finally:
        other.close()
        await store.close()


async def test_many_chats_at_once_lose_no_write(tmp_path: Path) -> None:
    from bot.privacy import user_key

    store = await open_store(tmp_path / "bot.db", secret=SECRET)
    users = [user_key(1_000_000 + i, SECRET) for i in range(40)]
    try:
        await asyncio.gather(
            *(store.save_state(u, ConversationState(data={"n": i})) for i, u in enumerate(users)),
            *(store.report(u, "number", "+33948123456", official=False) for u in users),
            *(store.add_feedback(u, "sms", "suspicious", [], None, None) for u in users),
        )
        stats = await store.report_stats("number", "+33948123456")
        assert stats is not None and stats.count == 40
        assert len(await store.list_feedback(limit=1000)) == 40
        for i, u in enumerate(users):
            state = await store.get_state(u)
            assert state is not None and state.data == {"n": i}
    finally:
        await store.close()


async def test_two_stores_on_one_file_share_votes(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    first = await open_store(db, secret=SECRET)
    second = await open_store(db, secret=SECRET)
    try:
        await asyncio.gather(
            first.report(ALICE, "domain", "intrum-paiement.fr", official=False),
            second.report(BOB, "domain", "intrum-paiement.fr", official=False),
        )
        stats = await first.report_stats("domain", "intrum-paiement.fr")
        assert stats is not None and stats.count == 2
    finally:
        await first.close()
        await second.close()


async def test_repr_shows_no_secret(tmp_path: Path) -> None:
    store = await open_store(tmp_path / "bot.db", secret=SECRET)
    try:
        assert SECRET not in repr(store) + repr(vars(store))
    finally:
        await store.close()


async def test_memory_path_gives_an_in_memory_database_and_writes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = await open_store(":memory:", secret=SECRET)
    try:
        await store.save_state(ALICE, ConversationState(data={"step": "menu"}))
        state = await store.get_state(ALICE)
        assert state is not None and state.data == {"step": "menu"}
    finally:
        await store.close()
    assert list(tmp_path.iterdir()) == []
