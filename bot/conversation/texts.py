"""Short helpers to fetch the bot's wording (knowledge/data/texts/bot.toml) and build buttons."""

from __future__ import annotations

from typing import Any

from bot.conversation.model import Button, Reply
from knowledge import wording


def t(key: str, **params: Any) -> str:
    """The bot text ``bot.<key>``."""
    return wording.text(f"bot.{key}", **params)


def button(label_key: str, data: str, **params: Any) -> Button:
    return Button(label=t(label_key, **params), data=data)


MENU_ITEMS: tuple[tuple[str, str], ...] = (
    ("menu.check", "m:check"),
    ("menu.calltime", "m:calltime"),
    ("menu.prescription", "m:prescription"),
    ("menu.rights", "m:rights"),
    ("menu.report", "m:report"),
    ("menu.letter", "m:letter"),
    ("menu.distress", "m:distress"),
)


def main_menu() -> list[list[Button]]:
    return [[button(key, data)] for key, data in MENU_ITEMS]


def back_row() -> list[Button]:
    return [button("menu.back", "m:menu")]


def cancel_row() -> list[Button]:
    return [button("menu.cancel", "m:cancel")]


def menu_reply(text_key: str = "menu.prompt", **params: Any) -> Reply:
    return Reply(text=t(text_key, **params), buttons=main_menu())
