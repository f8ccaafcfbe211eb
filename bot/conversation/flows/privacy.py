"""Privacy commands: what is kept and why, what is kept on me, and erase it all (asked once to confirm).
Diagram: docs/flows/privacy.mmd.

Typed whole (knowledge/data/words_fr.toml), the router also answers here, in any step and before the dialogue's own
rows: "oubli" (the /oubli confirmation), "stop ecrivez moi plus" (``stop_writing``: the bot never writes first),
"tu as bien tout effacé ?" (``erased_check``: read from the store now) and, outside a dialogue, "mes donnees"
(``my_data_reply`` then the RGPD card)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from bot.conversation.actions import Act, Command
from bot.conversation.context import PARIS
from bot.conversation.model import Button, Reply
from bot.conversation.services import ServiceUnavailable
from bot.conversation.table import Call, DialogueData, FlowTable, Outcome, Row, Target, done, goto
from bot.conversation.texts import back_row, button, main_menu, menu_reply, t
from bot.store.base import StoreError, UserDataSummary


class Step(StrEnum):
    confirm_forget = "confirm_forget"  # erase everything?


class PrivacyData(DialogueData):
    flow: Literal["privacy"] = "privacy"
    step: Step = Step.confirm_forget


def paris_time(moment: datetime) -> str:
    """The store keeps UTC; people read the time of their own clock (the bot speaks to France)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M")


def policy_reply(call: Call) -> Reply:
    return Reply(text=t("privacy.policy", days=call.env.retention_days), buttons=[back_row()])


async def _policy(call: Call) -> Outcome:
    return done(policy_reply(call))


def _kept_lines(summary: UserDataSummary) -> list[str]:
    """One line per kind of data the store keeps on the user (``summary`` not empty)."""
    lines: list[str] = []
    if summary.has_state and summary.state_updated_at:
        lines.append(t("privacy.state_line", when=paris_time(summary.state_updated_at)))
    if summary.reports_count:
        lines.append(t("privacy.reports_line", count=summary.reports_count))
    if summary.feedback_count:
        lines.append(
            t(
                "privacy.feedback_line",
                count=summary.feedback_count,
                with_text=summary.feedback_with_text_count,
            )
        )
    for reminder in summary.reminders:
        sent = t("privacy.reminder_sent") if reminder.sent else ""
        lines.append(t("privacy.reminder_line", due=reminder.due.strftime("%d/%m/%Y"), sent=sent))
    return lines


async def my_data_reply(call: Call) -> Reply:
    """What the store keeps on this user now (as /mesdonnees)."""
    try:
        summary = await call.env.store.describe_user_data(call.env.ctx.user_key)
    except StoreError:
        return Reply(text=t("privacy.failed"), buttons=[back_row()])
    if summary.is_empty:
        return Reply(text=t("privacy.nothing"), buttons=[back_row()])
    lines = [t("privacy.summary"), *_kept_lines(summary), t("privacy.forget_hint")]
    return Reply(text="\n".join(lines), buttons=[back_row()])


async def _my_data(call: Call) -> Outcome:
    return done(await my_data_reply(call))


async def stop_writing(call: Call) -> Outcome:
    """ "stop ecrivez moi plus" (user test, 02/12/2026): the bot never writes first; a reminder asked for is the one
    exception, named with its date; /oubli offered. Any running dialogue ends; no menu under it."""
    lines = [t("privacy.stop_writing")]
    try:
        summary = await call.env.store.describe_user_data(call.env.ctx.user_key)
    except StoreError:
        summary = None
    if summary is not None:
        lines += [
            t("privacy.stop_writing_reminder", due=r.due.strftime("%d/%m/%Y"))
            for r in summary.reminders
            if not r.sent
        ]
    lines.append(t("privacy.stop_writing_forget"))
    rows: list[list[Button]] = []
    try:
        card = call.env.services.card("calls_and_harassment")
    except ServiceUnavailable:
        card = None
    if card is not None:
        # "je veux plus de messages" may be about a collector's: the card on asking them to stop, one press away
        lines.append(t("privacy.stop_writing_collector"))
        rows.append([button(Act.card, card.id, label=card.title)])
    return done(Reply(text="\n".join(lines), buttons=rows))


async def erased_check(call: Call) -> Outcome:
    """ "tu as bien tout effacé ?" (user test, 02/12/2026): read from the store now; a clear yes when nothing is
    kept, else what is still kept and /oubli."""
    try:
        summary = await call.env.store.describe_user_data(call.env.ctx.user_key)
    except StoreError:
        return done(Reply(text=t("privacy.failed"), buttons=[back_row()]))
    if summary.is_empty:
        return done(Reply(text=t("privacy.erased_yes"), buttons=[back_row()]))
    lines = [t("privacy.erased_not_all"), *_kept_lines(summary), t("privacy.forget_hint")]
    return done(Reply(text="\n".join(lines), buttons=[back_row()]))


async def _ask_forget(call: Call) -> Outcome:
    rows = [[button(Act.forget_yes), button(Act.forget_no)]]
    return goto(PrivacyData(), Reply(text=t("privacy.forget_confirm"), buttons=rows))


async def _forget(call: Call) -> Outcome:
    try:
        summary = await call.env.store.forget_user(call.env.ctx.user_key)
    except StoreError:
        return done(Reply(text=t("privacy.failed"), buttons=[back_row()]))
    reply = Reply(text=t("privacy.forgotten", count=summary.total), buttons=main_menu())
    return Outcome(replies=[reply], dialogue=None, forget=True)


async def _keep(call: Call) -> Outcome:
    return done(menu_reply("privacy.not_forgotten"))


def _step_buttons(call: Call) -> list[list[Button]]:
    return [[button(Act.forget_yes), button(Act.forget_no)]]


TABLE = FlowTable(
    name="privacy",
    doc="What the bot keeps, what it keeps on me, and erasing it all.",
    steps=Step,
    data=PrivacyData,
    hints={Step.confirm_forget: "privacy.forget_confirm"},
    step_buttons=_step_buttons,
    rows=(
        Row(None, Command.policy, _policy, {Target.idle: "what is kept, why, how long"}),
        Row(None, Command.my_data, _my_data, {Target.idle: "what is kept on me now"}),
        Row(None, Command.forget, _ask_forget, {Step.confirm_forget: "ask to confirm"}),
        Row(
            Step.confirm_forget,
            Act.forget_yes,
            _forget,
            {Target.idle: "everything erased, nothing saved after"},
        ),
        Row(Step.confirm_forget, Act.forget_no, _keep, {Target.idle: "nothing erased, menu"}),
    ),
)
