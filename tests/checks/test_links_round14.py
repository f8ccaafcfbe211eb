"""Link tricks of round 14 (2/12/2026), and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.result import Verdict
from tests.checks.link_cases import (
    FLAGGED,
    assert_flagged_with,
    assert_not_flagged,
    assert_quiet_without,
    assert_suspicious_with,
    codes,
    message_of,
)


@pytest.mark.parametrize(
    "link", ["regularisation-autoroute.com", "autoroutes-regulariser.fr", "payer-autoroute-2025.com"]
)
def test_a_motorway_beside_a_word_that_asks_to_settle_is_a_toll_story_name(link: str) -> None:
    assert_suspicious_with(link, "link.scenario_name")


@pytest.mark.parametrize("link", ["vinci-routes.com", "peage-vinci.fr", "mon-trajet-vinci.com"])
def test_the_motorway_operators_short_name_beside_its_own_service_words_is_the_brand(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


def test_the_toll_name_is_explained_in_plain_french_with_the_address_defanged() -> None:
    message = message_of("peage-vinci.fr", "link.brand_in_domain")
    assert "peage-vinci[.]fr" in message


@pytest.mark.parametrize(
    "link",
    [
        "restaurant-autoroute.fr",
        "aire-autoroute-info.fr",
        "autoroute-du-soleil.fr",
        "lycee-leonard-de-vinci.fr",
        "vinci-construction.fr",
        "college-de-vinci.fr",
        "route-des-vins.fr",
        "route-de-vinci.fr",  # the painter's name: "de", "da" or "leonard" beside it, the road words back nothing
        "leonard-vinci-route.fr",
        "vinci-autoroutes.com",  # the operator's official domain
    ],
)
def test_ordinary_names_with_those_words_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize("link", ["socgen-securite.fr", "monespace-socgen.com", "francesocgen-client.fr"])
def test_societe_generales_short_name_in_another_name_is_the_brand(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


def test_societe_generales_short_name_one_letter_off_is_a_typo() -> None:
    result = check_link("soccgen.fr")
    assert "link.typo" in codes(result)
    assert result.verdict in FLAGGED


def test_the_banks_own_mail_domain_stays_official() -> None:
    result = check_link("https://www.socgen.com/")
    assert "link.official" in codes(result)
    assert result.verdict is Verdict.likely_legit


@pytest.mark.parametrize("link", ["departementameli.fr", "regionameli.fr", "accueilvitale.fr"])
def test_a_name_the_model_distrusts_that_ends_a_word_with_a_catalogue_name_is_suspicious(link: str) -> None:
    # two weak signs together, never "likely_scam" on their own
    assert_suspicious_with(link, "link.model", "link.model_brand")


def test_without_the_model_a_glued_name_alone_stays_open() -> None:
    result = check_link("regionameli.fr", model=False)
    assert "link.model_brand" not in codes(result)
    assert result.verdict is Verdict.inconclusive


def test_the_glued_name_pair_is_explained_in_plain_french_with_the_address_defanged() -> None:
    message = message_of("accueilvitale.fr", "link.model_brand")
    assert "Deux signes ensemble" in message and "« vitale »" in message
    assert "accueilvitale[.]fr" in message


@pytest.mark.parametrize(
    "link", ["jusdorange.fr", "orangeade-maison.fr", "chronometrage-course.fr", "vitalite-sport.fr"]
)
def test_a_name_inside_an_ordinary_word_is_not_a_glued_name(link: str) -> None:
    assert_quiet_without(link, "link.model_brand")


@pytest.mark.parametrize("link", ["lbcoin-transaction.com", "paiement-lbcoin.fr", "mesannonceslbcoin.fr"])
def test_leboncoins_initials_glued_to_coin_are_its_name(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


@pytest.mark.parametrize("link", ["leboncoin.fr", "https://www.leboncoin.fr/annonces"])
def test_leboncoins_own_site_stays_official(link: str) -> None:
    assert check_link(link).verdict is Verdict.likely_legit


@pytest.mark.parametrize(
    "link",
    [
        "cvitale-renouvellement.fr",
        "macvitale-en-ligne.com",
        "bpostale-securite.fr",
        "monespace-banpostale.com",
    ],
)
def test_carte_vitale_and_banque_postale_cut_short_are_their_names(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


@pytest.mark.parametrize(
    "link",
    ["carte-postale-ancienne.fr", "cartes-postales-bretagne.fr", "vitale-energie.fr", "labanquepostale.fr"],
)
def test_postcards_an_ordinary_vitale_and_the_banks_own_site_stay_unflagged(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize(
    "link", ["parcel-relivraison.com", "package-reprogrammer.fr", "suivi-colis-parcel.info"]
)
def test_the_parcel_in_english_beside_a_telling_story_word_is_a_story_name(link: str) -> None:
    assert_suspicious_with(link, "link.scenario_name")


@pytest.mark.parametrize(
    "link", ["npm-package.com", "package-design.fr", "parcel-tracker-app.com", "parcel.fr"]
)
def test_the_english_parcel_words_alone_stay_quiet(link: str) -> None:
    assert_not_flagged(link)
