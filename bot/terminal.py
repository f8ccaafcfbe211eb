"""Terminal chat: the same conversation as on Telegram, in a shell, for trying the bot without a token.

Buttons are shown as numbered choices: type the number to press one. Commands work as on Telegram
(/menu, /annuler…). ``/image chemin.png`` sends a screenshot. Documents (letters) are written to a
temporary folder and their path printed. Type "quitter" (or Ctrl-D) to leave.
"""

from __future__ import annotations

import os
import select
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.conversation.core import Conversation
from bot.conversation.model import Button, InputKind, Reply, UserInput
from bot.conversation.texts import t

MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_LINE_BYTES = 200_000  # a paste beyond this is cut (the check refuses over 100,000 characters anyway)
_PASTE_GAP_SECONDS = 0.05  # the lines of one paste arrive together; a person types slower than this
_ERASE = (0x7F, 0x08)
_EOF = 0x04


class TerminalChat:
    def __init__(
        self,
        conversation: Conversation,
        user_key: str,
        *,
        out: TextIO,
        documents_dir: Path | None = None,
        echo: bool = False,
    ) -> None:
        self.conversation = conversation
        self.user_key = user_key
        self.out = out
        self.echo = echo  # print what was typed (useful when stdin is piped, for a readable transcript)
        self._documents_dir = documents_dir
        # Each button keeps its number for the whole session ("Menu" is always the same number), and a
        # number shown earlier still presses its button, as an older button does on Telegram.
        self.choices: list[Button] = []
        self._numbers: dict[str, int] = {}
        self._by_number: dict[int, Button] = {}

    @property
    def documents_dir(self) -> Path:
        if self._documents_dir is None:
            self._documents_dir = Path(tempfile.mkdtemp(prefix="verif-recouvrement-"))
        return self._documents_dir

    def write(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def to_input(self, line: str) -> UserInput | None:
        """What a typed line means: a choice number, an image to read, or text/command."""
        stripped = line.strip()
        if stripped.isdigit() and int(stripped) in self._by_number:
            return UserInput.of_button(self._by_number[int(stripped)].data)
        if stripped.startswith("/image"):
            path = Path(stripped.removeprefix("/image").strip()).expanduser()
            try:
                data = path.read_bytes()[:MAX_IMAGE_BYTES]
            except FileNotFoundError:
                self.write(t("terminal.file_missing", path=str(path)))
                return None
            except OSError:
                self.write(t("terminal.no_file"))
                return None
            return UserInput(kind=InputKind.image, payload=data, mime="image/*")
        return UserInput.of_text(line)

    async def turn(self, line: str) -> list[Reply]:
        inp = self.to_input(line)
        if inp is None:
            return []
        replies = await self.conversation.handle(self.user_key, inp)
        self.show(replies)
        return replies

    def show(self, replies: list[Reply]) -> None:
        self.choices = []
        for reply in replies:
            self.write()
            self.write(reply.text)
            for document in reply.documents:
                path = self.documents_dir / Path(document.filename).name
                path.write_bytes(document.content)
                self.write(t("terminal.document_saved", path=str(path)))
            for row in reply.buttons:
                for item in row:
                    self.choices.append(item)
                    self.write(t("terminal.choice", index=self._number(item), label=item.label))

    def _number(self, item: Button) -> int:
        number = self._numbers.setdefault(item.data, len(self._numbers) + 1)
        self._by_number[number] = item
        return number

    async def run(self, read_line: Callable[[], str]) -> int:
        """Chat until "quitter" or end of input. ``read_line`` returns "" at end of input (like readline)."""
        self.write(t("terminal.welcome"))
        await self.turn("/start")
        quit_word = t("terminal.quit_word")
        while True:
            self.out.write("\n> ")
            self.out.flush()
            line = read_line()
            if not line:
                self.write()
                break
            if self.echo:
                self.write(line.rstrip("\n"))
            if line.strip().casefold() in {quit_word, "quit", "exit"}:
                break
            await self.turn(line.rstrip("\n"))
        self.write(t("terminal.bye"))
        return 0


def paste_reader(fd: int, out: TextIO) -> Callable[[], str]:
    """``readline`` for a terminal that keeps long and multi-line pastes whole.

    In its usual (canonical) mode a terminal keeps at most 4,095 bytes of a line and drops the rest, and
    every line of a pasted SMS would arrive as its own message. Here the terminal is read byte by byte
    (echo and erase done by us) and the lines that arrive together, as a paste does, make one message.
    Returns "" at end of input (Ctrl-D on an empty line), like ``readline``.
    """
    import termios

    def read() -> str:
        saved = termios.tcgetattr(fd)
        raw = termios.tcgetattr(fd)
        raw[3] &= ~(termios.ICANON | termios.ECHO)
        raw[6][termios.VMIN], raw[6][termios.VTIME] = 1, 0
        termios.tcsetattr(fd, termios.TCSANOW, raw)
        try:
            return _read_paste(fd, out)
        finally:
            termios.tcsetattr(fd, termios.TCSANOW, saved)

    return read


def _read_paste(fd: int, out: TextIO) -> str:
    buf = bytearray()
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return buf.decode("utf-8", "replace")
        for byte in chunk:
            if byte == _EOF and not buf:
                return ""
            if byte in _ERASE:
                if buf:
                    del buf[-1]
                    while buf and (buf[-1] & 0xC0) == 0x80:  # the rest of a multi-byte character
                        del buf[-1]
                    out.write("\b \b")
            elif byte == ord("\r"):
                buf.append(ord("\n"))
            elif len(buf) < MAX_LINE_BYTES:
                buf.append(byte)
        shown = chunk.replace(b"\r", b"\n")
        out.write(bytes(b for b in shown if b not in _ERASE and b != _EOF).decode("utf-8", "replace"))
        out.flush()
        if buf.endswith(b"\n") and not select.select([fd], [], [], _PASTE_GAP_SECONDS)[0]:
            return buf.decode("utf-8", "replace")
