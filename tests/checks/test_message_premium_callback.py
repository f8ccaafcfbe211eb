"""A message in the name of a known organisation asking to call back a surcharged number (081x, 082x, 089x): likely a
scam, whatever the story around it; the organisation's own free or known lines stay unflagged."""

from __future__ import annotations

import pytest

from checks.dispatch import check_any
from checks.result import Verdict


@pytest.mark.parametrize(
    "pasted",
    [
        "Orange : merci de rappeler notre service client au 0899 12 34 56 concernant votre dossier.",
        "EDF : facture impayée, risque de coupure. Appelez vite le 0812 34 56 78 pour régulariser.",
        "Bonjour, votre conseiller BNP Paribas souhaite vous joindre, rappelez le 0825 10 20 30.",
        "Ameli : votre carte Vitale expire. Pour la renouveler, contactez notre service au 0899 23 45 67 avant le 15/12.",
        "CAF : un remboursement de 248 € est en attente. Appelez le 08 92 12 34 56 pour le recevoir.",
        "Intrum : merci de nous contacter au 0892 68 12 34 au sujet de votre dossier n°45879.",
    ],
)
def test_an_organisation_asking_to_call_a_surcharged_number_is_likely_a_scam(pasted: str) -> None:
    assert check_any(pasted).verdict is Verdict.likely_scam


def test_the_finding_names_the_organisation_and_the_number() -> None:
    result = check_any(
        "Orange : merci de rappeler notre service client au 0899 12 34 56 concernant votre dossier."
    )
    found = next(f for f in result.findings if f.code == "message.impersonation_premium_callback")
    assert "0899 12 34 56" in found.message and "Orange" in found.message


@pytest.mark.parametrize(
    "pasted",
    [
        "Orange : votre facture de novembre est disponible dans votre espace client sur orange.fr.",
        # a surcharged number named without being asked to call it, nor a named organisation: not this finding
        "Attention aux SMS qui vous demandent de rappeler un 0899 : ne rappelez jamais un numéro surtaxé.",
    ],
)
def test_no_surcharged_callback_no_such_finding(pasted: str) -> None:
    codes = {f.code for f in check_any(pasted).findings}
    assert "message.impersonation_premium_callback" not in codes
