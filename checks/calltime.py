"""Was that call at a normal hour? The day and hour of a call read against three regimes.

1. Amicable collectors: no law fixes their hours; Monday-Saturday 8h-20h is often cited, nothing more. An
   unusual hour is a sign, never a proof (low or medium risk).
2. Commercial canvassing: from 1 March 2023 to 10 August 2026, D223-9 C. conso (Monday-Friday 10h-13h and
   14h-20h, national holidays excluded); since 11 August 2026, only with the consumer's prior consent
   (L221-16 as rewritten by the loi 2025-594), so never "allowed" on the hour alone.
3. Enforcement by a commissaire de justice (L141-1 CPC exéc.): no measure on a Sunday or public holiday,
   none begun before 6h or after 21h.

Pure: ``now`` is a parameter, rules and holidays come from ``knowledge.calltime``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Literal
from zoneinfo import ZoneInfo

from checks.calendar_fr import french
from checks.dates import (
    DateErrorCode,
    day_mentioned,
    names_a_weekday,
    normalise,
    parse_day,
    short_weekday_before,
)
from checks.limits import MAX_DATE_CHARS
from checks.result import CheckResult, Finding, finding, summary_for
from checks.text_normalise import drop_invisible, fold
from knowledge import calltime as knowledge
from knowledge.calltime import CallTimeKnowledge, Holiday, HolidayScope, Regime, Territory

__all__ = [
    "CallTimeError",
    "CallTimeErrorCode",
    "CallTimeResult",
    "check_calltime",
    "format_when",
    "parse_calltime",
    "said_parts",
    "utc_offset",
]

MAX_INPUT = MAX_DATE_CHARS
# Calls before 7h or from 21h are "night" calls: a stronger sign than a call at 20h15 or 7h30.
NIGHT_END = time(7, 0)
NIGHT_START = time(21, 0)


class CallTimeErrorCode(StrEnum):
    empty = "empty"
    unrecognised = "unrecognised"
    no_time = "no_time"
    impossible_date = "impossible_date"
    impossible_time = "impossible_time"
    too_old = "too_old"
    unknown_department = "unknown_department"


class CallTimeError(ValueError):
    """Input that cannot be read; ``code`` keys the French message in texts/calltime.toml (``calltime.error.*``)."""

    def __init__(self, code: CallTimeErrorCode, text: str) -> None:
        super().__init__(f"{code.value}: {text!r}")
        self.code = code
        self.text = text


class CallTimeResult(CheckResult):
    kind: Literal["calltime"] = "calltime"
    local_time: str  # ISO 8601 with the offset of the consumer's zone
    time_zone: str
    department: str | None
    territory: str
    weekday: str  # French name: "dimanche"
    holiday: str | None  # French name of the public holiday, local ones included
    usual_hours_ok: bool  # Mon-Sat, 08:00 <= t < 20:00, not a public holiday (often cited, not law)
    # D223-9 hours until 10 Aug. 2026; None before 1 March 2023; False since 11 Aug. 2026 (prior consent needed)
    canvassing_allowed: bool | None
    enforcement_allowed: bool  # L141-1 CPC exéc.
    in_future: bool


# --- parsing -------------------------------------------------------------------------------------------

_ISO_SHAPE = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_TIME = r"(?P<h>\d{1,2})\s*(?:h|:)\s*(?P<m>\d{2})?(?::(?P<s>\d{2}))?"
_DATE_THEN_TIME = re.compile(rf"^(?P<date>.*?\d)\s*(?:,\s*|\s)(?:a\s+|vers\s+|,\s*)?{_TIME}$")
_TIME_THEN_DATE = re.compile(rf"^{_TIME}\s*(?:,\s*|\s)(?:le\s+|du\s+)?(?P<date>\d.*)$")


def parse_calltime(text: str, department: str | None = None) -> datetime:
    """Read the date and hour of a call.

    ISO 8601 with an offset ("2025-03-15T21:30+01:00", "...Z") gives an aware datetime converted to the
    department's zone; without one ("2025-03-15 21:30", "15/03/2025 21h30", "15 mars 2025 à 21h") a naive
    datetime, meaning local time there. Raises CallTimeError with a code for anything else.
    """
    territory = _territory(department)
    if len(text) > MAX_INPUT:
        raise CallTimeError(CallTimeErrorCode.unrecognised, text[:40] + "…")
    clean = drop_invisible(unicodedata.normalize("NFKC", text)).replace("\x00", "").strip()
    if not clean:
        raise CallTimeError(CallTimeErrorCode.empty, text)
    if _ISO_SHAPE.match(clean):
        return _parse_iso(clean, text, territory)
    return _parse_french(normalise(clean), text)


def _parse_iso(clean: str, original: str, territory: Territory) -> datetime:
    if not re.search(r"[Tt ]\d", clean):
        raise CallTimeError(CallTimeErrorCode.no_time, original)
    try:
        parsed = datetime.fromisoformat(clean.upper().replace(" ", "T", 1).replace(",", "."))
    except ValueError:
        date_part = clean[:10].split("-")
        day = parse_day("-".join(reversed(date_part)))
        code = _date_error(day) if isinstance(day, DateErrorCode) else CallTimeErrorCode.impossible_time
        raise CallTimeError(code, original) from None
    if parsed.year < 1900:
        raise CallTimeError(CallTimeErrorCode.too_old, original)
    if parsed.tzinfo is None:
        return parsed
    return parsed.astimezone(territory.zone)


def _parse_french(clean: str, original: str) -> datetime:
    match = _DATE_THEN_TIME.match(clean) or _TIME_THEN_DATE.match(clean)
    if match is None:
        day_only = parse_day(clean)
        if isinstance(day_only, date):
            raise CallTimeError(CallTimeErrorCode.no_time, original)
        raise CallTimeError(_date_error(day_only), original)
    day = parse_day(match["date"])
    if isinstance(day, DateErrorCode):
        raise CallTimeError(_date_error(day), original)
    hour, minute, second = int(match["h"]), int(match["m"] or 0), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise CallTimeError(CallTimeErrorCode.impossible_time, original)
    return datetime.combine(day, time(hour, minute, second))


_SPOKEN_TIME = re.compile(r"(?<!\d)(?P<h>[01]?\d|2[0-3])\s*(?:h|:)\s*(?P<m>[0-5]\d)?(?!\d)")


def parse_spoken_calltime(text: str, now: datetime) -> datetime | None:
    """What the dialogue reads: a full date and hour as ``parse_calltime`` reads them ("15/03/2026 à 20h15"),
    or an hour with a day said relative to ``now`` ("dimanche 21h", "hier à 7h30", "aujourd'hui 21h": the
    most recent such day). None when no moment can be read."""
    try:
        return parse_calltime(text)
    except CallTimeError:
        pass
    folded = fold(text)
    hours = list(_SPOKEN_TIME.finditer(folded))
    if not hours:
        return None
    hour = hours[-1]
    moment = time(int(hour["h"]), int(hour["m"] or 0))
    rest = (folded[: hour.start()] + " " + folded[hour.end() :]).strip()
    day = day_mentioned(rest, now.date())
    short = short_weekday_before(folded[: hour.start()], now.date()) if day is None else None
    day = day or short
    if day is None:
        return None
    when = datetime.combine(day, moment)
    if when > now.replace(tzinfo=None) and (short is not None or names_a_weekday(rest)):
        when -= timedelta(days=7)  # "dimanche 21h" said on a Sunday afternoon: last Sunday
    return when


def said_parts(text: str, today: date) -> tuple[bool, bool]:
    """Whether a sentence says the day of a call and whether it says its hour ("ils m'appellent a 7h du mat": the
    hour only; "recouvreur qui appelle le 1er janvier": the day only), so that only the missing half is asked."""
    folded = fold(text)
    hour = _SPOKEN_TIME.search(folded) is not None
    rest = _SPOKEN_TIME.sub(" ", folded)
    day = day_mentioned(rest, today) is not None or names_a_weekday(rest)
    return day, hour


def _date_error(code: DateErrorCode) -> CallTimeErrorCode:
    return {
        DateErrorCode.impossible: CallTimeErrorCode.impossible_date,
        DateErrorCode.too_old: CallTimeErrorCode.too_old,
        DateErrorCode.empty: CallTimeErrorCode.empty,
    }.get(code, CallTimeErrorCode.unrecognised)


def _territory(department: str | None) -> Territory:
    facts = knowledge.load()
    return facts.territory(_department_code(facts, department))


def _department_code(facts: CallTimeKnowledge, department: str | None) -> str | None:
    if department is None:
        return None
    code = facts.normalise_department(department[:10])
    if code is None:
        raise CallTimeError(CallTimeErrorCode.unknown_department, department[:10])
    return code


# --- the check -----------------------------------------------------------------------------------------


def format_when(moment: datetime) -> str:
    """'samedi 15 mars 2025 à 21h30'."""
    return f"{_format_date(moment.date())} à {moment.hour}h{moment.minute:02d}"


def _format_date(day: date) -> str:
    """'samedi 15 mars 2025', 'samedi 1er mars 2025'."""
    return f"{knowledge.load().weekday_name(day)} {french(day)}"


def utc_offset(moment: datetime) -> str:
    """'+01:00', '-10:00': the offset of an aware datetime, for display."""
    raw = moment.strftime("%z")
    return f"{raw[:3]}:{raw[3:5]}"


def _localise(wall: datetime, zone: ZoneInfo, territory: Territory) -> tuple[datetime, list[Finding]]:
    """Attach the zone to a naive local time, naming the DST gap or fold it may fall in."""
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first, []
    through_utc = first.astimezone(UTC).astimezone(zone)
    params: dict[str, Any] = {
        "date": _format_date(wall.date()),
        "wall": f"{wall.hour}h{wall.minute:02d}",
        "territory": territory.name,
    }
    if through_utc.replace(tzinfo=None) != wall:  # the clocks jumped over this wall time
        return through_utc, [
            finding("calltime.dst_gap", resolved=f"{through_utc.hour}h{through_utc.minute:02d}", **params)
        ]
    other = second.replace(microsecond=0).isoformat()
    resolved = f"{first.hour}h{first.minute:02d} (UTC{utc_offset(first)})"
    return first, [finding("calltime.dst_fold", resolved=resolved, other=other, **params)]


def _allowed(regime: Regime, day: date, moment: time, holiday: Holiday | None) -> bool:
    """Inside the regime's days and hours, and not on a holiday it counts (national only, or local too)."""
    if holiday is not None and (regime.public_holidays is HolidayScope.local or holiday.national):
        return False
    return regime.allows(day.weekday(), moment)


