"""Review of the late-morning merges of 2/12/2026 (detection side): what a fix of one round let through.

Each message is written for this test in the shape of the fake bank adviser the sources describe (an alert, then a
transfer to a "compte sécurisé"), here quoting the bank's real line that round 19 let vouch for the whole message.
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.result import Verdict
from tests.checks.message_cases import assert_quiet, assert_scam_by_its_decisive_ask, codes


@pytest.mark.parametrize(
    "text",
    [
        "LCL : opération suspecte de 1200 €. Pour sécuriser vos fonds, effectuez un virement vers votre compte "
        "sécurisé. Contact : 09 69 39 11 33",
        "LCL : paiement de 890 € en attente. Pour l'annuler, rappelez le 09 69 39 11 33, un conseiller vous guidera "
        "pour transférer vos fonds sur un compte de sécurité",
    ],
)
def test_a_real_bank_line_never_vouches_for_a_message_asking_a_transfer(text: str) -> None:
    # The line is LCL's own, but no bank asks to move money to protect it: the ask is the scam, whoever answers.
    assert_scam_by_its_decisive_ask(text)
    assert "message.number_known" in codes(text)  # the line is still named for what it is


def test_the_banks_own_alert_with_its_real_line_stays_quiet() -> None:
    text = (
        "LCL : êtes-vous à l'origine d'un paiement de 120 € chez Amazon ? Dans le cas contraire appelez le "
        "09 69 39 11 33"
    )
    assert_quiet(text)
    assert "message.scenario" not in codes(text)


@pytest.mark.parametrize(
    "link",
    [
        "ca-paris.secure-verif.com",
        "https://ca-normandie.espace-client-auth.com/login",
        "crous-lyon.logement-etudiant.com",
        "ca-aquitaine.fr-client.info",
    ],
)
def test_a_regional_sites_name_put_in_front_of_another_site_is_a_lure(link: str) -> None:
    # The catalogue of 2/12 read « ca-paris.fr.x.com » but not the same name without its ending, or with the dot moved:
    # « ca » and « crous » are no brand tokens, so nothing else reads these hosts.
    result = check_link(link)
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}, link
    assert "link.brand_in_subdomain" in {f.code for f in result.findings}, link


@pytest.mark.parametrize(
    "link", ["ca-paris.fr", "https://www.crous-lyon.fr/logement/", "ca-pso.fr", "ca-gard.fr"]
)
def test_the_regional_sites_themselves_and_other_ca_names_are_not_lures(link: str) -> None:
    assert "link.brand_in_subdomain" not in {f.code for f in check_link(link).findings}, link


@pytest.mark.parametrize(
    "text",
    [
        "Ameli : vos fonds sont menacés, transférez votre épargne vers un compte sécurisé. Infos sur ameli.fr",
        "Ameli : vos fonds sont menacés, transférez votre épargne vers un compte sécurisé. Plus d'infos : "
        "https://www.ameli.fr/assure",
    ],
)
def test_a_real_official_address_never_vouches_for_a_transfer_to_a_safe_account(text: str) -> None:
    # Both read "likely_legit" (the official link skipped every scenario): the address is real, the ask is the scam.
    assert_scam_by_its_decisive_ask(text)


@pytest.mark.parametrize(
    "text",
    [
        "ANTAI : vous avez un avis de contravention. Payez votre amende sur https://www.antai.gouv.fr",
        "Votre demande d'aide au logement a été acceptée. Consultez votre dossier sur https://www.caf.fr",
    ],
)
def test_paying_or_reading_on_the_official_site_stays_a_genuine_notice(text: str) -> None:
    assert_quiet(text)
