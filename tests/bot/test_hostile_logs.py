"""The bot token and what users write never reach the logs, even at DEBUG, even when a handler fails.

The Telegram adapter runs in-process through python-telegram-bot's real HTTP layer against a fake Bot API
(``httpx.MockTransport``). Logging is configured the way ``verif-recouvrement bot`` does it
(``bot.logging_setup.setup_logging``), at DEBUG. Records are captured raw (a handler placed before the
bot's own) and as written out (the bot's stream).
"""

from __future__ import annotations

import contextlib
import io
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from telegram import Update

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.logging_setup import RedactTokens, setup_logging
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.telegram_app import TelegramFront
from tests.bot.test_telegram_inprocess import DATE, BrokenServices, FakeBotApi
from tests.chat_harness import memory_store
from tests.offline_telegram import offline_application

TOKEN = "918273645:HOSTILEtokenZZqq_SECRET-value42"
TOKEN_SECRET_PART = TOKEN.split(":")[1]
MARKER = "quintrelle"  # in every user text, in several forms; found case-insensitively
USER_TEXTS = [
    "Bonjour, je suis Zoé Quintrelle, ils m'appellent le dimanche",
    "https://QUINTRELLE-paiement.top/regler?dossier=7731",
    "04 72 80 14 14 de la part de Quintrelle",
    "Réglez 245 EUR sur FR76 3000 6000 0112 3456 7890 189 sinon huissier — quintrelle",
    "<b>quintrelle</b> '); DROP TABLE reports;--",
]
CHATTY = ("httpx", "httpcore", "telegram", "apscheduler", "aiosqlite", "asyncio")


class RawRecords(logging.Handler):
    """Every record as created, before any filter of the bot's own handler rewrites it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        parts = [record.name, str(record.msg), repr(record.args), record.exc_text or ""]
        with contextlib.suppress(Exception):  # a malformed record is still inspected through msg and args
            parts.append(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            parts.append("".join(traceback.format_exception(record.exc_info[1])))
        self.texts.append("\n".join(parts))


def leaks(text: str) -> list[str]:
    found = []
    if TOKEN_SECRET_PART in text:
        found.append("token")
    if MARKER in text.lower():
        found.append("user text")
    return found


@pytest.fixture
def logs() -> Iterator[tuple[RawRecords, io.StringIO]]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, {n: logging.getLogger(n).level for n in CHATTY})
    stream = io.StringIO()
    setup_logging("DEBUG", token=TOKEN, stream=stream)
    raw = RawRecords()
    root.handlers.insert(0, raw)
    try:
        yield raw, stream
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def _chat(services: DefaultServices, api: FakeBotApi) -> None:
    front = TelegramFront(
        Conversation(services, await memory_store()), KeyedHasher("k" * 32), RateLimiter(100)
    )
    app = offline_application(front, TOKEN, api.handler)
    async with app:
        assert app.post_init is not None
        await app.post_init(app)  # setMyCommands, through the token-bearing URL
        for number, text in enumerate([*USER_TEXTS, "/menu"], start=1):
            message: dict[str, Any] = {
                "message_id": number,
                "date": DATE,
                "chat": {"id": 4242, "type": "private"},
                "from": {"id": 4243, "is_bot": False, "first_name": "Quintrelle", "username": "quintrelle_z"},
                "text": text,
            }
            await app.process_update(Update.de_json({"update_id": number, "message": message}, app.bot))


async def test_at_debug_no_record_carries_the_token_or_a_user_text(
    logs: tuple[RawRecords, io.StringIO],
) -> None:
    raw, stream = logs
    api = FakeBotApi()
    await _chat(DefaultServices(), api)
    await _chat(BrokenServices(), api)  # every check raises, quoting the user's text in its message
    assert any("quelque chose n'a pas marché" in text for text in api.texts)
    assert any("RuntimeError" in text for text in raw.texts), "the failure was not logged at all"
    for text in raw.texts:
        assert not leaks(text), text[:300]
    written = stream.getvalue()
    assert "RuntimeError" in written
    assert not leaks(written), written[:2000]


async def test_library_loggers_forced_to_debug_still_write_neither_token_nor_texts(
    logs: tuple[RawRecords, io.StringIO],
) -> None:
    """An operator who turns httpx/telegram up to DEBUG: their records quote URLs and replies; none is written."""
    raw, stream = logs
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.DEBUG)
    await _chat(BrokenServices(), FakeBotApi())
    await _chat(DefaultServices(), FakeBotApi())
    assert any("token" in leaks(text) for text in raw.texts), (
        "the libraries did not log the token-bearing URL: this test no longer exercises redaction"
    )
    written = stream.getvalue()
    assert not leaks(written), [line for line in written.splitlines() if leaks(line)][:5]


def test_redaction_covers_args_exceptions_and_any_telegram_shaped_token() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactTokens((TOKEN,)))
    logger = logging.getLogger("verif.hostile.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        logger.error("url %s", f"https://api.telegram.org/bot{TOKEN}/getMe")
        logger.error("other bot 123456:%s", "A" * 35)
        try:
            raise ValueError(f"user wrote {MARKER} and token {TOKEN}")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "[token]" in written and "ValueError" in written
    assert "A" * 35 not in written
    assert not leaks(written), written
