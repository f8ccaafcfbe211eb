"""Link tricks of round 15 (2/12/2026), generic by construction, and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from tests.checks.link_cases import (
    FLAGGED,
    assert_flagged_with,
    assert_flagged_with_one_of,
    assert_not_flagged,
    assert_quiet_without,
    codes,
    message_of,
)


@pytest.mark.parametrize(
    "link",
    [
        "wvvw-boutique-jeux.com",
        "https://wvwv-monjeu.com/connexion",
        "vvwww-support.net",
        "wwwmonjeuenligne.com",
        "http://wwwlaboutiquedujeu.fr/login",
        "xn--www-ds-touch-hlb.com",  # www-düs-touch: an accented name after www-
    ],
)
def test_a_fake_www_inside_the_registered_name_is_flagged(link: str) -> None:
    assert_flagged_with(link, "link.fake_www")


def test_the_plain_www_dash_name_keeps_its_address_shape_sign() -> None:
    result = check_link("www-boutique-jeux.com")
    assert "link.address_shape" in codes(result)
    assert "link.fake_www" not in codes(result)


def test_the_fake_www_is_explained_with_the_real_site_named() -> None:
    message = message_of("wvvw-boutique-jeux.com", "link.fake_www")
    assert "boutique-jeux[.]com" in message


@pytest.mark.parametrize(
    "link",
    [
        "www.boutique-jeux.com",  # the real www, a label of its own
        "vw-garage-dupont.fr",  # Volkswagen's initials
        "wwf.fr",
        "www3.ville-exemple.fr",
        "vvv-velos.fr",  # v's only: no w
        "wow-voyages.fr",
        "www.wavewear.com",
    ],
)
def test_ordinary_names_with_w_and_v_stay_quiet(link: str) -> None:
    assert_quiet_without(link, "link.fake_www")


@pytest.mark.parametrize("link", ["connexionantai.fr", "gestionantai-paiement.com"])
def test_a_strong_name_glued_after_known_words_is_read_even_where_the_glue_spells_an_ordinary_word(
    link: str,
) -> None:
    # connexio|nantai: "nantai" (the people of Nantes) is spelt across the glue, but the name reads whole
    # as known words and the ANTAI's name.
    assert_flagged_with(link, "link.brand_in_domain")


@pytest.mark.parametrize(
    "link",
    [
        "club-nantais.fr",
        "restaurantnantais.fr",
        "lesnantais.fr",
        "amelioration-habitat.fr",
        "ecole-chantaient.fr",
    ],
)
def test_ordinary_words_that_begin_with_a_name_still_hide_it(link: str) -> None:
    assert_quiet_without(link, "link.brand_in_domain")


@pytest.mark.parametrize(
    "link",
    [
        "reclamezvotreremboursement.com",
        "recevez-votre-aide-retraite.fr",
        "confirmez-votre-remboursement.info",
    ],
)
def test_a_name_that_tells_the_reader_to_claim_a_lure_topic_is_a_lure_name(link: str) -> None:
    assert_flagged_with(link, "link.lure_name")


@pytest.mark.parametrize("link", ["organisme-remboursement.com", "organismes-renouvellement.fr"])
def test_organisation_beside_a_story_word_names_no_one(link: str) -> None:
    assert_flagged_with(link, "link.scenario_name")


@pytest.mark.parametrize(
    "link",
    [
        "profitez-de-paris.fr",
        "recevez-vos-amis.fr",
        "organisme-formation-dupont.fr",
        "organisme-formation.fr",
        "validez-vos-acquis-bretagne.fr",
        "demandez-le-programme.fr",
    ],
)
def test_imperatives_and_organisation_in_ordinary_names_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize(
    "link", ["boostez-votre-livret.com", "votre-placement-en-ligne.fr", "mon-epargne-securisee.info"]
)
def test_a_savings_lure_name_without_a_name_of_its_own_is_a_lure_name(link: str) -> None:
    assert_flagged_with(link, "link.lure_name")


@pytest.mark.parametrize(
    "link", ["garantiedesdepotts.fr", "fgdr-indemnisation.com", "garantie-des-depots-remboursement.fr"]
)
def test_the_deposit_guarantee_funds_name_outside_its_site_is_flagged(link: str) -> None:
    assert_flagged_with_one_of(link, {"link.typo", "link.brand_in_domain"})


def test_the_deposit_guarantee_funds_own_site_is_official() -> None:
    result = check_link("https://www.garantiedesdepots.fr/fr/faq")
    assert "link.official" in codes(result)
    assert result.verdict not in FLAGGED


@pytest.mark.parametrize(
    "link",
    [
        "caisse-epargne.fr",
        "placement-direct.fr",
        "epargne-salariale.fr",
        "livret-a-banque-martin.fr",
        "placement-immobilier-dupont.fr",
        "rendement-agricole.fr",
        "guidebourse.net",
    ],
)
def test_savings_words_in_ordinary_or_official_names_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize("link", ["monespace-primevideo.com", "primevideo-abonnement.fr", "primevidoe.com"])
def test_amazons_streaming_service_outside_its_site_is_flagged(link: str) -> None:
    assert_flagged_with_one_of(link, {"link.typo", "link.brand_in_domain"})


@pytest.mark.parametrize(
    "link", ["https://www.primevideo.com/", "amazon.fr", "prime-immobilier.fr", "video-club-paris.fr"]
)
def test_prime_videos_own_site_and_ordinary_names_stay_quiet(link: str) -> None:
    assert_not_flagged(link)
