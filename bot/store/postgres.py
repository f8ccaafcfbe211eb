"""The ``Store`` on PostgreSQL (asyncpg), shared by several bot workers on one or several machines.

Selected by ``DATABASE_URL=postgresql://…`` (``bot.store.factory``); SQLite stays the default. Same protocol,
same argument checks (``bot.store.base``) and same privacy rules as SQLite: keyed hashes only, a chat id only
with a reminder or a message being answered, ``forget_user`` deletes every row of the user and then vacuums
the tables so the dead rows are pruned, the purge applies the retention.

Each method is one transaction on a pooled connection, unless it runs inside ``UserTurn.work()``: then it
joins that turn's transaction (a context variable carries the connection), so an update's state change, its
"handled" mark and its answer commit together or not at all. That is what the webhook workers build on:

- ``user_turn(user_key, update_id)`` holds a session advisory lock keyed by the user while one update is
  handled, so one user's updates run one at a time whichever worker received them;
- ``handled_update`` says an update was already handled: it is then acknowledged, not answered again;
- ``outbox`` keeps the answer's messages from the commit until each was delivered (crash in between: the
  re-delivered update sends what is left); the last one is sent in the HTTP answer to Telegram, so it is
  kept until the user's next update, for a delivery Telegram may make again;
- ``rate_check`` keeps each user's token bucket in the database, so the limit holds across workers;
- ``JobLeader`` holds an advisory lock on its own connection: the one worker holding it runs the jobs, and a
  crash releases it (PostgreSQL ends the session) for the next worker to take.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hashlib
import json
import logging
import math
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import asyncpg

from bot.privacy import KeyedHasher, Secret
from bot.ratelimit import Decision
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
from bot.store.postgres_schema import LOCK_JOBS, LOCK_USER, apply_migrations

log = logging.getLogger(__name__)

#: Rows kept about handled updates and undelivered answers: Telegram drops an undelivered update after a day.
HANDLED_RETENTION = timedelta(days=1)
#: A user's lock not obtained in this time (another worker stuck on their update): the update is refused with
#: a 5xx and Telegram delivers it again later.
USER_LOCK_TIMEOUT_MS = 30_000
_TABLES = (
    "conversation_state",
    "report_vote",
    "feedback",
    "reminder",
    "pending_input",
    "handled_update",
    "outbox",
    "rate_bucket",
)
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.exceptions.InterfaceError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.CannotConnectNowError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.exceptions.LockNotAvailableError,
    asyncpg.exceptions.QueryCanceledError,
)


def _now_utc(clock: Clock) -> datetime:
    return base.as_utc(clock())


def _user_lock_key(user_key: str) -> int:
    """32 bits of the (already keyed) user hash: two users sharing a key only wait for each other."""
    return int.from_bytes(hashlib.sha256(user_key.encode()).digest()[:4], "big") >> 1


def _text_in(value: str | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _text_out(value: str | None) -> str | None:
    return None if value is None else str(json.loads(value))


@dataclass(frozen=True)
class OutboxMessage:
    """One message of an answer, waiting for delivery: Bot API parameters as JSON, a document's bytes."""

    id: int
    chat_id: int
    message: dict[str, Any]
    document: bytes | None


_ambient: contextvars.ContextVar[tuple[PostgresStore, Any] | None] = contextvars.ContextVar(
    "verif_recouvrement_pg_turn", default=None
)


