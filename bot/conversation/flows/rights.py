"""Rights: the guide's cards, as a menu or one card. Diagram: docs/flows/rights.mmd."""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Reply
from bot.conversation.services import ServiceUnavailable
from bot.conversation.table import Call, FlowTable, Outcome, Row, Target, done
from bot.conversation.texts import back_row, button, menu_reply, t


def rights_menu(call: Call, intro: str = "rights.intro") -> Reply:
    """The cards as buttons, under ``intro`` (a text key: "Sur quel sujet ?", or the first line that
    answers "dois-je payer ?")."""
    try:
        cards = call.env.services.cards()
    except ServiceUnavailable:
        cards = []
    if not cards:
        return Reply(text=t("rights.none"), buttons=[back_row()])
    rows = [[button(Act.card, c.id, label=c.label)] for c in cards]
    return Reply(text=t(intro), buttons=[*rows, back_row()])


def card_reply(title: str, text: str) -> Reply:
    rows = [[button(Act.open_rights), button(Act.open_letter)], back_row()]
    return Reply(text=f"{title}\n\n{text}", buttons=rows)


def topic_reply(call: Call, topic: str) -> Reply:
    """The card on ``topic``, or the menu of cards when there is none."""
    try:
        card = call.env.services.card_for_topic(topic)
    except ServiceUnavailable:
        card = None
    return card_reply(card.title, card.text) if card is not None else rights_menu(call)


async def _menu(call: Call) -> Outcome:
    return done(rights_menu(call))


async def _card(call: Call) -> Outcome:
    try:
        card = call.env.services.card(call.arg)
    except ServiceUnavailable:
        card = None
    if card is None:
        return done(menu_reply("help.stale_button"))
    return done(card_reply(card.title, card.text))


TABLE = FlowTable(
    name="rights",
    doc="My rights: short sourced guide cards.",
    rows=(
        Row(None, Act.open_rights, _menu, {Target.idle: "list the guide cards"}),
        Row(None, Act.card, _card, {Target.idle: "the card and its sources"}),
    ),
)
