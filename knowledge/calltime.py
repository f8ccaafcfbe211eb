"""Call-time rules and department data: which hours each regime allows, and where a department's clock and
public holidays come from.

Three regimes (fiche juridique, section 2), each with its source: usual hours of amicable collectors
(often cited, *not* law), commercial canvassing (D223-9 C. conso, from 1 March 2023 to 10 August 2026; since
11 August 2026 prior consent, L221-16 as rewritten by the loi 2025-594, fact sheet 0.1) and enforcement by a
commissaire de justice (L141-1 CPC exéc.). Holidays are computed by the ``holidays`` package; reading its
translations is file I/O, so it happens here and not in ``checks/``.
"""

from __future__ import annotations

from datetime import date, time
from enum import StrEnum
from functools import cache
from typing import Annotated, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, read_toml, validate
from knowledge.cache import loader

_PATH = DATA_DIR / "calltime.toml"


def _hhmm(value: str) -> str:
    time.fromisoformat(value)  # raises ValueError on "25:00" or "8h"
    if len(value) != 5:
        raise ValueError(f"{value!r} must be written HH:MM")
    return value


HourMinute = Annotated[str, AfterValidator(_hhmm)]


class HolidayScope(StrEnum):
    """Which public holidays a regime counts."""

    national = "national"  # the L3133-1 C. trav. list, the same everywhere
    local = "local"  # national ones plus those of the department (Alsace-Moselle, overseas)


class Regime(Sourced):
    """Days and hours in which a kind of call or visit is allowed."""

    label: NonBlank
    weekdays: list[int]
    windows: list[tuple[HourMinute, HourMinute]]
    public_holidays: HolidayScope
    binding: bool
    max_calls: int | None = None
    period_days: int | None = None
    in_force: date | None = None
    until: date | None = None  # last day the rule applied (D223-9 hours: replaced by prior consent)

    @field_validator("weekdays")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if not value or any(day not in range(7) for day in value) or len(set(value)) != len(value):
            raise ValueError("weekdays must be distinct numbers from 0 (lundi) to 6 (dimanche)")
        return value

    @field_validator("windows")
    @classmethod
    def _windows(cls, value: list[tuple[str, str]]) -> list[tuple[str, str]]:
        if not value:
            raise ValueError("at least one window is needed")
        previous_end = "00:00"
        for start, end in value:
            if not previous_end <= start < end:
                raise ValueError(f"window {start}-{end} must start before it ends, in increasing order")
            previous_end = end
        return value

    def allows(self, day: int, moment: time) -> bool:
        """Whether a call (or a measure) starting at ``moment`` on weekday ``day`` is inside the rule."""
        if day not in self.weekdays:
            return False
        hhmm = moment.replace(tzinfo=None)
        return any(time.fromisoformat(start) <= hhmm < time.fromisoformat(end) for start, end in self.windows)


class Territory(Sourced):
    """A group of departments sharing a clock and a list of public holidays."""

    name: NonBlank
    departments: list[NonBlank]
    time_zone: NonBlank
    time_zone_note: str | None = None
    holidays_subdivision: str | None = None
    national_law_may_not_apply: bool = False

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    @field_validator("holidays_subdivision")
    @classmethod
    def _subdivision(cls, value: str | None) -> str | None:
        if value is None:
            return value
        # holidays (0.1 s to import) is imported only to validate or compute, not when a start-up reads the
        # validated snapshot (knowledge.cache).
        from importlib.metadata import version

        from holidays.countries.france import France as FranceHolidays

        if value not in FranceHolidays.subdivisions:
            raise ValueError(
                f"{value!r} is not a subdivision of holidays.France {version('holidays')} "
                f"(known: {', '.join(FranceHolidays.subdivisions)})"
            )
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


class ConsentRule(Sourced):
    """Canvassing by phone only with the consumer's prior consent (L221-16 C. conso from ``in_force``)."""

    label: NonBlank
    in_force: date


class CallTimeFile(Strict):
    weekday_names: list[NonBlank]
    usual_hours: Regime
    canvassing: Regime
    canvassing_consent: ConsentRule
    enforcement: Regime
    holidays_source: Sourced
    mainland: Territory
    territory: list[Territory]

    @model_validator(mode="after")
    def _check(self) -> Self:
        if len(self.weekday_names) != 7:
            raise ValueError("weekday_names needs 7 names")
        until = self.canvassing.until
        if until is None or (self.canvassing_consent.in_force - until).days != 1:
            raise ValueError("canvassing.until must be the day before canvassing_consent.in_force")
        return self


class Holiday(BaseModel):
    """A public holiday on a given day, and whether it is on the national (L3133-1 C. trav.) list."""

    model_config = ConfigDict(frozen=True)

    name: str
    national: bool


class CallTimeKnowledge(BaseModel):
    model_config = ConfigDict(frozen=True)

    data: CallTimeFile
    by_department: dict[str, Territory]

    def territory(self, department: str | None) -> Territory:
        """The territory of a department code; the mainland default when none is given.

        Raises KeyError for an unknown code: use ``normalise_department`` first.
        """
        if department is None:
            return self.data.mainland
        return self.by_department[department]

    def normalise_department(self, raw: str) -> str | None:
        """``"75"``, ``" 2a "``, ``"1"`` -> ``"75"``, ``"2A"``, ``"01"``; None when it is not a department."""
        code = raw.strip().upper()
        if code.isascii() and code.isdigit() and len(code) == 1:
            code = f"0{code}"
        return code if code in self.by_department else None

    def holiday(self, day: date, territory: Territory) -> Holiday | None:
        """The public holiday on ``day`` for this territory, if any (local ones included)."""
        local = _holiday_names(territory.holidays_subdivision, day.year).get(day)
        if local is None:
            return None
        national = _holiday_names(None, day.year).get(day)
        return Holiday(name=national or local, national=national is not None)

    def weekday_name(self, day: date) -> str:
        return self.data.weekday_names[day.weekday()]


@cache
def _holiday_names(subdivision: str | None, year: int) -> dict[date, str]:
    from holidays import country_holidays

    calendar = country_holidays("FR", subdiv=subdivision, years=year, language="fr")
    return {day: str(name) for day, name in calendar.items()}


@loader
def load() -> CallTimeKnowledge:
    data = validate(_PATH, read_toml(_PATH), CallTimeFile)
    by_department: dict[str, Territory] = dict.fromkeys(data.mainland.departments, data.mainland)
    if len(by_department) != len(data.mainland.departments):
        raise KnowledgeError(f"{_PATH}: mainland.departments lists a department twice")
    claimed: set[str] = set()
    for index, territory in enumerate(data.territory):
        for code in territory.departments:
            if code in claimed:
                raise KnowledgeError(f"{_PATH}: territory.{index}.departments: {code!r} is listed twice")
            claimed.add(code)
            by_department[code] = territory
    return CallTimeKnowledge(data=data, by_department=by_department)
