"""A fake Telegram Bot API server on 127.0.0.1, for load and fault tests of the real polling path.

Why our own and not the ``telegram-test-api`` emulator: load needs long polling (the emulator has none), a
timestamp on every reply, files (sendDocument, getFile), and fault knobs (429 with ``retry_after``, 5xx) at
the HTTP level, where PTB sees them exactly as it would from Telegram.

It speaks just enough HTTP/1.1 (keep-alive, Content-Length or chunked bodies) with stdlib asyncio streams: no
dependency. The user side is in-process: ``send_text`` / ``press`` queue updates, ``sent`` lists what the bot
sent (with ``time.monotonic()`` stamps), ``wait_messages`` waits for a chat's n-th message.

What "acknowledged" means with polling is recorded too: ``confirmed_below`` is the offset of the last
``getUpdates`` (every update under it is forgotten, as Telegram does), and ``deliveries`` counts how many
times each update was handed to a bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

BOT_USER = {"id": 7_000_001, "is_bot": True, "first_name": "Vérif", "username": "VerifRecouvrementBot"}
MAX_BODY = 60 * 1024 * 1024
MAX_HEADER_LINES = 100
TRUE_METHODS = {
    "deleteWebhook",
    "setMyCommands",
    "sendChatAction",
    "answerCallbackQuery",
    "deleteMessage",
    "setWebhook",
    "deleteMyCommands",
    "close",
    "logOut",
}


@dataclass(frozen=True)
class Sent:
    """One message the bot sent (or edited), as a user would see it."""

    method: str
    chat_id: int
    message_id: int
    text: str
    buttons: tuple[str, ...]  # callback data of the inline keyboard, row by row flattened
    at: float  # time.monotonic() when the server received it
    document: str = ""  # file name, for sendDocument
    document_size: int = 0


@dataclass
class Fault:
    status: int
    retry_after: int | None = None


@dataclass
class Call:
    method: str
    at: float
    status: int


@dataclass
class FakeBotApi:
    """Start with ``async with FakeBotApi() as api``; point the bot at ``api.base_url`` / ``api.file_url``."""

    token: str = "123456:LOADtestTOKENabcdefghijklmnopqrstuvw"
    host: str = "127.0.0.1"
    max_poll_timeout: float = 2.0  # long polls never hang a test longer than this
    port: int = 0
    sent: list[Sent] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    unknown_methods: list[str] = field(default_factory=list)
    deliveries: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    confirmed_below: int = 0
    files: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []  # not yet confirmed, in id order
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._user_message_ids = itertools.count(1_000_000)
        self._new_update = asyncio.Event()
        self._chats: dict[int, list[Sent]] = defaultdict(list)
        self._chat_events: dict[int, asyncio.Event] = defaultdict(asyncio.Event)
        self._call_event = asyncio.Event()
        self._faults: dict[str, list[Fault]] = defaultdict(list)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()
        self.update_sent_at: dict[int, float] = {}

    # --- lifecycle -------------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeBotApi:
        self._server = await asyncio.start_server(self._serve, self.host, self.port, limit=1 << 20)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._connections):
                writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)
            self._server = None

    @property
    def root(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root}/bot"

    @property
    def file_url(self) -> str:
        return f"{self.root}/file/bot"

    # --- fault knobs -----------------------------------------------------------------------------------

    def fail_next(self, method: str, count: int, status: int, *, retry_after: int | None = None) -> None:
        """Answer the next ``count`` calls of ``method`` with ``status`` (429 carries ``retry_after``)."""
        self._faults[method].extend(Fault(status, retry_after) for _ in range(count))

    def faults_left(self, method: str) -> int:
        return len(self._faults[method])

    # --- user side -------------------------------------------------------------------------------------

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"Usager {user_id}", "language_code": "fr"}

    def _chat(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "type": "private", "first_name": f"Usager {user_id}"}

    def _push(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        update["update_id"] = update_id
        self._updates.append(update)
        self.update_sent_at[update_id] = time.monotonic()
        self._new_update.set()
        return update_id

    def send_text(self, user_id: int, text: str) -> int:
        """A private message typed by ``user_id`` (its chat id is the user id, as in Telegram)."""
        message = {
            "message_id": next(self._user_message_ids),
            "date": int(time.time()),
            "chat": self._chat(user_id),
            "from": self._user(user_id),
            "text": text,
        }
        return self._push({"message": message})

    def press(self, user_id: int, data: str) -> int:
        """A press on an inline button carrying ``data``, under the chat's latest bot message."""
        shown = self._chats.get(user_id) or []
        message_id = shown[-1].message_id if shown else 1
        query = {
            "id": f"q{next(self._update_ids)}",
            "from": self._user(user_id),
            "chat_instance": f"ci{user_id}",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self._chat(user_id),
                "from": BOT_USER,
                "text": shown[-1].text if shown else "…",
            },
        }
        return self._push({"callback_query": query})

    def messages(self, chat_id: int) -> list[Sent]:
        return list(self._chats.get(chat_id, ()))

    def pending_updates(self) -> int:
        return len(self._updates)

    async def wait_messages(self, chat_id: int, count: int, timeout: float) -> list[Sent]:
        """Wait until the chat holds ``count`` messages; return them all (raises TimeoutError)."""
        deadline = time.monotonic() + timeout
        while len(self._chats[chat_id]) < count:
            event = self._chat_events[chat_id]
            event.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"chat {chat_id}: {len(self._chats[chat_id])} of {count} messages")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), left)
        return self.messages(chat_id)

    async def wait_call(self, method: str, timeout: float, *, after: float = 0.0) -> None:
        """Wait for a call of ``method`` received after ``after`` (a monotonic time)."""
        deadline = time.monotonic() + timeout
        while not any(c.method == method and c.at >= after for c in self.calls):
            self._call_event.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {method} call within {timeout} s")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._call_event.wait(), left)

    # --- HTTP ------------------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections.add(writer)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                method_line, headers, body = request
                status, payload, content_type = await self._route(method_line, headers, body)
                head = (
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n"
                    "Connection: keep-alive\r\n\r\n"
                )
                writer.write(head.encode("ascii") + payload)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            return
        except asyncio.CancelledError:  # the server is closing: end this connection quietly
            return
        finally:
            self._connections.discard(writer)
            writer.close()

    async def _route(self, line: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes, str]:
        parts = line.split(" ")
        path = unquote(urlsplit(parts[1] if len(parts) > 1 else "/").path)
        file_prefix = f"/file/bot{self.token}/"
        if path.startswith(file_prefix):
            data = self.files.get(path[len(file_prefix) :])
            if data is None:
                return 404, b"not found", "text/plain"
            return 200, data, "application/octet-stream"
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, _error(401, "Unauthorized"), "application/json"
        method = path[len(prefix) :]
        params, files = _params(headers, body)
        status, payload = await self._call(method, params, files)
        self.calls.append(Call(method, time.monotonic(), status))
        self._call_event.set()
        return status, payload, "application/json"

    async def _call(
        self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> tuple[int, bytes]:
        faults = self._faults.get(method)
        if faults:
            fault = faults.pop(0)
            if fault.retry_after is not None:
                description = f"Too Many Requests: retry after {fault.retry_after}"
                return fault.status, _error(fault.status, description, retry_after=fault.retry_after)
            return fault.status, _error(fault.status, "Internal Server Error")
        if method == "getMe":
            return 200, _ok(BOT_USER)
        if method == "getUpdates":
            return 200, _ok(await self._get_updates(params))
        if method in TRUE_METHODS:
            return 200, _ok(True)
        if method in {"sendMessage", "editMessageText", "editMessageReplyMarkup"}:
            return 200, _ok(self._record(method, params))
        if method == "sendDocument":
            name, data = files.get("document", ("", b""))
            return 200, _ok(self._record(method, params, document=(name, data)))
        if method == "getFile":
            file_id = str(params.get("file_id", ""))
            size = len(self.files.get(file_id, b""))
            return 200, _ok(
                {"file_id": file_id, "file_unique_id": file_id, "file_size": size, "file_path": file_id}
            )
        self.unknown_methods.append(method)
        return 400, _error(400, f"Bad Request: method {method} is not faked")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = min(float(params.get("timeout") or 0), self.max_poll_timeout)
        if offset > 0:
            self.confirmed_below = max(self.confirmed_below, offset)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while not self._updates:
            self._new_update.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), left)
        batch = self._updates[:limit]
        for update in batch:
            self.deliveries[update["update_id"]] += 1
        return batch

    def _record(
        self, method: str, params: dict[str, Any], *, document: tuple[str, bytes] | None = None
    ) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        markup = _json(params.get("reply_markup"))
        buttons = tuple(
            str(b.get("callback_data", ""))
            for row in (markup or {}).get("inline_keyboard", [])
            for b in row
            if isinstance(b, dict)
        )
        editing = method.startswith("edit")
        message_id = int(params.get("message_id", 0)) if editing else next(self._message_ids)
        sent = Sent(
            method=method,
            chat_id=chat_id,
            message_id=message_id,
            text=str(params.get("text", params.get("caption", ""))),
            buttons=buttons,
            at=time.monotonic(),
            document=document[0] if document else "",
            document_size=len(document[1]) if document else 0,
        )
        self.sent.append(sent)
        self._chats[chat_id].append(sent)
        self._chat_events[chat_id].set()
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": BOT_USER,
        }
        if document:
            message["document"] = {
                "file_id": f"doc{message_id}",
                "file_unique_id": f"doc{message_id}",
                "file_name": document[0],
                "file_size": len(document[1]),
            }
        else:
            message["text"] = sent.text
        if markup:
            message["reply_markup"] = markup
        return message


