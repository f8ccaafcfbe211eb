"""Calendar arithmetic (months and years, the French legal way) and dates written the French way.

Shared by the prescription calculator, the letters' deadlines and the date parser.

Convention (art. 2228-2229 C. civ.; Sénat, rapport n° 338 (2006-2007)): the day of the starting event is
not counted, the period runs "de quantième à quantième" and expires at midnight at the end of the
anniversary day. So the *expiry* returned by this module is the last day on which the creditor can still
act: start 2022-03-15 + 2 years -> 2024-03-15. When the anniversary month has no such day (start on a
29 February, or on a 31st when adding months), the period ends on the last day of that month, as art. 641
CPC does for procedural periods: 2020-02-29 + 1 year -> 2021-02-28; 2023-08-31 + 6 months -> 2024-02-29.
A 28 February stays a 28 February even in a leap year: 2022-02-28 + 2 years -> 2024-02-28.
No extension when the day is a Saturday, Sunday or public holiday (unlike art. 642 CPC).
"""

from __future__ import annotations

import calendar
from datetime import date

from knowledge import words_fr

MONTHS_FR: tuple[str, ...] = words_fr.load().month_names  # "janvier" … "décembre", as written


def add_months(start: date, months: int) -> date:
    """Same day-of-month ``months`` later, or the last day of that month when it is shorter."""
    years, month_index = divmod(start.month - 1 + months, 12)
    year, month = start.year + years, month_index + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_years(start: date, years: int) -> date:
    """Anniversary ``years`` later; a 29 February becomes the 28th in a common year."""
    return add_months(start, 12 * years)


def french(day: date) -> str:
    """'1er mars 2024', '28 février 2024' — how a French reader expects a date in a sentence."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"


def years_french(years: int) -> str:
    return "1 an" if years == 1 else f"{years} ans"
