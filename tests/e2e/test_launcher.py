"""The launcher closes the emulator's five gaps: a plain PTB 22 application polls it without a single error.

Each test drives a small echo bot of its own (real ``Application``, real HTTP, real polling) through the
user side of the emulator, so a regression in ``launcher.js`` shows up here, not as a timeout of the bot's
end-to-end tests.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.e2e.conftest import POLL_EVERY, Chat, Launcher, bot_calls, new_token, start_launcher

PDF = b"%PDF-1.4\n% lettre de test\n%%EOF\n"
COMMANDS = [BotCommand("start", "Présentation"), BotCommand("annuler", "Tout arrêter")]


@dataclass
class Seen:
    """What the echo bot observed; ``errors`` must stay empty."""

    errors: list[BaseException] = field(default_factory=list)
    results: dict[str, Any] = field(default_factory=dict)
    queries: list[Any] = field(default_factory=list)


def echo_app(url: str, token: str, seen: Seen) -> Application:  # type: ignore[type-arg]
    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        seen.results["set_my_commands"] = await app.bot.set_my_commands(COMMANDS)

    async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_chat is not None
        chat_id, text = update.effective_chat.id, update.effective_message.text or ""
        seen.results["user_date"] = update.effective_message.date
        seen.results["typing"] = await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        if text == "lettre":
            sent = await context.bot.send_document(chat_id, InputFile(PDF, filename="lettre.pdf"))
            seen.results["document"] = sent.document
            return
        if text == "inconnu":
            try:
                await context.bot.get_chat(chat_id)
            except BadRequest as exc:
                seen.results["unsupported"] = exc
            await context.bot.send_message(chat_id, "méthode refusée proprement")
            return
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="oui")]])
        reply = await update.effective_message.reply_text(
            f"<b>écho</b> : {text}",
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
        seen.results["reply_date"] = reply.date
        seen.results["reply"] = reply

    async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.message is not None
        seen.queries.append(query)
        seen.results["answer"] = await query.answer("reçu")
        seen.results["edit_text"] = await query.edit_message_text("choisi : oui")
        seen.results["edit_markup"] = await query.edit_message_reply_markup(None)
        sent = await context.bot.send_message(query.message.chat.id, "à supprimer")
        seen.results["delete"] = await sent.delete()
        await context.bot.send_message(query.message.chat.id, f"bouton {query.data} traité")

    async def on_error(_update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        seen.errors.append(context.error)

    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{url}/bot")
        .base_file_url(f"{url}/file/bot")
        .post_init(post_init)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_error_handler(on_error)
    return app


@dataclass
class EchoBot:
    app: Application  # type: ignore[type-arg]
    token: str
    seen: Seen


@pytest.fixture
async def echo_bot(emulator: Launcher) -> AsyncIterator[EchoBot]:
    token = new_token()
    seen = Seen()
    app = echo_app(emulator.url, token, seen)
    await app.initialize()  # getMe: fails without is_bot (gap 1)
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=POLL_EVERY)
    await app.start()
    try:
        yield EchoBot(app, token, seen)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert seen.errors == [], f"the echo bot hit errors: {seen.errors!r}"


@pytest.fixture
def chat(echo_bot: EchoBot, new_chat: Callable[[str], Chat]) -> Chat:
    return new_chat(echo_bot.token)


async def test_ptb_initialises_against_the_emulator(echo_bot: EchoBot) -> None:
    """Gap 1: getMe carries is_bot, so ``Application.initialize()`` gets a proper bot user."""
    me = echo_bot.app.bot.bot
    assert me.is_bot is True
    assert me.username == "TestNameBot"


async def test_a_message_round_trip_keeps_dates_in_seconds(echo_bot: EchoBot, chat: Chat) -> None:
    """Gap 2: the bot's own sendMessage result comes back with a date PTB can parse."""
    await chat.send("bonjour <toi>")
    reply = await chat.wait_for_text("écho")
    assert reply.text == "<b>écho</b> : bonjour <toi>"  # exactly what PTB sent; no rewriting on the way
    assert reply.parse_mode == "HTML"
    assert reply.buttons == [("Oui", "oui")]
    sent_at, user_at = echo_bot.seen.results["reply_date"], echo_bot.seen.results["user_date"]
    assert sent_at.year == user_at.year and abs((sent_at - user_at).total_seconds()) < 60