class PostgresStore:
    """Use ``await open_postgres_store(url, secret=...)``; the constructor does no I/O."""

    def __init__(self, pool: Any, hasher: KeyedHasher, *, clock: Clock = utc_now, dsn: str = "") -> None:
        self._pool: Any | None = pool
        self._hasher = hasher
        self._clock = clock
        self._dsn = dsn

    def __repr__(self) -> str:
        return f"PostgresStore(open={self._pool is not None})"

    # --- the unit of work ---

    @contextlib.asynccontextmanager
    async def _tx(self, *, records: bool = False) -> AsyncIterator[Any]:
        """A connection in a transaction: the current turn's, or a pooled one committed at the end.

        ``records``: a change made inside ``base.handling_update`` also records that update as processed, in
        the same transaction (the Store protocol's "exactly once"); a turn records its update itself.
        """
        ambient = _ambient.get()
        if ambient is not None and ambient[0] is self:
            yield ambient[1]
            return
        pool = self._pool
        if pool is None:
            raise StoreError("the store is closed")
        scope = base.current_update() if records else None
        try:
            async with pool.acquire() as conn, conn.transaction():
                yield conn
                if scope is not None:
                    await _record_processed(conn, scope.update_id, _now_utc(self._clock))
            if scope is not None:
                scope.recorded = True
        except StoreError:
            raise
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(
                f"the database is unreachable ({type(exc).__name__}); nothing was written"
            ) from exc
        except asyncpg.PostgresError as exc:
            raise StoreError(f"database error: {type(exc).__name__}: {exc}") from exc

    # --- conversation state ---

    async def get_state(self, user_key: str) -> ConversationState | None:
        base.check_user_key(user_key)
        async with self._tx() as conn:
            row = await conn.fetchrow(
                "SELECT data, version, updated_at FROM conversation_state WHERE user_key = $1", user_key
            )
        if row is None:
            return None
        return ConversationState(data=json.loads(row[0]), version=row[1], updated_at=row[2])

    async def save_state(self, user_key: str, state: ConversationState) -> None:
        base.check_user_key(user_key)
        data = base.state_json(state)
        now = _now_utc(self._clock)
        async with self._tx(records=True) as conn:
            await conn.execute(
                "INSERT INTO conversation_state (user_key, version, data, updated_at) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_key) DO UPDATE SET"
                " version = excluded.version, data = excluded.data, updated_at = excluded.updated_at",
                user_key,
                state.version,
                data,
                now,
            )

    async def clear_state(self, user_key: str) -> None:
        base.check_user_key(user_key)
        async with self._tx(records=True) as conn:
            await conn.execute("DELETE FROM conversation_state WHERE user_key = $1", user_key)

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
        now = _now_utc(self._clock)
        async with self._tx(records=True) as conn:
            inserted = await conn.fetchval(
                "INSERT INTO report_vote (target_hash, target_kind, user_key, created_at)"
                " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1",
                target_hash,
                target_kind,
                user_key,
                now,
            )
            stats = await _stats(conn, target_kind, target_hash, already=inserted is None)
        assert stats is not None  # the vote is there
        return stats

    async def report_stats(
        self, target_kind: TargetKind, target: str, *, user_key: str | None = None
    ) -> ReportStats | None:
        if user_key is not None:
            base.check_user_key(user_key)
        target_hash = self._target_hash(target_kind, target)
        async with self._tx() as conn:
            already = False
            if user_key is not None:
                already = (
                    await conn.fetchval(
                        "SELECT 1 FROM report_vote WHERE target_hash = $1 AND user_key = $2",
                        target_hash,
                        user_key,
                    )
                    is not None
                )
            return await _stats(conn, target_kind, target_hash, already=already)

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
        async with self._tx(records=True) as conn:
            new_id = await conn.fetchval(
                "INSERT INTO feedback (user_key, kind, verdict, codes, comment, text, created_at)"
                " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                user_key,
                _text_in(fields.kind),
                _text_in(fields.verdict),
                json.dumps(list(fields.codes)),
                _text_in(fields.comment),
                _text_in(fields.text),
                _now_utc(self._clock),
            )
        return int(new_id)

    async def list_feedback(self, limit: int = 100) -> list[Feedback]:
        async with self._tx() as conn:
            rows = await conn.fetch(
                "SELECT id, kind, verdict, codes, comment, text, created_at FROM feedback"
                " ORDER BY id DESC LIMIT $1",
                max(0, limit),
            )
        return [
            Feedback(
                id=r[0],
                kind=str(_text_out(r[1])),
                verdict=str(_text_out(r[2])),
                codes=tuple(json.loads(r[3])),
                comment=_text_out(r[4]),
                text=_text_out(r[5]),
                created_at=r[6],
            )
            for r in rows
        ]

    # --- reminders ---

    async def add_reminder(
        self, user_key: str, chat_id: int, due: date, text_key: str, params: dict[str, Any]
    ) -> int:
        base.check_user_key(user_key)
        base.utf8(text_key, "text_key")
        params_text = base.params_json(params)
        async with self._tx(records=True) as conn:
            new_id = await conn.fetchval(
                "INSERT INTO reminder (user_key, chat_id, due, text_key, params, created_at)"
                " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                user_key,
                int(chat_id),
                due,
                _text_in(text_key),
                params_text,
                _now_utc(self._clock),
            )
        return int(new_id)

    async def due_reminders(self, today: date) -> list[Reminder]:
        async with self._tx() as conn:
            rows = await conn.fetch(
                "SELECT id, user_key, chat_id, due, text_key, params, created_at, sent_at FROM reminder"
                " WHERE sent_at IS NULL AND due <= $1 ORDER BY due, id",
                today,
            )
        return [
            Reminder(
                id=r[0],
                user_key=r[1],
                chat_id=r[2],
                due=r[3],
                text_key=str(_text_out(r[4])),
                params=json.loads(r[5]),
                created_at=r[6],
                sent_at=r[7],
            )
            for r in rows
        ]

    async def mark_sent(self, reminder_id: int) -> None:
        now = _now_utc(self._clock)
        async with self._tx() as conn:
            await conn.execute(
                "UPDATE reminder SET sent_at = $1 WHERE id = $2 AND sent_at IS NULL", now, int(reminder_id)
            )

    # --- pending-input journal ---

    async def journal_pending(self) -> list[PendingInput]:
        async with self._tx() as conn:
            rows = await conn.fetch(
                "SELECT update_id, user_key, chat_id, received_at FROM pending_input ORDER BY update_id"
            )
        return [PendingInput(update_id=r[0], user_key=r[1], chat_id=r[2], received_at=r[3]) for r in rows]

    async def journal_clear(self, update_ids: Iterable[int]) -> int:
        ids = [int(i) for i in update_ids]
        if not ids:
            return 0
        async with self._tx() as conn:
            deleted = await conn.fetch(
                "DELETE FROM pending_input WHERE update_id = ANY($1::bigint[]) RETURNING 1", ids
            )
        return len(deleted)

    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None:
        ended_ids = sorted({int(i) for i in ended})
        rows = []
        for entry in begun:
            base.check_user_key(entry.user_key)
            if entry.update_id not in ended_ids:
                rows.append((entry.update_id, entry.user_key, entry.chat_id, base.as_utc(entry.received_at)))
        if not rows and not ended_ids:
            return
        async with self._tx() as conn:
            if rows:
                await conn.executemany(
                    "INSERT INTO pending_input (update_id, user_key, chat_id, received_at)"
                    " VALUES ($1, $2, $3, $4) ON CONFLICT (update_id) DO UPDATE SET user_key = excluded.user_key,"
                    " chat_id = excluded.chat_id, received_at = excluded.received_at",
                    rows,
                )
            if ended_ids:
                await conn.execute("DELETE FROM pending_input WHERE update_id = ANY($1::bigint[])", ended_ids)

    # --- exactly once (the polling bot's protocol; webhook workers use ``user_turn``) ---

    async def is_processed(self, update_id: int) -> bool:
        async with self._tx() as conn:
            found = await conn.fetchval("SELECT 1 FROM handled_update WHERE update_id = $1", int(update_id))
        return found is not None

    async def mark_processed(self, update_id: int) -> None:
        async with self._tx() as conn:
            await _record_processed(conn, int(update_id), _now_utc(self._clock))

    # --- privacy ---

    async def describe_user_data(self, user_key: str) -> UserDataSummary:
        base.check_user_key(user_key)
        async with self._tx() as conn:
            state = await conn.fetchval(
                "SELECT updated_at FROM conversation_state WHERE user_key = $1", user_key
            )
            votes = await conn.fetchval("SELECT COUNT(*) FROM report_vote WHERE user_key = $1", user_key)
            feedback = await conn.fetchrow(
                "SELECT COUNT(*), COUNT(text) FROM feedback WHERE user_key = $1", user_key
            )
            reminders = await conn.fetch(
                "SELECT id, due, text_key, chat_id, sent_at FROM reminder WHERE user_key = $1 ORDER BY due, id",
                user_key,
            )
            pending = await conn.fetchval("SELECT COUNT(*) FROM pending_input WHERE user_key = $1", user_key)
        return UserDataSummary(
            has_state=state is not None,
            state_updated_at=state,
            reports_count=votes,
            feedback_count=feedback[0],
            feedback_with_text_count=feedback[1],
            reminders=tuple(
                ReminderInfo(
                    id=r[0], due=r[1], text_key=str(_text_out(r[2])), chat_id=r[3], sent=r[4] is not None
                )
                for r in reminders
            ),
            pending_inputs=pending,
        )

    async def forget_user(self, user_key: str) -> ForgetSummary:
        base.check_user_key(user_key)
        counts: dict[str, int] = {}
        async with self._tx(records=True) as conn:
            for table in _TABLES:
                rows = await conn.fetch(f"DELETE FROM {table} WHERE user_key = $1 RETURNING 1", user_key)
                counts[table] = len(rows)
        if _ambient.get() is None:
            await self._vacuum([t for t, n in counts.items() if n])
        return ForgetSummary(
            states=counts["conversation_state"],
            reports=counts["report_vote"],
            feedback=counts["feedback"],
            reminders=counts["reminder"],
            pending_inputs=counts["pending_input"],
        )

    async def purge(self, older_than: datetime) -> int:
        cutoff = base.as_utc(older_than)
        now = _now_utc(self._clock)
        journal_cutoff = max(cutoff, now - base.JOURNAL_RETENTION)
        handled_cutoff = max(cutoff, now - HANDLED_RETENTION)
        removed: dict[str, int] = {}
        async with self._tx() as conn:
            for table, sql, at in (
                ("conversation_state", "DELETE FROM conversation_state WHERE updated_at < $1", cutoff),
                ("feedback", "DELETE FROM feedback WHERE created_at < $1", cutoff),
                ("reminder", "DELETE FROM reminder WHERE sent_at IS NOT NULL AND sent_at < $1", cutoff),
                ("pending_input", "DELETE FROM pending_input WHERE received_at < $1", journal_cutoff),
                ("handled_update", "DELETE FROM handled_update WHERE handled_at < $1", handled_cutoff),
                ("outbox", "DELETE FROM outbox WHERE created_at < $1", handled_cutoff),
            ):
                removed[table] = len(await conn.fetch(sql + " RETURNING 1", at))
            await conn.execute(  # not counted: the state stays, only the quoted details go
                "UPDATE conversation_state SET data = ((data::jsonb) #- '{last,details}')::text"
                " WHERE updated_at < $1 AND (data::jsonb) #> '{last,details}' IS NOT NULL",
                now - base.DETAILS_RETENTION,
            )
            idle = now.timestamp() - HANDLED_RETENTION.total_seconds()
            removed["rate_bucket"] = len(
                await conn.fetch("DELETE FROM rate_bucket WHERE last_at < $1 RETURNING 1", idle)
            )
        if _ambient.get() is None:
            await self._vacuum([t for t, n in removed.items() if n])
        # handled updates, undelivered answers and idle buckets are bookkeeping, not user data: not counted
        return sum(removed[t] for t in ("conversation_state", "feedback", "reminder", "pending_input"))

    async def _vacuum(self, tables: Sequence[str]) -> None:
        """Prune the deleted rows now rather than at the next autovacuum; best effort (never fails /oubli)."""
        pool = self._pool
        if pool is None or not tables:
            return
        try:
            async with pool.acquire() as conn:
                await conn.execute("VACUUM " + ", ".join(tables))
        except (asyncpg.PostgresError, *_UNAVAILABLE) as exc:
            log.warning("vacuum after erasure failed: %s", type(exc).__name__)

    # --- webhook workers: one user at a time, exactly once, shared rate limit ---

    def user_turn(self, user_key: str, update_id: int) -> UserTurn:
        base.check_user_key(user_key)
        return UserTurn(self, user_key, int(update_id))

    async def rate_check(self, user_key: str, per_minute: int, burst: int | None = None) -> Decision:
        """The token bucket of ``bot.ratelimit`` with its state in the database (same rule for every worker).

        Call it inside a ``UserTurn.work()``: the user's lock makes the read-modify-write safe.
        """
        base.check_user_key(user_key)
        rate = per_minute / 60.0
        capacity = float(burst if burst is not None else per_minute)
        async with self._tx() as conn:
            row = await conn.fetchrow(
                "SELECT b.tokens, b.last_at, b.refused, extract(epoch FROM clock_timestamp())::float8"
                " FROM (SELECT 1) AS one LEFT JOIN rate_bucket b ON b.user_key = $1",
                user_key,
            )
            now = float(row[3])
            tokens, last, refused = (capacity, now, False) if row[0] is None else (row[0], row[1], row[2])
            tokens = min(capacity, tokens + max(0.0, now - last) * rate)
            if tokens >= 1.0 - 1e-9:
                tokens, refused = max(0.0, tokens - 1.0), False
                decision = Decision(allowed=True, retry_after=0.0, notify=False)
            else:
                decision = Decision(allowed=False, retry_after=(1.0 - tokens) / rate, notify=not refused)
                refused = True
            await conn.execute(
                "INSERT INTO rate_bucket (user_key, tokens, last_at, refused) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_key) DO UPDATE SET tokens = excluded.tokens,"
                " last_at = excluded.last_at, refused = excluded.refused",
                user_key,
                tokens if math.isfinite(tokens) else capacity,
                max(now, last),
                refused,
            )
        return decision

    def job_leader(self) -> JobLeader:
        return JobLeader(self._dsn)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()


