"""Rights: the guide's cards, as a menu or one card. Diagram: docs/flows/rights.mmd."""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Reply
from bot.conversation.services import CardView, ServiceUnavailable
from bot.conversation.table import Call, FlowTable, Outcome, Row, Target, done
from bot.conversation.texts import back_row, button, menu_reply, t

#: The cards that answer "dois-je payer ?" first, in this order: is the contact real, what they may charge, what only a
#: court may do, how to pay if one decides to, who can settle it; then the prescription dialogue and every card behind
#: one button. Not the guide's 26 cards: a stressed reader needs a few steps, not a list to scroll (fourth hunt).
SHOULD_I_PAY_CARDS = (
    "verify_collector",
    "fees_stay_with_creditor",
    "court_and_enforcement",
    "payment_plans",
    "see_a_lawyer",
)


def rights_menu(call: Call, intro: str = "rights.intro", only: tuple[str, ...] = ()) -> Reply:
    """The cards as buttons, under ``intro`` (a text key: "Sur quel sujet ?", or the first line that
    answers "dois-je payer ?"). ``only``: these cards in this order, then the prescription dialogue and the
    whole list."""
    try:
        cards = call.env.services.cards()
    except ServiceUnavailable:
        cards = []
    if not cards:
        return Reply(text=t("rights.none"), buttons=[back_row()])
    if only:
        by_id = {c.id: c for c in cards}
        rows = [[button(Act.card, i, label=by_id[i].label)] for i in only if i in by_id]
        more = [[button(Act.open_prescription)], [button(Act.open_rights)]]
        return Reply(text=t(intro), buttons=[*rows, *more, back_row()])
    rows = [[button(Act.card, c.id, label=c.label)] for c in cards]
    return Reply(text=t(intro), buttons=[*rows, back_row()])


def card_reply(card: CardView, *, whole: bool = False) -> Reply:
    """A card: its short answer with a button to the rest, or the whole card with its sources."""
    rows = [[button(Act.open_rights), button(Act.open_letter)], back_row()]
    if card.summary and not whole:
        return Reply(
            text=f"{card.title}\n\n{card.summary}", buttons=[[button(Act.card_full, card.id)], *rows]
        )
    return Reply(text=f"{card.title}\n\n{card.text}", buttons=rows)


def topic_reply(call: Call, topic: str) -> Reply:
    """The card on ``topic``, or the menu of cards when there is none."""
    try:
        card = call.env.services.card_for_topic(topic)
    except ServiceUnavailable:
        card = None
    return card_reply(card) if card is not None else rights_menu(call)


async def _menu(call: Call) -> Outcome:
    return done(rights_menu(call))


async def _card(call: Call) -> Outcome:
    return _card_view(call, whole=False)


async def _card_whole(call: Call) -> Outcome:
    return _card_view(call, whole=True)


def _card_view(call: Call, *, whole: bool) -> Outcome:
    try:
        card = call.env.services.card(call.arg)
    except ServiceUnavailable:
        card = None
    if card is None:
        return done(menu_reply("help.stale_button"))
    return done(card_reply(card, whole=whole))


TABLE = FlowTable(
    name="rights",
    doc="My rights: short sourced guide cards.",
    rows=(
        Row(None, Act.open_rights, _menu, {Target.idle: "list the guide cards"}),
        Row(None, Act.card, _card, {Target.idle: "the card's answer (a long card: its first lines)"}),
        Row(None, Act.card_full, _card_whole, {Target.idle: "the whole card and its sources"}),
    ),
)
