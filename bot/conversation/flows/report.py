"""Report: where to report or complain for a problem, and a community vote on a checked number or site.
Diagram: docs/flows/report.mmd."""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Button, LastResult, Reply
from bot.conversation.services import ServiceUnavailable
from bot.conversation.table import Call, FlowTable, Outcome, Row, Target, done
from bot.conversation.texts import back_row, button, t
from bot.store.base import OfficialTargetError, StoreError


def problem_of(last: LastResult | None) -> str:
    """The complaint problem a last result points to ("" when nothing was checked)."""
    if last is None:
        return ""
    if last.kind == "calltime":
        return "harassment_or_undue_hours"
    if last.kind in {"number", "link", "message"}:
        return "scam_or_phishing" if last.verdict in {"likely_scam", "suspicious"} else "disputed_debt"
    return ""


def report_reply(call: Call, last: LastResult | None, problem: str = "") -> Reply:
    """The routes for the problem the last result points to, or a choice of problems."""
    rows: list[list[Button]] = []
    if last is not None and last.target_kind in {"number", "domain"} and last.target and not last.official:
        rows.append([button(Act.vote, what=t(f"report.vote_{last.target_kind}"))])
    problem = problem or problem_of(last)
    services = call.env.services
    try:
        if problem:
            return Reply(text=services.routes_text(problem), buttons=[*rows, back_row()])
        choices = services.problems()
    except (ServiceUnavailable, ValueError, KeyError):
        return Reply(text=t("report.intro"), buttons=[*rows, back_row()])
    rows.extend([button(Act.problem, c.id, label=c.label)] for c in choices)
    return Reply(text=t("report.choose"), buttons=[*rows, back_row()])


async def _menu(call: Call) -> Outcome:
    return done(report_reply(call, None))


async def _after_result(call: Call) -> Outcome:
    return done(report_reply(call, call.last))


async def _problem(call: Call) -> Outcome:
    return done(report_reply(call, None, call.arg))


async def _vote(call: Call) -> Outcome:
    last = call.last
    if last is None or last.target_kind is None or not last.target:
        return done(Reply(text=t("report.nothing"), buttons=[back_row()]))
    what = t(f"report.vote_{last.target_kind}")
    store, user = call.env.store, call.env.ctx.user_key
    try:
        before = await store.report_stats(last.target_kind, last.target, user_key=user)
        if before and before.already_reported_by_this_user:
            text = t("report.already", what=what, count=before.count)
        else:
            stats = await store.report(user, last.target_kind, last.target, official=last.official)
            text = t("report.voted", what=what, count=stats.count)
    except OfficialTargetError:
        text = t("report.official", what=what)
    except (StoreError, ValueError):
        text = t("report.nothing")
    return done(Reply(text=text, buttons=[back_row()]))


TABLE = FlowTable(
    name="report",
    doc="Where to report or complain, in the most useful order, and a vote on a checked number or site.",
    rows=(
        Row(None, Act.open_report, _menu, {Target.idle: "choose a problem"}),
        Row(
            None,
            Act.next_report,
            _after_result,
            {Target.idle: "routes for the last result's problem, a vote offered on its number or site"},
        ),
        Row(None, Act.problem, _problem, {Target.idle: "the routes for that problem, in order"}),
        Row(None, Act.vote, _vote, {Target.idle: "one vote per user counted (never on an official one)"}),
    ),
)
