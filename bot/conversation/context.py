"""Who is talking and when: passed to every turn, so the core never reads a clock or an id itself."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

PARIS = ZoneInfo("Europe/Paris")


class Context(BaseModel):
    model_config = ConfigDict(frozen=True)

    user_key: str  # keyed hash of the user id (bot.privacy), never the raw id
    chat_id: int = 0  # only used to deliver a reminder the user asked for
    now: datetime

    @property
    def today(self) -> date:
        return self.now.astimezone(PARIS).date()
