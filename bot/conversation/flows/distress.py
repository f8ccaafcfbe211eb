"""Distress: words of distress get the distress card (3114 first) alone, in any step, before any other
table reads the text; the dialogue that was running is kept for later. Diagram: docs/flows/distress.mmd.

``is_distress`` is the one place that decides: swap in a better detector there.
"""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Reply
from bot.conversation.table import Call, FlowTable, On, Outcome, Row, Target, done, stay
from bot.conversation.texts import back_row, button, t
from knowledge import intents


def is_distress(text: str) -> bool:
    """Whether the user's own words say they are in distress."""
    return intents.load().is_distress(text)


def distress_card() -> Reply:
    rows = [[button(Act.open_rights)], back_row()]
    return Reply(text=f"{t('distress.text')}\n\n{t('distress.continue')}", buttons=rows)


async def pre_route(call: Call) -> Outcome | None:
    """The hook the router runs on every text the user typed, before the flow tables."""
    return stay(distress_card()) if is_distress(call.text) else None


async def _open(call: Call) -> Outcome:
    return done(distress_card())


PRE_ROUTE = Row(
    None, On.text, pre_route, {Target.stay: "words of distress, in any step: this card alone, first"}
)

TABLE = FlowTable(
    name="distress",
    doc="Distress: the 3114 and help routes, first and alone.",
    rows=(
        PRE_ROUTE,
        Row(None, Act.open_distress, _open, {Target.idle: "the distress card"}),
    ),
)
