"""Short helpers to fetch the bot's wording (knowledge/data/texts/bot.toml) and build buttons."""

from __future__ import annotations

from typing import Any

from bot.conversation.actions import LABEL_KEYS, Act, encode
from bot.conversation.model import Button, Reply
from knowledge import wording


def t(key: str, **params: Any) -> str:
    """The bot text ``bot.<key>``."""
    return wording.text(f"bot.{key}", **params)


def button(act: Act, arg: str = "", *, label: str | None = None, **params: Any) -> Button:
    """A button for ``act``: its registered label unless ``label`` is given (labels that depend on ``arg``)."""
    shown = label if label is not None else t(LABEL_KEYS[act], **params)
    return Button(label=shown, data=encode(act, arg))


MENU_ITEMS: tuple[Act, ...] = (
    Act.open_check,
    Act.open_calltime,
    Act.open_prescription,
    Act.open_rights,
    Act.open_report,
    Act.open_letter,
    Act.open_distress,
)


def main_menu() -> list[list[Button]]:
    return [[button(act)] for act in MENU_ITEMS]


def back_row() -> list[Button]:
    return [button(Act.menu)]


def cancel_row() -> list[Button]:
    return [button(Act.cancel)]


def menu_reply(text_key: str = "menu.prompt", **params: Any) -> Reply:
    return Reply(text=t(text_key, **params), buttons=main_menu())
