""" "This verdict is wrong": keep the codes; the text only if the user chooses to send it.
Diagram: docs/flows/feedback.mmd."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from bot.conversation.actions import Act
from bot.conversation.model import Button, Reply
from bot.conversation.table import Call, DialogueData, FlowTable, On, Outcome, Row, Target, done, goto
from bot.conversation.texts import back_row, button, cancel_row, t


class Step(StrEnum):
    choose = "choose"  # codes only, or with a text?
    text = "text"  # waiting for the text


class FeedbackData(DialogueData):
    flow: Literal["feedback"] = "feedback"
    step: Step = Step.choose


async def start(call: Call) -> Outcome:
    if call.last is None:
        return done(Reply(text=t("feedback.nothing"), buttons=[back_row()]))
    rows = [[button(Act.feedback_codes)], [button(Act.feedback_text)], cancel_row()]
    return goto(FeedbackData(), Reply(text=t("feedback.ask"), buttons=rows))


async def _save(call: Call, text: str | None) -> Outcome:
    last = call.last
    if last is None:  # the verdict was erased meanwhile (/oubli in another device): nothing to attach
        return done(Reply(text=t("feedback.nothing"), buttons=[back_row()]))
    await call.env.store.add_feedback(
        call.env.ctx.user_key, last.kind, last.verdict, list(last.codes), None, text
    )
    return done(Reply(text=t("feedback.thanks"), buttons=[back_row()]))


async def _codes_only(call: Call) -> Outcome:
    return await _save(call, None)


async def _ask_text(call: Call) -> Outcome:
    return goto(FeedbackData(step=Step.text), Reply(text=t("feedback.ask_text"), buttons=[cancel_row()]))


async def _with_text(call: Call) -> Outcome:
    return await _save(call, call.text)


def _step_buttons(call: Call) -> list[list[Button]]:
    if call.data(FeedbackData).step is Step.choose:
        return [[button(Act.feedback_codes)], [button(Act.feedback_text)]]
    return []


TABLE = FlowTable(
    name="feedback",
    doc="This verdict is wrong: the codes are kept for review, the user's text only if they choose.",
    steps=Step,
    data=FeedbackData,
    hints={Step.choose: "feedback.ask", Step.text: "feedback.ask"},
    step_buttons=_step_buttons,
    rows=(
        Row(
            None,
            Act.next_wrong,
            start,
            {Step.choose: "ask: codes only, or with a text?", Target.idle: "no verdict to contest: said"},
        ),
        Row(Step.choose, Act.feedback_codes, _codes_only, {Target.idle: "codes kept, thanks"}),
        Row(Step.choose, Act.feedback_text, _ask_text, {Step.text: "ask for the text"}),
        Row(Step.text, On.text, _with_text, {Target.idle: "codes and text kept, thanks"}),
    ),
)
