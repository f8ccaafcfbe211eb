"""When a scam message is `likely_scam` and when it stays only `suspicious` (issue 10, item 3).

The rule: a scam story in the name of a known organisation is at least suspicious even when its link was cut
off; WITH an unofficial link or number, likely a scam. Two more general ways to converge: the story's link or
number is itself a trap by its own name or range (no organisation named), or the message asks for what IS the
scam in that story (money from a "child" on a new number, coupons or keys by post for a flat nobody visited).
Genuine notifications on the official site, and ordinary landlord or supplier messages, stay unflagged.
Every message below is written for these tests, misspelt the way people paste them.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from checks.message import MessageResult, analyse_message
from checks.result import Verdict
from knowledge import scenarios
from knowledge.scenarios import Scenario

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.findings}


# --- A known organisation, its scam story, and a contact that is not its own ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ANTAI : votre amande de stationement est tjrs impayee, regularisez avant majoration sur https://antai-reglement-amende.com",
        "Assurance maladie: vottre nouvelle carte vitale est dispo, commandez la ici https://vitale-renouvel.info",
        "RAPPEL VINCI AUTOROUTES : solde impayé de 7,40e a regler avant le 12/03 sur peage-regul-solde.com",
        "impots.gouv : vous avez droit a un remboursement de 312,55e. Mettez a jour vos infos sur https://remb-fiscal.fr",
        "EDF : votre facture de 84,20 EUR est impayee. Sans reglement, coupure de votre electricite sous 48h. Payez ici : https://edf-regul-facture.com",
    ],
)
def test_a_catalogue_organisation_with_an_unofficial_link_is_likely_a_scam(text: str) -> None:
    assert analyse_message(text).verdict is Verdict.likely_scam


@pytest.mark.parametrize(
    "text",
    [
        "Darty : votre paiement de 1299,99 EUR est en cours. Si vous n'etes pas a l'origine contactez le service opposition au 01 84 80 22 19",
        "ANTAI: votre infraction est en attente de reglement, pour eviter la majoration appelez le 01 84 80 22 19",
    ],
)
def test_a_catalogue_organisation_with_an_unofficial_number_is_likely_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_unofficial_contact" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "ANTAI : votre amende de stationnement est impayee. Pour eviter toute majoration regularisez via le lien ci-dessous",
        "RAPPEL VINCI-AUTOROUTES. Solde impaye de 6,71 euros",
        "Assurance Maladie : votre nouvelle carte vitale est disponible, commandez la sur…",
    ],
)
def test_with_the_link_cut_off_it_is_suspicious_but_not_called_a_scam(text: str) -> None:
    assert analyse_message(text).verdict is Verdict.suspicious


# --- No organisation named: the link or number of the story is itself a trap ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre colis ne rentrait pas ds la boite aux lettres. Veuillez choisir un nouveau creneau sur https://colis-creneau.top/a7",
        "Votre amende est impayee, regularisez sur https://amende-regul.com avant majoration",
    ],
)
def test_a_story_whose_link_is_a_trap_by_its_own_name_is_likely_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_trap_link" in codes(result)


def test_a_story_with_an_ordinary_unknown_link_stays_only_suspicious() -> None:
    result = analyse_message(
        "Votre colis est en attente de livraison, choisissez un creneau sur https://www.monpetitshop.fr/suivi"
    )
    assert result.verdict is not Verdict.likely_scam
    assert "message.scenario_trap_link" not in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis est bloque en douane, contactez le service client au +225 07 12 34 56 78 pour le debloquer",
        "Votre carte bancaire a ete bloquee suite a une operation suspecte. Appelez le service opposition au 09 48 21 33 17",
    ],
)
def test_a_story_whose_number_to_call_is_itself_doubtful_is_likely_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_trap_number" in codes(result)


def test_an_ordinary_landline_to_call_does_not_make_the_story_a_scam() -> None:
    result = analyse_message("Votre colis est en attente, pour toute question appelez le 01 84 80 22 19")
    assert result.verdict is not Verdict.likely_scam


# --- The request that is the scam itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Coucou maman, mon tel est cassé c'est mon nouveau numero. Tu peux me faire un virement de 450€ pour une facture urgente ? je te rembourse demain",
        "Cc maman c moi, j'ai perdu mon portable, c mon nouveau num. ecris moi sur whatsapp stp jai besoin que tu regle une facture pour moi",
        "papa c moi nouveau numero, mon tel est tombe dans l'eau. tu peux me preter 300 euros ?",
    ],
)
def test_a_new_number_child_who_asks_for_money_is_likely_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_decisive_ask" in codes(result)


def test_a_new_number_without_any_request_for_money_stays_only_suspicious() -> None:
    result = analyse_message(
        "Coucou maman, mon tel est cassé, c'est mon nouveau numero, ecris moi sur whatsapp"
    )
    assert result.verdict is Verdict.suspicious


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, l'appart est toujours dispo. je suis actuellement a l'etranger pour le travail, les cles vous seront envoyees par la poste apres le depot de garantie",
        "Le studio vous plait ? Pour le depot de garantie de 800e merci de l'envoyer en coupons transcash, c'est plus sur pour nous deux",
        "Notre maison est libre, avant toute visite je dois avoir une preuve de vos fonds, envoyez moi le premier loyer par virement",
    ],
)
def test_a_fake_landlord_who_wants_money_before_any_visit_is_likely_a_scam(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_decisive_ask" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, pour la visite de l'appartement rdv samedi 10h. Le depot de garantie sera verse a la signature du bail. Cordialement l'agence",
        "Bonjour, le loyer de decembre est bien recu, merci. Le proprietaire",
    ],
)
def test_an_ordinary_landlord_or_agency_message_is_not_flagged(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


# --- Task scams ("missions" paid for likes and reviews) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous recrutons pour des missions simples : liker des videos tiktok, 5 euros par like, jusqu'a 300€ par jour. Contactez moi sur whatsapp",
        "Job a domicile ! noter des hotels et laisser des avis, remuneration pour chaque tache, ecris moi sur telegram",
        "Pour retirer vos gains il faut d'abord debloquer votre commission, envoyez 50 euros",
    ],
)
def test_a_paid_likes_or_reviews_mission_is_flagged(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED


def test_a_task_mission_with_a_whatsapp_link_in_the_name_of_a_known_brand_is_likely_a_scam() -> None:
    text = (
        "Equipe Amazon : missions simples depuis votre telephone, laisser des avis sur des produits, "
        "10 euros par avis. Contactez le recruteur : https://wa.me/447700900123"
    )
    assert analyse_message(text).verdict is Verdict.likely_scam


# --- Genuine notifications stay unflagged -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis est en attente, choisissez un creneau de livraison sur https://www.laposte.fr/suivi",
        "Bonjour, votre avis d'impot est disponible dans votre espace particulier sur https://www.impots.gouv.fr",
        "Votre attestation de droits est disponible sur votre compte https://www.ameli.fr",
        "Maman, si quelqu'un t'ecrit avec un nouveau numero et te demande un virement, mefie-toi c'est une arnaque",
    ],
)
def test_genuine_notifications_and_warnings_are_never_called_scams(text: str) -> None:
    assert analyse_message(text).verdict not in FLAGGED


# --- The data ---------------------------------------------------------------------------------------------


def test_the_thin_scenarios_are_built_from_official_warnings_with_a_check_date() -> None:
    official = ("cybermalveillance.gouv.fr", "lesclesdelabanque.com", "totalenergies.fr")
    loaded = {c.scenario.id: c.scenario for c in scenarios.load().scenarios}
    for scenario_id in ("rental", "task_job", "unpaid_bill"):
        sources = loaded[scenario_id].sources
        assert any(any(site in s.url for site in official) for s in sources), scenario_id
        assert all(s.checked for s in sources)


def test_a_decisive_request_must_be_one_the_scenario_asks_for() -> None:
    with pytest.raises(ValidationError, match="decisive"):
        Scenario(
            id="x",
            label="x",
            advice="x",
            asks=["click"],
            decisive=["send_money"],
            patterns=["x"],
            sources=[{"url": "https://example.org", "title": "x", "checked": "2026-11-30"}],
        )


# --- Sender names as people paste them: glued, hyphenated, shortened ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CR-AGRICOLE : une operation inhabituelle de 310 EUR est en cours, si vous n'etes pas a l'origine appelez le 01 84 80 22 19",
        "SocieteGenerale: paiement suspect de 909 EUR, si ce n'est pas vous contactez le centre des oppositions au 01 84 80 22 19",
        "LAPOSTE: votre colis est en attente, frais de 1,99e a regler sur https://suivi-colis-fr.com",
        "Caisse d epargne : nouvel appareil ajoute a votre compte, si ce n'est pas vous appelez le 01 84 80 22 19",
    ],
)
def test_a_glued_or_shortened_sender_name_is_still_the_organisation_it_imitates(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert {"message.scenario_impersonation", "message.impersonation_link"} & codes(result)


def test_glued_names_of_the_catalogue_keep_their_official_site() -> None:
    text = "LAPOSTE : votre colis est en attente de distribution, suivez-le sur https://www.laposte.fr/outils/suivre-vos-envois"
    assert analyse_message(text).verdict not in FLAGGED
