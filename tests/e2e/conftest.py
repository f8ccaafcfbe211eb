"""End-to-end fixtures: the fake Bot API (``launcher.js``), a user-side client, and the bot as a real process.

Everything talks to 127.0.0.1 only. Each test gets its own chat (and user) id, so an update a test left
unconsumed can never reach another test; each bot process gets its own token, so its updates are its own.
Processes are stopped at teardown, and also die with the test runner (stdin closes for the launcher,
``PR_SET_PDEATHSIG`` for both on Linux), so a killed run leaves no orphan behind.
"""

from __future__ import annotations

import asyncio
import ctypes
import html
import itertools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.system_tools import require

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("launcher.js")
EMULATOR = ROOT / "node_modules" / "telegram-test-api"
NODE = shutil.which("node")

REPLY_TIMEOUT = 10.0  # seconds: the longest any single reply may take
START_TIMEOUT = 60.0  # seconds: the bot process imports PTB and loads the knowledge base (slower with the suite on every core)
POLL_EVERY = 0.01  # seconds between two looks at the emulator (the reference round trip is ~15 ms)
BOT_USER = {"id": 666, "is_bot": True, "first_name": "Test First name", "username": "TestNameBot"}

_ids = itertools.count(int(time.time()) % 100_000 * 1000 + 1)


@pytest.fixture(scope="session", autouse=True)
def _require_node() -> None:
    """Node.js and telegram-test-api: skipped on a developer's machine without them, a failure under CI=true."""
    require("node")


def _die_with_parent(sig: int) -> Callable[[], None] | None:
    """A ``preexec_fn`` asking Linux to send ``sig`` to the child when the test runner dies."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def preexec() -> None:
        libc.prctl(1, sig)  # PR_SET_PDEATHSIG

    return preexec


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def new_token() -> str:
    """A token shaped like BotFather's (digits, colon, 35 characters), distinct for each bot."""
    return f"{next(_ids)}:E2E{secrets.token_hex(16)}"


@dataclass
class Launcher:
    """A running ``launcher.js``: the fake Bot API at ``url``."""

    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if self.process.stdin is not None:
            self.process.stdin.close()
        if self.process.stdout is not None:
            self.process.stdout.close()
        return self.process.returncode


