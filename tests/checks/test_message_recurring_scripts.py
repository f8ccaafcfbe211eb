"""Scam scripts that recur on the fourth batch of real data (issue 10, round 7), and the genuine messages in the same words.

Families, not items: a premium-rate 08 9x line to call back (even cut off as "0899…"), a compensation "for the
outages", a bank alert about an operation with no amount and no payee, a parcel "at your disposal" with a number
to call, a gift for a short survey, an aid or scholarship announced "after a review of your rights", the
"vote for my niece" opener of WhatsApp account theft. Every input is written for these tests, as people type them.
"""

from __future__ import annotations

import pytest

from checks.message import MessageResult, analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        # a premium-rate line to call back, whole, spaced or cut off when the message was shared
        "Coucou c'est Jessica, j'ai pas pu te repondre. Rappelle moi vite au 08 99 23 45 67 bisous",
        "Felicitations vous avez gagne un bon de 500 euros, appelez le 0897...",
        "Vous avez un colis en attente, pour le recuperer contactez le 08.99.65.43.21",
        "Nouveau message vocal : rappelez le +33 8 99 12 34 56",
        "Bonsoir beau gosse, tu m appelles au 08-95 ?",
        # a compensation for outages, to claim
        "SFR vous informe d'un dedommagement de 49,90 € suite aux coupures reseau de cet hiver",
        "Bouygues : suite aux perturbations du mois dernier, recuperez votre indemnisation sur votre espace",
        # an operation announced with nothing to check it by
        "Alerte : une operation a ete enregistree sur votre compte.",
        "Info securite : un retrait vient d'etre effectue sur votre compte",
        # a parcel waiting, a number to call, written glued or masked
        "Relais colis : votre paquet vous attend depuis le 04/03. Renseignements au 0712xxxxxx",
        "Votre colis est a votre disposition, renseignement : 06 44 xx xx xx",
        # a gift for a short survey
        "Bonne nouvelle ! Participez a notre sondage de 30 secondes et recevez un smartphone offert",
        "Pour recevoir votre carte cadeau de 100 €, il suffit de completer ce petit questionnaire.",
        # an aid or scholarship nobody applied for
        "Apres examen de votre dossier vous pouvez beneficier d'une prime de 300 euros",
        "Vous pourriez toucher une allocation de 220 € ce mois-ci, faites vite",
        "Programme de 150 bourses d'etudes entierement financees pour l'annee 2026, candidatez vite",
        # the vote that steals a WhatsApp account
        "Salut ! tu peux votez pour ma filleule stp elle participe a un concours de danse",
        "Bonjour, mon neveu est en finale d'un concours, tu peux voter pour lui ?",
    ],
)
def test_a_recurring_script_is_flagged_link_or_not(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED, codes(result)
    assert "message.scenario" in codes(result)


def test_someone_asking_you_to_call_them_on_a_premium_line_is_the_scam_itself() -> None:
    result = analyse_message("Salut c'est Lea du site, tu me plais bien. Appelle moi au 0899 12...")
    assert result.verdict is Verdict.likely_scam, codes(result)
    assert "message.scenario_decisive_ask" in codes(result)


def test_the_vote_opener_is_a_warning_and_never_more() -> None:
    result = analyse_message("Coucou tu peux voter pour ma soeur a un concours photo ? merci")
    assert result.verdict is Verdict.suspicious, codes(result)


@pytest.mark.parametrize(
    "text",
    [
        # a real one-time code, delivered, never asked back
        "Votre code de verification WhatsApp : 482-913. Ne le partagez avec personne.",
        # a real card alert: amount, payee, nothing to do
        "Credit Agricole : paiement de 45,90 EUR chez LECLERC refuse le 12/11 (plafond atteint). Aucune action n'est necessaire.",
        "Un prelevement de 35,99 € a ete effectue sur votre compte par FREE MOBILE.",
        "Votre virement de 200 € vers M. Dupont a ete effectue.",
        # a real parcel notice
        "La Poste : votre colis 6A12345678901 est disponible dans votre bureau de poste jusqu'au 15/12.",
        # a real public alert
        "FR-ALERT : Alerte inondation en cours sur votre commune. Rejoignez les etages, ne prenez pas votre vehicule.",
        # a real compensation, credited without any step
        "Suite a l'incident reseau du 12 mars, un geste commercial de 10 € sera deduit de votre prochaine facture.",
        "SFR : suite a la panne du 3 juin, un dedommagement de 5 € sera applique automatiquement sur votre facture.",
        # a survey with no gift, a friend asking a vote for herself, a friend asking to be called on her mobile
        "Merci pour votre visite. Donnez votre avis en repondant a notre questionnaire, cela nous aide beaucoup.",
        "Maman tu peux voter pour moi ce soir a l'election du delegue ? bisous",
        "Rappelle moi stp je suis au bureau 06 12 34 56 78",
        "Reponds a mon sondage pour la fete de l'ecole stp, on doit choisir le gateau !",
        # an insurer's claim, an operator's apology, a goodwill gesture to see in your own space
        "MAAF : votre dossier d'indemnisation est en cours, merci de completer le formulaire dans votre espace.",
        "Orange : suite a l'incident du 4 juin, vos services sont retablis. Nous vous prions de nous excuser.",
        "Free : suite a la panne, un geste commercial vous sera propose, rendez-vous dans votre espace abonne.",
        # operations named with their amount and payee
        "Une operation a ete enregistree sur votre compte : virement de 120,00 EUR vers EDF le 03/12.",
        "Un paiement est en cours sur votre compte, Carrefour Market, 54,20 EUR.",
        # short numbers that are no premium 08 9x line
        "Pour ecouter vos messages, appelez le 888 depuis votre mobile.",
    ],
)
def test_genuine_messages_in_the_same_words_are_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED, codes(analyse_message(text))


def test_a_bank_named_credit_is_no_money_to_receive() -> None:
    result = analyse_message("Credit Mutuel : votre paiement de 12,00 EUR chez AUCHAN a ete refuse.")
    assert result.verdict not in FLAGGED, codes(result)
