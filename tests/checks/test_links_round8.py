"""Link tricks that recur across sources in the fourth batch (round 8), and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied): parcel-locker and redelivery stories.
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    "link",
    [
        "choisissez-votre-locker.com",  # a locker to choose
        "https://planifier-livraison.net/etape1",  # a delivery to schedule
        "tracker-colis.com",
        "paquet-en-attente.info",
        "report-relivraison.com",
        "livraison-interrompue.net",
    ],
)
def test_a_name_made_of_a_parcel_locker_or_redelivery_story_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "salle-reception.fr",  # a wedding venue
        "depot-vente-meubles.fr",
        "point-chaud.com",
        "https://www.transit-express.fr/",
        "choix-horaires.com",
        "planifier.fr",
    ],
)
def test_ordinary_names_with_delivery_words_but_no_parcel_story_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    [
        "paypai-litiges.com",  # paypal, l written i
        "http://paypai.fr/connexion",
        "colis-mondiairelay.net",  # mondialrelay, l written i
        "envoi-mondiai.com",  # the cut name mondial, l written i, beside a parcel word
        "uiys-telepeage.com",  # ulys, the toll badge
        "espace-arneli.fr",  # ameli, m written rn
        "arneli-remboursement.com",
    ],
)
def test_a_brand_written_with_look_alike_letters_inside_a_name_is_a_lookalike(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.lookalike" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "santal-parfums.fr",  # santal is no "antai" with a look-alike letter
        "chantal-coiffure.fr",
        "mondiai.fr",  # a cut name read through a look-alike with no parcel word: too far a guess
        "lci.fr",  # a short name: lcl written lci is a TV channel
        "salle-reception-mondial.fr",
    ],
)
def test_ordinary_names_near_a_look_alike_spelling_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    [
        "https://nouveau-message-vocal-42.wixsite.com/ecouter",  # a voicemail lure on a builder
        "messagerie-client7.wixsite.com",
        "monwebmail2.weebly.com",
        "http://authuniv-paris.ukit.me/login",  # a university sign-in on a builder
        "cliquezorange.myfreesites.net",  # an ordinary-word operator glued into the customer's name
    ],
)
def test_a_builder_customer_name_posing_as_a_mailbox_university_or_operator_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.hosted_lure" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "univers-du-chat.wixsite.com",  # univers is no university
        "orangerie-du-parc.wixsite.com",
        "ecole-jules-ferry.wixsite.com",
        "academie-de-danse.wixsite.com",
        "chorale-vocalises.weebly.com",
        "https://monmessage.fr/",  # not on a builder
    ],
)
def test_ordinary_builder_sites_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    ["trajet-peage-impaye.com", "badge-telepeage.net", "trajets-vinci.com", "vinci-autoroutes-paiement.fr"],
)
def test_a_toll_story_name_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    [
        "point-orange.fr",  # delivery and road words never back an ordinary-word brand alone
        "free-dispo.com",
        "da-vinci-route.fr",
        "route-des-vins.fr",
        "badge-association.fr",
    ],
)
def test_ordinary_words_beside_an_ordinary_word_brand_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link", ["suivi-mrelay.com", "relais-mondial-colis.net", "aidemrelais.com", "securite-boncoin.fr"]
)
def test_short_and_reversed_forms_of_a_carrier_or_marketplace_name_are_read_as_the_brand(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize("link", ["au-bon-coin.fr", "bon-coin-peche.com", "boncoin.fr"])
def test_the_good_spot_in_ordinary_names_stays_inconclusive(link: str) -> None:
    assert check_link(link).verdict is Verdict.inconclusive


@pytest.mark.parametrize(
    "link",
    [
        "lesconseilsdelabanque.fr",
        "lescles-du-credit.com",
        "impotsurlafortune.org",
        "https://impotsurlerevenu.net/",
    ],
)
def test_a_plain_french_title_or_the_tax_s_own_name_is_no_lure(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link", ["acrennes.fr", "ac2lille.com", "academienantes.fr/webmail", "ac-toulouse-messagerie.com"]
)
def test_an_academie_name_glued_or_dressed_up_imitates_its_ac_city_fr_site(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.lookalike" in codes(result)


@pytest.mark.parametrize(
    "link",
    ["ac-rennes.fr", "https://www.ac-lille.fr/", "academie-de-danse-nantes.fr", "acier-lyon.fr", "acces.fr"],
)
def test_the_academie_s_own_address_and_ordinary_names_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link", ["remboursements-assurance.info", "acceder-amendes.fr", "accedez-contravention.com"]
)
def test_story_words_in_the_plural_and_access_words_make_a_story_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize("link", ["acceder-emploi.fr", "livraisons-rapides.fr", "remboursements.fr"])
def test_one_story_word_in_the_plural_or_an_access_word_alone_stays_quiet(link: str) -> None:
    assert check_link(link).verdict is Verdict.inconclusive
