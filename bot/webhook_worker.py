"""A webhook worker: one of several bot processes behind a load balancer, all sharing one PostgreSQL.

Chosen by ``verif-recouvrement bot`` when both ``WEBHOOK_URL`` and ``DATABASE_URL`` are set. PTB's own webhook
server answers Telegram "200" as soon as an update is queued; a worker killed after that would lose it. Here
the HTTP answer waits for the update to be handled:

1. the secret-token header is checked (403 otherwise);
2. the user's turn is taken (``PostgresStore.user_turn``: an advisory lock keyed by the user's hash), so one
   user's updates run one at a time whichever worker received them;
3. an update already handled is acknowledged (200) without being answered again;
4. otherwise the rate limit (kept in the database), the conversation, the answer's messages (outbox) and the
   "handled" mark are one transaction;
5. the answer's messages are sent in order, each removed from the outbox once Telegram accepted it, except
   the last one: it goes in the body of the 200 itself ("making requests when getting updates",
   https://core.telegram.org/bots/api#making-requests-when-getting-updates, checked 30/11/2026), so Telegram
   gets the acknowledgement and that message together or neither. A worker that dies before answering leaves
   the update unacknowledged: Telegram delivers it again (to any worker), which sends what the outbox holds.

What is left: an answer of two messages or more whose worker dies between Telegram accepting an earlier
message and the outbox row being removed (milliseconds) sends that message again. The Bot API has no
idempotency key, so no design closes that gap; this one limits it to the first messages of long answers
(most answers are one message). Telegram does not say whether it still executes a request in a webhook
answer that reaches it after its own time-out (unconfirmed): HAProxy's 60 s server time-out keeps answers
well inside the usual delays.

Jobs (reminders, retention purge) run only on the worker leading them (``JobLeader``), never N times.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import time
import traceback
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.web
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from telegram import Bot, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes
from telegram.request import HTTPXRequest

from bot.conversation.model import Reply, UserInput
from bot.conversation.texts import t
from bot.store.base import StoreError, StoreUnavailableError
from bot.telegram_app import NO_PREVIEW, TYPING_AFTER, TelegramFront, deliver, input_of, keyboard, split_html

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store.postgres import JobLeader, OutboxMessage, PostgresStore, UserTurn

log = logging.getLogger(__name__)

MAX_UPDATE_BYTES = 1_000_000  # an update is a few kilobytes; files are fetched separately
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SHUTDOWN_GRACE = 20.0  # seconds given to updates in progress after SIGTERM


class WorkerSettings(BaseSettings):
    """Worker-only knobs (environment): where to listen, how often the jobs leader looks for work."""

    model_config = SettingsConfigDict(env_prefix="WORKER_", extra="ignore", frozen=True)

    listen: str = "127.0.0.1"  # the load balancer's side; another machine's LB needs this machine's address
    jobs_interval_seconds: float = Field(default=60.0, gt=0, le=3600)
    purge_interval_seconds: float = Field(default=3600.0, gt=0)  # hourly, as polling: details go after a day
    max_connections: int = Field(default=40, ge=1, le=100)  # told to Telegram by setWebhook


def outbox_messages(reply: Reply) -> list[tuple[dict[str, Any], bytes | None]]:
    """The messages ``TelegramFront.send_to`` sends for ``reply``, as JSON parameters (documents as bytes)."""
    markup = keyboard(reply)
    buttons = markup.to_dict() if markup is not None else None
    chunks = split_html(reply.text)
    out: list[tuple[dict[str, Any], bytes | None]] = []
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1 and not reply.documents
        out.append(
            ({"method": "sendMessage", "text": chunk, "reply_markup": buttons if last else None}, None)
        )
    for index, document in enumerate(reply.documents):
        last = index == len(reply.documents) - 1
        params = {
            "method": "sendDocument",
            "filename": document.filename,
            "reply_markup": buttons if last else None,
        }
        out.append((params, bytes(document.content)))
    return out


class _JobContext:
    """What ``TelegramFront.send_due_reminders`` uses of PTB's job context: the bot."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot


