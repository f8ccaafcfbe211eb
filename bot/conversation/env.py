"""What a handler may use: the services, the store, the turn's context and the bot's settings."""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation.context import Context
from bot.conversation.services import Services
from bot.store.base import Store


@dataclass(frozen=True)
class Env:
    services: Services
    store: Store
    ctx: Context
    retention_days: int = 30
