"""The fake Bot API speaks well enough for PTB 22: checked with PTB's own Bot (real HTTP layer, loopback)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, RetryAfter

from tests.load.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.file_url) as client:
        yield client


async def test_messages_buttons_and_documents_are_recorded_as_sent(api: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Menu", callback_data="m:menu")]])
    message = await bot.send_message(
        42, "<b>Numéro</b> 04 72 80 14 14", parse_mode="HTML", reply_markup=markup
    )
    assert message.chat.id == 42 and message.text == "<b>Numéro</b> 04 72 80 14 14"
    doc = await bot.send_document(42, InputFile(b"%PDF-1.4 lettre", filename="lettre.pdf"))
    assert doc.document is not None and doc.document.file_name == "lettre.pdf"
    sent = api.messages(42)
    assert [(s.method, s.buttons) for s in sent] == [("sendMessage", ("m:menu",)), ("sendDocument", ())]
    assert sent[1].document == "lettre.pdf" and sent[1].document_size == len(b"%PDF-1.4 lettre")
    assert await bot.send_chat_action(42, "typing") is True
    assert api.unknown_methods == []


async def test_files_can_be_fetched(api: FakeBotApi, bot: Bot) -> None:
    api.files["photo-1"] = b"\x89PNG fake"
    file = await bot.get_file("photo-1")
    assert bytes(await file.download_as_bytearray()) == b"\x89PNG fake"


async def test_long_poll_wakes_on_a_new_update_and_offsets_confirm(api: FakeBotApi, bot: Bot) -> None:
    async def later() -> None:
        await asyncio.sleep(0.2)
        api.send_text(7, "bonjour")

    started = time.monotonic()
    task = asyncio.create_task(later())
    [update] = await bot.get_updates(timeout=5)
    await task
    assert 0.15 <= time.monotonic() - started < 2.0
    assert update.message is not None and update.message.text == "bonjour"
    api.press(7, "m:menu")
    updates = await bot.get_updates(offset=update.update_id + 1, timeout=0)
    assert [u.callback_query.data for u in updates if u.callback_query] == ["m:menu"]
    assert api.confirmed_below == update.update_id + 1 and api.pending_updates() == 1


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter text
async def test_fault_knobs_answer_429_with_retry_after_then_5xx(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next("sendMessage", 1, 429, retry_after=1)
    api.fail_next("sendMessage", 1, 502)
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "a")
    with pytest.raises(NetworkError):
        await bot.send_message(1, "b")
    await bot.send_message(1, "c")
    assert [s.text for s in api.messages(1)] == ["c"]
