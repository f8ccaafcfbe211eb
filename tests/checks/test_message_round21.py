"""Round 21 (02/12/2026): genuine notifications reporting a completed event, and the fake bailiff's short seizure.

1. A notification that only reports something done, received or available, and asks nothing (no link to open, no code,
   no call order, no payment) is information for the deadline words, the bare CPF signal, the word model and the shape:
   its delay ("sous 48h par courrier") is no deadline, its CPF no scam. The scam scenarios still read it (quieting them
   too lost a held-out scam). Scams that copy the notification style but ask stay flagged. The blind set is
   ``tests/checks/message_completed_events.py``.
2. A seizure announced within hours or a day, with a line to call that no catalogue knows or a link to pay, is the fake
   commissaire de justice: ``likely_scam`` (a seizure is served by a commissaire de justice's act on an enforceable
   title, service-public.fr F35106). A collector's reminder giving its own line without a seizure deadline does not.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict
from tests.checks.message_cases import codes
from tests.checks.message_completed_events import GENUINE, SCAMS

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}
# Measured after the round: genuine 4/20 flagged (7/20 on main; 0/20 while the report also quieted the scam scenarios,
# withdrawn because it lost a held-out scam: docs/detection.md), scams 19/20 flagged and 15/20 likely_scam (as on main;
# the one left is "Commissaire de justice… Contactez l'étude au 09… pour éviter la saisie": a seizure with no deadline,
# told by collectors too). Raise the floors, lower the ceiling, never the other way.
GENUINE_CEILING = 4
SCAMS_FLAGGED_FLOOR = 19
SCAMS_LIKELY_FLOOR = 15


def test_the_blind_completed_events_are_not_flagged() -> None:
    loud = [text for text in GENUINE if analyse_message(text).verdict in FLAGGED]
    assert len(loud) <= GENUINE_CEILING, loud


def test_the_blind_scams_copying_notifications_stay_flagged() -> None:
    verdicts = [analyse_message(text).verdict for text in SCAMS]
    assert sum(v in FLAGGED for v in verdicts) >= SCAMS_FLAGGED_FLOOR
    assert sum(v is Verdict.likely_scam for v in verdicts) >= SCAMS_LIKELY_FLOOR


@pytest.mark.parametrize(
    "text",
    [
        # the delay of what was done is no deadline, the CPF of a dossier accepted no scam
        "Infogreffe : votre commande est enregistrée, vous recevrez votre extrait Kbis sous 48h par courrier",
        "votre dossier CPF pour la formation au permis est accepté, début le 15/01",
        "Fnac : votre commande est prête, retrait en magasin dès maintenant",
        "Darty : votre colis a été expédié, vous le recevrez sous 72h à votre domicile",
    ],
)
def test_a_completed_event_that_asks_nothing_is_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED, codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same events with a trouble, a condition or an ask: the scams copying them
        "DPD : votre colis est disponible, frais de réexpédition de 1,49 € à régler : dpd-relais-suivi.info",
        "Remboursement effectué : 129 € vous attendent, saisissez votre carte bancaire sur rembours-client.net",
        "Paiement bien reçu mais une erreur a été détectée sur votre compte, rappelez le 09 72 14 58 31",
        "Votre commande a été enregistrée. Si vous n'êtes pas à l'origine de cette commande, contactez le 01 84 60 22 18",
        "Votre colis a été livré en point relais. Communiquez le code reçu par SMS pour confirmer le retrait.",
        "Vos droits CPF de 1 400 € expirent le 31/12, activez-les vite [lien]",
    ],
)
def test_a_notification_that_asks_stays_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED, codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "tu sais combien t'as sur ton CPF ? je voudrais faire une formation de compta",
        "Mon collègue m'a dit qu'on pouvait utiliser le CPF pour le permis, c'est vrai ?",
    ],
)
def test_a_bare_cpf_mention_is_a_topic(text: str) -> None:
    assert "message.cpf" not in codes(text)


def test_a_collector_reminder_naming_creditor_basis_and_amount_is_no_toll_story() -> None:
    text = (
        "Cabinet Recouvra pour le compte d'Orange : suite à notre courrier réf. RC-55120 du 18/11, nous vous rappelons "
        "le solde de 74,10 € de la facture d'avril 2025. Vous pouvez nous répondre par courrier ou demander un échéancier."
    )
    assert analyse_message(text).verdict not in FLAGGED, codes(text)


def test_a_small_balance_with_a_link_to_pay_stays_a_toll_scam() -> None:
    text = "Solde impayé de 4,80 € sur votre trajet autoroute, réglez sur peage-solde.com"
    assert analyse_message(text).verdict is Verdict.likely_scam


@pytest.mark.parametrize(
    "text",
    [
        "Huissier : sans règlement sous 24h, saisie de vos meubles. Contactez l'étude au 01 87 66 42 19",
        "votre compte sera bloqué demain par décision de justice, appelez l'étude au 09 75 18 44 27 pour régler",
        "Commissaire de justice : saisie sur salaire dans 48 heures. Réglez 612 € sur etude-regularisation.com",
        "Maitre Dubois : saisie de vos biens ce soir si vous n'appelez pas le 07 56 11 20 93",
    ],
)
def test_a_short_seizure_deadline_with_a_line_to_call_or_a_link_to_pay_is_a_likely_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.seizure_deadline_contact" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a real collector's reminder with its own line, no seizure deadline
        "Intrum pour le compte de SFR : votre facture de 84,20 € reste impayée. Pour un échéancier, appelez le 09 70 82 11 40.",
        # a line only cited, not ordered
        "Sans paiement sous 48h, une saisie sur salaire pourra être demandée. Service client joignable au 01 84 22 19 07.",
        # a warning against the scam
        "Attention : des SMS annoncent une saisie sous 24h et demandent d'appeler un numéro. C'est une arnaque, n'appelez pas.",
        # a seizure deadline with no line and no link
        "Votre dossier sera transmis au commissaire de justice : saisie possible sous 8 jours.",
    ],
)
def test_no_seizure_deadline_contact_without_the_deadline_and_the_channel(text: str) -> None:
    assert "message.seizure_deadline_contact" not in codes(text)
