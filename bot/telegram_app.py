"""Telegram adapter (python-telegram-bot 22, async): updates in, the conversation core, messages out.

Everything Telegram-specific lives here: HTML escaping (parse_mode HTML, all dynamic text escaped), link
previews disabled on every message (Telegram's fetcher must never visit a checked link), answers split under
4096 characters on paragraph boundaries, a "typing" action when an answer is slow, a per-user rate limit, commands
registered in French, reminders sent by a repeating job that reads the store (so they survive restarts), and
an error handler that logs neither the token nor the user's text and tells the user something failed.

Nothing is lost silently: polling confirms an update to Telegram as soon as it is fetched, so each update is
written to the store's pending-input journal as it is queued (before the next poll confirms it: see
``bot.update_journal``) and removed once its answer (or the error notice) was delivered. What a crash leaves
there is read at the next start: each chat concerned is asked, once, to send its message again.

Nothing is answered twice: the update id is recorded as processed in the same transaction as the state change
it made (``bot.store.base.handling_update``), or on its own before the answer is sent when it changed nothing.
An update Telegram hands over again after a crash is then acknowledged and not answered again.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
import traceback
import warnings
import weakref
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram._utils.types import ODVInput
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.conversation.context import PARIS
from bot.conversation.core import Conversation
from bot.conversation.model import InputKind, Reply, UserInput
from bot.conversation.texts import t
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.store.base import PendingInput, Store, StoreError, UpdateScope, handling_update, utc_now
from bot.update_journal import ConfirmAfterJournal, JournalWriter
from knowledge import wording

log = logging.getLogger(__name__)
T = TypeVar("T")

TELEGRAM_LIMIT = 4096
MAX_IMAGE_BYTES = 10 * 1024 * 1024
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
COMMANDS = ("start", "menu", "annuler", "aide", "confidentialite", "mesdonnees", "oubli")
REMINDER_INTERVAL_SECONDS = 3600.0
PURGE_INTERVAL_SECONDS = 24 * 3600.0
SEND_ATTEMPTS = 5  # a reply is tried at most this many times when Telegram says "later" (429) or fails (5xx)
MAX_RETRY_AFTER = 60.0  # seconds: a longer flood wait is not waited out inside a handler
#: Connections used to send replies, and Bot API calls in flight at once (``BoundedRequest``). PTB's default
#: (256) lets httpx open one connection per concurrent send, and httpcore re-examines every connection (a socket
#: syscall each, and a quadratic idle count) and every queued request whenever one is assigned: with 50 busy
#: users that bookkeeping took ~40 % of the bot's CPU. Measured with 50 users x 5 inputs on one machine state:
#: 17.8 ms of CPU per input with 256, 10.4 ms with 8 connections, 7.9 ms with 8 and the calls bounded to 8.
#: A few kept-alive connections carry far more messages per second than Telegram accepts from one bot.
SEND_CONNECTIONS = 8
SEND_POOL_TIMEOUT = (
    30.0  # seconds a reply may wait for a free connection (PTB's default, 1 s, fails under load)
)
TYPING_AFTER = 0.3  # seconds an answer may take before "typing…" is shown
NETWORK_BACKOFF = 0.5  # seconds before the second try after a 5xx or a refused connection, doubled each time


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Escape ``text`` and cut it into messages under ``limit``: on paragraphs, then lines, then hard.

    Escaping happens before measuring (``&`` becomes ``&amp;``) and cuts never fall inside an entity.
    """
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        candidate = f"{current}\n\n{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = piece
    if current:
        chunks.append(current)
    return chunks or [html.escape(" ")]


