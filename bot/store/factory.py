"""Which store the bot opens: PostgreSQL when ``DATABASE_URL`` is set, the SQLite file otherwise (default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.privacy import Secret
from bot.store.base import Store, StoreError
from bot.store.sqlite import open_store

if TYPE_CHECKING:
    from bot.settings import Settings


def uses_postgres(settings: Settings) -> bool:
    return settings.database_url is not None


async def open_configured_store(settings: Settings, *, secret: Secret) -> Store:
    """Open and migrate the configured store (asyncpg is imported only when PostgreSQL is chosen)."""
    if settings.database_url is None:
        return await open_store(settings.database_path, secret=secret)
    try:
        from bot.store.postgres import open_postgres_store
    except ImportError as exc:  # the optional extra is not installed
        raise StoreError(
            "DATABASE_URL points to PostgreSQL but asyncpg is missing: pip install 'verif-recouvrement[postgres]'"
        ) from exc
    return await open_postgres_store(settings.database_url.get_secret_value(), secret=secret)
