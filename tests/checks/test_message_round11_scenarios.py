"""Scam families the tuning halves of batches 6 and 7 still missed, each a trick a public source documents.

Money said to be owed to you out of the blue (the fake Caf e-mail "Nous vous devons 161,82 euro"), a Vitale card
said to stop working with "vos droits" interrupted, a fake summons telling its "cybergendarme" holds "les preuves de
vos infractions". Written for these tests in the way people paste them (no accents), not copied from any corpus;
beside each, the genuine message it must not be confused with.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


@pytest.mark.parametrize(
    "text",
    [
        "Caf : nous vous devons 212,40 euros. Votre versement est en attente.",
        "Bonjour, nous vous devons encore 48 EUR, une somme de 48 EUR vous est due.",
        "Assurance Maladie : votre carte actuelle cessera de fonctionner le 15/12. Pour eviter toute interruption de "
        "vos droits, il est conseille de finaliser la demarche rapidement.",
        "Gendarmerie nationale. Plusieurs elements enregistres par notre cybergendarme constituent des preuves de vos "
        "infractions.",
    ],
)
def test_the_scam_is_flagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert "message.scenario" in {f.code for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Votre carte bancaire arrive a expiration : la nouvelle vous sera envoyee automatiquement par courrier.",
        "Nous vous avons rembourse 12,00 EUR sur votre compte suite a votre retour. Merci de votre confiance.",
    ],
)
def test_its_genuine_neighbour_is_not(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED
