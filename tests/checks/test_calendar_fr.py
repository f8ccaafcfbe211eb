"""How periods are counted: anniversary day (same quantième), month ends, 29 February, French dates."""

from datetime import date

import pytest

from checks.calendar_fr import add_months, add_years, french, years_french


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        # Ordinary case: same day and month, N years later.
        (date(2023, 3, 15), 2, date(2025, 3, 15)),
        # 28 Feb 2022 + 2 years: 2024 has a 28 February, so it stays the 28th (not the 29th of the leap year).
        (date(2022, 2, 28), 2, date(2024, 2, 28)),
        # 29 Feb 2020 + 1 year: 2021 has no 29 February -> last day of February 2021, the 28th.
        (date(2020, 2, 29), 1, date(2021, 2, 28)),
        # 29 Feb 2020 + 4 years: 2024 is a leap year -> 29 February 2024.
        (date(2020, 2, 29), 4, date(2024, 2, 29)),
        # 31 December + 1 year: year boundary, same quantième.
        (date(2023, 12, 31), 1, date(2024, 12, 31)),
        # 10 years (judgment), from a 29 February to a common year -> 28 February.
        (date(2016, 2, 29), 10, date(2026, 2, 28)),
    ],
)
def test_years_end_on_the_anniversary_or_the_last_day_of_the_month(start, years, expected) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        # 31 August + 6 months: February 2024 has 29 days -> 29 February 2024 (end of month).
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        # 31 August 2024 + 6 months: February 2025 has 28 days -> 28 February 2025.
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        # 15 December + 6 months crosses the year: 15 June of the next year.
        (date(2023, 12, 15), 6, date(2024, 6, 15)),
        # 31 January + 1 month -> 29 February in a leap year.
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        # 30 June + 6 months -> 30 December (December has a 30th).
        (date(2024, 6, 30), 6, date(2024, 12, 30)),
    ],
)
def test_months_keep_the_day_or_clip_to_the_month_end(start, months, expected) -> None:
    assert add_months(start, months) == expected


def test_dates_are_written_the_french_way() -> None:
    assert french(date(2024, 3, 1)) == "1er mars 2024"
    assert french(date(2024, 2, 29)) == "29 février 2024"
    assert french(date(2025, 8, 15)) == "15 août 2025"
    assert french(date(2026, 12, 31)) == "31 décembre 2026"


def test_durations_are_written_with_the_right_plural() -> None:
    assert years_french(1) == "1 an"
    assert years_french(2) == "2 ans"
    assert years_french(10) == "10 ans"
