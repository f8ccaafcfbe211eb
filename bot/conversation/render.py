"""Turn check views into short French replies with the natural next steps as buttons.

A stressed reader gets the verdict on the first line and at most three short reasons; the full reasons, with
their sources, wait behind the "Pourquoi ?" button (kept as ``LastResult.details``). Official addresses the
person should type are shown typeable (``intrum.fr``); anything else stays defanged.
"""

from __future__ import annotations

import re

from bot.conversation.actions import Act
from bot.conversation.model import Button, Reply
from bot.conversation.services import CheckView, FindingView, Section
from bot.conversation.texts import button, t
from knowledge import organisations
from knowledge.base import Status

_MAX_REASONS = 6  # in the details
SHORT_REASONS = 3  # in the answer itself
_SHORT_CHARS = 170
DETAILS_MAX_CHARS = 3800  # under Telegram's 4,096 characters per message

# A defanged bare address ("intrum[.]fr"): not part of a link with a scheme, a path or a user.
_DEFANGED_DOMAIN_RE = re.compile(
    r"(?<![\w/@.\]\[-])((?:[a-z0-9-]+\[\.\])+[a-z]{2,24})(?![\w/@-]|\[\.\])", re.IGNORECASE
)
_SENTENCE_START_RE = re.compile(r"[A-ZÀ-ÖØ-Þ«(]")


def typeable(text: str) -> str:
    """``intrum[.]fr`` back to ``intrum.fr`` when it is a confirmed official site: that is what to type."""

    def _undefang(match: re.Match[str]) -> str:
        domain = match.group(1).replace("[.]", ".").lower()
        owner = organisations.load().owner_of_domain(domain)
        if owner is not None and owner[1].status is Status.confirmed:
            return domain
        return match.group(0)

    return _DEFANGED_DOMAIN_RE.sub(_undefang, text) if "[.]" in text else text


def verdict_label(verdict: str, labels: str = "verdict") -> str:
    try:
        return t(f"{labels}.{verdict}")
    except KeyError:
        return t("verdict.inconclusive")


def _reasons(section: Section) -> list[FindingView]:
    reasons = [f for f in section.findings if f.message.strip()]
    return sorted(reasons, key=lambda f: _severity_rank(f.severity))


def section_lines(section: Section) -> list[str]:
    """The full reasons of one verdict, with their sources (the details)."""
    lines: list[str] = []
    if section.title_key:
        lines.append(t(section.title_key))
    lines.append(f"{verdict_label(section.verdict, section.labels)} : {section.summary}")
    reasons = _reasons(section)
    if not reasons:
        return lines
    lines.append(t("check.reasons"))
    for item in reasons[:_MAX_REASONS]:
        source = f" ({item.source})" if item.source and len(item.source) <= 80 else ""
        lines.append(f"{_bullet(item.severity)} {item.message}{source}")
    return [typeable(line) for line in lines]


_ABBREVIATIONS = frozenset(
    {"art", "c", "civ", "com", "conso", "pén", "exéc", "al", "cass", "n°", "ex", "etc"}
)


