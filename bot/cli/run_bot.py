"""``verif-recouvrement bot``: Telegram when TELEGRAM_BOT_TOKEN is set, the terminal chat otherwise."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from bot.settings import Settings

# Settings (pydantic-settings), the conversation, the store and python-telegram-bot are imported when the
# bot starts, not when the command line is built: `check` and the other commands never need them.

DEFAULT_POLL_INTERVAL = 0.0  # getUpdates long-polls: any pause only delays the next batch


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "bot",
        help="lancer le chatbot (Telegram si TELEGRAM_BOT_TOKEN est défini, sinon le chat dans le terminal)",
        description="Lance le chatbot. Sans TELEGRAM_BOT_TOKEN, ouvre le même dialogue dans le terminal.",
    )
    parser.add_argument("--terminal", action="store_true", help="forcer le chat dans le terminal")
    parser.add_argument("--env-file", default=".env", help="fichier d'environnement (défaut : .env)")
    parser.add_argument(
        "--poll-interval",
        type=float,
        default=DEFAULT_POLL_INTERVAL,
        help="pause en secondes entre deux appels getUpdates (défaut : %(default)s ; getUpdates attend "
        "lui-même les messages, une pause ne ferait que retarder les réponses ; utile seulement face à un "
        "serveur sans long polling)",
    )
    parser.add_argument(
        "--echo",
        action="store_true",
        help="terminal : réafficher ce qui est lu (utile avec une entrée redirigée)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    # No garbage collection while starting: what is imported and loaded now lives as long as the bot, and
    # collections walking it took ≈ 50 ms of the start-up. Collection resumes before the first update.
    gc.disable()
    try:
        return _start(args, settings)
    finally:
        gc.enable()


def _start(args: argparse.Namespace, settings: Settings) -> int:
    import knowledge

    try:  # bad data fails here, naming the file and the field, never in a conversation
        knowledge.load_all()
    except knowledge.KnowledgeError as exc:
        print(exc, file=sys.stderr)
        return 2
    from bot.logging_setup import setup_logging

    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    setup_logging(settings.log_level if token else "WARNING", token=token)
    if token is None or args.terminal:
        import asyncio

        return asyncio.run(_terminal(settings, echo=args.echo or not sys.stdin.isatty()))
    return _telegram(settings, token, args.poll_interval)


async def _terminal(settings: Settings, *, echo: bool) -> int:
    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.privacy import KeyedHasher
    from bot.store.factory import open_configured_store
    from bot.terminal import TerminalChat, paste_reader

    secret = settings.hash_secret()
    store = await open_configured_store(settings, secret=secret)
    try:
        conversation = Conversation(DefaultServices(), store, retention_days=settings.retention_days)
        user_key = KeyedHasher(secret).user_key(0)  # the one local user of this terminal
        chat = TerminalChat(conversation, user_key, out=sys.stdout, echo=echo)
        gc.enable()
        if sys.stdin.isatty():
            return await chat.run(paste_reader(sys.stdin.fileno(), sys.stdout))
        return await chat.run(sys.stdin.readline)
    finally:
        await store.close()


#: Typical first inputs, answered once at start-up on a throwaway in-memory store (see ``_warm_up``).
WARM_UP_INPUTS = (
    "/start",
    "06 12 34 56 78",
    "https://exemple-recouvrement.fr/regler",
    "Votre dette de 450 EUR doit etre reglee sous 48h, sinon huissier. Appelez le 09 70 80 90 10",
    "ma dette est elle prescrite ?",
    "ils m'appellent le dimanche c'est legal ?",
)


async def _warm_up() -> int:
    """Answer a few typical inputs on a throwaway in-memory store before taking updates: nothing is kept or
    sent. Returns how many got an answer.

    The knowledge is already loaded (``_start``), but the first inputs still paid for building tables and
    compiling patterns on first use (first user's 5 inputs: 302 ms, then 16-20 ms per user, measured under
    load), and every chat that wrote meanwhile waited behind them: with 50 users at once after a start, the
    first answers took seconds. This moves that work before the first ``getUpdates``.
    """
    import secrets

    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.conversation.model import UserInput
    from bot.privacy import KeyedHasher
    from bot.store.sqlite import open_store

    secret = secrets.token_hex(32)
    store = await open_store(":memory:", secret=secret)
    try:
        conversation = Conversation(DefaultServices(), store)
        user_key = KeyedHasher(secret).user_key(1)
        answered = 0
        for text in WARM_UP_INPUTS:
            answered += bool(await conversation.handle(user_key, UserInput.of_text(text), chat_id=1))
        return answered
    finally:
        await store.close()


def _telegram(settings: Settings, token: str, poll_interval: float) -> int:
    if settings.webhook_url and settings.database_url:  # several workers behind a load balancer
        from bot.webhook_worker import run_worker

        gc.enable()
        return run_worker(settings, token)
    import asyncio

    from telegram import Update

    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.privacy import KeyedHasher
    from bot.ratelimit import RateLimiter
    from bot.store.factory import open_configured_store
    from bot.telegram_app import TelegramFront, build_application

    secret = settings.hash_secret()
    # The store is opened on the event loop PTB then runs (an SQLite connection belongs to one loop): PTB's
    # run_polling / run_webhook take the current loop. The front owns it from here; PTB's shutdown closes it.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(_warm_up())
    store = loop.run_until_complete(open_configured_store(settings, secret=secret))
    conversation = Conversation(DefaultServices(), store, retention_days=settings.retention_days)
    front = TelegramFront(conversation, KeyedHasher(secret), RateLimiter(settings.rate_limit_per_minute))
    app = build_application(
        front,
        token,
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_api_file_url,
        retention_days=settings.retention_days,
    )
    gc.enable()
    if settings.webhook_url:
        secret_token = (
            settings.webhook_secret_token.get_secret_value() if settings.webhook_secret_token else None
        )
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.listen_port,
            url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=secret_token,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(poll_interval=poll_interval, allowed_updates=Update.ALL_TYPES)
    return 0
