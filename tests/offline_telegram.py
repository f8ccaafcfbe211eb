"""The bot's real PTB application with every Bot API call answered in process: no socket is ever opened.

``HTTPXRequest`` gets an ``httpx.MockTransport`` around ``handler``, so PTB's whole HTTP layer (URLs with the
token, JSON bodies, error mapping) runs as in production; only the far end is fake. Shared by the tests and
the benchmark that drive ``Application.process_update`` directly.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.telegram_app import TelegramFront, build_application

Handler = Callable[[httpx.Request], httpx.Response]


def offline_request(handler: Handler) -> HTTPXRequest:
    return HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(handler)})


def offline_application(front: TelegramFront, token: str, handler: Handler) -> Application:  # type: ignore[type-arg]
    """``build_application`` pointed at ``handler``, reminders off (tests trigger jobs themselves)."""
    return build_application(
        front,
        token,
        base_url="http://bot-api.invalid/bot",
        base_file_url="http://bot-api.invalid/file/bot",
        request=offline_request(handler),
        get_updates_request=offline_request(handler),
        reminder_interval=0,
    )
