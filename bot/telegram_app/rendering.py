"""A ``Reply`` as Telegram shows it: escaped HTML cut under the message limit, buttons, no link preview."""

from __future__ import annotations

import functools
import html
from typing import Any

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions

from bot.conversation.model import Reply
from bot.conversation.texts import t

TELEGRAM_LIMIT = 4096
#: Link previews disabled on every message: Telegram's fetcher must never visit a checked link.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
NO_PREVIEW_DATA = NO_PREVIEW.to_dict()  # the same as the Bot API's JSON, for calls that skip PTB's conversion
#: Commands registered with Telegram (their French descriptions are texts ``commands.<name>``).
COMMANDS = ("start", "menu", "annuler", "aide", "confidentialite", "mesdonnees", "oubli")


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Escape ``text`` and cut it into messages under ``limit``: on paragraphs, then lines, then hard.

    Escaping happens before measuring (``&`` becomes ``&amp;``) and cuts never fall inside an entity.
    """
    chunks: list[str] = []
    current = ""
    for piece in _pieces(text, limit):
        candidate = f"{current}\n\n{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = piece
    if current:
        chunks.append(current)
    return chunks or [html.escape(" ")]


def _pieces(text: str, limit: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        escaped = html.escape(paragraph, quote=False)
        if len(escaped) <= limit:
            out.append(escaped)
            continue
        for line in paragraph.split("\n"):
            out.extend(_hard_cut(html.escape(line, quote=False), limit))
    return [p for p in out if p.strip()]


def _hard_cut(escaped: str, limit: int) -> list[str]:
    parts: list[str] = []
    while len(escaped) > limit:
        cut = escaped.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        amp = escaped.rfind("&", max(0, cut - 8), cut)
        if amp != -1 and ";" not in escaped[amp:cut]:
            cut = amp  # never split "&amp;"
        parts.append(escaped[:cut])
        escaped = escaped[cut:].lstrip(" ")
    parts.append(escaped)
    return parts


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return _markup(_rows(reply))


def keyboard_data(reply: Reply) -> dict[str, Any] | None:
    """``keyboard`` as the Bot API's JSON (what PTB would make of it on every call), built once per menu."""
    if not reply.buttons:
        return None
    return _markup_data(_rows(reply))


def _rows(reply: Reply) -> tuple[tuple[tuple[str, str], ...], ...]:
    return tuple(tuple((b.label, b.data) for b in row) for row in reply.buttons)


@functools.lru_cache(maxsize=256)
def _markup_data(rows: tuple[tuple[tuple[str, str], ...], ...]) -> dict[str, Any]:
    return _markup(rows).to_dict()


@functools.lru_cache(maxsize=256)
def _markup(rows: tuple[tuple[tuple[str, str], ...], ...]) -> InlineKeyboardMarkup:
    """Built once per distinct keyboard (the menus recur in most replies): PTB objects are immutable, and
    building one (a frozen object per button) cost more than the rest of rendering a reply."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def bot_commands() -> list[BotCommand]:
    return [BotCommand(name, t(f"commands.{name}")) for name in COMMANDS]
