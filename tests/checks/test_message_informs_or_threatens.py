"""Scams told in one sentence, and genuine messages that only inform or send you to your own channel.

Written for these tests (look-alikes of the families, never corpus items): the "hacker" who says he took over
your devices, proceedings said to be already started "for offences", a social network's fake support, a breach
followed by a "verification", a fake technical support; and their genuine neighbours: a firm announcing a breach
and asking nothing, an answer to your own complaint, the lawful route a collector announces, a bank alert giving
the bank's own line (lcl.fr), a code delivered, "débloquez-la depuis votre appli", a bill by direct debit.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}
CALM = {Verdict.inconclusive, Verdict.likely_legit}


def _codes(text: str) -> set[str]:
    return {f.code for f in analyse_message(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Je suis un hacker et j'ai pirate tous vos appareils il y a plusieurs semaines",
        "bonjour, j ai pris le controle de ton telephone et j'ai tout tes contacts",
        "J'ai installe un logiciel espion sur le site que vous avez visite, votre camera a tout filme",
        "Nous avons enregistre des videos de vous par la webcam de votre ordinateur.",
    ],
)
def test_the_hacker_who_says_he_took_your_devices_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED
    assert "message.scenario" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des poursuites judiciaires ont ete engagees a votre encontre pour des faits de nature sexuelle.",
        "Nous engageons a votre encontre des poursuites suite a la saisie informatique de votre materiel",
        "Une enquete est ouverte a votre encontre pour des infractions presumees commises en ligne.",
    ],
)
def test_proceedings_said_to_be_already_started_by_message_are_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED
    assert "message.scenario" in _codes(text)


def test_a_collector_saying_it_may_sue_is_not_a_fake_summons() -> None:
    text = "Sans reglement de 230 EUR sous 8 jours, des poursuites judiciaires pourront etre engagees a votre encontre."
    assert "message.scenario" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Centre d'assistance Meta : votre page publie du contenu qui enfreint nos standards de la communaute.",
        "Votre compte instagram viole les regles relatives aux droits d'auteur. Deposez une contestation ici.",
    ],
)
def test_a_social_networks_fake_support_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        "Suite a une fuite de donnees, merci de verifier votre carte bancaire en cliquant ci-dessous",
        "Nous avons ete victimes d'une cyberattaque : veuillez confirmer votre identite sur notre portail",
    ],
)
def test_a_breach_followed_by_a_verification_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        "ALERTE : virus detecte, votre ordinateur est bloque. N'eteignez pas votre ordinateur et appelez le 01 84 80 12 34",
        "votre pc est infecte, contactez imediatement le support technique microsoft",
    ],
)
def test_a_fake_technical_support_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        # A firm's breach notice that asks nothing.
        "Chere cliente, notre enseigne a ete victime d'une cyberattaque. Vos nom et adresse ont pu etre consultes. "
        "Les mesures ont ete prises immediatement et la CNIL a ete informee.",
        # The answer to your own complaint.
        "Bonjour Madame, suite a votre reclamation du 3/11 au sujet de votre facture, je vous confirme le "
        "remboursement des frais. Je reste a votre disposition. Votre conseillere client.",
        "J'accuse reception de votre courrier et vous presente nos excuses pour ce retard de traitement.",
        # The lawful route a creditor announces.
        "A defaut de reglement, nous deposerons immediatement une requete en injonction de payer aupres du tribunal.",
        # The bank's own alert line, as lcl.fr shows it.
        "Alerte LCL : achat internet 84 E sur votre carte finissant par 12. Pour votre securite plafonds bloques. "
        "Appeler le 0969391133 (appel non surtaxe).",
        # A code delivered, a merchant only named.
        "Banque Populaire : pour valider votre achat de 64,00 EUR sur le site DARTY.COM saisissez le code 418 207.",
        "Votre code 3D Secure pour le paiement de 22,40 EUR chez SNCF CONNECT est le 730 112.",
        # Your own app.
        "Paiement de 45 EUR refuse, votre carte est bloquee par securite. Si c'est bien vous, debloquez-la depuis votre appli.",
        "Votre mot de passe a ete modifie. Si ce n'est pas vous, changez-le depuis l'application.",
        "votre carte n est pas bloquee, le plafond est atteint",
        # A bill by the direct debit already in place.
        "EDF : votre facture de 74,10 EUR est disponible, elle sera prelevee le 12/01 sur votre compte.",
    ],
)
def test_a_message_that_informs_or_sends_you_to_your_own_channel_is_not_suspicious(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in CALM, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        # The same alert with a stranger's mobile number: still flagged.
        "Alerte LCL : achat internet 84 E sur votre carte. Pour votre securite plafonds bloques. Appeler le 0756432109.",
        # The real line, but the message asks for the card's code.
        "LCL : carte bloquee, appelez le 0969391133 et donnez votre code confidentiel au conseiller.",
        # Your app named, but a link of its own to "unblock".
        "Votre carte est bloquee, debloquez-la depuis votre appli ou sur https://debloquage-carte-secure.com",
        # A breach notice that asks you to click and confirm your card.
        "Notre societe a ete victime d'une fuite de donnees. Veuillez confirmer votre carte bancaire ici : http://verif-client.info",
    ],
)
def test_their_scam_twins_stay_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED, [f.code for f in analyse_message(text).findings]


COMPLETE_DEMAND = (
    "DERNIER AVIS. Madame, votre dette de 486,20 EUR envers Bouygues Telecom (facture 2024-118) reste impayee. "
    "Sans reglement sous 8 jours, notre client saisira le tribunal par une requete en injonction de payer."
)


def test_a_demand_naming_creditor_basis_and_amount_with_no_contact_of_its_own_is_not_suspicious() -> None:
    result = analyse_message(COMPLETE_DEMAND)
    assert result.verdict in CALM, [f.code for f in result.findings]
    assert "message.law_mentions_present" in {f.code for f in result.lawfulness_findings}


@pytest.mark.parametrize(
    "contact",
    [" Reglez au plus vite au 07 56 43 21 09.", " Reglez au plus vite sur https://paiement-dossier-rc.com"],
)
def test_the_same_demand_with_a_contact_of_its_own_keeps_its_pressure_counted(contact: str) -> None:
    codes = _codes(COMPLETE_DEMAND + contact)
    assert "message.deadline" in codes
    assert analyse_message(COMPLETE_DEMAND + contact).verdict in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        "FR-ALERT : risque de crue. Evacuez immediatement les berges et montez dans les etages. Consignes : prefecture.",
        "Colissimo : votre colis 6A99887766554 vous attend au point retrait jusqu'au 20/12, presentez une piece d'identite.",
        "Votre demande de carte Vitale a bien ete enregistree, vous la recevrez par courrier.",
    ],
)
def test_public_alerts_pickups_and_requests_already_made_are_not_suspicious(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in CALM, [f.code for f in result.findings]


def test_an_identity_to_send_for_a_parcel_stays_flagged() -> None:
    text = "Colissimo : votre colis est bloque, envoyez une photo de votre piece d'identite sur http://colis-verif.top"
    assert analyse_message(text).verdict in FLAGGED


def test_a_creditor_changing_bank_is_flagged_but_a_rib_in_your_space_is_not() -> None:
    scam = "Bonjour, nous avons change de banque : merci de faire votre prochain virement de loyer sur notre nouveau RIB ci-joint."
    assert analyse_message(scam).verdict in FLAGGED
    assert analyse_message("Votre nouveau RIB est disponible dans votre espace client.").verdict in CALM
