"""5-digit SMS numbers (SMS+) as people paste them from their phone: what they are, what they cost to answer, and
that they never say who wrote (knowledge/data/numbering.toml, [[short_format]] with ``sms = true``)."""

from __future__ import annotations

import pytest

from checks.numbers import check_number, read_number
from checks.result import Verdict


@pytest.mark.parametrize("typed", ["38656", "38 656", "36179", "41234", "62 000", "75001", "81234", "92000"])
def test_a_five_digit_sms_number_is_named_as_one_and_proves_nothing(typed: str) -> None:
    result = check_number(typed)
    assert [f.code for f in result.findings] == ["number.sms_short"]
    assert result.verdict is Verdict.inconclusive
    assert result.number.category == "short"
    message = result.findings[0].message
    assert "n'importe qui peut en louer un" in message  # genuine or bought: the number does not say who wrote
    assert "lien" in message and "33700" in message  # the link is what to check, and where to report


def test_the_first_digit_gives_the_price_of_an_answer() -> None:
    free = check_number("38656").findings[0].message
    dear = check_number("81234").findings[0].message
    assert "ne coûte pas plus qu'un SMS ordinaire" in free
    assert "4,50 €" in dear and "ne coûte pas plus" not in dear


def test_the_spam_reporting_number_stays_the_official_one() -> None:
    result = check_number("33700")
    assert [f.code for f in result.findings] == ["number.official_short"]
    assert result.verdict is Verdict.likely_legit


@pytest.mark.parametrize("typed", ["12345", "23456"])
def test_five_digits_outside_the_sms_series_are_not_numbers(typed: str) -> None:
    assert read_number(typed).problem == "bad_length"


def test_the_sms_series_are_sourced_and_dated() -> None:
    shape = read_number("38656").short_format
    assert shape is not None and shape.sms
    assert "sosh.fr" in shape.source and shape.checked.year == 2026