class UserTurn:
    """One update of one user, handled under that user's lock (``async with store.user_turn(...) as turn``).

    ``turn.handled`` says whether the update was already handled (then only ``flush`` what is left).
    ``async with turn.work():`` opens the transaction every store call of the task joins; ``queue`` adds the
    answer's messages to it, and leaving the block records the update as handled, all in one commit.
    """

    def __init__(self, store: PostgresStore, user_key: str, update_id: int) -> None:
        self._store = store
        self.user_key = user_key
        self.update_id = update_id
        self.handled = False
        self._conn: Any | None = None
        self._release: Any | None = None

    async def __aenter__(self) -> UserTurn:
        pool = self._store._pool
        if pool is None:
            raise StoreError("the store is closed")
        try:
            conn = await pool.acquire()
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"the database is unreachable ({type(exc).__name__})") from exc
        try:
            # lock_timeout (set on every pooled connection) bounds the wait for the user's lock. The check is
            # a statement of its own: its snapshot must be taken after the lock (a worker that held it may
            # have committed this very update meanwhile).
            await conn.execute("SELECT pg_advisory_lock($1, $2)", LOCK_USER, _user_lock_key(self.user_key))
            self.handled = (
                await conn.fetchval("SELECT 1 FROM handled_update WHERE update_id = $1", self.update_id)
                is not None
            )
        except BaseException as exc:
            await pool.release(conn)
            if isinstance(exc, _UNAVAILABLE):
                raise StoreUnavailableError(
                    f"the user's turn was not obtained ({type(exc).__name__})"
                ) from exc
            raise
        self._conn = conn
        return self

    async def __aexit__(self, *exc: object) -> None:
        conn, self._conn = self._conn, None
        pool = self._store._pool
        if conn is None:
            return
        try:
            await conn.execute("SELECT pg_advisory_unlock($1, $2)", LOCK_USER, _user_lock_key(self.user_key))
        except (asyncpg.PostgresError, *_UNAVAILABLE):
            conn.terminate()  # a session that may still hold the lock must not go back to the pool
        if pool is not None:
            await pool.release(conn)

    def _connection(self) -> Any:
        if self._conn is None:
            raise StoreError("the user's turn is not open")
        return self._conn

    @contextlib.asynccontextmanager
    async def work(self) -> AsyncIterator[None]:
        if self.handled:
            raise StoreError("this update was already handled")
        conn = self._connection()
        token = _ambient.set((self._store, conn))
        try:
            async with conn.transaction():
                # Telegram moved on to a later update of this user: what earlier ones left is done with
                await conn.execute(
                    "DELETE FROM outbox WHERE user_key = $1 AND update_id < $2", self.user_key, self.update_id
                )
                yield
                await conn.execute(
                    "INSERT INTO handled_update (update_id, user_key, handled_at) VALUES ($1, $2, $3)",
                    self.update_id,
                    self.user_key,
                    _now_utc(self._store._clock),
                )
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"the update was not recorded ({type(exc).__name__})") from exc
        except asyncpg.PostgresError as exc:
            raise StoreError(f"database error: {type(exc).__name__}: {exc}") from exc
        finally:
            _ambient.reset(token)
        self.handled = True

    async def queue(self, chat_id: int, messages: Sequence[tuple[dict[str, Any], bytes | None]]) -> None:
        """Add the answer's messages (Bot API parameters, optional document) to the current ``work()``."""
        ambient = _ambient.get()
        if ambient is None or ambient[1] is not self._conn:
            raise StoreError("queue() belongs inside the turn's work()")
        now = _now_utc(self._store._clock)
        await self._connection().executemany(
            "INSERT INTO outbox (update_id, user_key, chat_id, message, document, created_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            [
                (
                    self.update_id,
                    self.user_key,
                    int(chat_id),
                    json.dumps(message, ensure_ascii=False),
                    doc,
                    now,
                )
                for message, doc in messages
            ],
        )

    async def undelivered(self) -> list[OutboxMessage]:
        rows = await self._connection().fetch(
            "SELECT id, chat_id, message, document FROM outbox WHERE update_id = $1 ORDER BY id",
            self.update_id,
        )
        return [OutboxMessage(r[0], r[1], json.loads(r[2]), r[3]) for r in rows]

    async def delivered(self, message_id: int) -> None:
        """Remove a delivered message. Committed without waiting for the disk: a worker that dies right after
        loses nothing (the commit is in PostgreSQL already); only a crash of PostgreSQL itself in that instant
        could bring the row back and send that message once more."""
        await self._connection().execute(  # one round trip: simple protocol, the id is an int
            "BEGIN; SET LOCAL synchronous_commit = off;"
            f" DELETE FROM outbox WHERE id = {int(message_id)}; COMMIT"
        )