class WebhookWorker:
    """What one worker does with one webhook request (``handle``) and with its jobs (``run_jobs``)."""

    def __init__(
        self,
        front: TelegramFront,
        store: PostgresStore,
        bot: Bot,
        *,
        secret_token: str | None,
        per_minute: int,
    ) -> None:
        self.front = front
        self.store = store
        self.bot = bot
        self.secret_token = secret_token
        self.per_minute = per_minute
        self.in_flight = 0

    def authorised(self, header: str | None) -> bool:
        if self.secret_token is None:
            return True
        return header is not None and hmac.compare_digest(header.encode(), self.secret_token.encode())

    async def handle(self, data: object) -> tuple[int, dict[str, Any] | None]:
        """Handle one update: the HTTP status for Telegram (2xx only once answered) and the Bot API request
        the 200 carries (the answer's last message), if any."""
        if not isinstance(data, dict):
            return 400, None
        try:
            update = Update.de_json(data, self.bot)
        except (KeyError, TypeError, ValueError):
            return 400, None
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None or not _answerable(update):
            return 200, None  # nothing the bot answers (a group, an edit, a channel post…)
        user_key = self.front.hasher.user_key(user.id)
        self.in_flight += 1
        try:
            async with self.store.user_turn(user_key, update.update_id) as turn:
                if not turn.handled:
                    await self._work(turn, update, user_key, chat.id)
                return 200, await self._flush(turn)
        except StoreUnavailableError:
            log.warning("update %d: database unavailable, Telegram will deliver it again", update.update_id)
            return 503, None
        except StoreError:
            log.error("update %d: store error, Telegram will deliver it again", update.update_id)
            return 500, None
        except TelegramError as exc:
            log.warning(
                "update %d: answer not delivered (%s), kept for the next delivery",
                update.update_id,
                type(exc).__name__,
            )
            return 502, None
        finally:
            self.in_flight -= 1

    async def _work(self, turn: UserTurn, update: Update, user_key: str, chat_id: int) -> None:
        """The conversation's turn. Network calls (the button's spinner, a screenshot's download) happen
        before the transaction opens, so it stays short; "typing…" only if the answer is slow."""
        query = update.callback_query
        typing = asyncio.create_task(self._typing_later(chat_id)) if query is None else None
        try:
            if query is not None:
                with contextlib.suppress(TelegramError):  # only stops the button's spinner
                    await query.answer()
                inp = UserInput.of_button(query.data or "")
            else:
                assert update.effective_message is not None  # _answerable
                inp = await input_of(update.effective_message)
            async with turn.work():
                decision = await self.store.rate_check(user_key, self.per_minute)
                replies: list[Reply] = []
                if decision.allowed:
                    replies = await self.front.conversation.handle(user_key, inp, chat_id=chat_id)
                elif decision.notify:
                    replies = [Reply(text=t("error.rate_limited"))]
                await turn.queue(chat_id, [m for reply in replies for m in outbox_messages(reply)])
        except (StoreError, TelegramError):
            raise
        except Exception as exc:  # a bug in the conversation: say so once, never retry it forever
            frames = traceback.extract_tb(exc.__traceback__)
            where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-6:]))
            log.error("update failed: %s at %s", type(exc).__name__, where or "?")
            async with turn.work():
                await turn.queue(chat_id, outbox_messages(Reply(text=t("error.generic"))))
        finally:
            if typing is not None:
                typing.cancel()

    async def _typing_later(self, chat_id: int) -> None:
        await asyncio.sleep(TYPING_AFTER)
        with contextlib.suppress(TelegramError):  # only a courtesy
            await self.bot.send_chat_action(chat_id, ChatAction.TYPING)

    async def _flush(self, turn: UserTurn) -> dict[str, Any] | None:
        """Send what the outbox holds for this update, in order, each row removed once Telegram accepted it;
        a last text message is returned instead, for the body of the 200 (its row stays, see the module)."""
        messages = await turn.undelivered()
        reply = None
        if messages and messages[-1].message.get("method") == "sendMessage":
            reply = _as_webhook_reply(messages.pop())
        for message in messages:
            try:
                await deliver(lambda message=message: self._send(message))  # type: ignore[misc]
            except (Forbidden, BadRequest) as exc:  # the user blocked the bot, the chat is gone: never will
                log.warning("message dropped, refused by Telegram: %s", type(exc).__name__)
            await turn.delivered(message.id)
        return reply

    async def _send(self, message: OutboxMessage) -> object:
        params = message.message
        markup_data = params.get("reply_markup")
        markup = InlineKeyboardMarkup.de_json(markup_data, self.bot) if markup_data else None
        if params.get("method") == "sendDocument":
            return await self.bot.send_document(
                message.chat_id,
                InputFile(message.document or b"", filename=str(params.get("filename") or "document")),
                reply_markup=markup,
            )
        return await self.bot.send_message(
            message.chat_id,
            str(params.get("text", "")),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup,
        )

    async def run_jobs(self, leader: JobLeader, settings: WorkerSettings, retention_days: int) -> None:
        """Forever: when this worker leads, send due reminders and, once a day, purge."""
        context = cast(ContextTypes.DEFAULT_TYPE, _JobContext(self.bot))
        last_purge = float("-inf")
        while True:
            await asyncio.sleep(settings.jobs_interval_seconds)
            if not await leader.lead():
                continue
            await self.front.send_due_reminders(context)
            if time.monotonic() - last_purge >= settings.purge_interval_seconds:
                last_purge = time.monotonic()
                try:
                    removed = await self.store.purge(datetime.now(UTC) - timedelta(days=retention_days))
                    log.info("retention purge: %d rows removed", removed)
                except StoreError:
                    log.error("retention purge failed")


