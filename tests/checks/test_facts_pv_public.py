"""A "pv" makes the creditor public (a fine: the Trésor public recovers it without a judge) only where it is a ticket;
a procès-verbal de saisie or d'assemblée générale says nothing of who is owed (fiche juridique 0.8)."""

from __future__ import annotations

from datetime import date

import pytest

from checks import facts

_TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "un pv de stationnement de 2020 jamais payé",
        "mon pv de 2019 le tresor public me relance",
        "amende de 2021 jamais payée",
    ],
)
def test_a_ticket_is_a_public_creditor(typed: str) -> None:
    assert facts.extract(typed, _TODAY).public_creditor


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu un pv de saisie sur mon compte pour un credit de 2018",
        "pv d ag de 2020 et charges de copro impayées",
        "procès-verbal de constat de l huissier en 2021 pour mon loyer",
        "je t envoie la facture en pv",
    ],
)
def test_another_proces_verbal_is_not_a_public_creditor(typed: str) -> None:
    assert not facts.extract(typed, _TODAY).public_creditor
