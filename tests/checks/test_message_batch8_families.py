"""Families of the eighth batch's tuning half that no rule knew, each by its trick, with the genuine messages beside it.

Messages of round 14 (01/12/2026), written from the misses of the TUNING half of ``messages_batch8`` only, typed as
people paste them (no accents, glued words, the link cut off), and never the corpus text alone:
- the booking "en danger": a real booking said to be at risk, the card to confirm by a link (Safeonweb, Swiss NCSC);
- the subscription known only by its price, "effective", with a link for "more information" (France Inverse);
- the account "under verification", access to reactivate by logging in where the message points (DGFiP warning);
- the blackmailer who says he holds your private life ("votre vie privée est entre mes mains", BEE SECURE);
- the "recruiter" who presses on your need of "this job" (the Telegram offer of Mon Argent, Swiss NCSC).
And two genuine notices that were "suspicious": a commune's notice of planned works on the water network (the word
model read its ordinary words), the gendarmerie warning against SMS scams (the police named as the one who warns).
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict
from tests.checks.message_cases import assert_flagged, assert_flagged_as_a_scenario, assert_quiet, codes


@pytest.mark.parametrize(
    "text",
    [
        "Votre réservation est en danger",
        "votre reservation est en danger !! verifiez votre carte sous 24h",
        "Booking.com: votre reservation pourrait etre annulee car votre carte n'a pas pu etre verifiee, confirmez vos infos de paiement",
        "Nous vous confirmons que la prise en compte de votre abonnement à 79 € est effective, pour plus d'information cliquez sur le lien suivant",
        "nous vous confirmons la prise en compte de votre abonnement a 89,90€ pour toute info cliquez ici",
        "votre compte fait l'objet d'une vérification. Pour réactiver l'accès à votre espace personnel, identifiez-vous via",
        "votre espace fait l objet d une verification, pour retablir votre acces identifiez vous sur",
        "Votre vie privée est entre mes mains",
        "tes photos intimes sont desormais entre mes mains",
        "Vus avez vraiment besoin de cet emploi!",
        "tu as vraiment besoin de ce travail, reponds moi vite",
    ],
)
def test_a_family_of_the_eighth_batch_told_with_its_link_cut_off_is_at_least_suspicious(text: str) -> None:
    assert_flagged_as_a_scenario(text)


@pytest.mark.parametrize(
    "text",
    [
        "votre reservation est en danger merci de confirmer vos coordonnees bancaires ici bit.ly/3xRes",
        "Booking.com : Votre reservation est en danger ! confirmez votre carte sous 24h : https://booking-confirm-sejour.top/r/8812",
        "nous vous confirmons la prise en compte de votre abonnement a 89,90€ , pour toute info cliquez : https://abo-info-service.xyz",
        "ton intimite est entre mes mains. paye 500€ en bitcoin ou j envoie tout a tes contacts",
        "impots.gouv : votre compte fait l objet d une verification, pour reactiver l acces a votre espace identifiez vous sur https://impots-gouv-espace.info/login",
    ],
)
def test_with_a_trap_link_or_a_ransom_the_same_families_are_likely_scams(text: str) -> None:
    assert analyse_message(text).verdict is Verdict.likely_scam


def test_in_the_name_of_a_catalogue_body_the_cut_account_check_is_an_impersonation() -> None:
    text = "impots : votre compte fait l'objet d'une vérification, pour réactiver l'accès à votre espace personnel identifiez-vous via"
    assert_flagged(text)
    assert {"message.scenario", "message.scenario_impersonation"} <= codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a platform's or a hotel's real messages: a confirmation, the cancellation terms, a card to settle by phone
        "Votre réservation n°4471229 à l'Hôtel du Port du 12/07 au 14/07 est confirmée. Gérez-la sur https://www.booking.com",
        "Votre réservation sera annulée si le solde n'est pas réglé 48h avant votre arrivée, comme prévu dans nos conditions.",
        "Votre réservation a bien été annulée, aucun frais ne vous sera facturé.",
        # a merchant's confirmation names its service and its period
        "Votre abonnement Netflix Standard à 13,49 €/mois a été renouvelé.",
        "Nous vous confirmons la prise en compte de votre abonnement Le Monde à 9,99 € par mois. Retrouvez-le dans votre espace abonné.",
        # an account checked, nothing to do; a login reminder through the reader's own app
        "Votre compte a fait l'objet d'une vérification : tout est en ordre, aucune action n'est requise.",
        # the question of someone looking for work; an agency's ad
        "Vous avez besoin d'un emploi ? France Travail vous accompagne, rendez-vous en agence",
        "j'ai vraiment besoin de ce travail, comment je fais pour postuler ?",
        # a breach notice and privacy words that hold nothing of yours
        "Votre vie privée est importante pour nous : consultez notre politique de confidentialité.",
    ],
)
def test_the_genuine_neighbours_of_these_families_stay_unflagged(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "En raison de travaux de sécurisation au réservoir du vieux village, nous sommes contraints de vidanger celui-ci le "
        "mercredi 9 avril. Vous continuerez à être alimentés non plus par le réservoir mais directement par la canalisation "
        "qui monte l'eau depuis le réservoir de la Rochette. Cela couvrira largement les besoins normaux. Le réservoir sera "
        "normalement remis en eau le soir même.",
        "Mairie : en raison de travaux sur le reseau, coupure d'eau programmee jeudi 14 de 8h a 12h rue des Lilas. Merci de votre comprehension",
        'La gendarmerie attire votre attention sur une recrudescence d\'arnaques par SMS, également appelées "smishing", visant '
        "à tromper les utilisateurs en les incitant à cliquer sur des liens frauduleux.",
        "la police nationale vous met en garde : recrudescence d'escroqueries aux faux conseillers bancaires, ne donnez jamais vos codes",
    ],
)
def test_a_works_notice_and_a_police_warning_about_scams_are_not_suspicious(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        # the works told to explain a call on hold (a premium-rate line): no works notice, the model still reads it
        "Merci de ne pas raccrocher, Orange effectue des travaux sur la ligne. Cela peut prendre un certain temps.",
        # a works notice that asks to pay or click is judged like any message
        "en raison de travaux, votre compteur sera coupe demain sauf reglement de 49€ : cliquez ici pour payer https://eau-regularisation.top",
        # the police named as a threat, scams not its subject
        "gendarmerie : une plainte a ete deposee contre vous, rappelez le 0612345678",
        # bank phishing that opens with "a rise in fraud" still asks for details: not silenced
        "Suite a une recrudescence de fraudes, confirmez vos coordonnees bancaires sur https://secure-banque-verif.top",
    ],
)
def test_what_only_looks_like_these_notices_stays_flagged(text: str) -> None:
    assert_flagged(text)
