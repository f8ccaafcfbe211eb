"""Terminal chat: the same conversation as on Telegram, in a shell, for trying the bot without a token.

Buttons are shown as numbered choices: type the number to press one. Commands work as on Telegram
(/menu, /annuler…). ``/image chemin.png`` sends a screenshot. Documents (letters) are written to a
temporary folder and their path printed. Type "quitter" (or Ctrl-D) to leave.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from bot.conversation.core import Conversation
from bot.conversation.model import Button, InputKind, Reply, UserInput
from bot.conversation.texts import t

MAX_IMAGE_BYTES = 10 * 1024 * 1024


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
        self.choices: list[Button] = []

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
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.choices):
            return UserInput.of_button(self.choices[int(stripped) - 1].data)
        if stripped.startswith("/image"):
            path = Path(stripped.removeprefix("/image").strip()).expanduser()
            try:
                data = path.read_bytes()[:MAX_IMAGE_BYTES]
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
                    self.write(t("terminal.choice", index=len(self.choices), label=item.label))

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
