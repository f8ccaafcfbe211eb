"""Turn check views into short French replies with the natural next steps as buttons."""

from __future__ import annotations

from bot.conversation.actions import Act
from bot.conversation.model import Button, Reply
from bot.conversation.services import CheckView, Section
from bot.conversation.texts import button, t

_MAX_REASONS = 6


def verdict_label(verdict: str, labels: str = "verdict") -> str:
    try:
        return t(f"{labels}.{verdict}")
    except KeyError:
        return t("verdict.inconclusive")


def section_lines(section: Section) -> list[str]:
    lines: list[str] = []
    if section.title_key:
        lines.append(t(section.title_key))
    lines.append(f"{verdict_label(section.verdict, section.labels)} : {section.summary}")
    reasons = [f for f in section.findings if f.message.strip()]
    if not reasons:
        lines.append(t("check.no_reason"))
        return lines
    lines.append(t("check.reasons"))
    ordered = sorted(reasons, key=lambda f: _severity_rank(f.severity))
    for item in ordered[:_MAX_REASONS]:
        source = f" ({item.source})" if item.source and len(item.source) <= 80 else ""
        lines.append(f"{_bullet(item.severity)} {item.message}{source}")
    return lines


def _severity_rank(severity: str) -> int:
    order = ["critical", "high", "medium", "low", "info"]
    return order.index(severity) if severity in order else len(order)


def _bullet(severity: str) -> str:
    try:
        return t(f"severity.{severity}")
    except KeyError:
        return "•"


def next_step_buttons(view: CheckView) -> list[list[Button]]:
    rows: list[list[Button]] = []
    if view.kind in {"number", "message"}:
        rows.append([button(Act.next_when)])
    rows.append([button(Act.next_todo)])
    rows.append([button(Act.next_report), button(Act.next_letter)])
    rows.append([button(Act.next_wrong), button(Act.menu)])
    return rows


def check_reply(view: CheckView, *, forwarded_from: str | None = None, community: str = "") -> Reply:
    title = {
        "number": lambda: t("check.number_title", number=view.subject),
        "link": lambda: t("check.link_title", link=view.subject),
        "message": lambda: t("check.message_title"),
    }[view.kind]()
    paragraphs = [title]
    if forwarded_from:
        paragraphs.append(t("check.forwarded", origin=forwarded_from))
    paragraphs.extend("\n".join(section_lines(section)) for section in view.sections)
    paragraphs.extend(view.extra_lines)
    if community:
        paragraphs.append(community)
    return Reply(text="\n\n".join(paragraphs), buttons=next_step_buttons(view))


def todo_text(verdict: str) -> str:
    key = {
        "likely_scam": "next.todo_scam",
        "suspicious": "next.todo_suspicious",
        "likely_legit": "next.todo_legit",
    }.get(verdict, "next.todo_unknown")
    return t(key)
