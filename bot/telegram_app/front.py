"""``TelegramFront``: one update through the rate limit, the user's lock, the journal and the conversation.

It owns the store it is given (the conversation's, opened before the application starts): the journal, the
processed-update marks, the jobs and the shutdown all use that one store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import traceback
import weakref
from collections.abc import Callable

from telegram import Bot, CallbackQuery, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.conversation.core import Conversation
from bot.conversation.model import Reply, UserInput
from bot.conversation.texts import t
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.base import Store, UpdateScope, handling_update
from bot.telegram_app import jobs
from bot.telegram_app import journal as journal_rows
from bot.telegram_app.delivery import deliver, send_reply
from bot.telegram_app.inputs import input_of
from bot.telegram_app.rendering import NO_PREVIEW, split_html
from bot.update_journal import JournalWriter

log = logging.getLogger(__name__)

TYPING_AFTER = 0.3  # seconds an answer may take before "typing…" is shown


class TelegramFront:
    """Glue between PTB updates and the conversation core."""

    def __init__(
        self,
        conversation: Conversation,
        hasher: KeyedHasher,
        limiter: RateLimiter,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.conversation = conversation
        self.hasher = hasher
        self.limiter = limiter
        self.monotonic = monotonic
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self.journal = JournalWriter(lambda: self.store)

    @property
    def store(self) -> Store:
        """The one store, created by the caller and given with the conversation."""
        return self.conversation.store

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, chat = update.effective_user, update.effective_chat
        if user is not None and chat is not None:
            user_key = self.hasher.user_key(user.id)
            decision = self.limiter.check(user_key, self.monotonic())
            # Updates run concurrently, but one user's updates are handled in order (their state is shared):
            # no await before the lock, or a button press would be overtaken by the message sent just after it.
            async with self._lock(user_key):
                await self.journal.written(update.update_id)  # no state change on disk before its journal row
                with handling_update(update.update_id) as scope:
                    if await journal_rows.answered_before(self.store, update.update_id):
                        log.info(
                            "update %d was answered before a restart: acknowledged, not answered again",
                            update.update_id,
                        )
                    else:
                        await self._handle(
                            update, context, scope, user_key, decision.allowed, decision.notify
                        )
        # Not on failure: then the journal entry ends once ``on_error`` has told the user.
        self.journal.end(update.update_id)

    async def _handle(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        scope: UpdateScope,
        user_key: str,
        allowed: bool,
        notify: bool,
    ) -> None:
        """One update, inside its user's lock: answered, recorded as processed, then the replies sent."""
        chat = update.effective_chat
        assert chat is not None
        query = update.callback_query
        if not allowed:
            await journal_rows.record_processed(self.store, scope)
            if query is not None:
                await self._answer(query)
            if notify:
                await self.send(context, chat.id, Reply(text=t("error.rate_limited")))
            return
        typing: asyncio.Task[None] | None = None
        if query is not None:
            await self._answer(query)
            inp = UserInput.of_button(query.data or "")
        elif update.effective_message is not None:
            typing = asyncio.create_task(self._typing(context, chat.id))
            try:
                inp = await input_of(update.effective_message)
            except BaseException:
                typing.cancel()
                raise
        else:
            return
        try:
            replies = await self.conversation.handle(user_key, inp, chat_id=chat.id)
        finally:
            if typing is not None:
                typing.cancel()
        await journal_rows.record_processed(self.store, scope)
        for reply in replies:
            await self.send(context, chat.id, reply)

    async def journal_received(self, update: Update) -> None:
        """Record an update the handlers will answer, before polling may confirm it to Telegram.

        Best effort: a store that cannot record it must not stop the bot. Only updates ``on_update`` ends
        are recorded (a button, or a new message in a private chat), so none is left pending by design.
        """
        entry = journal_rows.pending_entry(update, self.hasher)
        if entry is None:
            return
        waiter = self.journal.begin(entry)
        if not self.journal.gated:  # a webhook answers 200 when ``put`` returns: the row must be written
            await waiter

    async def notify_interrupted(self, bot: Bot) -> int:
        """At start-up: ask each chat whose input a crash left unanswered to send it again (``journal``)."""
        return await journal_rows.notify_interrupted(self.store, bot)

    def _lock(self, user_key: str) -> asyncio.Lock:
        lock = self._locks.get(user_key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user_key] = lock
        return lock

    async def _answer(self, query: CallbackQuery) -> None:
        with contextlib.suppress(TelegramError):  # only stops the button's spinner
            await query.answer()

    async def _typing(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
        """Show "typing…" only when the answer is slow (a screenshot to read): most answers take a few
        milliseconds, and a needless request per message would cost every user time under load."""
        await asyncio.sleep(TYPING_AFTER)
        with contextlib.suppress(TelegramError):  # only a courtesy
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    async def send(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply) -> None:
        await send_reply(context.bot, chat_id, reply)

    async def send_to(self, bot: Bot, chat_id: int, reply: Reply) -> None:
        """Escaped HTML, no link preview, cut under Telegram's limit; each message retried (``delivery``)."""
        await send_reply(bot, chat_id, reply)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log where it failed (exception type and code frames, never messages or arguments) and tell the user."""
        error = context.error
        frames = traceback.extract_tb(error.__traceback__) if error is not None else []
        where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-6:]))
        log.error("update failed: %s at %s", type(error).__name__, where or "?")
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        chat = update.effective_chat
        try:
            await deliver(
                lambda: context.bot.send_message(
                    chat.id,
                    split_html(t("error.generic"))[0],
                    parse_mode=ParseMode.HTML,
                    link_preview_options=NO_PREVIEW,
                )
            )
        except TelegramError:
            log.error("could not tell the user about the failure")
            return  # the journal entry stays: the user is asked to send again after the next restart
        self.journal.end(update.update_id)

    async def send_due_reminders(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Job: send the reminders due today or before; each is marked sent only once delivered."""
        await jobs.send_due_reminders(self.store, context.bot)

    async def purge(self, context: ContextTypes.DEFAULT_TYPE, retention_days: int) -> None:
        """Job: drop what is older than the retention period."""
        await jobs.purge_expired(self.store, retention_days)
