"""Reminders sent by the job, token-free logging."""

from __future__ import annotations

import io
import logging
from datetime import date

from bot.logging_setup import RedactTokens, setup_logging
from tests.bot.test_telegram_inprocess import TOKEN, _harness


async def test_due_reminders_are_sent_once_and_marked_sent():
    async for tg in _harness():
        store = tg.front.conversation.store
        await store.add_reminder(
            "u-" + "b" * 62,
            555,
            date(2020, 1, 1),
            "bot.letter.reminder_text",
            {"what": "Réponse RGPD", "due": "01/01/2020"},
        )
        context = type("Ctx", (), {"bot": tg.app.bot})()
        await tg.front.send_due_reminders(context)
        [payload] = tg.api.sent()
        assert "Rappel : échéance du 01/01/2020, pour Réponse RGPD" in payload["text"]
        await tg.front.send_due_reminders(context)
        assert len(tg.api.sent()) == 1


def test_logging_never_prints_the_token_or_exception_texts():
    stream = io.StringIO()
    setup_logging("DEBUG", token=TOKEN, stream=stream)
    try:
        logging.getLogger("httpx").warning("POST https://api.telegram.org/bot%s/sendMessage", TOKEN)
        logging.getLogger("bot.x").warning("another token 987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ here")
        try:
            raise ValueError("user said: mon IBAN FR76")
        except ValueError:
            logging.getLogger("bot.x").exception("failed")
        logging.getLogger("telegram.ext").debug("update with user text")  # held at WARNING
    finally:
        logging.getLogger().handlers.clear()
    logged = stream.getvalue()
    assert TOKEN not in logged and "987654321:Z" not in logged
    assert logged.count("[token]") == 2
    assert "FR76" not in logged and "ValueError" in logged
    assert "update with user text" not in logged


def test_redaction_of_a_configured_token_of_any_shape():
    assert RedactTokens(("abc-secret",)).redact("x abc-secret y") == "x [token] y"
