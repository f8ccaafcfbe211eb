"""Link tricks of round 13 (2/12/2026), and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.result import Verdict
from tests.checks.link_cases import FLAGGED, assert_not_flagged, assert_suspicious_with, codes, message_of


@pytest.mark.parametrize(
    "link", ["acces-bnpsecurserv.fr", "verif-lbpinfosecur.fr", "infopaiement-servclient.com"]
)
def test_a_name_the_model_distrusts_that_also_asks_to_log_in_or_pay_is_suspicious(link: str) -> None:
    # two weak signs together, never "likely_scam" on their own
    assert_suspicious_with(link, "link.model", "link.bait_words", "link.model_bait")


def test_a_name_the_model_distrusts_on_a_hosting_address_is_suspicious() -> None:
    result = check_link("https://lbpaccessclient.wixsite.com/connexion")
    assert {"link.model", "link.shared_platform", "link.model_hosted"} <= codes(result)
    assert result.verdict is Verdict.suspicious


def test_the_model_alone_is_still_only_a_caution() -> None:
    result = check_link("bnpsecurserv.fr")  # the same name, without "acces" in front
    assert "link.model" in codes(result)
    assert not {"link.model_bait", "link.model_hosted"} & codes(result)
    assert result.verdict not in FLAGGED


def test_without_the_model_bait_words_alone_stay_a_weak_sign() -> None:
    result = check_link("acces-bnpsecurserv.fr", model=False)
    assert "link.model_bait" not in codes(result)
    assert result.verdict is Verdict.inconclusive


def test_the_pair_is_explained_in_plain_french_with_the_address_defanged() -> None:
    message = message_of("verif-lbpinfosecur.fr", "link.model_bait")
    assert "Deux signes ensemble" in message
    assert "verif-lbpinfosecur[.]fr" in message


@pytest.mark.parametrize(
    "link",
    [
        "votre-arret-maladie.fr",
        "mesarretsmaladie.fr",
        "recensement-espace-public.fr",
        "demarchepermisidentite.fr",
    ],
)
def test_a_name_made_of_a_public_procedure_and_a_bait_shape_is_a_lure_name(link: str) -> None:
    assert_suspicious_with(link, "link.lure_name")


@pytest.mark.parametrize(
    "link", ["locker-express-jeudi.com", "colis-zone-relivraison.com", "relivraison-du-vendredi.com"]
)
def test_a_parcel_story_dressed_with_a_weekday_or_express_is_a_story_name(link: str) -> None:
    assert_suspicious_with(link, "link.scenario_name")


@pytest.mark.parametrize(
    "link",
    [
        "droit-finances.net",
        "le-recensement-et-moi.fr",
        "recensement-mairie.fr",
        "arret-de-bus.fr",
        "mes-demarches.fr",
        "droits-des-femmes.fr",
        "express-pizza.fr",
        "zone-commerciale-nord.fr",
        "droit-travail-france.fr",
        "monprofil.fr",
        "profil-sante.fr",
    ],
)
def test_ordinary_names_with_those_words_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


def test_a_customer_space_alone_does_not_back_the_models_caution() -> None:
    # "espace client" names many honest firms' pages: only a word that asks to pay, sign in or confirm backs it.
    result = check_link("espace-client-menuiserie-martin.fr")
    assert {"link.model", "link.bait_words"} <= codes(result)
    assert "link.model_bait" not in codes(result)
    assert result.verdict is Verdict.inconclusive