def check_calltime(
    when: datetime, department: str | None = None, *, now: datetime | None = None
) -> CallTimeResult:
    """Read the moment of a call against the three regimes, in the consumer's zone and holiday calendar.

    A naive ``when`` is local time of the department (mainland France by default); an aware one is converted.
    ``now`` (aware, or naive meaning UTC) only serves to flag a date in the future. Raises CallTimeError for
    an unknown department.
    """
    facts = knowledge.load()
    code = _department_code(facts, department)
    territory = facts.territory(code)
    zone = territory.zone
    notes: list[Finding] = []
    if when.tzinfo is None or when.utcoffset() is None:
        local, notes = _localise(when.replace(tzinfo=None), zone, territory)
    else:
        local = when.astimezone(zone)
        if when.utcoffset() != local.utcoffset():
            given = when.replace(microsecond=0).isoformat()
            notes.append(
                finding("calltime.converted", given=given, territory=territory.name, when=format_when(local))
            )
    local = local.replace(microsecond=0)
    day, moment = local.date(), local.timetz()
    holiday = facts.holiday(day, territory)
    data = facts.data

    usual_ok = _allowed(data.usual_hours, day, moment, holiday)
    in_force = data.canvassing.in_force
    consent_needed = day >= data.canvassing_consent.in_force
    canvassing: bool | None = None
    if consent_needed:  # the hour cannot make it lawful: only a prior consent can
        canvassing = False
    elif in_force is None or day >= in_force:
        canvassing = _allowed(data.canvassing, day, moment, holiday)
    enforcement = _allowed(data.enforcement, day, moment, holiday)
    in_future = now is not None and local > (now if now.tzinfo is not None else now.replace(tzinfo=UTC))

    when_text = format_when(local)
    found = list(notes)
    if in_future:
        found.append(finding("calltime.future", when=when_text))
    if usual_ok:
        found.append(finding("calltime.usual_hours", when=when_text))
    elif NIGHT_END <= moment.replace(tzinfo=None) < NIGHT_START:
        found.append(finding("calltime.outside_usual_hours", when=when_text))
    else:
        found.append(finding("calltime.night_call", when=when_text))
    if holiday is not None:
        params: dict[str, Any] = {"date": _format_date(day), "holiday": holiday.name}
        if holiday.national:
            found.append(finding("calltime.holiday", **params))
        else:
            found.append(finding("calltime.holiday_local", territory=territory.name, **params))
    if consent_needed:
        found.append(finding("calltime.canvassing_consent_required"))
    elif canvassing is None:
        found.append(finding("calltime.canvassing_rule_not_in_force", date=_format_date(day)))
    elif not canvassing:
        found.append(finding("calltime.canvassing_not_allowed"))
    if not enforcement:
        found.append(finding("calltime.enforcement_not_allowed"))
    found.append(finding("calltime.no_legal_hours"))
    if territory.national_law_may_not_apply:
        found.append(finding("calltime.local_law", territory=territory.name))
    if territory.time_zone_note:
        found.append(
            finding("calltime.time_zone_note", territory=territory.name, note=territory.time_zone_note)
        )

    return CallTimeResult(
        findings=found,
        summary=summary_for("calltime", found),
        local_time=local.isoformat(),
        time_zone=territory.time_zone,
        department=code,
        territory=territory.name,
        weekday=facts.weekday_name(day),
        holiday=holiday.name if holiday else None,
        usual_hours_ok=usual_ok,
        canvassing_allowed=canvassing,
        enforcement_allowed=enforcement,
        in_future=in_future,
    )
