"""Negative safety advice is not a request.

A genuine bank, operator or public body writes "ne communiquez jamais vos codes", "nous ne vous demanderons
jamais de payer des frais", "aucun agent ne vous demandera de régler": these name codes, fees and payments and
ask for none of them. Calling such a message a scam is the worst error for someone relying on us; a scam that
copies the advice and then asks for something outside it must stay flagged.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.message_scan import advice_masked
from checks.result import Verdict
from checks.text_normalise import normalise

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}

GENUINE_ADVICE = [
    "Assurance Maladie : attention aux faux SMS. Nous ne vous demandons jamais vos coordonnees bancaires par SMS "
    "ou par mail. Ne cliquez pas sur les liens.",
    "Ne donnez jamais votre code confidentiel, votre cryptogramme ou vos codes recus par sms. En cas de doute "
    "contactez votre conseiller.",
    "La Poste : votre colis sera livre demain. Nous ne vous demanderons jamais de payer des frais de livraison "
    "par SMS.",
    "Banque Populaire : nous ne vous demanderons JAMAIS de nous transmettre vos codes de securite, ni par tel ni "
    "par sms. En cas de doute appelez le numero au dos de votre carte.",
    "Votre banque : vous ne devez jamais communiquer vos identifiants et mot de passe, ni confirmer une "
    "operation que vous n'avez pas faite.",
    "Boursorama : code 3D Secure 551 203 pour un paiement de 49,90 EUR chez Darty. Ne communiquez jamais ce "
    "code meme a un conseiller.",
    "Pour votre securite ne partagez jamais votre mot de passe. Personne de la banque ne vous le demandera.",
]


@pytest.mark.parametrize("text", GENUINE_ADVICE)
def test_genuine_security_advice_is_not_flagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]
    assert not {f.code for f in result.findings} & {
        "message.secret_sms_code",
        "message.secret_password",
        "message.secret_card_number",
        "message.parcel_fee",
        "message.scenario",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Credit Agricole : activite inhabituelle sur votre compte. Ne communiquez jamais vos codes. Pour "
        "securiser votre compte confirmez votre identite ici https://ca-securite-client.com",
        "Si vous ne payez pas les frais de livraison de 1,99e sous 24h, votre colis sera retourne : "
        "https://colis-suivi-fr.com",
        "Votre conseiller va vous appeler, ne raccrochez pas et donnez lui le code recu par sms pour annuler "
        "l'operation",
        "Amende impayee : vous n'avez jamais regle votre amende de 35e. Reglez avant ce soir sur "
        "antai-paiement.com",
    ],
)
def test_a_scam_that_copies_the_advice_or_says_ne_still_reads_as_a_scam(text: str) -> None:
    assert analyse_message(text).verdict is Verdict.likely_scam


def test_only_the_advice_clause_is_blanked_and_spans_keep_their_place() -> None:
    folded = normalise("Ne communiquez jamais vos codes. Payez les frais ici.").folded
    masked = advice_masked(folded)
    assert len(masked) == len(folded)
    assert "codes" not in masked
    assert "payez les frais ici" in masked


def test_a_conditional_is_no_advice() -> None:
    folded = normalise("Si vous ne payez pas avant demain, des frais seront ajoutes.").folded
    assert advice_masked(folded) == folded


# --- Stories found in fresh reports (look-alikes written for these tests, not the reported texts) ----------


@pytest.mark.parametrize(
    "text",
    [
        "CONVOCATION. Suite a une cyber-infiltration vous etes accuse de detention d'images pedopornographiques. "
        "Repondez par mail sous 72h avec vos justifications.",
        "Vous etes poursuivi pour diffusion de contenus a caractere pornographique et atteinte sexuelle sur "
        "mineur. Contactez le commandant par retour de mail.",
    ],
)
def test_a_fake_police_summons_for_child_abuse_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


def test_a_seller_giving_away_after_a_death_but_asking_money_is_flagged() -> None:
    text = (
        "Je donne ma moto suite au deces de mon epoux, contre bons soins a 300 euros. Ecrivez moi par mail."
    )
    assert analyse_message(text).verdict in FLAGGED


def test_a_dog_sold_via_whatsapp_is_flagged() -> None:
    text = "Berger australien male inscrit au LOF, tres calin et joueur, vaccine. Me joindre sur whatsapp."
    assert analyse_message(text).verdict in FLAGGED


def test_a_misspelt_order_to_finalise_a_marketplace_payment_is_flagged() -> None:
    assert analyse_message("veillez finaliser le paiement de votre article sur vinted").verdict in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        "Vinted : ton article a ete vendu, imprime le bordereau dans l'application et depose le colis.",
        "Vinted : votre commande a ete livree. Vous avez 2 jours pour signaler un probleme dans l'application.",
        "Bonjour, mon chien s'est echappe ce matin pres de la mairie, si vous le voyez merci de m'appeler.",
        "Ma grand-mere est decedee la semaine derniere, les obseques auront lieu samedi a 10h.",
    ],
)
def test_ordinary_messages_about_the_same_things_stay_unflagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmerie : attention aux fausses convocations par mail qui vous accusent de pedopornographie. Ne "
        "repondez pas, ne payez rien et signalez les sur internet-signalement.gouv.fr",
        "LA POSTE : un SMS vous demande de payer des frais de reexpedition pour un colis, c'est une arnaque. "
        "Suivez vos envois sur https://www.laposte.fr/outils/suivre-vos-envois",
        "Assurance Maladie : des sms frauduleux vous demandent de renouveler votre carte vitale. Ne cliquez pas "
        "sur le lien, la carte est gratuite.",
    ],
)
def test_a_warning_against_a_scam_is_not_that_scam(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED
