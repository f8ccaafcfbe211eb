"""Dates typed in French in the dialogues: exact, approximate, relative, impossible and future ones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.calendar_fr import add_months
from checks.dates import DateError, DateErrorCode, ParsedDate, parse_date, parse_day
from knowledge.wording import text

TODAY = date(2026, 11, 22)


def ok(value: str, today: date = TODAY) -> ParsedDate:
    result = parse_date(value, today)
    assert isinstance(result, ParsedDate), result
    return result


def error(value: str, today: date = TODAY) -> DateError:
    result = parse_date(value, today)
    assert isinstance(result, DateError), result
    return result


@pytest.mark.parametrize(
    "typed",
    [
        "15/03/2022",
        "15-03-2022",
        "15.03.2022",
        "15 / 03 / 2022",
        "15/3/2022",
        "15/03/22",
        "2022-03-15",
        "15 mars 2022",
        "15 MARS 2022",
        "le 15 mars 2022",
        "Le 15 Mars 2022.",
        "15\u00a0mars\u00a02022",
        "15 mars\u200b 2022",
    ],
)
def test_exact_days(typed: str) -> None:
    assert ok(typed) == ParsedDate(value=date(2022, 3, 15), approximate=False, precision="day")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1er février 2024", date(2024, 2, 1)),
        ("1er fevrier 2024", date(2024, 2, 1)),
        ("3 août 2021", date(2021, 8, 3)),
        ("3 aout 2021", date(2021, 8, 3)),
        ("31 décembre 2021", date(2021, 12, 31)),
        ("31 DECEMBRE 2021", date(2021, 12, 31)),
    ],
)
def test_month_names_with_or_without_accents(typed: str, expected: date) -> None:
    assert ok(typed).value == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mars 2022", date(2022, 3, 1)),
        ("Février 2023", date(2023, 2, 1)),
        ("en août 2021", date(2021, 8, 1)),
        ("03/2022", date(2022, 3, 1)),
    ],
)
def test_a_month_gives_its_first_day_flagged_approximate(typed: str, expected: date) -> None:
    assert ok(typed) == ParsedDate(value=expected, approximate=True, precision="month")


def test_a_year_alone_gives_1_january_flagged_approximate() -> None:
    assert ok("2022") == ParsedDate(value=date(2022, 1, 1), approximate=True, precision="year")
    assert ok("en 2019").value == date(2019, 1, 1)


@pytest.mark.parametrize(
    ("typed", "expected", "approximate"),
    [
        ("aujourd'hui", TODAY, False),
        ("Aujourd’hui", TODAY, False),
        ("AUJOURD'HUI", TODAY, False),
        ("hier", date(2026, 11, 21), False),
        ("avant-hier", date(2026, 11, 20), False),
        ("il y a 3 jours", date(2026, 11, 19), False),
        ("il y a deux semaines", date(2026, 11, 8), True),
        ("il y a 6 mois", date(2026, 5, 22), True),
        ("Il y a six mois", date(2026, 5, 22), True),
        ("il y a 3 ans", date(2023, 11, 22), True),
        ("il y a un an", date(2025, 11, 22), True),
        ("il y a environ 2 ans", date(2024, 11, 22), True),
        ("il y a 18 mois", date(2025, 5, 22), True),
    ],
)
def test_relative_dates_count_back_from_today(typed: str, expected: date, approximate: bool) -> None:
    result = ok(typed)
    assert result.value == expected
    assert result.approximate is approximate


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (date(2026, 8, 31), -6, date(2026, 2, 28)),
        (date(2024, 8, 31), -6, date(2024, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2024, 2, 29), -12, date(2023, 2, 28)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
    ],
)
def test_months_back_are_clamped_to_the_month_end(today: date, months: int, expected: date) -> None:
    assert add_months(today, months) == expected


def test_il_y_a_un_an_from_29_february() -> None:
    assert ok("il y a un an", date(2024, 2, 29)).value == date(2023, 2, 28)


def test_29_february_exists_only_in_leap_years() -> None:
    assert ok("29/02/2024").value == date(2024, 2, 29)
    assert ok("29/02/2000").value == date(2000, 2, 29)
    assert error("29/02/2023").code is DateErrorCode.impossible
    assert error("29/02/1900").code is DateErrorCode.impossible  # 1900 was not a leap year


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/2022",
        "30/02/2024",
        "31/04/2022",
        "31/06/2022",
        "31/09/2022",
        "31/11/2022",
        "32/01/2022",
        "00/01/2022",
        "15/13/2022",
        "15/00/2022",
        "2022-02-31",
        "31 avril 2022",
        "13/2022",
    ],
)
def test_impossible_dates_are_refused(typed: str) -> None:
    assert error(typed).code is DateErrorCode.impossible


@pytest.mark.parametrize(
    "typed",
    [
        "31/01/2022",
        "28/02/2022",
        "31/03/2022",
        "30/04/2022",
        "31/05/2022",
        "30/06/2022",
        "31/07/2022",
        "31/08/2022",
        "30/09/2022",
        "31/10/2022",
        "30/11/2022",
        "31/12/2022",
    ],
)
def test_every_month_end_is_accepted(typed: str) -> None:
    assert ok(typed).value.day in (28, 30, 31)


def test_future_dates_are_reported_distinctly_with_the_date_read() -> None:
    future = error("15/03/2027")
    assert future.code is DateErrorCode.future
    assert future.value == date(2027, 3, 15)
    assert error("23/11/2026").code is DateErrorCode.future
    assert ok("22/11/2026").value == TODAY
    assert error("décembre 2026").code is DateErrorCode.future
    assert ok("novembre 2026").value == date(2026, 11, 1)
    assert error("2027").code is DateErrorCode.future


def test_two_digit_years() -> None:
    assert ok("15/03/95").value == date(1995, 3, 15)
    assert ok("15/03/22").value == date(2022, 3, 15)
    assert error("15/03/27").code is DateErrorCode.future  # 2027, not 1927


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", DateErrorCode.empty),
        ("   ", DateErrorCode.empty),
        ("\u200b\u200f", DateErrorCode.empty),
        ("je sais plus", DateErrorCode.unrecognised),
        ("🙂", DateErrorCode.unrecognised),
        ("\x00\x00", DateErrorCode.empty),
        ("15/03/2022" * 10_000, DateErrorCode.unrecognised),
        ("demain", DateErrorCode.unrecognised),
        ("15/03/1850", DateErrorCode.too_old),
        ("il y a 300 ans", DateErrorCode.too_old),
        ("0001-01-01", DateErrorCode.too_old),
    ],
)
def test_bad_inputs_get_a_friendly_code(typed: str, code: DateErrorCode) -> None:
    assert error(typed).code is code


def test_every_error_code_has_a_french_message() -> None:
    for code in DateErrorCode:
        message = text(f"calltime.date_error.{code.value}", date="15/03/2027")
        assert message and message[0].isupper()


def test_parse_day_refuses_vague_or_relative_dates() -> None:
    assert parse_day("15 mars 2025") == date(2025, 3, 15)
    assert parse_day("mars 2025") is DateErrorCode.unrecognised
    assert parse_day("hier") is DateErrorCode.unrecognised
    assert parse_day("il y a 3 jours") is DateErrorCode.unrecognised


@settings(max_examples=250, deadline=None)
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    style=st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}", "{y}-{m:02d}-{d:02d}", "{d} {month} {y}"]),
)
def test_any_real_day_round_trips(day: date, style: str) -> None:
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    typed = style.format(d=day.day, m=day.month, y=day.year, month=months[day.month - 1])
    result = parse_date(typed, TODAY)
    if day > TODAY:
        assert result == DateError(code=DateErrorCode.future, value=day)
    else:
        assert result == ParsedDate(value=day, approximate=False, precision="day")


@settings(max_examples=200, deadline=None)
@given(typed=st.text(max_size=40))
def test_arbitrary_text_never_crashes(typed: str) -> None:
    result = parse_date(typed, TODAY)
    if isinstance(result, ParsedDate):
        assert result.value <= TODAY