def _pieces(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        escaped = html.escape(paragraph, quote=False)
        if len(escaped) <= limit:
            out.append(escaped)
            continue
        for line in paragraph.split("\n"):
            out.extend(_hard_cut(html.escape(line, quote=False), limit))
    return [p for p in out if p.strip()]


def _hard_cut(escaped: str, limit: int) -> list[str]:
    parts: list[str] = []
    while len(escaped) > limit:
        cut = escaped.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        amp = escaped.rfind("&", max(0, cut - 8), cut)
        if amp != -1 and ";" not in escaped[amp:cut]:
            cut = amp  # never split "&amp;"
        parts.append(escaped[:cut])
        escaped = escaped[cut:].lstrip(" ")
    parts.append(escaped)
    return parts


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


def origin_name(origin: MessageOrigin | None) -> str | None:
    """Who a forwarded message came from, as Telegram shows it (a name, never an id)."""
    if origin is None:
        return None
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name
    if isinstance(origin, MessageOriginChat):
        return origin.sender_chat.title or origin.sender_chat.full_name or "un groupe"
    if isinstance(origin, MessageOriginChannel):
        return origin.chat.title or "une chaîne"
    return "inconnue"


async def input_of(message: Message) -> UserInput:
    """The channel-free input for a Telegram message."""
    forwarded = origin_name(message.forward_origin)
    if message.text is not None:
        return UserInput.of_text(message.text, forwarded_from=forwarded)
    caption = message.caption or ""
    if message.photo:
        return await _image(
            message, message.photo[-1].file_id, message.photo[-1].file_size, caption, forwarded
        )
    document = message.document
    if document is not None and (document.mime_type or "").startswith("image/"):
        return await _image(message, document.file_id, document.file_size, caption, forwarded)
    if document is not None:
        return UserInput(kind=InputKind.unsupported, detail="document")
    if message.sticker is not None:
        return UserInput(kind=InputKind.unsupported, detail="sticker")
    if message.voice is not None:
        return UserInput(kind=InputKind.unsupported, detail="voice")
    if message.audio is not None:
        return UserInput(kind=InputKind.unsupported, detail="audio")
    if message.video is not None or message.video_note is not None or message.animation is not None:
        return UserInput(kind=InputKind.unsupported, detail="video")
    if caption:
        return UserInput.of_text(caption, forwarded_from=forwarded)
    return UserInput(kind=InputKind.unsupported, detail="other")


async def _image(
    message: Message, file_id: str, size: int | None, caption: str, forwarded: str | None
) -> UserInput:
    if size is not None and size > MAX_IMAGE_BYTES:
        return UserInput(kind=InputKind.image, payload=b"", text=caption, forwarded_from=forwarded)
    file = await message.get_bot().get_file(file_id)
    data = bytes(await file.download_as_bytearray())
    return UserInput(
        kind=InputKind.image, payload=data[:MAX_IMAGE_BYTES], text=caption, forwarded_from=forwarded
    )


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
        self.journal = JournalWriter(lambda: self.conversation.store)

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
                    if await self._answered_before(update.update_id):
                        log.info(
                            "update %d was answered before a restart: acknowledged, not answered again",
                            update.update_id,
                        )
                    else:
                        await self._handle(
                            update, context, scope, user_key, decision.allowed, decision.notify
                        )
        # Not on failure: then the journal entry ends once ``on_error`` has told the user.
        await self._journal_end(update.update_id)

    async def _answered_before(self, update_id: int) -> bool:
        """Telegram hands an update over again when a crash came before its confirmation."""
        try:
            return await self.conversation.store.is_processed(update_id)
        except StoreError:
            log.warning("processed-update check failed for %d: answered (at least once)", update_id)
            return False

    async def _processed(self, scope: UpdateScope) -> None:
        """Before anything is sent: an update that changed no state is recorded as processed on its own."""
        if scope.recorded:
            return
        try:
            await self.conversation.store.mark_processed(scope.update_id)
            scope.recorded = True
        except StoreError:
            log.warning("could not record update %d as processed", scope.update_id)

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
            await self._processed(scope)
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
        await self._processed(scope)
        for reply in replies:
            await self.send(context, chat.id, reply)

    async def journal_received(self, update: Update) -> None:
        """Record an update the handlers will answer, before polling may confirm it to Telegram.

        Best effort: a store that cannot record it must not stop the bot. Only updates ``on_update`` ends
        are recorded (a button, or a new message in a private chat), so none is left pending by design.
        """
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            return
        if update.callback_query is None and (update.message is None or chat.type != ChatType.PRIVATE):
            return
        entry = PendingInput(
            update_id=update.update_id,
            user_key=self.hasher.user_key(user.id),
            chat_id=chat.id,
            received_at=utc_now(),
        )
        waiter = self.journal.begin(entry)
        if not self.journal.gated:  # a webhook answers 200 when ``put`` returns: the row must be written
            await waiter

    async def _journal_end(self, update_id: int) -> None:
        """Best effort: an entry left behind only means one needless "please resend" after a restart."""
        self.journal.end(update_id)

    async def notify_interrupted(self, bot: Bot) -> int:
        """At start-up: tell each chat whose input a crash left unanswered to send it again; return chats told.

        One message per chat, however many inputs it lost. An entry may also be an update Telegram had not
        confirmed and hands over again: that chat is asked to resend and gets its answer too (harmless). An entry is cleared once its notice was delivered,
        or when it never can be (the user blocked the bot, the chat is gone); if Telegram is unreachable the
        rest are kept for the next start (the purge drops them after a day).
        """
        store = self.conversation.store
        try:
            pending = await store.journal_pending()
        except StoreError:
            log.error("pending-input journal: could not be read at start-up")
            return 0
        by_chat: dict[int, list[int]] = {}
        for entry in pending:
            by_chat.setdefault(entry.chat_id, []).append(entry.update_id)
        told = 0
        for chat_id, update_ids in by_chat.items():
            try:
                await self.send_to(bot, chat_id, Reply(text=t("error.interrupted")))
                told += 1
            except (Forbidden, BadRequest) as exc:
                log.warning("interrupted-input notice refused by Telegram: %s", type(exc).__name__)
            except TelegramError as exc:
                log.warning(
                    "interrupted-input notices stopped: %s; kept for the next start", type(exc).__name__
                )
                break
            try:
                await store.journal_clear(update_ids)
            except StoreError:
                log.error("pending-input journal: notified entries could not be cleared")
        if pending:
            log.info("restart: %d unanswered inputs, %d chats asked to send again", len(pending), told)
        return told

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
        await self.send_to(context.bot, chat_id, reply)

    async def send_to(self, bot: Bot, chat_id: int, reply: Reply) -> None:
        """Escaped HTML, no link preview, cut under Telegram's limit; each message retried by ``deliver``."""
        chunks = split_html(reply.text)
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await deliver(
                lambda chunk=chunk, last=last: bot.send_message(  # type: ignore[misc]
                    chat_id,
                    chunk,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=NO_PREVIEW,
                    reply_markup=keyboard(reply) if last and not reply.documents else None,
                )
            )
        for index, document in enumerate(reply.documents):
            last = index == len(reply.documents) - 1
            await deliver(
                lambda document=document, last=last: bot.send_document(  # type: ignore[misc]
                    chat_id,
                    InputFile(document.content, filename=document.filename),
                    reply_markup=keyboard(reply) if last else None,
                )
            )

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
        await self._journal_end(update.update_id)

    async def send_due_reminders(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Job: send the reminders due today or before; each is marked sent only once delivered."""
        store = self.conversation.store
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
                await self.send(context, reminder.chat_id, Reply(text=text))
                await store.mark_sent(reminder.id)
            except TelegramError as exc:
                log.warning("reminder %s not delivered: %s", reminder.id, type(exc).__name__)


async def deliver(call: Callable[[], Awaitable[T]], *, attempts: int = SEND_ATTEMPTS) -> T:
    """Make one Bot API call, again after Telegram's ``retry_after`` (429) or a 5xx/connection failure.

    Each call is one message, so a retry never repeats an earlier part of a reply. A time-out is not retried
    (the message may have arrived: twice is worse than the error message), nor a 400 (it would fail again).
    Waiting happens inside the user's lock, so their next messages stay behind this reply, in order.
    """
    backoff = NETWORK_BACKOFF
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            wait = _retry_after_seconds(exc)
            if attempt == attempts or wait > MAX_RETRY_AFTER:
                raise
            log.warning("Telegram asked to wait %.0f s before sending (attempt %d)", wait, attempt)
        except (TimedOut, BadRequest):
            raise
        except NetworkError as exc:
            if attempt == attempts:
                raise
            wait, backoff = backoff, backoff * 2
            log.warning("sending failed (%s), new try in %.1f s", type(exc).__name__, wait)
        await asyncio.sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the int form is deprecated; both forms are read
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class BoundedRequest(BaseRequest):
    """At most ``limit`` Bot API calls in flight; the others wait here, in order, not inside httpcore.

    httpcore rescans every queued request against every connection each time one is assigned or released
    (with a socket check per idle connection): requests left to queue there cost the bot more CPU the more
    users wait. Waiting on a semaphore costs nothing.
    """

    def __init__(self, inner: BaseRequest, limit: int) -> None:
        self._inner = inner
        self._slots = asyncio.Semaphore(limit)

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        async with self._slots:
            return await self._inner.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )


class JournalingQueue(asyncio.Queue[object]):
    """PTB's update queue, recording each update in the pending-input journal as it is queued.

    The updater queues a fetched batch and only then asks for the next one, whose ``offset`` confirms the
    batch to Telegram; the webhook server queues an update before answering 200. Writing the journal here
    means an update is on disk before Telegram forgets it.
    """

    def __init__(self, front: TelegramFront) -> None:
        super().__init__()
        self._front = front

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            await self._front.journal_received(item)
        await super().put(item)


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, t(f"commands.{name}")) for name in COMMANDS]


def build_application(
    front: TelegramFront,
    token: str,
    *,
    base_url: str = "https://api.telegram.org/bot",
    base_file_url: str = "https://api.telegram.org/file/bot",
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    reminder_interval: float = REMINDER_INTERVAL_SECONDS,
    store_opener: Callable[[], Awaitable[Store]] | None = None,
    retention_days: int = 30,
) -> Application:  # type: ignore[type-arg]
    """The PTB application, pointed at any Bot API server (``base_url`` takes PTB's form, token appended).

    ``store_opener`` opens the store inside PTB's event loop (SQLite connections belong to one loop).
    """
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .update_queue(JournalingQueue(front))
    )
    sending = request or HTTPXRequest(connection_pool_size=SEND_CONNECTIONS, pool_timeout=SEND_POOL_TIMEOUT)
    builder = builder.request(BoundedRequest(sending, SEND_CONNECTIONS))
    polling = get_updates_request or HTTPXRequest(connection_pool_size=1)  # PTB's own default for polling
    builder = builder.get_updates_request(ConfirmAfterJournal(polling, front.journal))

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        if store_opener is not None:
            front.conversation.store = await store_opener()
        await app.bot.set_my_commands(bot_commands())
        # before polling starts, so a notice never follows the answer to a later message
        await front.notify_interrupted(app.bot)

    async def purge(context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            removed = await front.conversation.store.purge(datetime.now(UTC) - timedelta(days=retention_days))
        except StoreError:
            log.error("retention purge failed")
            return
        log.info("retention purge: %d rows removed", removed)

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        await front.journal.drained()
        await front.conversation.store.close()

    app = builder.post_init(post_init).post_shutdown(post_shutdown).concurrent_updates(True).build()
    app.add_handler(CallbackQueryHandler(front.on_update))
    # Private chats only: in a group the bot would answer (and read) everyone's messages.
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.UpdateType.EDITED, front.on_update))
    app.add_error_handler(front.on_error)
    if app.job_queue is not None and reminder_interval > 0:
        app.job_queue.run_repeating(front.send_due_reminders, interval=reminder_interval, first=10.0)
        app.job_queue.run_repeating(purge, interval=PURGE_INTERVAL_SECONDS, first=60.0)
    return app