def start_launcher(attempts: int = 3) -> Launcher:
    """Start the fake Bot API on a free port and wait for its ready line."""
    assert NODE is not None
    error = ""
    for _ in range(attempts):
        port = free_port()
        process = subprocess.Popen(
            [NODE, str(LAUNCHER), str(port)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent(signal.SIGTERM),
        )
        assert process.stdout is not None
        line = process.stdout.readline().decode(errors="replace")  # the ready line, or the failure
        if line.startswith("READY "):
            return Launcher(process, port)
        error = line + process.stdout.read().decode(errors="replace")
        Launcher(process, port).stop()
    raise RuntimeError(f"launcher.js did not start: {error.strip()}")


@pytest.fixture(scope="session")
def emulator() -> Iterator[Launcher]:
    launcher = start_launcher()
    yield launcher
    launcher.stop()


@dataclass(frozen=True)
class BotMessage:
    """One message the bot sent to a chat, as the emulator recorded it (the raw Bot API parameters)."""

    message_id: int
    raw: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.raw.get("text", ""))

    @property
    def parse_mode(self) -> str | None:
        value = self.raw.get("parse_mode")
        return None if value is None else str(value)

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of every inline button, row by row."""
        markup = self.raw.get("reply_markup") or {}
        return [
            (str(b.get("text")), str(b.get("callback_data")))
            for row in markup.get("inline_keyboard", [])
            for b in row
        ]

    @property
    def document(self) -> dict[str, Any] | None:
        document = self.raw.get("document")
        return document if isinstance(document, dict) else None

    def button(self, label_part: str) -> tuple[str, str]:
        """The first button whose label contains ``label_part`` (case-insensitive)."""
        for label, data in self.buttons:
            if label_part.casefold() in label.casefold():
                return label, data
        raise AssertionError(f"no button like {label_part!r} in {self.buttons!r}")


class ReplyTimeout(AssertionError):
    pass


@dataclass
class Chat:
    """One private chat between a test user and the bot ``token``, driven through the emulator's user API."""

    http: httpx.AsyncClient
    token: str
    chat_id: int
    first_name: str = "Camille"
    seen: list[BotMessage] = field(default_factory=list)  # every bot message received so far
    cursor: int = 0  # messages before this index belong to earlier exchanges

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self.chat_id, "is_bot": False, "first_name": self.first_name, "language_code": "fr"}

    @property
    def chat(self) -> dict[str, Any]:
        return {"id": self.chat_id, "type": "private", "first_name": self.first_name}

    async def _post(self, path: str, payload: dict[str, Any]) -> Any:
        response = await self.http.post(path, json=payload)
        response.raise_for_status()
        return response.json()

    def _message(self, **fields: Any) -> dict[str, Any]:
        return {
            "botToken": self.token,
            "from": self.user,
            "chat": self.chat,
            "date": int(time.time()),
            **fields,
        }

    def _new_exchange(self) -> None:
        self.cursor = len(self.seen)

    async def send(self, text: str, **extra: Any) -> None:
        """The user types ``text`` (a leading ``/word`` is sent as a command, with its entity)."""
        self._new_exchange()
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            entities = [{"offset": 0, "length": length, "type": "bot_command"}]
            await self._post("/sendCommand", self._message(text=text, entities=entities, **extra))
        else:
            await self._post("/sendMessage", self._message(text=text, **extra))

    async def send_raw(self, **fields: Any) -> None:
        """A message with arbitrary content (a sticker, a voice note...)."""
        self._new_exchange()
        await self._post("/sendMessage", self._message(**fields))

    async def press(self, message: BotMessage, label_part: str) -> None:
        """The user presses the inline button of ``message`` whose label contains ``label_part``."""
        _, data = message.button(label_part)
        self._new_exchange()
        bot_message = {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": self.chat,
            "from": BOT_USER,
            "text": message.text,
        }
        await self._post(
            "/sendCallback",
            {"botToken": self.token, "from": self.user, "message": bot_message, "data": data},
        )

    async def fetch(self) -> list[BotMessage]:
        """Pull the bot's new messages to this chat from the emulator (each is delivered once)."""
        payload = await self._post("/getUpdates", {"token": self.token, "chatId": self.chat_id})
        fresh = [BotMessage(int(item["messageId"]), item["message"]) for item in payload["result"]]
        self.seen.extend(fresh)
        return fresh

    async def wait_for_reply(
        self,
        predicate: Callable[[BotMessage], bool] = lambda _m: True,
        timeout: float = REPLY_TIMEOUT,
    ) -> BotMessage:
        """The first message since the last user action that satisfies ``predicate``; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        checked = self.cursor
        while True:
            for message in self.seen[checked:]:
                if predicate(message):
                    return message
            checked = len(self.seen)
            if time.monotonic() > deadline:
                got = "\n---\n".join(m.text[:300] for m in self.seen[self.cursor :]) or "(nothing)"
                raise ReplyTimeout(f"chat {self.chat_id}: no matching reply within {timeout} s; got:\n{got}")
            if not await self.fetch():
                await asyncio.sleep(POLL_EVERY)

    async def wait_for_text(self, *needles: str, timeout: float = REPLY_TIMEOUT) -> BotMessage:
        """The first reply containing every one of ``needles`` (case-insensitive)."""
        lowered = [n.casefold() for n in needles]
        return await self.wait_for_reply(lambda m: all(n in m.text.casefold() for n in lowered), timeout)

    async def wait_for_count(
        self, predicate: Callable[[BotMessage], bool], count: int, timeout: float = REPLY_TIMEOUT
    ) -> list[BotMessage]:
        """Wait until ``count`` messages since the last user action satisfy ``predicate``; return them all."""
        deadline = time.monotonic() + timeout
        while len(matching := [m for m in self.replies() if predicate(m)]) < count:
            if time.monotonic() > deadline:
                raise ReplyTimeout(
                    f"chat {self.chat_id}: {len(matching)} of {count} replies within {timeout} s"
                )
            if not await self.fetch():
                await asyncio.sleep(POLL_EVERY)
        return matching

    def replies(self) -> list[BotMessage]:
        """Everything received since the last user action (call after a ``wait_for_*``)."""
        return self.seen[self.cursor :]


@pytest.fixture
async def http(emulator: Launcher) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=emulator.url, timeout=5.0, trust_env=False) as client:
        yield client


@pytest.fixture
def new_chat(http: httpx.AsyncClient) -> Callable[[str], Chat]:
    """``new_chat(token)``: a chat with a chat/user id no other test uses."""

    def make(token: str) -> Chat:
        return Chat(http, token, next(_ids))

    return make


async def bot_calls(http: httpx.AsyncClient, token: str) -> list[str]:
    """The Bot API methods ``token`` has called so far, in order (recorded by the launcher)."""
    response = await http.post("/e2e/calls", json={"token": token})
    response.raise_for_status()
    return [str(m) for m in response.json()["result"]]


@dataclass
class BotProcess:
    """``python -m bot bot`` as a separate process, polling the fake Bot API."""

    emulator: Launcher
    token: str
    database: Path
    workdir: Path
    env_extra: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def log_path(self) -> Path:
        return self.workdir / f"bot-{self.starts}.log"

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
        return {
            **keep,
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_API_BASE_URL": f"{self.emulator.url}/bot",
            "TELEGRAM_API_FILE_URL": f"{self.emulator.url}/file/bot",
            "DATABASE_PATH": str(self.database),
            "USER_ID_HASH_SECRET": "e2e-secret-" + "0123456789abcdef" * 2,
            "LOG_LEVEL": "INFO",
            "RATE_LIMIT_PER_MINUTE": "20",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
            **self.env_extra,
        }

    def start(self) -> None:
        assert self.process is None or self.process.poll() is not None, "already running"
        self.starts += 1
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "bot",
                    "bot",
                    "--env-file",
                    str(self.workdir / "absent.env"),  # never a developer's .env
                    "--poll-interval",
                    str(POLL_EVERY),
                ],
                cwd=self.workdir,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(signal.SIGKILL),
            )

    async def wait_polling(self, http: httpx.AsyncClient, timeout: float = START_TIMEOUT) -> None:
        """Wait until this process (not a previous one) asks the emulator for updates."""
        assert self.process is not None
        before = (await bot_calls(http, self.token)).count("getUpdates")
        deadline = time.monotonic() + timeout
        while (await bot_calls(http, self.token)).count("getUpdates") <= before:
            if self.process.poll() is not None:
                raise AssertionError(f"the bot exited with {self.process.returncode}:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the bot did not start polling within {timeout} s:\n{self.log_tail()}")
            await asyncio.sleep(0.05)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, as in a crash or an OOM kill."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=5)

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        return self.process.returncode

    def log(self) -> str:
        """Everything every start of this bot wrote (logs are short: the bot logs no texts)."""
        logs = sorted(self.workdir.glob("bot-*.log"))
        return "\n".join(p.read_text(errors="replace") for p in logs)

    def log_tail(self) -> str:
        return self.log()[-4000:]

    def errors_logged(self) -> list[str]:
        """Log lines of level ERROR or worse, or a traceback: a healthy run has none."""
        bad = ("ERROR", "CRITICAL", "Traceback")
        return [line for line in self.log().splitlines() if any(b in line for b in bad)]


def make_bot(emulator: Launcher, workdir: Path, **env_extra: str) -> BotProcess:
    workdir.mkdir(parents=True, exist_ok=True)
    return BotProcess(emulator, new_token(), workdir / "bot.db", workdir, dict(env_extra))


@pytest.fixture(scope="session")
def shared_bot_process(emulator: Launcher, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """One bot process for the tests that do not restart it (starting one costs about a second)."""
    bot = make_bot(emulator, tmp_path_factory.mktemp("bot"))
    bot.start()
    yield bot
    bot.stop()


@pytest.fixture
async def bot(shared_bot_process: BotProcess, http: httpx.AsyncClient) -> BotProcess:
    """The shared bot, polling; a test that made it die fails here rather than in the next test."""
    if not shared_bot_process.alive():
        raise AssertionError(f"the bot process is not running:\n{shared_bot_process.log_tail()}")
    await shared_bot_process.wait_polling(http)  # still polling: one more getUpdates since now
    return shared_bot_process


@pytest.fixture
async def fresh_bot(emulator: Launcher, tmp_path: Path) -> AsyncIterator[BotProcess]:
    """A bot process of this test's own (own token, own database), stopped at teardown."""
    bot = make_bot(emulator, tmp_path / "bot")
    try:
        yield bot
    finally:
        bot.stop()


TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
    "code", "pre", "blockquote",
}  # fmt: skip
_TAG = re.compile(r"</?([a-zA-Z][\w-]*)(?:\s[^<>]*)?>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
TELEGRAM_LIMIT = 4096


def telegram_problems(message: BotMessage) -> list[str]:
    """What real Telegram would reject or render wrongly in a message the bot sent; empty when fine."""
    problems: list[str] = []
    text = message.text
    if message.document is not None:
        return problems
    if message.parse_mode != "HTML":
        problems.append(f"parse_mode is {message.parse_mode!r}, not HTML")
    preview = message.raw.get("link_preview_options")
    if not preview or json.loads(preview).get("is_disabled") is not True:
        problems.append("link previews are not disabled")
    if not text.strip():
        problems.append("empty message")
    if len(text) > TELEGRAM_LIMIT:
        problems.append(f"{len(text)} characters, over Telegram's {TELEGRAM_LIMIT}")
    without_tags = _TAG.sub("", text)
    problems.extend(
        f"tag <{m.group(1)}> is not Telegram HTML"
        for m in _TAG.finditer(text)
        if m.group(1).lower() not in TELEGRAM_TAGS
    )
    if "<" in without_tags or ">" in without_tags:
        problems.append("a bare < or > (Telegram cannot parse it)")
    if "&" in _ENTITY.sub("", without_tags):
        problems.append("a bare & (Telegram cannot parse it)")
    return problems


def shown(message: BotMessage) -> str:
    """The text as the user sees it: tags rendered away, entities decoded."""
    return html.unescape(_TAG.sub("", message.text))


@pytest.fixture
async def bot_chat(bot: BotProcess, new_chat: Callable[[str], Chat]) -> AsyncIterator[Chat]:
    """A fresh chat with the shared bot; at teardown every message it got must be valid for Telegram."""
    chat = new_chat(bot.token)
    errors_before = len(bot.errors_logged())
    yield chat
    errors = bot.errors_logged()[errors_before:]
    assert not errors, "the bot logged errors:\n" + "\n".join(errors)
    await chat.fetch()
    bad = {m.message_id: telegram_problems(m) for m in chat.seen if telegram_problems(m)}
    assert not bad, f"messages Telegram would refuse or garble: {bad}"
    assert bot.alive(), f"the bot died:\n{bot.log_tail()}"
