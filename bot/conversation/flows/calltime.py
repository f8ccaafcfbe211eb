"""Call time: one question, "when did they call?"; the check weighs every regime (collector, canvassing,
bailiff) at that moment. Diagram: docs/flows/calltime.mmd."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Literal

from bot.conversation.actions import Act
from bot.conversation.model import Button, LastResult, Reply
from bot.conversation.render import SHORT_REASONS, section_lines, short_section_lines
from bot.conversation.services import Section, ServiceUnavailable
from bot.conversation.table import Call, DialogueData, FlowTable, On, Outcome, Row, Target, done, goto
from bot.conversation.texts import back_row, button, cancel_row, t
from checks.calltime import said_parts
from checks.dates import ParsedDate, parse_date
from checks.facts import PHONE_RE, extract
from checks.understand_place import holidays_elsewhere
from knowledge import regimes, wording, words_fr
from knowledge.intents import fold
from knowledge.understanding import fold as fold_told


class Step(StrEnum):
    when = "when"  # waiting for the moment of the call


class CalltimeData(DialogueData):
    flow: Literal["calltime"] = "calltime"
    step: Step = Step.when
    department: str = ""  # where the person lives, if said (checks/facts.py): their holidays, their time
    said: str = (
        ""  # the question that gave half the moment ("ils m'appellent a 7h du mat"), read with the answer
    )
    sms: bool = False  # the contact was a text message, not a call: worded so (user test, 02/12/2026)


def after_answer_buttons(*, details: bool = False) -> list[list[Button]]:
    """The follow-ups of an answer that is not a check (call time, prescription)."""
    first = [[button(Act.next_details)]] if details else []
    return [
        *first,
        [button(Act.next_todo)],
        [button(Act.next_report), button(Act.next_letter)],
        [button(Act.next_wrong), button(Act.menu)],
    ]


async def start(call: Call, text: str = "", department: str | None = None) -> Outcome:
    """Ask when; a question that already says when ("ils m'ont appelé samedi à 7h15") is answered at once,
    in the department or territory the person gave ("j'habite à Strasbourg", a 0262 caller)."""
    sms = bool(text) and _SMS_CONTACT_RE.search(fold(text)) is not None
    if text:
        visit = bool(_BAILIFF_RE.search(fold(text)) and _VISIT_RE.search(fold(text)))
        answered = await _judge(call, text, department or _department_in(call, text), visit=visit, sms=sms)
        if answered is not None:
            return answered
    data = CalltimeData(department=department or "", sms=sms)
    if text and _BAILIFF_RE.search(fold(text)):
        return _bailiff_hours(call)
    # A question typed without its moment ("ils ont le droit d'appeler a 21h30 ?") is answered in general
    # first: no law fixes the hours of an amicable collector (fiche juridique 0.19).
    ask = "calltime.ask"
    if text:
        # "ils mappellent a 7h du mat c legal", "recouvreur qui appelle le 1er janvier c legal" (fourth hunt's leftover,
        # 01/12/2026): half the moment said is kept, only the other half is asked.
        day, hour = said_parts(PHONE_RE.sub(" ", text), call.env.ctx.today)
        if day != hour:
            data = CalltimeData(department=department or "", said=text[:_MAX_SAID], sms=sms)
            ask = "calltime.ask_day" if hour else "calltime.ask_hour"
    # "la caf me reclame un trop percu et ils m appellent a 22h c normal ?" (review, 02/12/2026): not a collector
    general = (
        "calltime.no_fixed_hours_body"
        if regimes.load().named(fold_told(text))
        else "calltime.no_fixed_hours_sms"
        if sms
        else "calltime.no_fixed_hours"
    )
    asked = f"{t(general)}\n\n{t(ask)}" if text else t(ask)
    return goto(data, Reply(text=asked, buttons=[cancel_row()]))


# The question kept while its other half is asked: a sentence, not a pasted message.
_MAX_SAID = 300


def _bailiff_hours(call: Call) -> Outcome:
    """ "un huissier peut il venir le dimanche ?" without a moment: the bailiff's hours at once (a visit, not
    a call to time), with the card on what only a bailiff may do."""
    rows = [back_row()]
    try:
        card = call.env.services.card("court_and_enforcement")
    except ServiceUnavailable:
        card = None
    if card is not None:
        rows.insert(0, [button(Act.card, card.id, label=card.title)])
    return done(Reply(text=t("calltime.bailiff_hours"), buttons=rows))


def _department_in(call: Call, text: str) -> str | None:
    facts = extract(text, call.env.ctx.today)
    return facts.department or facts.caller_department


async def _open(call: Call) -> Outcome:
    return await start(call)


def _holiday_elsewhere_note(moment: datetime) -> str:
    """Where the person lives changes the answer only when the day is a holiday outside the mainland."""
    elsewhere = holidays_elsewhere(moment.date())
    if not elsewhere:
        return ""
    by_holiday: dict[str, list[str]] = {}
    for item in elsewhere:
        by_holiday.setdefault(item.holiday, []).append(item.territory)
    places = " ; ".join(
        wording.text("understanding.calltime.place", territories=", ".join(names), holiday=holiday)
        for holiday, names in by_holiday.items()
    )
    example = f"{moment:%d/%m/%Y} à {moment:%H}h{moment:%M}"
    return "\n\n" + wording.text("understanding.calltime.holiday_elsewhere", places=places, example=example)


# "en fait c'etait un sms": a message has no call time to judge; what to send instead.
# "un huissier peut il venir le dimanche ?": the bailiff's own hours (L141-1), not the collector's none.
# "est ce que lhuissier peut venir un dimanche" (fifth hunt, 01/12/2026): the article glued
_BAILIFF_RE = re.compile(r"\b(?:l'?huissiers?|huissiers?|commissaires? de justice)\b")
# "un huissier peut il venir le dimanche a 8h", "l'huissier est passe samedi a 7h": a visit, judged by the
# bailiff's hours; "l'huissier m'a appele dimanche" stays a call.
_VISIT_RE = re.compile(
    r"\b(?:venir|venu|venue|venus|passer|passe|passee|passes|visite|sonne|sonner|frappe|frapper|debarque|debarquer|"
    r"saisir|saisie|saisi|entrer|rentrer|chez moi|a mon domicile|a la maison|a ma porte)\b"
)
# A day without its hour ("hier", "dimanche", "ce matin"), or "jsp": where to find the hour.
_A_DAY_RE = re.compile(
    r"\b(?:hier|avant-hier|avant hier|aujourd'hui|ce matin|ce midi|ce soir|cette nuit|la nuit|le soir|le matin|"
    + "|".join(words_fr.load().words.weekdays)
    + r")\b"
)
_UNSURE_TYPED = frozenset(words_fr.load().words.unsure_answers)
# The contact told is a text message ("ils m'ont envoyé un sms a 22h"): the answer speaks of an SMS, not a call.
_SMS_CONTACT_RE = re.compile(r"\b(?:sms|texto|textos|message|messages|msg)\b")
_A_MESSAGE_RE = re.compile(r"\b(?:sms|texto|message|mail|e-mail|email|courriel|lettre|courrier)s?\b")


async def _answer(call: Call) -> Outcome | None:
    """The moment of the call; a message instead of a call gets what to send; an answer without any hour
    ("hier", "jsp") gets where to find it (the phone's call log), since a rough hour is enough."""
    data = call.data(CalltimeData)
    department = _department_in(call, call.text) or data.department or None
    judged = await _judge(call, call.text, department, sms=data.sms)
    if judged is None and data.said:
        # The half said in the question, then the answer: "… a 7h du mat …" + "dimanche"; a whole moment answered
        # stands alone, and a day or an hour in the answer wins over the question's.
        judged = await _judge(call, f"{data.said} {call.text}", department, sms=data.sms)
    if judged is not None:
        return judged
    if not data.sms and _A_MESSAGE_RE.search(fold(call.text)):
        return done(Reply(text=t("check.prompt"), buttons=[back_row()]))
    folded = fold(call.text).strip(" .!?")
    vague = parse_date(call.text, call.env.ctx.today)
    if isinstance(vague, ParsedDate) and vague.approximate:
        # "la semaine derniere", "il y a 2 semaines" (user test, 02/12/2026): a span, not a day; the weekday decides
        return goto(data, Reply(text=t("calltime.need_exact_day"), buttons=[cancel_row()]))
    if not any(ch.isdigit() for ch in call.text) and (_A_DAY_RE.search(folded) or folded in _UNSURE_TYPED):
        return goto(data, Reply(text=t("calltime.need_hour"), buttons=[cancel_row()]))
    return None


async def _judge(
    call: Call, text: str, department: str | None = None, *, visit: bool = False, sms: bool = False
) -> Outcome | None:
    env = call.env
    # A phone number in the text ("le 0262 26 12 34 m'a appelé…") is who called, not when.
    moment = env.services.parse_calltime(PHONE_RE.sub(" ", text), env.ctx.now)
    if moment is None:
        return None
    several = await _several(call, text, department, visit=visit, sms=sms)
    if several is not None:
        return several
    view = env.services.calltime(moment, env.ctx.now, department)
    if view.in_future:  # the date is most likely mistyped: ask again
        data = CalltimeData(department=department or "", sms=sms)
        return goto(data, Reply(text=t("calltime.future", when=view.when), buttons=[cancel_row()]))
    title = t("calltime.title_sms" if sms else "calltime.title", when=view.when)
    section = _for_sms(view.section, view.when) if sms else view.section
    short_lines = short_section_lines(section, SHORT_REASONS)
    long_lines = section_lines(section)
    if sms:
        # "ils m'ont envoyé un sms a 22h" (user test, 02/12/2026): the moment is a text message's, not a call's
        short_lines, long_lines = _as_sms(short_lines), _as_sms(long_lines)
    text_out = "\n".join([title, *short_lines])
    details = "\n".join([title, *long_lines])
    if visit:  # the bailiff's hours first, worded for a visit; the three regimes stay behind "details"
        verdict = "calltime.visit_not_allowed" if not view.enforcement_allowed else "calltime.visit_allowed"
        text_out = "\n".join([t("calltime.visit_title", when=view.when), t(verdict)])
    if department is None:
        note = _holiday_elsewhere_note(moment)
        text_out += note
        details += note
    last = LastResult(
        kind="calltime",
        verdict=view.section.verdict,
        codes=[f.code for f in view.section.findings][:50],
        details=details[:4000],
    )
    return done(Reply(text=text_out, buttons=after_answer_buttons(details=True)), last=last)


# "ils m'ont appelé dimanche à 21h30 et samedi à 8h" (fifth hunt, 01/12/2026): each moment told is judged, not the last
# one only (which hid the late Sunday call behind "plutôt cohérent").
_MOMENTS_SPLIT_RE = re.compile(r",|;|\bet\b|\bpuis\b|\bainsi que\b|\bmais aussi\b")
_MOST_MOMENTS = 3


# What an SMS's hour is judged by (user test of 2/12 afternoon): phone canvassing (L221-16, about calls) and a commissaire
# de justice's hours for enforcement (L141-1; an SMS is no act of enforcement) do not apply; the hour findings and the
# no-legal-hours note are worded for a text message (knowledge/data/texts/bot.toml, calltime.sms_finding_*).
_NOT_FOR_SMS = frozenset(
    {
        "calltime.canvassing_consent_required",
        "calltime.canvassing_rule_not_in_force",
        "calltime.canvassing_not_allowed",
        "calltime.enforcement_not_allowed",
    }
)
_SMS_WORDED = frozenset(
    {"calltime.usual_hours", "calltime.outside_usual_hours", "calltime.night_call", "calltime.no_legal_hours"}
)


def _for_sms(section: Section, when: str) -> Section:
    """The calltime section with only what applies to a text message, worded for one."""
    kept = []
    for finding in section.findings:
        if finding.code in _NOT_FOR_SMS:
            continue
        if finding.code in _SMS_WORDED:
            key = "calltime.sms_finding_" + finding.code.removeprefix("calltime.")
            finding = finding.model_copy(update={"message": t(key, when=when), "source": t(key + "_source")})
        kept.append(finding)
    return section.model_copy(update={"findings": kept})


def _as_sms(lines: list[str]) -> list[str]:
    """The findings' "the call took place on …" said of a text message (both wordings in knowledge/)."""
    pairs = [
        (t("calltime.call_took_place"), t("calltime.sms_arrived")),
        (t("calltime.call_this_hour"), t("calltime.sms_this_hour")),
    ]
    for said, instead in pairs:
        lines = [line.replace(said, instead) for line in lines]
    return lines


async def _several(
    call: Call, text: str, department: str | None, *, visit: bool, sms: bool = False
) -> Outcome | None:
    """Two or three moments in one text: one answer each, in the order told; the buttons on the last only."""
    env = call.env
    parts = [p for p in _MOMENTS_SPLIT_RE.split(PHONE_RE.sub(" ", text)) if p.strip()]
    moments = [env.services.parse_calltime(part, env.ctx.now) for part in parts]
    found = list(dict.fromkeys(m for m in moments if m is not None))
    if not 2 <= len(found) <= _MOST_MOMENTS:
        return None
    outcomes = []
    for part, moment in zip(parts, moments, strict=True):
        if moment is None or moment not in found:
            continue
        found.remove(moment)
        one = await _judge(call, part, department, visit=visit, sms=sms)
        if one is None or one.dialogue is not None:
            return None  # a moment in the future: asked again as for one
        outcomes.append(one)
    replies = [r.model_copy(update={"buttons": []}) for o in outcomes[:-1] for r in o.replies]
    return done(*replies, *outcomes[-1].replies, last=outcomes[-1].last)


TABLE = FlowTable(
    name="calltime",
    doc="Was this call at a normal hour? One question, then the three regimes at that moment.",
    steps=Step,
    data=CalltimeData,
    hints={Step.when: "calltime.not_understood"},
    rows=(
        Row(None, Act.open_calltime, _open, {Step.when: "ask when they called"}),
        Row(
            Step.when,
            On.text,
            _answer,
            {
                Target.idle: "a past moment: the three regimes then, follow-ups; a message instead of a call: what to send",
                Step.when: "a moment in the future (a typo), no hour in it, or a span (la semaine dernière): asked again",
            },
        ),
    ),
)