async def test_the_sent_message_comes_back_as_a_proper_message(echo_bot: EchoBot, chat: Chat) -> None:
    """Gap 6: the emulator echoes request parameters (link_preview_options as a string); PTB needs a Message."""
    await chat.send("aperçu")
    raw = await chat.wait_for_text("écho")
    assert raw.raw["link_preview_options"] == '{"is_disabled": true}'  # what PTB sent, form-encoded
    reply = echo_bot.seen.results["reply"]
    assert reply.message_id == raw.message_id
    assert reply.link_preview_options == LinkPreviewOptions(is_disabled=True)
    assert reply.from_user is not None and reply.from_user.is_bot
    assert reply.reply_markup is not None and reply.reply_markup.inline_keyboard[0][0].callback_data == "oui"


async def test_a_user_date_in_milliseconds_is_brought_back_to_seconds(echo_bot: EchoBot, chat: Chat) -> None:
    await chat.send("daté en millisecondes", date=1_795_000_000_000)
    await chat.wait_for_text("écho")
    assert echo_bot.seen.results["user_date"].year == 2026


async def test_a_button_press_is_parsed_and_answered(echo_bot: EchoBot, chat: Chat) -> None:
    """Gaps 3 and 4: callback queries carry chat_instance; answer, edits and delete return True."""
    await chat.send("menu")
    menu = await chat.wait_for_text("écho")
    await chat.press(menu, "Oui")
    await chat.wait_for_text("bouton oui traité")
    (query,) = echo_bot.seen.queries
    assert query.chat_instance
    assert query.from_user.id == chat.chat_id
    assert query.message.message_id == menu.message_id
    results = echo_bot.seen.results
    assert results["answer"] is True
    assert results["edit_text"] is True
    assert results["edit_markup"] is True
    assert results["delete"] is True


async def test_commands_and_chat_actions_are_accepted(
    echo_bot: EchoBot, chat: Chat, http: httpx.AsyncClient
) -> None:
    """Gap 5, harmless methods: True instead of an HTTP 500 PTB would retry; commands are kept."""
    assert echo_bot.seen.results["set_my_commands"] is True
    assert await echo_bot.app.bot.get_my_commands() == tuple(COMMANDS)
    await chat.send("salut")
    await chat.wait_for_text("écho")
    assert echo_bot.seen.results["typing"] is True
    calls = await bot_calls(http, echo_bot.token)
    assert calls[:3] == ["getMe", "setMyCommands", "deleteWebhook"]
    assert "sendChatAction" in calls


async def test_a_document_is_stored_and_can_be_downloaded(echo_bot: EchoBot, chat: Chat) -> None:
    """Gap 5, files: sendDocument is recorded for the user side, getFile and the download work."""
    await chat.send("lettre")
    message = await chat.wait_for_reply(lambda m: m.document is not None)
    assert message.document is not None
    assert message.document["file_name"] == "lettre.pdf"
    assert message.document["file_size"] == len(PDF)
    sent = echo_bot.seen.results["document"]
    assert sent.file_id == message.document["file_id"]
    file = await echo_bot.app.bot.get_file(sent.file_id)
    assert bytes(await file.download_as_bytearray()) == PDF


async def test_an_unsupported_method_is_a_bad_request_not_a_retry(echo_bot: EchoBot, chat: Chat) -> None:
    """Gap 5, the rest: a Bot-API-style 400 (PTB raises BadRequest at once) instead of a 500."""
    await chat.send("inconnu")
    await chat.wait_for_text("méthode refusée proprement")
    error = echo_bot.seen.results["unsupported"]
    assert isinstance(error, BadRequest)
    assert "getchat is not supported" in str(error).casefold()


async def test_an_update_for_another_chat_does_not_leak(
    echo_bot: EchoBot, new_chat: Callable[[str], Chat]
) -> None:
    first, second = new_chat(echo_bot.token), new_chat(echo_bot.token)
    await first.send("pour le premier")
    await second.send("pour le second")
    assert (await second.wait_for_text("écho")).text.endswith("pour le second")
    assert (await first.wait_for_text("écho")).text.endswith("pour le premier")
    assert [m.text for m in first.seen] == ["<b>écho</b> : pour le premier"]


@pytest.mark.parametrize("how", ["sigterm", "stdin closed"])
def test_the_launcher_exits_cleanly(how: str) -> None:
    launcher = start_launcher()
    process = launcher.process
    assert httpx.post(f"{launcher.url}/bot1:x/getMe", timeout=5).json()["result"]["is_bot"] is True
    if how == "sigterm":
        process.send_signal(signal.SIGTERM)
    else:
        assert process.stdin is not None
        process.stdin.close()
    try:
        assert process.wait(timeout=5) == 0
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    finally:
        launcher.stop()
