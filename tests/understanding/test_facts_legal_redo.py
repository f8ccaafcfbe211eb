"""Dates and events as people really write them about an unpaid debt (legal redo, 01/12/2026): a duration up to
today ("ca fait 3 ans que je paie plus"), a payment denied ("j'ai rien versé depuis 2021") as the start of the
unpaid, repeated payments (the last one counts), and a seizure told in the present tense, dated today, which is
not the same as a threat of seizure (art. 2244 C. civ.; fiche juridique 0.2, 0.3)."""

from __future__ import annotations

from datetime import date

import pytest

from checks.facts import Facts, extract

TODAY = date(2026, 11, 22)


def _kinds(facts: Facts) -> list[str]:
    return [event.kind for event in facts.events]


@pytest.mark.parametrize(
    ("typed", "year"),
    [
        ("ça fait 3 ans que je paie plus mon credit cetelem", 2023),
        ("ma dette sfr est prescrite ? ca fait 3 ans que je paie plus", 2023),
        ("cela fait deux ans que je rembourse plus", 2024),
        ("credit cofidis, je paye plus depuis 4 ans", 2022),
        (
            "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans",
            2023,
        ),
    ],
)
def test_a_duration_up_to_today_dates_the_start_of_the_unpaid(typed: str, year: int) -> None:
    facts = extract(typed, TODAY)
    assert facts.start is not None
    assert facts.start.earliest.year == year and not facts.start.exact  # a span, never one confident day
    assert "stopped_paying" in _kinds(facts)


@pytest.mark.parametrize(
    "typed", ["un credit sur 4 ans", "mon fils de 4 ans a casse la box", "j ai 2 mois de retard"]
)
def test_a_bare_length_is_not_a_date(typed: str) -> None:
    assert extract(typed, TODAY).dates == []


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai rien versé depuis 2021 sur mon credit",
        "j ai plus rien donne depuis 2021",
        "jai jamais rien paye depuis 2021",
    ],
)
def test_a_denied_payment_is_the_start_of_the_unpaid_not_a_payment(typed: str) -> None:
    facts = extract(typed, TODAY)
    assert "payment" not in _kinds(facts)
    assert "stopped_paying" in _kinds(facts)
    assert facts.start is not None and facts.start.earliest == date(2021, 1, 1)


@pytest.mark.parametrize(
    "typed", ["ils m'ont pas donne de reponse en 2023", "ils ont pas envoye de courrier en 2024"]
)
def test_something_not_sent_by_them_is_not_the_unpaid(typed: str) -> None:
    assert "stopped_paying" not in _kinds(extract(typed, TODAY))


def test_stopping_in_a_year_is_the_start() -> None:
    facts = extract("j'ai arrêté en 2022, facture free", TODAY)
    assert _kinds(facts) == ["stopped_paying"]
    assert facts.start is not None and facts.start.earliest == date(2022, 1, 1)


def test_stopping_a_subscription_is_not_stopping_to_pay() -> None:
    assert "stopped_paying" not in _kinds(extract("j'ai arrete mon abonnement sfr", TODAY))


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai payé 50 euros en 2023 puis un autre en 2024",
        "j ai payé 30e en 2022 et encore 20e en 2024",
        "j'ai versé 50e en 2023, puis encore en 2024",
    ],
)
def test_repeated_payments_are_each_kept_and_the_last_one_counts(typed: str) -> None:
    facts = extract(typed, TODAY)
    assert _kinds(facts).count("payment") == 2
    assert facts.last_payment is not None and facts.last_payment.earliest == date(2024, 1, 1)
    assert facts.start is None  # 2024 is a payment, not the start of the unpaid


@pytest.mark.parametrize(
    "typed",
    [
        "intrum me saisit mon compte pour un credit de 2015",
        "ils me saisissent, facture orange de 2020",
        "on me saisit mon salaire pour une dette de loyer de 2016",
        "saisie en cours sur mon compte, credit sofinco de 2018",
        "il me saisi mon compte pour une dette free de 2019",
        "le tresor public me saisit mon compte pour des impots de 2018",
        "ils sont en train de saisir mon salaire",
        "une saisie sur salaire est en cours depuis ce matin",
        "mon compte est actuellement saisi",
    ],
)
def test_a_seizure_told_in_the_present_is_an_enforcement_dated_today(typed: str) -> None:
    facts = extract(typed, TODAY)
    seizures = [event for event in facts.events if event.kind == "enforcement"]
    assert len(seizures) == 1
    assert seizures[0].when is not None and seizures[0].when.latest == TODAY


def test_the_debts_own_year_stays_the_start_when_a_seizure_runs_today() -> None:
    facts = extract("intrum me saisit mon compte pour un credit de 2015", TODAY)
    assert facts.start is not None and facts.start.earliest == date(2015, 1, 1)


def test_a_seizure_running_since_a_date_keeps_that_date_and_runs_to_today() -> None:
    facts = extract("ca fait deux ans qu'ils me saisissent", TODAY)
    (seizure,) = [event for event in facts.events if event.kind == "enforcement"]
    assert seizure.when is not None
    assert seizure.when.earliest.year == 2024 and seizure.when.latest == TODAY


@pytest.mark.parametrize(
    "typed",
    [
        "ils menacent de saisir ma voiture, credit cofidis impayé depuis 2019",
        "ils vont me saisir mon salaire",
        "si ils saisissent mon compte il me reste combien",
        "est ce qu ils peuvent me saisir",
        "j'ai peur qu'ils me saisissent",
        "je veux payer avant qu ils me saisissent mon compte",
    ],
)
def test_a_threat_of_seizure_is_not_a_seizure(typed: str) -> None:
    facts = extract(typed, TODAY)
    assert "enforcement" not in _kinds(facts)
    assert "seizure" in facts.threats


@pytest.mark.parametrize(
    "typed",
    [
        "amende impayée de 2019 prescrite ?",
        "une dette urssaf de 2018",
        "ma facture d'hopital de 2018 est prescrite ?",
        "le tresor public me reclame des impots de 2017",
        "facture de cantine de 2020",
    ],
)
def test_a_public_creditor_is_recognised(typed: str) -> None:
    assert extract(typed, TODAY).public_creditor


@pytest.mark.parametrize(
    "typed", ["facture sfr de 2019", "credit cofidis impayé depuis 2019", "loyer impayé depuis 2021"]
)
def test_a_private_creditor_is_not_public(typed: str) -> None:
    assert not extract(typed, TODAY).public_creditor


def test_a_public_hospital_bill_is_guessed_as_a_local_public_debt() -> None:
    creditor = extract("ma facture d'hopital de 2018 est prescrite ?", TODAY).creditor
    assert creditor is not None and creditor.sector == "local_public"  # art. L6145-9 CSP -> L1617-5 CGCT
