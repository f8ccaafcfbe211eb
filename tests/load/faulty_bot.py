"""The real bot process with one injected defect: checking a text that contains ``MARKER`` raises.

``python -m tests.load.faulty_bot bot`` runs exactly ``python -m bot bot ...`` after
patching ``DefaultServices.check``; used by the fault tests, never by the bot itself.
"""

from __future__ import annotations

from bot.conversation.default_services import DefaultServices
from bot.conversation.services import CheckView

MARKER = "PANNE-INJECTEE"


def _install() -> None:
    original = DefaultServices.check

    def check(self: DefaultServices, text: str) -> CheckView:
        if MARKER in text:
            raise RuntimeError("injected failure")
        return original(self, text)

    DefaultServices.check = check  # type: ignore[method-assign]


def main() -> int:
    _install()
    from bot.cli.main import main as bot_main

    return bot_main()


if __name__ == "__main__":
    raise SystemExit(main())
