"""The aiohttp request keeps PTB's request contract: what reaches the server, and which error each failure is."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram_app.aiohttp_request import AiohttpRequest
from tests.load.fake_bot_api import FakeBotApi

pytestmark = pytest.mark.timeout(30)
TOKEN = "123456:LOADtestTOKENabcdefghijklmnopqrstuvw"
OK_ME = (
    b'{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"V","username":"verif_bot"}}'  # getMe's answer
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    client = Bot(
        api.token,
        base_url=api.base_url,
        base_file_url=api.file_url,
        request=AiohttpRequest(4),
        get_updates_request=AiohttpRequest(1),
    )
    async with client:
        yield client


async def test_messages_buttons_documents_files_and_long_polls_go_through(api: FakeBotApi, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Prescrit ?", callback_data="p:t:telecom")]])
    text = "<b>Numéro</b> 04 72 80 14 14 : c'est légal & sûr ?"
    message = await bot.send_message(42, text, parse_mode="HTML", reply_markup=markup)
    assert message.text == text
    document = await bot.send_document(42, InputFile(b"%PDF-1.4 lettre", filename="lettre.pdf"))
    assert document.document is not None and document.document.file_name == "lettre.pdf"
    sent = api.messages(42)
    assert [(s.method, s.buttons) for s in sent] == [("sendMessage", ("p:t:telecom",)), ("sendDocument", ())]
    assert sent[1].document_size == len(b"%PDF-1.4 lettre")
    api.files["capture-1"] = b"\x89PNG capture"
    file = await bot.get_file("capture-1")
    assert bytes(await file.download_as_bytearray()) == b"\x89PNG capture"
    api.send_text(7, "bjr c vrai ce sms ?")
    [update] = await bot.get_updates(timeout=5)
    assert update.message is not None and update.message.text == "bjr c vrai ce sms ?"
    assert api.unknown_methods == []


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter text
async def test_429_is_retry_after_and_5xx_a_network_error(api: FakeBotApi, bot: Bot) -> None:
    api.fail_next("sendMessage", 1, 429, retry_after=1)
    api.fail_next("sendMessage", 1, 502)
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "a")
    with pytest.raises(NetworkError):
        await bot.send_message(1, "b")
    await bot.send_message(1, "c")
    assert [s.text for s in api.messages(1)] == ["c"]


async def test_a_refused_connection_is_a_network_error_not_a_time_out() -> None:
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        assert not isinstance(caught.value, TimedOut)
    finally:
        await request.shutdown()


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def _serving(handler: Handler) -> AsyncIterator[str]:
    """A loopback server running ``handler`` per connection; every connection closed at the end."""
    writers: list[asyncio.StreamWriter] = []

    async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            await handler(reader, writer)

    server = await asyncio.start_server(tracked, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()
        for writer in writers:
            writer.close()
        await server.wait_closed()


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readuntil(b"\r\n\r\n")
    await reader.read()  # never answers: waits until the client gives up and closes


async def test_a_server_that_does_not_answer_is_a_time_out() -> None:
    request = AiohttpRequest(1, read_timeout=0.3)
    await request.initialize()
    try:
        async with _serving(_silent) as base:
            with pytest.raises(TimedOut):
                await request.post(f"{base}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()


async def test_waiting_too_long_for_a_free_connection_is_a_time_out() -> None:
    request = AiohttpRequest(1, read_timeout=3.0, pool_timeout=0.2)
    await request.initialize()
    try:
        async with _serving(_silent) as base:
            busy = asyncio.create_task(request.post(f"{base}/bot{TOKEN}/getMe"))
            await asyncio.sleep(0.2)  # the one connection is taken
            with pytest.raises(TimedOut):
                await request.post(f"{base}/bot{TOKEN}/getMe")
            busy.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await busy
    finally:
        await request.shutdown()


async def test_a_call_before_initialize_is_refused() -> None:
    with pytest.raises(NetworkError, match="not initialized"):  # PTB wraps it, as for its own HTTPXRequest
        await AiohttpRequest(1).post(f"http://127.0.0.1:9/bot{TOKEN}/getMe")


async def test_the_proxy_from_the_environment_is_used_unless_no_proxy_names_the_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request_lines: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        request_lines.append(head.split(b"\r\n", 1)[0])
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            ),
            0,
        )
        await reader.readexactly(length)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(OK_ME), OK_ME))
        await writer.drain()
        writer.close()

    async with _serving(proxy) as base:
        await _through_proxy_unless_no_proxy(monkeypatch, base, request_lines)


async def _through_proxy_unless_no_proxy(
    monkeypatch: pytest.MonkeyPatch, base: str, request_lines: list[bytes]
) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", base)
    url = f"http://api.telegram.invalid/bot{TOKEN}/getMe"
    request = AiohttpRequest(1, connect_timeout=2.0)
    await request.initialize()
    try:
        me = await request.post(url)
        assert isinstance(me, dict) and me["username"] == "verif_bot"
        assert request_lines == [f"POST {url} HTTP/1.1".encode()]
    finally:
        await request.shutdown()
    monkeypatch.setenv("NO_PROXY", "api.telegram.invalid")
    direct = AiohttpRequest(1, connect_timeout=2.0)
    await direct.initialize()
    try:
        with pytest.raises(NetworkError):  # straight to a host that does not exist: never through the proxy
            await direct.post(url)
        assert len(request_lines) == 1
    finally:
        await direct.shutdown()


def test_a_keyboard_sent_as_ready_json_is_what_ptb_would_send() -> None:
    from bot.conversation.model import Button, Reply
    from bot.telegram_app.rendering import keyboard, keyboard_data

    menu = [[Button(label="Que faire ?", data="n:todo"), Button(label="Signaler", data="n:report")]]
    reply = Reply(text="Numéro inconnu.", buttons=menu)
    markup = keyboard(reply)
    assert markup is not None and keyboard_data(reply) == markup.to_dict()
    assert keyboard_data(Reply(text="ok")) is None