class JobLeader:
    """Who runs the jobs: the worker whose own session holds the jobs lock (``await leader.lead()``)."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._conn: Any | None = None

    async def lead(self) -> bool:
        """True while this worker leads; tries to become leader when not (cheap: one query)."""
        conn = self._conn
        if conn is not None and not conn.is_closed():
            try:
                await conn.fetchval("SELECT 1")  # still our session, so still our lock
                return True
            except (asyncpg.PostgresError, *_UNAVAILABLE):
                conn.terminate()
                self._conn = None
                return False
        self._conn = None
        # A task cancelled while connecting must not leave the socket open: the connection attempt is a
        # task of its own, closed here whatever interrupts the wait.
        attempt = asyncio.ensure_future(asyncpg.connect(self._dsn, timeout=10))
        try:
            new: Any = await asyncio.shield(attempt)
            if await new.fetchval("SELECT pg_try_advisory_lock($1, 0)", LOCK_JOBS):
                self._conn = new
                return True
            new.terminate()
            return False
        except (asyncpg.PostgresError, *_UNAVAILABLE):
            await _drop_attempt(attempt)
            return False
        except BaseException:
            await _drop_attempt(attempt)
            raise

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()


async def _drop_attempt(attempt: asyncio.Future[Any]) -> None:
    """Close the connection of an abandoned attempt, waiting for it to settle first (an attempt cancelled
    mid-handshake can leave its socket open)."""
    if not attempt.done():
        await asyncio.wait({attempt}, timeout=15)
    if not attempt.done():
        attempt.cancel()
        return
    if not attempt.cancelled() and attempt.exception() is None:
        attempt.result().terminate()


async def _record_processed(conn: Any, update_id: int, now: datetime) -> None:
    await conn.execute(
        "INSERT INTO handled_update (update_id, user_key, handled_at) VALUES ($1, NULL, $2)"
        " ON CONFLICT (update_id) DO NOTHING",
        update_id,
        now,
    )


async def _stats(
    conn: Any, target_kind: TargetKind, target_hash: str, *, already: bool
) -> ReportStats | None:
    row = await conn.fetchrow(
        "SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM report_vote WHERE target_hash = $1",
        target_hash,
    )
    if row is None or row[0] == 0:
        return None
    return ReportStats(
        target_kind=target_kind,
        count=row[0],
        first_seen=row[1],
        last_seen=row[2],
        already_reported_by_this_user=already,
    )


async def open_postgres_store(
    dsn: str,
    *,
    secret: Secret,
    clock: Clock = utc_now,
    min_size: int = 2,
    max_size: int = 20,
    connect_timeout: float = 10.0,
) -> PostgresStore:
    """Connect a pool and migrate (one worker at a time); errors name the problem, never the password."""
    hasher = KeyedHasher(secret)  # fails early on a too-short secret
    try:
        pool = await asyncpg.create_pool(
            dsn,
            min_size=min_size,
            max_size=max_size,
            timeout=connect_timeout,
            command_timeout=60,
            server_settings={"lock_timeout": str(USER_LOCK_TIMEOUT_MS)},
        )
    except (asyncpg.PostgresError, *_UNAVAILABLE, ValueError) as exc:
        raise StoreError(f"cannot connect to PostgreSQL: {type(exc).__name__}") from None
    try:
        async with pool.acquire() as conn:
            await apply_migrations(conn)
    except asyncpg.PostgresError as exc:
        await pool.close()
        raise StoreError(f"cannot prepare the database: {type(exc).__name__}: {exc}") from exc
    except BaseException:
        await pool.close()
        raise
    return PostgresStore(pool, hasher, clock=clock, dsn=dsn)
