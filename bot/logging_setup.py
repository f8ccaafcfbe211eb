"""Logging that never prints the bot token or what users write.

- Any Telegram token (``123456:ABC…``) or the configured token itself is replaced by ``[token]`` in every
  record, whatever logger emits it (httpx logs request URLs, which contain the token).
- The HTTP and Telegram libraries are held at WARNING at least: at DEBUG they dump whole updates, with the
  users' messages in them. Their records below WARNING are also dropped by the handler's filter, so turning
  their level up by hand does not leak either. Our own code logs exception types and code locations, never texts.
"""

from __future__ import annotations

import logging
import re
import sys

_TOKEN_RE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}\b")
_CHATTY = ("httpx", "httpcore", "aiohttp", "telegram", "apscheduler", "aiosqlite", "asyncio")


class RedactTokens(logging.Filter):
    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[token]")
        return _TOKEN_RE.sub("[token]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING and record.name.partition(".")[0] in _CHATTY:
            return False  # their DEBUG/INFO quote updates and replies: dropped even if their level was raised
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            # The exception text may quote user input or a URL: keep only its type.
            message = f"{message} [{type(record.exc_info[1]).__name__}]"
            record.exc_info = None
            record.exc_text = None
        record.msg = self.redact(message)
        record.args = ()
        return True


def setup_logging(level: str = "INFO", *, token: str | None = None, stream: object = None) -> None:
    """Configure the root logger once; safe to call again (handlers are replaced)."""
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens((token,) if token else ()))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    floor = max(
        logging.getLevelName(level) if isinstance(logging.getLevelName(level), int) else 20, logging.WARNING
    )
    for name in _CHATTY:
        logging.getLogger(name).setLevel(floor)
