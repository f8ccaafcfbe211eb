"""Persistence of the bot behind the ``Store`` protocol.

- ``await open_store(path, secret=...)`` -> ``SqliteStore`` (creates the parent directory, applies migrations);
- ``await open_store(":memory:", secret=...)`` -> the same store on a private in-memory database (tests).

``secret`` (bytes, str or pydantic ``SecretStr``) keys the hash of reported numbers/domains; use the same
secret as for user ids (``Settings.hash_secret()``), otherwise votes recorded before a change are not found.
"""

from bot.store.base import (
    ConversationState,
    Feedback,
    ForgetSummary,
    OfficialTargetError,
    PendingInput,
    Reminder,
    ReminderInfo,
    ReportStats,
    Store,
    StoreError,
    StoreUnavailableError,
    TargetKind,
    UserDataSummary,
)
from bot.store.sqlite import SqliteStore, open_store

__all__ = [
    "ConversationState",
    "Feedback",
    "ForgetSummary",
    "OfficialTargetError",
    "PendingInput",
    "Reminder",
    "ReminderInfo",
    "ReportStats",
    "SqliteStore",
    "Store",
    "StoreError",
    "StoreUnavailableError",
    "TargetKind",
    "UserDataSummary",
    "open_store",
]