def _ok(result: object) -> bytes:
    return json.dumps({"ok": True, "result": result}).encode()


def _error(code: int, description: str, *, retry_after: int | None = None) -> bytes:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return json.dumps(body).encode()


def _json(value: object) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes] | None:
    line = await reader.readline()
    if not line:
        return None
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        raw = await reader.readline()
        if raw in {b"\r\n", b"\n", b""}:
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                await reader.readline()
                break
            if len(body) + size > MAX_BODY:
                raise ValueError("body too large")
            body += await reader.readexactly(size)
            await reader.readline()
        return line.decode("latin-1").strip(), headers, bytes(body)
    length = int(headers.get("content-length", "0") or 0)
    if length > MAX_BODY:
        raise ValueError("body too large")
    body_bytes = await reader.readexactly(length) if length else b""
    return line.decode("latin-1").strip(), headers, body_bytes


def _params(headers: dict[str, str], body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Form, JSON or multipart parameters (PTB sends non-string values JSON-encoded) and uploaded files."""
    content_type = headers.get("content-type", "")
    if not body:
        return {}, {}
    if content_type.startswith("application/json"):
        loaded = json.loads(body)
        return (loaded if isinstance(loaded, dict) else {}), {}
    if content_type.startswith("multipart/form-data"):
        raw = f"Content-Type: {content_type}\r\n\r\n".encode() + body
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            filename = part.get_filename()
            if filename is not None:
                files[name] = (filename, data)
            else:
                params[name] = data.decode("utf-8", "replace")
        return params, files
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)), {}
