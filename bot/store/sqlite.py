"""The ``Store`` on SQLite (aiosqlite), in WAL mode.

Concurrency: one connection shared by every chat; each unit of work (a transaction) is handed whole to the
connection's thread as one job, so transactions never interleave and none waits for the event loop mid-way;
SQLite itself serialises writers across processes. This uses aiosqlite's ``Connection._execute`` (run a callable
on its thread) and ``_conn``: not public API, but stable since aiosqlite 0.17 and exercised by every store test.

Exactly once: a write made while ``base.handling_update`` is active inserts the update id into
``processed_update`` inside the same transaction (see ``Store``); journal writes never do.

Durability: a method returns only after its transaction is committed (``synchronous=FULL``). When the file
is locked by another process, SQLite waits ``busy_timeout`` and then this module retries the whole
transaction with exponential backoff, a bounded number of times, before raising ``StoreUnavailableError``:
a write is either acknowledged and on disk, or reported as not done.

Privacy: ``secure_delete`` zeroes erased rows, and ``forget_user`` checkpoints and truncates the WAL, so
what /oubli erased does not linger in the files.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

from bot.privacy import KeyedHasher, Secret
from bot.store import base
from bot.store.base import (
    Clock,
    ConversationState,
    Feedback,
    ForgetSummary,
    OfficialTargetError,
    PendingInput,
    Reminder,
    ReminderInfo,
    ReportStats,
    StoreError,
    StoreUnavailableError,
    TargetKind,
    UserDataSummary,
    utc_now,
)
from bot.store.migrations import apply_migrations

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Work = Callable[[sqlite3.Connection], T]

MEMORY = ":memory:"
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _BUSY_CODES:
        return True
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _ts(moment: datetime) -> str:
    """UTC, fixed width: text order is time order, so SQL can compare timestamps as strings."""
    return base.as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class SqliteStore:
    """Use ``await open_store(path, secret=...)``; the constructor does no I/O."""

    def __init__(
        self,
        conn: aiosqlite.Connection,
        hasher: KeyedHasher,
        *,
        clock: Clock = utc_now,
        max_attempts: int = 6,
        first_delay: float = 0.05,
        max_delay: float = 1.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._conn: aiosqlite.Connection | None = conn
        self._hasher = hasher
        self._clock = clock
        self._max_attempts = max(1, max_attempts)
        self._first_delay = first_delay
        self._max_delay = max_delay
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"SqliteStore(open={self._conn is not None})"

    # --- the unit of work, with retries ---

    async def _run(self, work: Work[T], *, write: bool, records: bool = True) -> T:
        """One transaction, retried while the file is locked; a write records the current update if any.

        The whole transaction runs as ONE job on the connection's thread: BEGIN, the work, the processed-update
        row and COMMIT never wait for the event loop in between. (Awaiting each statement made every
        transaction several loop round trips long, during which every other chat waited for the store.)
        """
        scope = base.current_update() if write and records else None
        processed = None if scope is None else (scope.update_id, _ts(self._clock()))
        delay = self._first_delay
        for attempt in range(1, self._max_attempts + 1):
            try:
                conn = self._conn
                if conn is None:
                    raise StoreError("the store is closed")
                try:
                    result: T = await conn._execute(  # type: ignore[no-untyped-call]
                        _transaction, conn, work, write, processed
                    )
                except ValueError as exc:
                    if self._conn is None or "closed" in str(exc).lower():
                        raise StoreError("the store is closed") from exc
                    raise
                if scope is not None:
                    scope.recorded = True
                return result
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise StoreError(f"database error: {exc}") from exc
                if attempt == self._max_attempts:
                    raise StoreUnavailableError(
                        f"the database stayed locked after {attempt} attempts; nothing was written"
                    ) from exc
            except sqlite3.Error as exc:
                raise StoreError(f"database error: {exc}") from exc
            await self._sleep(delay)
            delay = min(delay * 2, self._max_delay)
        raise AssertionError("unreachable")  # pragma: no cover

    # --- conversation state ---

    async def get_state(self, user_key: str) -> ConversationState | None:
        base.check_user_key(user_key)

        def work(conn: sqlite3.Connection) -> ConversationState | None:
            row = _one(
                conn,
                "SELECT data, version, updated_at FROM conversation_state WHERE user_key = ?",
                (user_key,),
            )
            if row is None:
                return None
            return ConversationState(data=json.loads(row[0]), version=row[1], updated_at=_dt(row[2]))

        return await self._run(work, write=False)

    async def save_state(self, user_key: str, state: ConversationState) -> None:
        base.check_user_key(user_key)
        data = base.state_json(state)
        now = _ts(self._clock())

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO conversation_state (user_key, version, data, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_key) DO UPDATE SET"
                " version = excluded.version, data = excluded.data, updated_at = excluded.updated_at",
                (user_key, state.version, data, now),
            )

        await self._run(work, write=True)

    async def clear_state(self, user_key: str) -> None:
        base.check_user_key(user_key)

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM conversation_state WHERE user_key = ?", (user_key,))

        await self._run(work, write=True)

    # --- community reports ---

    def _target_hash(self, target_kind: str, target: str) -> str:
        return self._hasher.target_key(target_kind, base.normalise_target(target_kind, target))

    async def report(
        self, user_key: str, target_kind: TargetKind, target: str, *, official: bool
    ) -> ReportStats:
        base.check_user_key(user_key)
        if official:
            raise OfficialTargetError("an official number or domain cannot be reported by votes")
        target_hash = self._target_hash(target_kind, target)
        now = _ts(self._clock())

        def work(conn: sqlite3.Connection) -> ReportStats:
            cursor = conn.execute(
                "INSERT OR IGNORE INTO report_vote (target_hash, target_kind, user_key, created_at)"
                " VALUES (?, ?, ?, ?)",
                (target_hash, target_kind, user_key, now),
            )
            stats = _stats(conn, target_kind, target_hash, already=cursor.rowcount == 0)
            assert stats is not None  # the vote is there
            return stats

        return await self._run(work, write=True)

    async def report_stats(
        self, target_kind: TargetKind, target: str, *, user_key: str | None = None
    ) -> ReportStats | None:
        if user_key is not None:
            base.check_user_key(user_key)
        target_hash = self._target_hash(target_kind, target)

        def work(conn: sqlite3.Connection) -> ReportStats | None:
            already = False
            if user_key is not None:
                already = (
                    _one(
                        conn,
                        "SELECT 1 FROM report_vote WHERE target_hash = ? AND user_key = ?",
                        (target_hash, user_key),
                    )
                    is not None
                )
            return _stats(conn, target_kind, target_hash, already=already)

        return await self._run(work, write=False)

    # --- feedback ---

    async def add_feedback(
        self,
        user_key: str,
        kind: str,
        verdict: str,
        codes: Sequence[str],
        comment: str | None,
        text: str | None,
    ) -> int:
        base.check_user_key(user_key)
        fields = base.feedback_fields(kind, verdict, codes, comment, text)
        row = (
            user_key,
            fields.kind,
            fields.verdict,
            json.dumps(list(fields.codes)),
            fields.comment,
            fields.text,
            _ts(self._clock()),
        )

        def work(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO feedback (user_key, kind, verdict, codes, comment, text, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            return int(cast(int, cursor.lastrowid))

        return await self._run(work, write=True)

    async def list_feedback(self, limit: int = 100) -> list[Feedback]:
        def work(conn: sqlite3.Connection) -> list[Feedback]:
            rows = _all(
                conn,
                "SELECT id, kind, verdict, codes, comment, text, created_at FROM feedback"
                " ORDER BY id DESC LIMIT ?",
                (max(0, limit),),
            )
            return [
                Feedback(
                    id=r[0],
                    kind=r[1],
                    verdict=r[2],
                    codes=tuple(json.loads(r[3])),
                    comment=r[4],
                    text=r[5],
                    created_at=_dt(r[6]),
                )
                for r in rows
            ]

        return await self._run(work, write=False)

    # --- reminders ---

    async def add_reminder(
        self, user_key: str, chat_id: int, due: date, text_key: str, params: dict[str, Any]
    ) -> int:
        base.check_user_key(user_key)
        base.utf8(text_key, "text_key")
        row = (
            user_key,
            int(chat_id),
            due.isoformat(),
            text_key,
            base.params_json(params),
            _ts(self._clock()),
        )

        def work(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO reminder (user_key, chat_id, due, text_key, params, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
            return int(cast(int, cursor.lastrowid))

        return await self._run(work, write=True)

    async def due_reminders(self, today: date) -> list[Reminder]:
        def work(conn: sqlite3.Connection) -> list[Reminder]:
            rows = _all(
                conn,
                "SELECT id, user_key, chat_id, due, text_key, params, created_at, sent_at FROM reminder"
                " WHERE sent_at IS NULL AND due <= ? ORDER BY due, id",
                (today.isoformat(),),
            )
            return [
                Reminder(
                    id=r[0],
                    user_key=r[1],
                    chat_id=r[2],
                    due=date.fromisoformat(r[3]),
                    text_key=r[4],
                    params=json.loads(r[5]),
                    created_at=_dt(r[6]),
                    sent_at=None if r[7] is None else _dt(r[7]),
                )
                for r in rows
            ]

        return await self._run(work, write=False)

    async def mark_sent(self, reminder_id: int) -> None:
        now = _ts(self._clock())

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE reminder SET sent_at = ? WHERE id = ? AND sent_at IS NULL", (now, reminder_id)
            )

        await self._run(work, write=True)

    # --- pending-input journal (hot path: one small statement per call) ---

    async def journal_pending(self) -> list[PendingInput]:
        def work(conn: sqlite3.Connection) -> list[PendingInput]:
            rows = _all(
                conn, "SELECT update_id, user_key, chat_id, received_at FROM pending_input ORDER BY update_id"
            )
            return [
                PendingInput(update_id=r[0], user_key=r[1], chat_id=r[2], received_at=_dt(r[3])) for r in rows
            ]

        return await self._run(work, write=False)

    async def journal_clear(self, update_ids: Iterable[int]) -> int:
        ids = [(int(i),) for i in update_ids]
        if not ids:
            return 0

        def work(conn: sqlite3.Connection) -> int:
            before = conn.total_changes
            conn.executemany("DELETE FROM pending_input WHERE update_id = ?", ids)
            return conn.total_changes - before

        return await self._run(work, write=True, records=False)

    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None:
        ended_ids = {int(i) for i in ended}
        rows = []
        for entry in begun:
            base.check_user_key(entry.user_key)
            if entry.update_id not in ended_ids:
                rows.append((entry.update_id, entry.user_key, entry.chat_id, _ts(entry.received_at)))
        done = [(i,) for i in sorted(ended_ids)]
        if not rows and not done:
            return

        def work(conn: sqlite3.Connection) -> None:
            if rows:
                conn.executemany(
                    "INSERT OR REPLACE INTO pending_input (update_id, user_key, chat_id, received_at)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
            if done:
                conn.executemany("DELETE FROM pending_input WHERE update_id = ?", done)

        await self._run(work, write=True, records=False)

    # --- exactly once ---

    async def is_processed(self, update_id: int) -> bool:
        def work(conn: sqlite3.Connection) -> bool:
            found = _one(conn, "SELECT 1 FROM processed_update WHERE update_id = ?", (int(update_id),))
            return found is not None

        return await self._run(work, write=False)

    async def mark_processed(self, update_id: int) -> None:
        now = _ts(self._clock())

        def work(conn: sqlite3.Connection) -> None:
            _record_processed(conn, int(update_id), now)

        await self._run(work, write=True, records=False)

    # --- privacy ---

    async def describe_user_data(self, user_key: str) -> UserDataSummary:
        base.check_user_key(user_key)

        def work(conn: sqlite3.Connection) -> UserDataSummary:
            state = _one(conn, "SELECT updated_at FROM conversation_state WHERE user_key = ?", (user_key,))
            votes = _one(conn, "SELECT COUNT(*) FROM report_vote WHERE user_key = ?", (user_key,))
            feedback = _one(
                conn, "SELECT COUNT(*), COUNT(text) FROM feedback WHERE user_key = ?", (user_key,)
            )
            reminders = _all(
                conn,
                "SELECT id, due, text_key, chat_id, sent_at FROM reminder WHERE user_key = ? ORDER BY due, id",
                (user_key,),
            )
            pending = _one(conn, "SELECT COUNT(*) FROM pending_input WHERE user_key = ?", (user_key,))
            assert votes is not None and feedback is not None and pending is not None
            return UserDataSummary(
                has_state=state is not None,
                state_updated_at=None if state is None else _dt(state[0]),
                reports_count=votes[0],
                feedback_count=feedback[0],
                feedback_with_text_count=feedback[1],
                reminders=tuple(
                    ReminderInfo(
                        id=r[0],
                        due=date.fromisoformat(r[1]),
                        text_key=r[2],
                        chat_id=r[3],
                        sent=r[4] is not None,
                    )
                    for r in reminders
                ),
                pending_inputs=pending[0],
            )

        return await self._run(work, write=False)

    async def forget_user(self, user_key: str) -> ForgetSummary:
        base.check_user_key(user_key)

        def work(conn: sqlite3.Connection) -> ForgetSummary:
            counts = []
            for table in ("conversation_state", "report_vote", "feedback", "reminder", "pending_input"):
                cursor = conn.execute(f"DELETE FROM {table} WHERE user_key = ?", (user_key,))
                counts.append(cursor.rowcount)
            return ForgetSummary(
                states=counts[0],
                reports=counts[1],
                feedback=counts[2],
                reminders=counts[3],
                pending_inputs=counts[4],
            )

        summary = await self._run(work, write=True)
        await self._checkpoint()
        return summary

    async def purge(self, older_than: datetime) -> int:
        cutoff = _ts(older_than)
        journal_cutoff = max(cutoff, _ts(self._clock() - base.JOURNAL_RETENTION))
        details_cutoff = _ts(self._clock() - base.DETAILS_RETENTION)

        def work(conn: sqlite3.Connection) -> int:
            total = 0
            for sql, at in (
                ("DELETE FROM conversation_state WHERE updated_at < ?", cutoff),
                ("DELETE FROM feedback WHERE created_at < ?", cutoff),
                ("DELETE FROM reminder WHERE sent_at IS NOT NULL AND sent_at < ?", cutoff),
                ("DELETE FROM pending_input WHERE received_at < ?", journal_cutoff),
                ("DELETE FROM processed_update WHERE processed_at < ?", journal_cutoff),
            ):
                cursor = conn.execute(sql, (at,))
                total += cursor.rowcount
            conn.execute(  # not counted: the state stays, only the quoted details go
                "UPDATE conversation_state SET data = json_remove(data, '$.last.details')"
                " WHERE updated_at < ? AND json_extract(data, '$.last.details') IS NOT NULL",
                (details_cutoff,),
            )
            return total

        removed = await self._run(work, write=True)
        if removed:
            await self._checkpoint()
        return removed

    async def _checkpoint(self) -> None:
        """Move erased pages out of the WAL and truncate it; best effort (a reader may hold it)."""
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(sqlite3.OperationalError, ValueError):
                await conn._execute(_all, conn._conn, "PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[no-untyped-call]

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()


def _transaction(
    conn: aiosqlite.Connection, work: Work[T], write: bool, processed: tuple[int, str] | None
) -> T:
    """Runs on the connection's own thread (``aiosqlite.Connection._execute``): one whole transaction."""
    raw = conn._conn
    raw.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        result = work(raw)
        if processed is not None:
            _record_processed(raw, *processed)
        raw.execute("COMMIT")
    except BaseException:
        _rollback(raw)
        raise
    return result


