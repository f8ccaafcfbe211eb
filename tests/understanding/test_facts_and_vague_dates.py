"""Facts read from stories, and vague dates answered both ways instead of silently becoming the 1st."""

from __future__ import annotations

from datetime import date

import pytest

from checks.facts import extract
from checks.vague_dates import prescription_both_ways

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("facture sfr", "telecom"),
        ("mon forfait orange", "telecom"),
        ("une dette free mobile", "telecom"),
        ("bouygue telecom me relance", "telecom"),
        ("facture EDF", "energy"),
        ("engie me reclame", "energy"),
        ("totalenergies", "energy"),
        ("cofidis", "consumer_credit"),
        ("credit cetelem", "consumer_credit"),
        ("sofinco", "consumer_credit"),
        ("floa bank", "consumer_credit"),
        ("oney", "consumer_credit"),
        ("franfinance", "consumer_credit"),
        ("ma box internet", "telecom"),
        ("des arrieres de loyer", "rent"),
    ],
)
def test_creditor_or_sector_words_give_a_sector_guess(text: str, sector: str) -> None:
    creditor = extract(text, TODAY).creditor
    assert creditor is not None and creditor.sector == sector
    assert creditor.sector_label  # worded as a guess the person confirms


def test_the_total_of_a_debt_is_not_totalenergies() -> None:
    assert extract("le total de la dette est de 300 euros", TODAY).creditor is None


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("en 2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("depuis 2021", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("mars 2022", date(2022, 3, 1), date(2022, 3, 31), "month"),
        ("depuis juin 2023", date(2023, 6, 1), date(2023, 6, 30), "month"),
        ("l'annee derniere en mars", date(2025, 3, 1), date(2025, 3, 31), "month"),
        ("l an dernier", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("en mars dernier", date(2026, 3, 1), date(2026, 3, 31), "month"),
        ("le 15/03/2022", date(2022, 3, 15), date(2022, 3, 15), "day"),
        ("le 3 novembre", date(2026, 11, 3), date(2026, 11, 3), "day"),
        ("cette annee", date(2026, 1, 1), TODAY, "year"),
    ],
)
def test_a_year_or_a_month_alone_is_a_span_never_the_first(
    text: str, earliest: date, latest: date, precision: str
) -> None:
    dates = extract(text, TODAY).dates
    assert len(dates) == 1
    assert (dates[0].earliest, dates[0].latest, dates[0].precision) == (earliest, latest, precision)


def test_il_y_a_3_ans_is_about_three_years_ago_give_or_take_six_months() -> None:
    (span,) = extract("il y a 3 ans", TODAY).dates
    assert span.earliest == date(2023, 5, 30) and span.latest == date(2024, 5, 30)


def test_amounts_as_people_type_them() -> None:
    values = [
        a.value for a in extract("j ai donne 30e puis 60 € et 1 200,50 euros, 2e relance", TODAY).amounts
    ]
    assert values == [30, 60, 1200.5]


def test_a_year_is_not_an_amount_and_an_amount_is_not_a_year() -> None:
    facts = extract("ils reclament 2000 euros depuis 2021", TODAY)
    assert [a.value for a in facts.amounts] == [2000]
    assert [d.text for d in facts.dates] == ["depuis 2021"]


def test_a_threat_is_not_a_seizure_that_happened() -> None:
    threatened = extract("ils menacent de saisir mon salaire", TODAY)
    seized = extract("l huissier a saisi mon compte hier", TODAY)
    assert "seizure" in threatened.threats and not threatened.events
    assert [e.kind for e in seized.events] == ["enforcement"]
    assert seized.events[0].when is not None and seized.events[0].when.earliest == date(2026, 11, 29)


def test_a_telecom_bill_of_2025_is_answered_both_ways() -> None:
    """Issue 13: "2025" read as 1 January gave "prescrite depuis le 2 janvier 2026": false for December."""
    facts = extract("facture telecom 2025", TODAY)
    assert facts.start is not None
    both = prescription_both_ways("telecom", facts.start, facts.events, TODAY, single_sum=True)
    assert both.earliest.prescribed and not both.latest.prescribed
    assert both.differ
    assert both.latest.expiry == date(2026, 12, 31)


def test_when_both_ends_agree_the_answer_is_one() -> None:
    facts = extract("facture sfr de 2019", TODAY)
    assert facts.start is not None
    both = prescription_both_ways("telecom", facts.start, facts.events, TODAY, single_sum=True)
    assert not both.differ and both.earliest.prescribed and both.latest.prescribed


def test_a_payment_last_year_is_computed_at_both_ends_of_last_year() -> None:
    text = "facture edf, j ai arrete de payer il y a 3 ans mais j ai donne 30e l an dernier"
    facts = extract(text, TODAY)
    assert facts.start is not None
    both = prescription_both_ways("energy", facts.start, facts.events, TODAY)
    assert not both.earliest.prescribed and not both.latest.prescribed
    assert both.earliest.expiry == date(2027, 1, 1) and both.latest.expiry == date(2027, 12, 31)
