"""Repeating jobs: reminders (read from the store, so they survive restarts) and the retention purge."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from telegram import Bot
from telegram.error import TelegramError

from bot.conversation.context import PARIS
from bot.conversation.model import Reply
from bot.conversation.texts import t
from bot.store.base import Store, StoreError
from bot.telegram_app.delivery import send_reply
from knowledge import wording

log = logging.getLogger(__name__)

REMINDER_INTERVAL_SECONDS = 3600.0
PURGE_INTERVAL_SECONDS = 3600.0  # hourly: a verdict's quoted details go a day after, not two


async def send_due_reminders(store: Store, bot: Bot) -> None:
    """Send the reminders due today or before; each is marked sent only once delivered."""
    today = datetime.now(UTC).astimezone(PARIS).date()
    try:
        due = await store.due_reminders(today)
    except StoreError:
        log.error("could not read due reminders")
        return
    for reminder in due:
        try:
            text = wording.text(reminder.text_key, **reminder.params)
        except KeyError:
            text = t(
                "letter.reminder_text",
                what=t("letter.reminder_default_what"),
                due=reminder.due.strftime("%d/%m/%Y"),
            )
        try:
            await send_reply(bot, reminder.chat_id, Reply(text=text))
            await store.mark_sent(reminder.id)
        except TelegramError as exc:
            log.warning("reminder %s not delivered: %s", reminder.id, type(exc).__name__)


async def purge_expired(store: Store, retention_days: int) -> None:
    """Drop what is older than the retention period (states, reminders, journal, processed marks)."""
    try:
        removed = await store.purge(datetime.now(UTC) - timedelta(days=retention_days))
    except StoreError:
        log.error("retention purge failed")
        return
    log.info("retention purge: %d rows removed", removed)
