"""Distress: words of distress get the distress card (3114 first) alone, in any step, before any other
table reads the text; the dialogue that was running is kept for later. Diagram: docs/flows/distress.mmd.

``is_distress`` is the one place that decides: swap in a better detector there.
"""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Reply
from bot.conversation.table import Call, FlowTable, On, Outcome, Row, Target, done, stay
from bot.conversation.texts import back_row, button, t
from checks import distress
from checks.understand import understand


def is_distress(text: str) -> bool:
    """Whether the user's own words say they are in distress (word families, misspellings, SMS forms:
    checks/distress.py and knowledge/data/understanding/distress.toml)."""
    return distress.is_distress(text)


# Where the rest of a distressed message would have gone (checks.understand: ``then``), as the button that
# takes the person there when they want: the question waits, it is not answered under the card.
_THEN_BUTTON = {
    "prescription": Act.open_prescription,
    "calltime": Act.open_calltime,
    "check": Act.open_check,
    "letter": Act.open_letter,
    "report": Act.open_report,
}


def distress_card(then: str | None = None, *, waiting: bool = False) -> Reply:
    """The card; "je peux continuer avec votre question" only when a question waits (its button, or the
    dialogue that was running), otherwise the help still on offer ("je vais me tuer" asked nothing)."""
    go_on = _THEN_BUTTON.get(then or "")
    rows = [[button(go_on)]] if go_on is not None else []
    rows += [[button(Act.open_rights)], back_row()]
    closing = t("distress.continue") if go_on is not None or waiting else t("distress.later")
    return Reply(text=f"{t('distress.text')}\n\n{closing}", buttons=rows)


async def pre_route(call: Call) -> Outcome | None:
    """The hook the router runs on every text the user typed, before the flow tables. A forwarded message
    holds someone else's words (a scam may speak of suicide to frighten): it is checked, not read as the
    user's distress; the user's own words, in any step, are. Outside a dialogue, the question the message
    also asked gets its button under the card."""
    if call.inp.forwarded_from or not is_distress(call.text):
        return None
    then = None
    if call.dialogue is None:
        then = understand(call.text, call.env.ctx.today).then
    return stay(distress_card(then, waiting=call.dialogue is not None))


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