def _record_processed(conn: sqlite3.Connection, update_id: int, at: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO processed_update (update_id, processed_at) VALUES (?, ?)", (update_id, at)
    )


def _rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):  # no transaction left to roll back (SQLite already did)
        conn.execute("ROLLBACK")


def _one(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
    cursor = conn.execute(sql, params)
    try:
        row = cursor.fetchone()
    finally:
        cursor.close()  # a statement left unfinished would make COMMIT fail ("SQL statements in progress")
    return None if row is None else tuple(row)


def _all(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in conn.execute(sql, params).fetchall()]


def _stats(
    conn: sqlite3.Connection, target_kind: TargetKind, target_hash: str, *, already: bool
) -> ReportStats | None:
    row = _one(
        conn,
        "SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM report_vote WHERE target_hash = ?",
        (target_hash,),
    )
    if row is None or row[0] == 0:
        return None
    return ReportStats(
        target_kind=target_kind,
        count=row[0],
        first_seen=_dt(row[1]),
        last_seen=_dt(row[2]),
        already_reported_by_this_user=already,
    )


async def open_store(
    path: str | Path,
    *,
    secret: Secret,
    clock: Clock = utc_now,
    busy_timeout_ms: int = 1000,
    max_attempts: int = 6,
    sleep: Sleep = asyncio.sleep,
) -> SqliteStore:
    """Open (creating the directory and file if needed) and migrate the database; the file is 0600.

    ``":memory:"`` gives a private in-memory SQLite database (for tests: real SQL, nothing on disk).
    """
    hasher = KeyedHasher(secret)  # fails early on a too-short secret
    in_memory = str(path) == MEMORY
    db_path = Path(path)
    if not in_memory and db_path.is_dir():
        raise StoreError(f"cannot open the database {db_path}: it is a directory")
    try:
        if not in_memory:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            if not db_path.exists():
                os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600))
        conn = await aiosqlite.connect(MEMORY if in_memory else db_path, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the database {db_path}: {exc}") from exc
    try:
        for pragma in (
            f"PRAGMA busy_timeout = {int(busy_timeout_ms)}",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA secure_delete = ON",
        ):
            await conn.execute(pragma)
        await apply_migrations(conn)
    except sqlite3.DatabaseError as exc:
        await conn.close()
        raise StoreError(f"cannot prepare the database {db_path}: {exc}") from exc
    except BaseException:
        await conn.close()
        raise
    return SqliteStore(conn, hasher, clock=clock, max_attempts=max_attempts, sleep=sleep)
