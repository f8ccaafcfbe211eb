"""One-line pastes in the name of a catalogue organisation that follow a known scenario, the link cut off (issue 10).

"A message in the name of an organisation of the catalogue that follows one of these scenarios is at least suspicious
even when the link was cut off." The four leftovers of the conversation hunts (docs/usertest-2026-11-30.md), typed as
people paste them, and variants: a refund "disponible" in the payer's name, YOUR Crit'Air vignette to order by a date
"sous peine d'amende", a failed delivery told with no tracking number and no place where the parcel waits, a collector
asking to be called back on a line known for no one while naming neither the creditor nor the amount. Beside each, the
genuine message it must not be confused with: a real carrier's notice, a statement of payments, a town's notice, a
collector's demand naming creditor, amount and letter, a line the press ties to the collector (fiche 0.12).
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(text: str) -> set[str]:
    return {f.code for f in analyse_message(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Objet : Votre remboursement CAF est disponible",
        "remboursement ameli disponible",
        "Votre remboursement de la CAF de 134,50 € est en attente",
        "Objet: remboursement impots disponible",
        "votre vignette crit air doit etre commandé avant le 15/12 sous peine d'amende",
        "Votre vignette Crit'Air devra etre achetee sous 48h sous peine de contravention",
        "sms de colissimo votre colis n a pas pu etre livré",
        "Chronopost: Bonjour votre colis n'a pas pu vous etre livre",
        "La Poste : votre envoi n a pas pu etre distribue aujourd hui",
    ],
)
def test_a_cut_paste_telling_a_scenario_in_an_organisations_name_is_at_least_suspicious(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert {"message.scenario", "message.scenario_impersonation"} <= codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Intrum : votre dossier 8812 est en attente, contactez-nous au 0972101010",
        "INTRUM JUSTITIA dossier en cours merci de rappeler au 09 72 10 10 10 svp",
        "iqera : votre dossier est ouvert, merci de nous contacter au 0184601234",
    ],
)
def test_a_collector_naming_no_creditor_nor_amount_with_an_unknown_line_to_call_is_suspicious(
    text: str,
) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert "message.collector_vague_callback" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # A carrier's real notice: the parcel named, where it waits.
        "Colissimo : votre colis 6A12345678901 n'a pas pu être livré, il vous attend au bureau de poste de Lyon 3 à "
        "partir de demain 14h",
        "Votre colis n'a pas pu etre livre car vous etiez absent. Il sera disponible demain dans votre point relais.",
        # The reader's own story, not a message received.
        "mon colis n a pas pu etre livré, que faire ?",
        # Statements and payments, nothing "disponible" to claim.
        "Ameli : votre releve de remboursements est disponible dans votre compte ameli",
        "Caf : votre attestation de paiement est disponible dans votre espace Mon Compte",
        "Votre remboursement de 23,40 € a été effectué par la CAF",
        # A town's notice to everyone, not YOUR vignette on a deadline.
        "A partir du 1er janvier, la vignette Crit'Air doit etre apposee sur le pare-brise dans la ZFE, sous peine "
        "d'amende de 68 euros. Commande uniquement sur https://www.certificat-air.gouv.fr",
        "Pour circuler dans la ZFE, la vignette Crit'Air doit etre commandee avant le 1er janvier, sous peine d'amende.",
        # A collector's demand naming the creditor, the amount and its letter.
        "Intrum France, pour le compte de SFR : votre facture impayee de 245,30 euros (ref. courrier 55821 du 03/11) "
        "reste due. Contactez-nous au 0972101010",
        # A breach notice that asks nothing.
        "Intrum vous informe d'un acces non autorise a certaines donnees de ses clients. Aucune action n'est requise "
        "de votre part.",
        # Sent to the collector's own site and to the number of its letter.
        "Intrum : votre dossier 8812 est en attente, rendez-vous sur https://www.intrum.fr avec votre numero de "
        "dossier ou appelez le numero de votre courrier",
    ],
)
def test_the_genuine_neighbour_is_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


def test_a_line_the_press_ties_to_the_collector_stays_inconclusive_not_flagged_nor_confirmed() -> None:
    # Fiche 0.12: a number cited by the press, unconfirmed, gives "impossible de conclure", never "cohérent".
    result = analyse_message(
        "Intrum : merci de contacter notre service au 0472801414 concernant votre dossier"
    )
    assert result.verdict is Verdict.inconclusive
    assert "message.number_known_unverified" in {f.code for f in result.findings}
    assert "message.collector_vague_callback" not in {f.code for f in result.findings}


# --- The old licence "to renew sous peine d'amende" (UFC-Que Choisir): a family the scenario data lacked ------------


@pytest.mark.parametrize(
    "text",
    [
        "Votre permis de conduire rose doit etre renouvele avant le 31/12 sous peine d amende de 135 euros",
        "ANTS : renouvelez votre ancien permis avant le 19/01 sous peine d'amende",
        "Votre permis de conduire n est plus valide, veuillez le renouveler",
    ],
)
def test_a_licence_to_renew_under_threat_of_a_fine_is_flagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert "message.scenario" in {f.code for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Auto-ecole Dupont : votre examen du permis de conduire est le 12/12, cliquez ici pour confirmer",
        "ANTS : votre permis de conduire est disponible, vous pouvez le retirer en mairie avec votre piece d identite",
        "ANTS : votre demande d echange de permis de conduire a bien ete enregistree, suivez-la sur "
        "https://ants.gouv.fr",
        "mon permis de conduire n est plus valide je fais comment",
    ],
)
def test_a_licence_notice_or_a_question_about_ones_licence_is_not(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED
