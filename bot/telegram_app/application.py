"""The PTB application: requests, the journalling update queue, handlers, jobs, start and stop, wired here."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.telegram_app.aiohttp_request import AiohttpRequest
from bot.telegram_app.delivery import SEND_CONNECTIONS, SEND_POOL_TIMEOUT, BoundedRequest
from bot.telegram_app.front import TelegramFront
from bot.telegram_app.jobs import PURGE_INTERVAL_SECONDS, REMINDER_INTERVAL_SECONDS
from bot.telegram_app.journal import JournalingQueue
from bot.telegram_app.rendering import bot_commands
from bot.update_journal import ConfirmAfterJournal


def build_application(
    front: TelegramFront,
    token: str,
    *,
    base_url: str = "https://api.telegram.org/bot",
    base_file_url: str = "https://api.telegram.org/file/bot",
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    reminder_interval: float = REMINDER_INTERVAL_SECONDS,
    retention_days: int = 30,
) -> Application:  # type: ignore[type-arg]
    """The PTB application, pointed at any Bot API server (``base_url`` takes PTB's form, token appended).

    The front's store must already be open, in the event loop PTB will run (SQLite connections belong to
    one loop: ``bot.cli.run_bot`` opens it on the loop it then hands to PTB); it is closed at shutdown.
    """
    # aiohttp rather than PTB's default httpx: a Bot API call costs the bot a fraction of the CPU (see
    # ``aiohttp_request``); the connection counts and time-outs are PTB's, but for the bounded sending pool.
    sending = request or AiohttpRequest(SEND_CONNECTIONS, pool_timeout=SEND_POOL_TIMEOUT)
    polling = get_updates_request or AiohttpRequest(1)  # PTB's own default for polling
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        # Each update is journalled as it is queued, before the next getUpdates confirms it to Telegram.
        .update_queue(JournalingQueue(front.journal_received))
        # Replies: at most SEND_CONNECTIONS Bot API calls in flight (see ``delivery``).
        .request(BoundedRequest(sending, SEND_CONNECTIONS))
        # getUpdates waits for the journal rows of the batch it confirms.
        .get_updates_request(ConfirmAfterJournal(polling, front.journal))
    )

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        await app.bot.set_my_commands(bot_commands())
        # before polling starts, so a notice never follows the answer to a later message
        await front.notify_interrupted(app.bot)

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        await front.journal.drained()
        await front.store.close()

    app = builder.post_init(post_init).post_shutdown(post_shutdown).concurrent_updates(True).build()

    # Handlers, in the order PTB tries them (the first that matches handles the update):
    # a button press, from any chat the bot's own message is in;
    app.add_handler(CallbackQueryHandler(front.on_update))
    # a new message, in private chats only: in a group the bot would answer (and read) everyone's messages;
    # edits are ignored (the first version was answered). Commands are ordinary inputs of the conversation.
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED, front.on_update))
    # any exception in a handler: logged without text or token, and the user told something failed.
    app.add_error_handler(front.on_error)

    if app.job_queue is not None and reminder_interval > 0:
        app.job_queue.run_repeating(front.send_due_reminders, interval=reminder_interval, first=10.0)
        app.job_queue.run_repeating(
            _purge_job(front, retention_days), interval=PURGE_INTERVAL_SECONDS, first=60.0
        )
    return app


def _purge_job(
    front: TelegramFront, retention_days: int
) -> Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
    async def purge(context: ContextTypes.DEFAULT_TYPE) -> None:
        await front.purge(context, retention_days)

    return purge
