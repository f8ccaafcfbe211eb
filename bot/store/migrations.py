"""The SQLite schema, as an append-only list of migrations applied at start-up.

Rules: never edit or reorder a released migration, only append one; each runs in its own transaction
together with its ``schema_version`` row, so a crash mid-upgrade leaves the previous version intact.
A database newer than this code is refused (an old bot must not write into a schema it does not know).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import aiosqlite

from bot.store.base import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "conversation state, community reports, feedback, reminders",
        (
            """CREATE TABLE conversation_state (
                user_key   TEXT PRIMARY KEY,
                version    INTEGER NOT NULL,
                data       TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            # one row per vote: counts and first/last seen stay right when a user withdraws or is forgotten
            """CREATE TABLE report_vote (
                target_hash TEXT NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('number', 'domain')),
                user_key    TEXT NOT NULL,
                created_at  TEXT NOT NULL,
                PRIMARY KEY (target_hash, user_key)
            )""",
            """CREATE TABLE feedback (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                user_key   TEXT NOT NULL,
                kind       TEXT NOT NULL,
                verdict    TEXT NOT NULL,
                codes      TEXT NOT NULL,
                comment    TEXT,
                text       TEXT,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE reminder (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                user_key   TEXT NOT NULL,
                chat_id    INTEGER NOT NULL,
                due        TEXT NOT NULL,
                text_key   TEXT NOT NULL,
                params     TEXT NOT NULL,
                created_at TEXT NOT NULL,
                sent_at    TEXT
            )""",
        ),
    ),
    Migration(
        2,
        "indexes for /oubli, the retention purge and the daily reminder scan",
        (
            "CREATE INDEX report_vote_by_user ON report_vote (user_key)",
            "CREATE INDEX conversation_state_by_age ON conversation_state (updated_at)",
            "CREATE INDEX feedback_by_user ON feedback (user_key)",
            "CREATE INDEX feedback_by_age ON feedback (created_at)",
            "CREATE INDEX reminder_by_user ON reminder (user_key)",
            "CREATE INDEX reminder_pending ON reminder (due) WHERE sent_at IS NULL",
        ),
    ),
    Migration(
        3,
        "pending-input journal: updates being answered, so a crash never loses one silently",
        (
            # no index besides the key: the table holds only the few updates in flight
            """CREATE TABLE pending_input (
                update_id   INTEGER PRIMARY KEY,
                user_key    TEXT NOT NULL,
                chat_id     INTEGER NOT NULL,
                received_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        4,
        "processed updates: an update redelivered after a crash is recognised and not answered twice",
        (
            # written in the same transaction as the state change an update made; purged after a day
            """CREATE TABLE processed_update (
                update_id    INTEGER PRIMARY KEY,
                processed_at TEXT NOT NULL
            )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


async def current_version(conn: aiosqlite.Connection) -> int:
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def apply_migrations(conn: aiosqlite.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema to ``target`` (the connection must be in autocommit mode); return versions applied."""
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
        await conn.execute("BEGIN IMMEDIATE")
        try:
            # re-read inside the write lock: another process may have migrated meanwhile
            if await current_version(conn) >= migration.version:
                await conn.execute("ROLLBACK")
                continue
            for statement in migration.statements:
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.description, datetime.now(UTC).isoformat()),
            )
            await conn.execute("COMMIT")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied
