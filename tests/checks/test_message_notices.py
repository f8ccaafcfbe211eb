"""A notice that asks for nothing is information: a breach notice, the advice to stay vigilant, a price change.

GDPR art. 34 and the CNIL require a firm whose members' data leaked to tell them the nature of the breach, its
likely consequences and the measures taken; cybermalveillance.gouv.fr tells them to stay vigilant. A telecom or
energy supplier must announce a contract change a month ahead (Code de la consommation, L224-33, L224-10). Such a
notice, with nothing to open, no number but confirmed ones, no secret and no payment asked, must not read as a scam;
its twin with a link, an unknown number or a payment still does. Texts written for these tests, not corpus items.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}

NOTICES = [
    "Chers adherents, notre prestataire de tiers payant a subi une cyberattaque. Vos nom, date de naissance et numero "
    "de securite sociale ont pu etre exposes. Vos coordonnees bancaires ne sont pas concernees. Nous vous invitons a "
    "rester vigilants face a tout appel ou message vous demandant des informations personnelles.",
    "Madame, Monsieur, nous avons detecte un acces non autorise a notre outil de gestion des interventions. "
    "La CNIL a ete notifiee et notre delegue a la protection des donnees reste a votre disposition. Soyez "
    "particulierement vigilants dans les semaines a venir.",
    "Information importante : suite a un incident de securite, certaines de vos donnees personnelles ont ete "
    "derobees. Les mesures ont ete prises immediatement. Redoublez de vigilance face aux messages inattendus.",
    "A compter de votre prochaine date de renouvellement, votre abonnement sera reconduit au tarif de 24,99 EUR par "
    "mois. Si vous refusez ce changement, vous pouvez resilier sans frais dans les 4 mois (article L224-33).",
    "Il y a du changement dans votre forfait : des gigas offerts des maintenant et jusqu'au 30 juin, sans rien faire.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_that_asks_nothing_is_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        # The same words beside a link of its own, an unknown number to call, or a payment and a card asked.
        "Suite a une cyberattaque, vos donnees personnelles ont ete exposees. Restez vigilants et confirmez "
        "immediatement votre identite sur https://securite-adherents-mutuelle.com/verif",
        "Suite a une cyberattaque, votre compte sera bloque sous 24h. Restez vigilants et rappelez le 0899 23 45 67.",
        "Incident de securite : pour proteger votre compte, communiquez nous votre numero de carte bancaire et le "
        "cryptogramme en reponse a ce message sous 24h.",
    ],
)
def test_its_scam_twin_still_is(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


def test_a_notice_that_asks_nothing_presses_no_one() -> None:
    codes = {f.code for f in analyse_message(NOTICES[4]).findings}
    assert "message.deadline" not in codes
    assert "message.shape" not in codes


def test_an_answer_to_a_request_never_made_still_tells_its_scam_story() -> None:
    # "Suite à votre demande du…" quiets the word model and the shape of a real answer, never a scam's story: a
    # refund waiting for a request the reader never made is how the refund scam opens.
    text = "Suite a votre demande du 12 mars, votre remboursement de 89,50 EUR est en attente."
    assert "message.scenario" in {f.code for f in analyse_message(text).findings}
