"""Coverage-guided fuzzing (atheris) of the conversation core: texts, commands, forwarded names, buttons.

Run by hand (atheris is not a project dependency):
    .venv/bin/python tests/fuzz/fuzz_conversation.py -max_total_time=120 -timeout=5
Each input is a short session on one chat; any exception out of ``Conversation.handle`` is a crash.
"""

from __future__ import annotations

import asyncio
import sys

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

with atheris.instrument_imports():
    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.conversation.model import InputKind, UserInput
    from bot.store.sqlite import open_store

LOOP = asyncio.new_event_loop()
SERVICES = DefaultServices()
STORE = LOOP.run_until_complete(open_store(":memory:", secret="s" * 32))
CONVERSATION = Conversation(SERVICES, STORE)
PREFIXES = ("m:", "n:", "g:", "r:p:", "p:t:", "p:e:", "L:", "lc:", "l:", "f:", "o:")


def _input(provider: atheris.FuzzedDataProvider, offered: list[str]) -> UserInput:
    choice = provider.ConsumeIntInRange(0, 5)
    text = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 600))
    if choice == 0 and offered:
        return UserInput.of_button(offered[provider.ConsumeIntInRange(0, len(offered) - 1)])
    if choice == 1:
        data = (PREFIXES[provider.ConsumeIntInRange(0, len(PREFIXES) - 1)] + text)[:32] or "m:"
        return UserInput.of_button(data)
    if choice == 2:
        return UserInput.of_text(text, forwarded_from=provider.ConsumeUnicodeNoSurrogates(40))
    if choice == 3:
        return UserInput(kind=InputKind.command, command=text[:20], text=text[20:])
    return UserInput.of_text(text)


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    user = f"u-{provider.ConsumeIntInRange(0, 3)}"
    offered: list[str] = []
    for _ in range(provider.ConsumeIntInRange(1, 6)):
        replies = LOOP.run_until_complete(CONVERSATION.handle(user, _input(provider, offered), chat_id=1))
        if not replies or not all(r.text.strip() for r in replies):
            raise AssertionError("an input was met with silence")
        offered = [b.data for r in replies for row in r.buttons for b in row]


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
