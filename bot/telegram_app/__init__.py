"""Telegram adapter (python-telegram-bot 22, async): updates in, the conversation core, messages out.

Everything Telegram-specific lives in this package, one module per concern:

- ``inputs``: a Telegram message as a ``UserInput`` (text, forwarded origin, screenshot, unsupported kinds);
- ``rendering``: a ``Reply`` as escaped HTML (parse_mode HTML, all dynamic text escaped) cut under 4096
  characters on paragraph boundaries, its buttons, no link preview, the French command list;
- ``delivery``: each Bot API call retried after 429/5xx, calls bounded in flight (``BoundedRequest``);
- ``journal``: nothing lost (pending-input journal, restart notices), nothing answered twice (processed marks);
- ``jobs``: reminders read from the store (they survive restarts) and the retention purge;
- ``front``: ``TelegramFront``, one update through the rate limit, the user's lock and the conversation, and
  the error handler that logs neither the token nor the user's text and tells the user something failed;
- ``application``: ``build_application``, the PTB wiring with its handlers registered explicitly.

The names other modules and tests use are re-exported here.
"""

from bot.telegram_app.application import build_application
from bot.telegram_app.delivery import (
    MAX_RETRY_AFTER,
    NETWORK_BACKOFF,
    SEND_ATTEMPTS,
    SEND_CONNECTIONS,
    SEND_POOL_TIMEOUT,
    BoundedRequest,
    deliver,
    send_reply,
)
from bot.telegram_app.front import TYPING_AFTER, TelegramFront
from bot.telegram_app.inputs import MAX_IMAGE_BYTES, input_of, origin_name
from bot.telegram_app.jobs import PURGE_INTERVAL_SECONDS, REMINDER_INTERVAL_SECONDS
from bot.telegram_app.journal import JournalingQueue
from bot.telegram_app.rendering import (
    COMMANDS,
    NO_PREVIEW,
    TELEGRAM_LIMIT,
    bot_commands,
    keyboard,
    split_html,
)

__all__ = [
    "COMMANDS",
    "MAX_IMAGE_BYTES",
    "MAX_RETRY_AFTER",
    "NETWORK_BACKOFF",
    "NO_PREVIEW",
    "PURGE_INTERVAL_SECONDS",
    "REMINDER_INTERVAL_SECONDS",
    "SEND_ATTEMPTS",
    "SEND_CONNECTIONS",
    "SEND_POOL_TIMEOUT",
    "TELEGRAM_LIMIT",
    "TYPING_AFTER",
    "BoundedRequest",
    "JournalingQueue",
    "TelegramFront",
    "bot_commands",
    "build_application",
    "deliver",
    "input_of",
    "keyboard",
    "origin_name",
    "send_reply",
    "split_html",
]
