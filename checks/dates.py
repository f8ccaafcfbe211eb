"""Dates as French users type them ("15/03/2022", "15 mars 2022", "il y a 3 ans", "hier"), for the dialogues.

Pure: ``today`` is a parameter. A vague answer ("mars 2022", "2022", "il y a 6 mois") gives a date flagged
``approximate`` rather than an error, because a stressed user rarely knows the exact day of a letter.
Errors are stable codes; their French wording lives in knowledge/data/texts/calltime.toml (``calltime.date_error.*``).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from checks.calendar_fr import add_months
from checks.limits import MAX_DATE_CHARS
from checks.text_normalise import drop_invisible
from knowledge import words_fr

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "DateError",
    "DateErrorCode",
    "ParsedDate",
    "Precision",
    "day_mentioned",
    "full_year",
    "names_a_weekday",
    "normalise",
    "parse_date",
    "parse_day",
    "short_weekday_before",
]

MAX_INPUT = MAX_DATE_CHARS
EARLIEST_YEAR = 1900

Precision = Literal["day", "month", "year"]


class DateErrorCode(StrEnum):
    empty = "empty"
    unrecognised = "unrecognised"
    impossible = "impossible"  # 31/02, month 13, 29/02 of a common year
    too_old = "too_old"  # before 1900: almost surely a typo
    future = "future"  # a well-formed date after today (kept in ``value``)
    short_year = "short_year"  # "15/03/24" where the year must be written in full (``parse_day``)


class ParsedDate(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["date"] = "date"
    value: date
    approximate: bool
    precision: Precision


class DateError(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["error"] = "error"
    code: DateErrorCode
    value: date | None = None  # the date read, for ``future``


_WORDS = words_fr.load()
_MONTHS = _WORDS.month_numbers
_NUMBER_WORDS = dict(_WORDS.number_words)
#: French month names and abbreviations, folded (no accents), to their number: the one table of the project.
MONTHS: dict[str, int] = _MONTHS
#: Small numbers written in words ("il y a deux ans").
NUMBER_WORDS: dict[str, int] = _NUMBER_WORDS
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMBER_RE = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})(?:er)?\s+({_MONTH_RE})\.?\s+(\d{{4}})$")
_MONTH_YEAR = re.compile(rf"^(?:en\s+|debut\s+|fin\s+|mi\s*-?\s*)?({_MONTH_RE})\.?\s+(\d{{4}})$")
_NUMERIC_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR = re.compile(r"^(?:en\s+)?(\d{4})$")
_AGO = re.compile(
    rf"^il\s*y\s*a\s+(?:environ\s+|presque\s+|plus\s+de\s+|moins\s+de\s+)?({_NUMBER_RE})\s+(jours?|semaines?|mois|ans?|annees?)$"
)
_RELATIVE_DAYS = dict(_WORDS.relative_days)
# "la semaine derniere", "le mois dernier", "l'an dernier" (user test, 02/12/2026): a span just before today.
_LAST_SPAN = re.compile(r"^(?:la\s+|l'\s*|l\s+|cette\s+)?(semaine|mois|annee|an)\s+(?:derniere?|passee?)$")


def normalise(text: str) -> str:
    """Lower case, no accents, no invisible marks, single spaces, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKC", text)
    text = drop_invisible(text).replace("\x00", "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text.lower()).strip()
    text = re.sub(r"^(?:le|du|depuis le|depuis|date du|date :|date:)\s+", "", text)
    return text.strip(" .,;!?")


def full_year(digits: str, today: date, *, ahead: int = 10) -> int:
    """A year written with two digits, read as the nearest year at most ``ahead`` years after ``today``.

    The one rule for two-digit years: "22" is 2022, "95" is 1995; with the default window "27" in 2026 is
    2027 (then reported as future); readers of past events (``checks.facts``) use a window of one year.
    """
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= today.year + ahead else year - 100


def _build(year: int, month: int, day: int) -> date | DateErrorCode:
    # a day no calendar has ("00/00/0000", "31/02/1850") is impossible before it is too old
    if year > 9999 or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(max(year, 1), month)[1]:
        return DateErrorCode.impossible
    if year < EARLIEST_YEAR:
        return DateErrorCode.too_old
    return date(year, month, day)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _read(text: str, today: date, *, short_year: bool = True) -> tuple[date, Precision, bool] | DateErrorCode:
    """(date, precision, approximate) or an error code, before the future check."""
    if text in _RELATIVE_DAYS:
        return date.fromordinal(today.toordinal() - _RELATIVE_DAYS[text]), "day", False
    exact: tuple[int, int, int] | None = None
    if match := _NUMERIC.match(text):
        if len(match[3]) != 4 and not short_year:
            return DateErrorCode.short_year
        exact = (full_year(match[3], today), int(match[2]), int(match[1]))
    elif match := _ISO.match(text):
        exact = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _DAY_MONTH_YEAR.match(text):
        exact = (int(match[3]), _MONTHS[match[2]], int(match[1]))
    if exact is not None:
        built = _build(*exact)
        return built if isinstance(built, DateErrorCode) else (built, "day", False)
    month_year: tuple[int, int] | None = None
    if match := _MONTH_YEAR.match(text):
        month_year = (int(match[2]), _MONTHS[match[1]])
    elif match := _NUMERIC_MONTH_YEAR.match(text):
        month_year = (int(match[2]), int(match[1]))
    if month_year is not None:
        built = _build(*month_year, 1)
        return built if isinstance(built, DateErrorCode) else (built, "month", True)
    if match := _YEAR.match(text):
        built = _build(int(match[1]), 1, 1)
        return built if isinstance(built, DateErrorCode) else (built, "year", True)
    if match := _AGO.match(text):
        return _ago(_number(match[1]), match[2], today)
    if match := _LAST_SPAN.match(text):
        if match[1] == "semaine":  # its Monday, as checks.facts reads it (Monday to Sunday of last week)
            return date.fromordinal(today.toordinal() - today.weekday() - 7), "day", True
        if match[1] == "mois":
            return add_months(today, -1).replace(day=1), "month", True
        return date(today.year - 1, 1, 1), "year", True
    return DateErrorCode.unrecognised


def _ago(count: int, unit: str, today: date) -> tuple[date, Precision, bool] | DateErrorCode:
    if unit.startswith("jour"):
        if count > 366 * 150:
            return DateErrorCode.too_old
        return date.fromordinal(today.toordinal() - count), "day", False
    if unit.startswith("semaine"):
        if count > 53 * 150:
            return DateErrorCode.too_old
        return date.fromordinal(today.toordinal() - 7 * count), "day", True
    months = count if unit == "mois" else 12 * count
    if today.year - months // 12 - 1 < EARLIEST_YEAR:
        return DateErrorCode.too_old
    return add_months(today, -months), ("month" if unit == "mois" else "year"), True


def parse_date(text: str, today: date) -> ParsedDate | DateError:
    """Read a date typed in French; an error code (never an exception) when it cannot be read."""
    if not text or not text.strip():
        return DateError(code=DateErrorCode.empty)
    if len(text) > MAX_INPUT:
        return DateError(code=DateErrorCode.unrecognised)
    clean = normalise(text)
    if not clean:
        return DateError(code=DateErrorCode.empty)
    read = _read(clean, today)
    if isinstance(read, DateErrorCode):
        return DateError(code=read)
    value, precision, approximate = read
    if value > today:
        return DateError(code=DateErrorCode.future, value=value)
    return ParsedDate(value=value, approximate=approximate, precision=precision)


def parse_day(text: str, *, short_year: bool = True) -> date | DateErrorCode:
    """An exact calendar day without reference to today ("15/03/2025", "15 mars 2025", "2025-03-15").

    Used for call times (a vague date cannot give an hour), letters and the command line. Without a today,
    two-digit years are read as 20xx; ``short_year=False`` refuses them (a letter prints the full year).
    """
    clean = normalise(text)
    if not clean:
        return DateErrorCode.empty
    if clean in _RELATIVE_DAYS or _AGO.match(clean):
        return DateErrorCode.unrecognised  # relative to a "today" we are not given
    read = _read(clean, date(2099, 12, 31), short_year=short_year)
    if isinstance(read, DateErrorCode):
        return read
    value, precision, _ = read
    return value if precision == "day" else DateErrorCode.unrecognised


# --- a day mentioned in a sentence ("hier à 7h30", "dimanche", "le 15/11") ---------------------------------

_WEEKDAYS = tuple(_WORDS.words.weekdays)
_SPOKEN_DAYS = dict(_WORDS.spoken_days)
_DAY_IN_TEXT = re.compile(r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{1,2}(?:er)?\s+[a-z]+(?:\s+\d{4})?")


def day_mentioned(folded: str, today: date) -> date | None:
    """The day a folded sentence points to: "hier", "dimanche" (the most recent), "15/11" (this year, or
    last year if still to come), or a date ``parse_date`` reads. None when there is none."""
    for words, back in sorted(_SPOKEN_DAYS.items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", folded):
            return date.fromordinal(today.toordinal() - back)
    for index, name in enumerate(_WEEKDAYS):
        if re.search(rf"(?<![a-z]){name}(?![a-z])", folded):
            return date.fromordinal(today.toordinal() - (today.weekday() - index) % 7)
    for found in _DAY_IN_TEXT.finditer(folded):
        day = _written_day(found.group(), today)
        if day is not None:
            return day
    return None


def _written_day(written: str, today: date) -> date | None:
    """ "15/11" or "1er janvier" without a year: this year, or last year if still to come; else as written."""
    if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}", written):
        day = parse_date(f"{written}/{today.year}", today).value
        if day is not None and day > today:
            day = parse_date(f"{written}/{today.year - 1}", today).value
        return day
    day = parse_date(written, today).value
    if day is None and not re.search(r"\d{4}$", written):
        # "recouvreur qui appelle le 1er janvier" (fourth hunt's leftover, 01/12/2026): a day and month, no year
        day = parse_date(f"{written} {today.year}", today).value
        if day is not None and day > today:
            day = parse_date(f"{written} {today.year - 1}", today).value
    return day


_SHORT_WEEKDAYS = tuple(name[:3] for name in _WEEKDAYS)
# Only alone or after "le", "ce", "les", "chaque": "un jeu à 8h" is a game, "le jeu à 8h" stays ambiguous but rare.
_SHORT_WEEKDAY_AT_END = re.compile(
    r"(?:^|(?<![a-z])(?:le|ce|les|chaque)\s+)(" + "|".join(_SHORT_WEEKDAYS) + r")\.?\s*(?:a|vers)?\s*$"
)


def short_weekday_before(prefix: str, today: date) -> date | None:
    """ "le dim a" right before "8h": a weekday cut to three letters, read only where an hour follows and alone
    or after "le"/"ce"/"les"/"chaque" ("mer" and "jeu" are also ordinary words). The most recent such day."""
    found = _SHORT_WEEKDAY_AT_END.search(prefix)
    if found is None:
        return None
    index = _SHORT_WEEKDAYS.index(found.group(1))
    return date.fromordinal(today.toordinal() - (today.weekday() - index) % 7)


def names_a_weekday(folded: str) -> bool:
    """Whether a folded sentence names a day of the week ("dimanche 21h" said on a Sunday is last Sunday)."""
    return any(name in folded for name in _WEEKDAYS)
