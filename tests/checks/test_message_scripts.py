"""Scam scripts that need no link, openers that only deserve a warning, and official sites named beside a request.

The families the real corpora still missed (issue 10, round 6): a fine that "will rise" if not paid now, a
"courier" who came by and asks what to do next, an aid or premium "you are entitled to", a tax office that
"reviewed your situation"; the first line of a wrong-number chat; a message that names impots.gouv.fr or
ameli.fr while asking for bank details. Every input is written for these tests, as people type them.
"""

from __future__ import annotations

import pytest

from checks.message import MessageResult, analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.findings}


# --- A scam script, link or not --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the fine that grows if you wait (ANTAI's "avant majoration" lure), in other words each time
        "Votre amende de 135 € passera à 375 € si elle n'est pas reglee avant le 12/03.",
        "Attention votre contravention sera majoree a 180 euros sans paiement rapide",
        "Ne laissez pas votre PV grimper jusqu'a 450€",
        # the courier who "came by", no carrier named, no link yet
        "Bonjour c'est le livreur, je suis passé ce midi mais personne. Je repasse demain ou je laisse au relais ?",
        "bjr ici votre livreur, vous etiez absent, je le depose en point relais ?",
        # an aid, a premium or works for 1 euro "you are entitled to"
        "Vous etes eligible a la prime energie de 450 €, faites votre demande avant le 30/11",
        "Programme de l'Etat : isolation de vos combles a 1 euro, rappelez-nous vite",
        "Nous sommes mandatés par l'Etat pour vos travaux de renovation energetique, repondez OUI",
        # the tax office that "reviewed your situation"
        "Suite au bilan de votre situation fiscale, un remboursement de 356 € vous est du. Completez le formulaire.",
        "Vous etes soupconne de fraude fiscale. Regularisez sous 48h pour eviter des poursuites.",
    ],
)
def test_a_scam_script_is_flagged_even_without_a_link(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED, codes(result)
    assert "message.scenario" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Votre banque : une operation de 1250€ est en cours de validation. En cas d'opposition contactez le 09 70 12 34 56",
        "Amazon: Commande #402-1234 de 899 EUR expediee. Annuler? Appelez 01 84 60 12 12",
        "Ameli: votre attestation de droits doit etre mise a jour avant le 10/12",
        "Colissimo: votre colis n'a pas pu etre livre, programmez une nouvelle livraison.",
        "Ulys : une facture de 12,40 € reste impayee sur votre badge.",
        "Vinted: ton acheteur a paye, confirme la reception du paiement pour recevoir tes fonds.",
        "Vous avez un message vocal en attente, ecoutez-le en appelant le 0899 12 34 56",
    ],
)
def test_the_usual_scenarios_in_other_words_are_flagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED, codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Votre virement de 50 € a été programmé. Il sera exécuté demain.",
        "Votre attestation de droits est disponible dans votre compte ameli.",
        "Votre colis est disponible en point relais. Pour toute question, contactez-nous.",
        "Avis de passage : votre colis est en attente au bureau de poste.",
        "Ulys : votre facture de novembre (12,40 €) est disponible dans votre espace client.",
    ],
)
def test_the_same_words_in_an_ordinary_notification_are_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


