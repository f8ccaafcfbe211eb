"""Round 17 (02/12/2026): warnings that quote a scam read as information; advance-fee and windfall shapes, each both ways.

People forward a warning to the bot to ask whether it is true: a police notice telling that "des particuliers reçoivent
un SMS… leur demandant de payer une amende", an operator's "nous ne vous contacterons jamais pour…". It tells a scam in
the third person and asks nothing of its own: calling it a scam is wrong. Scammers copy those words, so the reading
holds only when the message has nothing to open (a site only named is not a link to open), no line but confirmed ones,
no secret and no payment asked. Then the general shapes batch 10 showed missed (sources in ``scenarios.toml``): pay a
little to receive a lot (Banque de France, NCSC), a win at a game never entered (DGCCRF), "répondez OUI pour obtenir"
money, a transfer "received" to send back (CIC), an admission or a job obtained through a fee. Every message is written
as people receive it, never copied from a corpus item; each family has genuine neighbours that stay quiet.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict
from tests.checks.message_cases import (
    QUIET,
    assert_flagged,
    assert_quiet,
    assert_scam_by_its_decisive_ask,
    codes,
)

# --- 1. Warnings that report a scam --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Attention : depuis quelques jours, des particuliers reçoivent un SMS au nom de la Gendarmerie leur demandant de "
        "régler une amende de 35 € par un lien. Ce n'est pas de cette façon que procèdent les autorités.",
        "La police nationale a été informée de nombreux cas où des usagers reçoivent un courriel au nom de la police et "
        "de Service-Public.fr, leur demandant de payer une contravention.",
        "Des usagers nous signalent des courriels au nom des impôts les invitant à cliquer sur un lien pour obtenir un "
        "remboursement. Il s'agit d'une fraude : ne donnez aucune suite.",
        "La police municipale informe que des habitants reçoivent des appels d'un faux conseiller bancaire qui leur "
        "demande leurs codes. Au moindre doute, raccrochez et appelez votre agence.",
        "IMPORTANT : votre fournisseur d'électricité ne vous contactera jamais par SMS pour un remboursement. Tentative "
        "d'hameçonnage en cours, ne répondez pas.",
        "La gendarmerie rend attentifs les habitants : tout message de provenance inconnue doit être traité avec la plus "
        "grande prudence.",
        "Nous tenons a aviser la population qu il s agit d une fraude. Ce n est pas de cette facon que procedent les "
        "autorites pour demander un paiement.",
        "Rappel : la mutuelle ne communiquera jamais avec vous par SMS pour vous demander vos coordonnées bancaires.",
    ],
)
def test_a_warning_that_tells_a_scam_in_the_third_person_is_not_called_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in QUIET, [f.code for f in result.findings]
    assert not codes(text) & {"message.scenario", "message.threat_police", "message.impersonation_link"}


@pytest.mark.parametrize(
    "text",
    [
        # the warning's words, then the scam's own link
        "Sécurité : ne communiquez jamais votre code à personne. Une opération suspecte a été détectée, cliquez ici pour "
        "sécuriser votre compte : https://secure-clients-banque.com/verif",
        "Des particuliers reçoivent de faux SMS. Pour protéger votre compte, confirmez vos informations sur "
        "http://banque-protection-client.fr",
        # the warning's words, then the scam's own number
        "Il s'agit d'une fraude détectée sur votre carte. Rappelez immédiatement notre service sécurité au 07 56 12 34 98.",
        # the warning's words, then a secret or a coupon asked in words
        "Il s'agit d'une tentative de fraude sur votre compte. Pour la bloquer, répondez à ce message avec le code reçu "
        "par SMS.",
        "Des clients reçoivent de faux SMS : pour éviter la suspension de votre compte, envoyez une carte Transcash de "
        "100 € et transmettez-nous le code.",
        # the police named by the scam itself, with its payment link
        "Police nationale : vous avez une amende impayée de 35 €. Payez avant ce soir sur https://amendes-gouv-paiement.com",
    ],
)
def test_a_scam_that_copies_the_words_of_a_warning_stays_flagged(text: str) -> None:
    assert_flagged(text)


def test_a_warning_quoting_a_trap_address_in_full_is_not_excused_by_its_words() -> None:
    # A full address (scheme and path) in the warning is not only a name: the link check still judges it.
    text = (
        "Des particuliers reçoivent un SMS les invitant à payer une amende sur https://antai-gouv-amende.info/paiement : "
        "il s'agit d'une arnaque."
    )
    assert_flagged(text)


# --- 2. Advance fee: pay a little to receive a lot -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tu dois payer 35 € pour recevoir ton offre de 1 500 € en suivant le processus ci-dessous",
        "Bonjour, votre prêt de 8 000 € est accepté. Des frais de dossier de 150 € sont à régler avant le déblocage de "
        "vos fonds.",
        "Felicitations ! pour toucher votre gain il faut juste payer 49,90 euros de frais pour recevoir les 2000 euros",
    ],
)
def test_a_small_sum_to_pay_for_a_larger_one_is_the_scam_itself(text: str) -> None:
    assert_scam_by_its_decisive_ask(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ouvrez votre compte en ligne et versez 50 € pour recevoir une prime de bienvenue de 80 €.",
        "Votre prêt de 10 000 € est accordé. Les frais de dossier de 150 € seront prélevés avec la première échéance.",
        "Votre commande de 45 € est prête. Vous pouvez la retirer en magasin dès demain.",
    ],
)
def test_a_fee_that_unlocks_nothing_stays_quiet(text: str) -> None:
    assert_quiet(text)


# --- 3. A win at a game never entered; "répondez OUI" for money ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mabrouk! Vous venez de gagner une 407",
        "Bravo tu viens de gagner un iPhone 16, envoie ton adresse pour la livraison",
        "Vous êtes l'heureux gagnant de notre tirage mensuel",
        "La fermeture de nos agences a gêné nos clients. Pour nous excuser, nous vous remettons un crédit. Répondez OUI "
        "pour l'obtenir",
        "Repondez OUI pour recevoir votre remboursement de 120 euros",
    ],
)
def test_a_windfall_out_of_nowhere_is_at_least_suspicious(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bravo, vous venez de gagner 200 points sur votre carte fidélité.",
        "Rappel : RDV chez le Dr Martin demain 10h. Répondez OUI pour confirmer.",
        "Répondez OUI pour recevoir nos offres par SMS.",
        "Vous venez de remporter la partie ! Rejouez quand vous voulez dans l'application.",
    ],
)
def test_a_win_in_your_own_programme_or_a_yes_to_confirm_stays_quiet(text: str) -> None:
    assert_quiet(text)


# --- 4. A transfer received, to send back ----------------------------------------------------------------------------


def test_a_transfer_said_received_then_asked_back_is_the_scam_itself() -> None:
    text = (
        "Vous avez reçu un transfert de 50 000 F CFA. C'était une erreur, merci de me le renvoyer, c'est l'argent de "
        "l'hôpital de ma mère."
    )
    assert analyse_message(text).verdict is Verdict.likely_scam


def test_a_transfer_notice_alone_stays_quiet() -> None:
    text = "Vous avez reçu un transfert de 50 000 F CFA de 77 123. Nouveau solde : 62 300 F CFA."
    assert_quiet(text)


# --- 5. An admission or a job through a fee ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ne t'inquiète pas, c'est géré. Ton nom est sur la liste des admis au concours de la police. Il reste juste les "
        "frais de dossier de 200 000 FCFA à envoyer.",
        "Vous êtes retenu pour le poste de magasinier. Merci de payer les frais de formation de 90 € avant lundi.",
        "Pour être admis à l'école d'infirmiers cette année, il suffit de verser 300 € à notre contact.",
        "C'est réglé, j'ai un contact au ministère : tu es sur la liste des admis.",
    ],
)
def test_a_place_or_a_job_for_money_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Résultats : votre nom figure sur la liste des admis au concours d'infirmier, publiée sur le site de l'institut. "
        "La rentrée a lieu le 5 septembre.",
        "Votre candidature au poste de magasinier a été acceptée. Votre contrat vous sera remis lundi à "
        "l'accueil.",
    ],
)
def test_a_real_admission_or_hiring_stays_quiet(text: str) -> None:
    assert_quiet(text)
