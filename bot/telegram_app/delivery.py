"""Getting messages to Telegram: each Bot API call retried when Telegram says "later", calls bounded in flight.

A reply is sent as escaped HTML chunks then its documents, the buttons on the last message; each message is
one call retried by ``deliver``, so a retry never repeats an earlier part of a reply.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

from telegram import Bot, InputFile
from telegram._utils.types import ODVInput
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.conversation.model import Reply
from bot.telegram_app.rendering import NO_PREVIEW_DATA, keyboard, keyboard_data, split_html
from bot.wrapped_request import WrappedRequest

log = logging.getLogger(__name__)
T = TypeVar("T")

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
NETWORK_BACKOFF = 0.5  # seconds before the second try after a 5xx or a refused connection, doubled each time


async def send_reply(bot: Bot, chat_id: int, reply: Reply) -> None:
    """Escaped HTML, no link preview, cut under Telegram's limit; each message retried by ``deliver``."""
    chunks = split_html(reply.text)
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        markup = keyboard_data(reply) if last and not reply.documents else None
        await deliver(lambda chunk=chunk, markup=markup: send_html(bot, chat_id, chunk, markup))  # type: ignore[misc]
    for index, document in enumerate(reply.documents):
        last = index == len(reply.documents) - 1
        await deliver(
            lambda document=document, last=last: bot.send_document(  # type: ignore[misc]
                chat_id,
                InputFile(document.content, filename=document.filename),
                reply_markup=keyboard(reply) if last else None,
            )
        )


async def send_html(bot: Bot, chat_id: int, html: str, markup: dict[str, Any] | None) -> None:
    """One ``sendMessage`` (HTML, no link preview), Telegram's answer not turned into a ``Message``.

    ``Bot.send_message`` parses the sent message Telegram returns into PTB objects, ~0.37 ms of CPU per
    message that nothing here reads (a tenth of the bot's CPU per input under load). ``Bot._post`` is the
    request path ``send_message`` itself ends in (private, unchanged through PTB 20-22; the version is pinned
    below 23): same parameters, same errors (``RetryAfter``, ``NetworkError``…), only no parsing. The keyboard
    and preview options come as ready JSON (``keyboard_data``): PTB would convert the objects on every call.
    """
    await bot._post(
        "sendMessage",
        {
            "chat_id": chat_id,
            "text": html,
            "parse_mode": ParseMode.HTML,
            "link_preview_options": NO_PREVIEW_DATA,
            "reply_markup": markup,
        },
    )


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


class BoundedRequest(WrappedRequest):
    """At most ``limit`` Bot API calls in flight; the others wait here, in order, not inside httpcore.

    httpcore rescans every queued request against every connection each time one is assigned or released
    (with a socket check per idle connection): requests left to queue there cost the bot more CPU the more
    users wait. Waiting on a semaphore costs nothing.
    """

    def __init__(self, inner: BaseRequest, limit: int) -> None:
        super().__init__(inner)
        self._slots = asyncio.Semaphore(limit)

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
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