# --- Openers: a warning, never more ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, c'est bien Julien ?",
        "bonsoir c est Sophie ?",
        "Salut, j'ai trouvé ton numero dans mes contacts, on s'est rencontré où ?",
        "bonjour je suis passe chez vous ce matin",
        "Chronopost : bonjour, vous êtes chez vous ? je repasse ?",
    ],
)
def test_the_first_line_of_a_conversation_scam_is_suspicious_and_never_more(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.suspicious, codes(result)
    assert "message.scenario" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Coucou c'est Léa, je serai en retard de 10 min",
        "Bonjour c'est bien Monsieur Durand ? C'est le garage, votre voiture est prete, vous pouvez passer la recuperer.",
        "Salut c'est moi ?",
        "Vous etes chez vous demain ? Je passe deposer les cles vers 18h. Bises",
        # real drivers announce themselves too: only the failed delivery that asks what next is the script
        "Bonjour, je suis votre livreur Amazon, je serai chez vous dans 10 minutes.",
        "Bonjour, c'est le livreur DPD, je suis devant votre portail, vous pouvez descendre ?",
    ],
)
def test_people_who_know_you_are_not_openers(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


# --- An official site named beside a request -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Votre espace ameli.fr a été mis à jour. Merci de vérifier vos informations bancaires avant le versement.",
        "Information impots.gouv.fr : veuillez confirmer votre identité pour finaliser votre dossier",
        "Espace caf.fr : merci de mettre a jour vos informations de paiement avant le 5.",
    ],
)
def test_naming_an_official_site_does_not_make_a_request_for_secrets_genuine(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.suspicious, codes(result)
    assert "message.request_beside_official" in codes(result)


def test_a_warning_never_to_share_bank_details_beside_the_official_site_stays_genuine() -> None:
    result = analyse_message(
        "Impots.gouv.fr : nous ne vous demanderons jamais vos coordonnees bancaires par SMS. "
        "Votre avis est disponible dans votre espace particulier."
    )
    assert "message.request_beside_official" not in codes(result)
    assert result.verdict not in FLAGGED


# --- Genuine messages stay unflagged -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a La Poste tracking SMS on its own site
        "Suivi de votre colis 6A12345678901 sur https://www.laposte.fr/outils/suivre-vos-envois : livraison prévue demain.",
        # the tax office's reminder, with its own non-premium help line
        "Bonjour, pensez a declarer vos revenus sur impots.gouv.fr. Besoin d'aide ? Appelez le 0809 401 401 (appel non surtaxe).",
        # a collector naming the creditor, the amount and its letter
        "Bonjour, Intrum, pour le compte de Bouygues Telecom : votre facture n°F2024-118 de 64,90 € reste impayée. "
        "Vous pouvez régler sur intrum.fr ou appeler le numéro indiqué sur notre courrier du 3 mars.",
        # a one-time code being delivered
        "Votre code de vérification Doctolib est 482913. Ne le partagez avec personne.",
        "Votre code de connexion est 552110. Il expire dans 10 minutes.",
        # a doctor's appointment reminder
        "Rappel : RDV le 12/12 à 10h30 avec le Dr Martin, cabinet du Parc. Pour annuler appelez le 04 72 12 34 56.",
        # a public alert
        "FR-ALERT : Alerte inondation. Rejoignez les étages, ne prenez pas votre voiture. Infos sur gouvernement.fr",
        # the chèque énergie's own reminder, on its site and free line
        "Vous n'avez pas utilisé votre chèque énergie n°1234567. RDV sur https://chequeenergie.gouv.fr "
        "ou appelez le n° vert 0805204805. Le Chèque énergie",
        # the health card updated where it really is
        "Assurance Maladie : pensez à mettre à jour votre carte Vitale en pharmacie. Plus d'infos sur ameli.fr",
        # a fine notice pointing to the official site and ANTAI's own (premium-rate) line
        "Votre avis de contravention est disponible. Payez votre amende sur www.antai.gouv.fr ou au 0 811 10 10 10.",
    ],
)
def test_genuine_messages_stay_unflagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict not in FLAGGED, codes(result)


def test_a_late_fee_on_a_bill_is_not_the_fine_that_grows() -> None:
    result = analyse_message(
        "Pour le compte de SFR, facture de 59 € impayée, majorée de 15 € de frais. Voir notre courrier."
    )
    assert "message.scenario" not in codes(result)


def test_a_shop_named_beside_a_link_to_another_site_is_still_a_scenario() -> None:
    result = analyse_message(
        "Boulanger : votre colis est bloqué, frais de 1,99 € à régler sur https://boulanger-livraison.top/pay"
    )
    assert result.verdict is Verdict.likely_scam
