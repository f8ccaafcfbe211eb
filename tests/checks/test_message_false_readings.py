"""Two false readings of genuine messages, and the scam neighbours that must keep their reading.

- A word that only DESCRIBES an aid, a loan or a medicine ("aide non remboursable", "remboursable en 10 ans",
  "médicament non remboursé") is not a refund promised to the reader: the refund scenario stays quiet.
- "par la poste", "à la poste", "le cachet de la poste" name the post as a channel or a counter, not La Poste the
  carrier writing: no parcel-carrier mention in the message, no La Poste organisation in a told contact.
"""

from __future__ import annotations

import pytest

from checks.described_contact import describe
from checks.message import analyse_message
from checks.result import Verdict


def _scenario_texts(text: str) -> list[str]:
    return [f.message for f in analyse_message(text).findings if f.code.startswith("message.scenario")]


@pytest.mark.parametrize(
    "text",
    [
        "Le pret a taux zero est remboursable en 10 ans, renseignez vous aupres de votre banque sur le lien ci-dessous",
        "ce medicament est non rembourse par la secu, cliquez ici pour voir la liste",
        "Une avance remboursable sans interets, cliquez sur le lien pour voir les conditions",
    ],
)
def test_a_word_describing_an_aid_or_a_loan_is_not_the_refund_story(text: str) -> None:
    assert not any("remboursement qui vous attend" in m for m in _scenario_texts(text))


def test_maprimerenov_described_as_non_refundable_is_not_read_as_a_refund() -> None:
    text = (
        "MaPrimeRénov est une aide non remboursable de l'État, faites votre demande sur maprimerenov.gouv.fr"
    )
    result = analyse_message(text)
    assert result.verdict is not Verdict.likely_scam
    assert not any("remboursement qui vous attend" in m for m in _scenario_texts(text))
    sans_accents = (
        "maprimerenov est une aide non remboursable de l etat, faites votre demande sur maprimerenov.gouv.fr"
    )
    assert not any("remboursement qui vous attend" in m for m in _scenario_texts(sans_accents))


@pytest.mark.parametrize(
    "text",
    [
        "Votre remboursement d'impot de 89 € est en attente, cliquez sur http://impots-rembours.com",
        "Ameli: remboursement disponible, confirmez vos coordonnees sur http://ameli-remb.info",
        "DGFIP: vous allez etre rembourse de 126,50e, remplissez le formulaire http://dgfip-remb.top",
    ],
)
def test_a_refund_promised_through_a_link_stays_a_scam(text: str) -> None:
    assert analyse_message(text).verdict is Verdict.likely_scam


@pytest.mark.parametrize(
    "text",
    [
        "avis de contravention envoyé par la poste",
        "j'ai reçu par la poste un avis de contravention",
        "jai recu a la poste un avis de contravention a payer",
        "amende recu par la poste, cachet de la poste faisant foi",
    ],
)
def test_the_post_as_a_channel_names_no_carrier(text: str) -> None:
    result = analyse_message(text)
    assert not any("transporteur" in f.message for f in result.findings)
    told = describe(text)
    assert told is None or told.organisation != "la_poste"
    assert told is None or told.scenario != "parcel"


def test_a_fine_told_as_received_by_post_is_the_fine_sender_s() -> None:
    told = describe("j'ai reçu par la poste un avis de contravention")
    assert told is not None and told.organisation == "antai"


def test_a_fake_fine_sent_by_post_is_still_a_scam_without_a_carrier_reading() -> None:
    text = "Votre avis de contravention vous a ete envoye par La Poste. Reglez 35 euros sur http://amendes-paiement.info"
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert not any("transporteur" in f.message for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "La Poste: votre colis est en attente, payez 1,99€ de frais sur http://laposte-suivi.xyz",
        "la poste : colis bloque, frais de 2e a regler ici http://colis-laposte.info",
    ],
)
def test_la_poste_as_the_sender_of_a_parcel_lure_stays_the_carrier(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert any(f.code == "message.impersonation_link" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    ["un sms de la poste me demande 1,99 euros pour mon colis", "sms laposte colis 1,99 a payer"],
)
def test_a_told_sms_from_la_poste_is_still_la_poste(text: str) -> None:
    told = describe(text)
    assert told is not None and told.organisation == "la_poste" and told.scenario == "parcel"


def test_maprimerenov_with_its_full_official_address_reads_as_genuine() -> None:
    text = "MaPrimeRénov est une aide non remboursable de l'État, faites votre demande sur https://www.maprimerenov.gouv.fr"
    assert analyse_message(text).verdict is Verdict.likely_legit
