"""The act of a seizure received ("un pv de saisie", "le procès-verbal de saisie-attribution", "l'acte de dénonciation
de saisie") is a seizure told: the prescription dialogue must note it (fiche juridique 0.3: a seizure supposes a title
and interrupts the delay), as it notes "saisie sur salaire". A seizure only threatened stays a threat."""

from __future__ import annotations

from datetime import date

import pytest

from checks import facts

_TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu un pv de saisie pour un credit conso de 2015 c prescrit ?",
        "j ai recu un pv de saisie de l urssaf c prescrit ?",
        "le commissaire de justice m a laissé un procès-verbal de saisie pour une facture de 2017",
        "procès verbal de saisie-attribution recu hier pour un vieux credit",
        "jai eu une denonciation de saisie attribution sur mon compte",
        "acte de saisie recu de l huissier pour mon loyer de 2016",
    ],
)
def test_the_act_of_a_seizure_is_a_seizure_told(typed: str) -> None:
    assert "enforcement" in [e.kind for e in facts.extract(typed, _TODAY).events]


@pytest.mark.parametrize(
    "typed",
    [
        "ils menacent de m envoyer un pv de saisie",
        "ils disent qu un proces verbal de saisie va arriver si je paye pas",
        "c quoi un pv de stationnement majore",
    ],
)
def test_a_threatened_or_other_pv_is_no_seizure(typed: str) -> None:
    assert "enforcement" not in [e.kind for e in facts.extract(typed, _TODAY).events]