def _as_webhook_reply(message: OutboxMessage) -> dict[str, Any]:
    """A sendMessage request as the JSON body of the webhook's 200 (``method`` names the Bot API method)."""
    params = message.message
    reply: dict[str, Any] = {
        "method": "sendMessage",
        "chat_id": message.chat_id,
        "text": params.get("text", ""),
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": NO_PREVIEW.to_dict(),
    }
    if params.get("reply_markup"):
        reply["reply_markup"] = params["reply_markup"]
    return reply


def _answerable(update: Update) -> bool:
    """The updates the polling bot's handlers take: a button press, or a new message in a private chat."""
    if update.callback_query is not None:
        return True
    chat = update.effective_chat
    return update.message is not None and chat is not None and chat.type == ChatType.PRIVATE


class _UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, worker: WebhookWorker) -> None:
        self.worker = worker

    async def post(self) -> None:
        if not self.worker.authorised(self.request.headers.get(SECRET_HEADER)):
            self.set_status(403)
            return
        try:
            data = json.loads(self.request.body)
        except ValueError:
            self.set_status(400)
            return
        status, reply = await self.worker.handle(data)
        self.set_status(status)
        if reply is not None:
            self.set_header("Content-Type", "application/json")
            self.write(json.dumps(reply, ensure_ascii=False))


class _HealthHandler(tornado.web.RequestHandler):
    """For the load balancer's checks: this process answers (the database is checked per update)."""

    def get(self) -> None:
        self.write("ok")


def application(worker: WebhookWorker, path: str) -> tornado.web.Application:
    return tornado.web.Application(
        [(f"/{path.strip('/')}", _UpdateHandler, {"worker": worker}), ("/healthz", _HealthHandler)]
    )


async def serve(settings: Settings, token: str, worker_settings: WorkerSettings | None = None) -> int:
    """Open the store, start the HTTP server, run until SIGTERM/SIGINT, then finish what is in progress."""
    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.privacy import KeyedHasher
    from bot.ratelimit import RateLimiter
    from bot.store.factory import open_configured_store
    from bot.store.postgres import PostgresStore
    from bot.telegram_app import bot_commands

    options = worker_settings or WorkerSettings()
    secret = settings.hash_secret()
    store = await open_configured_store(settings, secret=secret)
    if not isinstance(store, PostgresStore):  # pragma: no cover - run_bot checks DATABASE_URL first
        await store.close()
        raise StoreError("webhook workers need DATABASE_URL (PostgreSQL)")
    bot = Bot(
        token,
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_api_file_url,
        request=HTTPXRequest(connection_pool_size=64),
    )
    conversation = Conversation(DefaultServices(), store, retention_days=settings.retention_days)
    front = TelegramFront(conversation, KeyedHasher(secret), RateLimiter(settings.rate_limit_per_minute))
    secret_token = settings.webhook_secret_token.get_secret_value() if settings.webhook_secret_token else None
    worker = WebhookWorker(
        front, store, bot, secret_token=secret_token, per_minute=settings.rate_limit_per_minute
    )
    leader = store.job_leader()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await bot.initialize()
    server = tornado.httpserver.HTTPServer(
        application(worker, urlsplit(settings.webhook_url or "/").path), max_body_size=MAX_UPDATE_BYTES
    )
    jobs: asyncio.Task[None] | None = None
    try:
        server.listen(settings.listen_port, address=options.listen)
        if await leader.lead():  # one worker tells Telegram where to deliver, not N
            await bot.set_my_commands(bot_commands())
            await bot.set_webhook(
                url=str(settings.webhook_url),
                secret_token=secret_token,
                allowed_updates=Update.ALL_TYPES,
                max_connections=options.max_connections,
            )
        jobs = asyncio.create_task(worker.run_jobs(leader, options, settings.retention_days))
        log.info("webhook worker listening on %s:%d", options.listen, settings.listen_port)
        await stop.wait()
    finally:
        server.stop()  # no new connections; those in progress finish below
        deadline = time.monotonic() + SHUTDOWN_GRACE
        while worker.in_flight and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if jobs is not None:
            jobs.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await jobs
        await leader.close()
        await bot.shutdown()
        await store.close()
    return 0


def run_worker(settings: Settings, token: str) -> int:
    if settings.user_id_hash_secret is None:
        raise SystemExit(
            "USER_ID_HASH_SECRET est obligatoire avec DATABASE_URL : tous les workers doivent hacher les "
            "identifiants avec le même secret / all workers must share USER_ID_HASH_SECRET"
        )
    return asyncio.run(serve(settings, token))
