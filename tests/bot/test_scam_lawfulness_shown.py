"""A message judged a likely scam never gets "nothing illegal found" beside it: the demand of a forgery is moot.

Left by the second regression hunt: "⛔ Probablement une arnaque" for who, and "✅ Rien d'illégal repéré" for
the demand, with "the demand names the creditor and the amount, as the law requires" among the reasons.
"""

from __future__ import annotations

from checks.message import Lawfulness, analyse_message, shown_lawfulness
from tests.chat_harness import Chat

FAKE_INTRUM = (
    "Intrum\nBonjour, vous avez une facture impayée SFR de 89e. Appelez le 0972101010 ou payez sur "
    "https://intrum-paiement.com"
)
REAL_LOOKING = (
    "Intrum vous informe que votre dossier 88412 (créancier : SFR, facture du 12/03/2024) présente un solde "
    "de 89,90 euros. Pour en savoir plus, appelez le numéro figurant sur notre courrier ou rendez-vous sur intrum.fr."
)


def test_a_scam_that_names_creditor_and_amount_gets_a_moot_demand_without_the_legal_mentions() -> None:
    result = analyse_message(FAKE_INTRUM)
    assert result.verdict == "likely_scam"
    assert result.lawfulness is Lawfulness.lawful  # the raw value stays in the JSON
    shown, reasons = shown_lawfulness(result)
    assert shown == "moot"
    assert all(reason.evidence != "legit" for reason in reasons)
    assert "rien d'illégal" not in result.summary.lower()


def test_a_message_that_is_not_a_scam_keeps_its_lawfulness() -> None:
    result = analyse_message(REAL_LOOKING)
    assert result.verdict != "likely_scam"
    shown, _ = shown_lawfulness(result)
    assert shown == result.lawfulness.value


def test_an_unlawful_threat_in_a_scam_is_still_said() -> None:
    scam = (
        "INTRUM: Dernier avis. Réglez 248,90 EUR + frais de recouvrement 40 EUR sous 24h sur "
        "hxxps://myintrum-fr[.]com/payer sinon un huissier saisira vos meubles demain."
    )
    result = analyse_message(scam)
    assert result.verdict == "likely_scam"
    shown, reasons = shown_lawfulness(result)
    assert shown in ("unlawful", "questionable") and reasons


async def test_the_chat_does_not_reassure_about_a_scams_demand() -> None:
    chat = Chat()
    await chat.send(FAKE_INTRUM)
    assert "Probablement une arnaque" in chat.text
    assert "Rien d'illégal" not in chat.text
    assert "Sans objet si le message est faux" in chat.text
    assert "comme l'exige la loi" not in chat.text
