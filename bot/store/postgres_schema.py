"""The PostgreSQL schema, as an append-only list of migrations applied at start-up by one worker at a time.

Same rules as the SQLite list (``bot.store.migrations``): never edit or reorder a released migration, only
append; each runs in its own transaction with its ``schema_version`` row; a database newer than the code is
refused. Several workers starting together: the first takes a session advisory lock and migrates, the others
wait on that lock and then find nothing left to do.

Free text that may hold a NUL character (feedback comment and text, JSON documents) is kept as JSON text:
PostgreSQL's ``text`` cannot hold NUL, and the other stores keep it, so the round trip stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.store.base import StoreError

#: ``pg_advisory_lock(namespace, key)``: the first int names what the lock is for, so keys never collide.
LOCK_MIGRATIONS = 7101
LOCK_USER = 7102
LOCK_JOBS = 7103


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "the SQLite schema (state, reports, feedback, reminders, pending-input journal) and its indexes",
        (
            """CREATE TABLE conversation_state (
                user_key   TEXT PRIMARY KEY,
                version    INTEGER NOT NULL,
                data       TEXT NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL
            )""",
            """CREATE TABLE report_vote (
                target_hash TEXT NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('number', 'domain')),
                user_key    TEXT NOT NULL,
                created_at  TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (target_hash, user_key)
            )""",
            """CREATE TABLE feedback (
                id         BIGSERIAL PRIMARY KEY,
                user_key   TEXT NOT NULL,
                kind       TEXT NOT NULL,
                verdict    TEXT NOT NULL,
                codes      TEXT NOT NULL,
                comment    TEXT,
                text       TEXT,
                created_at TIMESTAMPTZ NOT NULL
            )""",
            """CREATE TABLE reminder (
                id         BIGSERIAL PRIMARY KEY,
                user_key   TEXT NOT NULL,
                chat_id    BIGINT NOT NULL,
                due        DATE NOT NULL,
                text_key   TEXT NOT NULL,
                params     TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                sent_at    TIMESTAMPTZ
            )""",
            """CREATE TABLE pending_input (
                update_id   BIGINT PRIMARY KEY,
                user_key    TEXT NOT NULL,
                chat_id     BIGINT NOT NULL,
                received_at TIMESTAMPTZ NOT NULL
            )""",
            "CREATE INDEX report_vote_by_user ON report_vote (user_key)",
            "CREATE INDEX conversation_state_by_age ON conversation_state (updated_at)",
            "CREATE INDEX feedback_by_user ON feedback (user_key)",
            "CREATE INDEX feedback_by_age ON feedback (created_at)",
            "CREATE INDEX reminder_by_user ON reminder (user_key)",
            "CREATE INDEX reminder_pending ON reminder (due) WHERE sent_at IS NULL",
        ),
    ),
    Migration(
        2,
        "webhook workers: updates handled (exactly once), answers to deliver, shared rate limit",
        (
            # one row per update handled, written in the transaction of its state change; kept a day
            # (Telegram keeps an undelivered update at most 24 hours)
            # (user_key is NULL for an update recorded by ``Store.mark_processed`` or a write in
            # ``handling_update``: the polling bot's protocol, which does not name the user)
            """CREATE TABLE handled_update (
                update_id  BIGINT PRIMARY KEY,
                user_key   TEXT,
                handled_at TIMESTAMPTZ NOT NULL
            )""",
            "CREATE INDEX handled_update_by_user ON handled_update (user_key)",
            "CREATE INDEX handled_update_by_age ON handled_update (handled_at)",
            # the messages an update's answer is made of, until each is delivered; the last one goes out in
            # the HTTP answer to Telegram, so it stays until the user's next update (or a day) in case
            # Telegram did not get that answer and delivers the update again
            """CREATE TABLE outbox (
                id         BIGSERIAL PRIMARY KEY,
                update_id  BIGINT NOT NULL,
                user_key   TEXT NOT NULL,
                chat_id    BIGINT NOT NULL,
                message    TEXT NOT NULL,
                document   BYTEA,
                created_at TIMESTAMPTZ NOT NULL
            )""",
            "CREATE INDEX outbox_by_update ON outbox (update_id, id)",
            "CREATE INDEX outbox_by_user ON outbox (user_key)",
            """CREATE TABLE rate_bucket (
                user_key TEXT PRIMARY KEY,
                tokens   DOUBLE PRECISION NOT NULL,
                last_at  DOUBLE PRECISION NOT NULL,
                refused  BOOLEAN NOT NULL
            )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
)


async def current_version(conn: Any) -> int:
    await conn.execute(_VERSION_TABLE)
    return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))


async def apply_migrations(conn: Any, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema to ``target`` under the migrations lock (``conn``: an asyncpg connection)."""
    await conn.execute("SELECT pg_advisory_lock($1, 0)", LOCK_MIGRATIONS)
    try:
        version = await current_version(conn)
        if version > LATEST_VERSION:
            raise StoreError(
                f"the database schema is version {version}, newer than this code knows ({LATEST_VERSION}): "
                "update the bot instead of downgrading the database"
            )
        applied: list[int] = []
        for migration in MIGRATIONS:
            if migration.version <= version or migration.version > target:
                continue
            async with conn.transaction():
                for statement in migration.statements:
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO schema_version (version, description) VALUES ($1, $2)",
                    migration.version,
                    migration.description,
                )
            applied.append(migration.version)
        return applied
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1, 0)", LOCK_MIGRATIONS)