def _first_sentence(text: str) -> str:
    """Up to the first sentence end outside parentheses and not after an abbreviation ("art. L34-2")."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth or ch not in ".!?…" or not text.startswith(" ", i + 1):
            continue
        word = text[:i].rsplit(" ", 1)[-1].lower().lstrip("(«")
        if ch == "." and word in _ABBREVIATIONS:
            continue
        if _SENTENCE_START_RE.match(text, i + 2):
            return text[: i + 1]
    return text


def short_reason(message: str) -> str:
    """The first sentence of a reason, cut at a word near ``_SHORT_CHARS``."""
    first = _first_sentence(message.strip())
    if len(first) <= _SHORT_CHARS:
        return first
    cut = first[:_SHORT_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:(")
    return cut + "…"


def short_section_lines(section: Section, budget: int) -> list[str]:
    """The verdict line and up to ``budget`` short reasons; nothing that could read against the verdict."""
    lines: list[str] = []
    if section.title_key:
        lines.append(t(section.title_key))
    lines.append(f"{verdict_label(section.verdict, section.labels)} : {section.summary}")
    for item in _reasons(section)[:budget]:
        lines.append(f"{_bullet(item.severity)} {short_reason(item.message)}")
    return [typeable(line) for line in lines]


_FULL_REASON_CHARS = 320


def reason_lines(section: Section, budget: int) -> list[str]:
    """Up to ``budget`` reasons (no verdict line, no source), whole when short enough: when the question is
    one of them ("c'est qui ?"), its caveats ("l'opérateur n'est pas l'appelant") are part of the answer."""
    return [
        typeable(f"{_bullet(item.severity)} {_whole_or_short(item.message)}")
        for item in _reasons(section)[:budget]
    ]


def _whole_or_short(message: str) -> str:
    whole = message.strip()
    return whole if len(whole) <= _FULL_REASON_CHARS else short_reason(whole)


def _severity_rank(severity: str) -> int:
    order = ["critical", "high", "medium", "low", "info"]
    return order.index(severity) if severity in order else len(order)


def _bullet(severity: str) -> str:
    try:
        return t(f"severity.{severity}")
    except KeyError:
        return "•"


def next_step_buttons(kind: str, *, details: bool = False) -> list[list[Button]]:
    rows: list[list[Button]] = []
    if details:
        rows.append([button(Act.next_details)])
    if kind == "number":  # a call has a time to judge; a message is received, not a call
        rows.append([button(Act.next_when)])
    rows.append([button(Act.next_todo)])
    rows.append([button(Act.next_report), button(Act.next_letter)])
    rows.append([button(Act.next_wrong), button(Act.menu)])
    return rows


def _title(view: CheckView) -> str:
    return {
        "number": lambda: t("check.number_title", number=view.subject),
        "link": lambda: t("check.link_title", link=view.subject),
        "message": lambda: t("check.message_title"),
    }[view.kind]()


def _budgets(view: CheckView) -> list[int]:
    """Three short reasons in all: the first verdict takes what the others leave (one each if they have any)."""
    others = [min(1, len(_reasons(s))) for s in view.sections[1:]]
    first = max(0, SHORT_REASONS - sum(others))
    return [first, *others]


def check_details(view: CheckView) -> str:
    """Every reason with its source, for the "Pourquoi ?" button."""
    paragraphs = [typeable(_title(view))]
    paragraphs.extend("\n".join(section_lines(section)) for section in view.sections)
    paragraphs.extend(typeable(line) for line in view.extra_lines)
    text = "\n\n".join(paragraphs)
    if len(text) > DETAILS_MAX_CHARS:
        text = text[: DETAILS_MAX_CHARS - 1].rsplit("\n", 1)[0] + "\n…"
    return text


def has_more(view: CheckView) -> bool:
    """Whether the details say more than the short answer (a reason left out or cut, a source, a note)."""
    if view.extra_lines:
        return True
    for section, budget in zip(view.sections, _budgets(view), strict=True):
        reasons = _reasons(section)
        if len(reasons) > budget or any(
            r.source or short_reason(r.message) != r.message.strip() for r in reasons
        ):
            return True
    return False


def check_reply(view: CheckView, *, forwarded_from: str | None = None, community: str = "") -> Reply:
    """The verdict first, at most three short reasons, the rest behind "Pourquoi ?"."""
    paragraphs = [typeable(_title(view))]
    if forwarded_from:
        paragraphs.append(t("check.forwarded", origin=forwarded_from))
    for section, budget in zip(view.sections, _budgets(view), strict=True):
        paragraphs.append("\n".join(short_section_lines(section, budget)))
    if community:
        paragraphs.append(community)
    return Reply(text="\n\n".join(paragraphs), buttons=next_step_buttons(view.kind, details=has_more(view)))


def todo_text(verdict: str) -> str:
    key = {
        "likely_scam": "next.todo_scam",
        "suspicious": "next.todo_suspicious",
        "likely_legit": "next.todo_legit",
    }.get(verdict, "next.todo_unknown")
    return t(key)
