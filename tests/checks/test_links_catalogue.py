"""Links judged against the catalogue of imitated organisations: the tricks real fake sites use.

Inputs are shaped like the real phishing hosts of public feeds (the corpora's tuning part), written fresh
here: no corpus domain is copied into a test or a list.
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict
from knowledge import organisations
from knowledge.base import Status
from knowledge.organisations import Category

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


# --- the catalogue --------------------------------------------------------------------------------------


def test_the_catalogue_holds_at_least_sixty_sourced_organisations_of_every_kind() -> None:
    directory = organisations.load()
    assert len(directory.organisations) >= 60
    categories = {org.category for org in directory.organisations.values()}
    assert {
        Category.public_body,
        Category.carrier,
        Category.bank,
        Category.telecom,
        Category.energy,
        Category.toll,
        Category.marketplace,
        Category.collector,
        Category.commissaire_de_justice,
    } <= categories
    for org in directory.organisations.values():
        assert org.source.strip() and org.checked, org.id
        for entry in [*org.domains, *org.never]:
            assert entry.source.strip() and entry.checked, org.id


def test_what_organisations_say_they_never_do_is_sourced_and_plain_french() -> None:
    directory = organisations.load()
    claims = [claim for org in directory.organisations.values() for claim in org.never]
    assert len(claims) >= 20
    for claim in claims:
        assert claim.source.startswith("http"), claim.says
        assert claim.says.endswith("."), claim.says
    chronopost = directory.organisations["chronopost"]
    assert chronopost.never[0].status is Status.confirmed
    assert "38004" in chronopost.description


def test_myintrum_stays_unconfirmed() -> None:
    owner = organisations.load().owner_of_domain("myintrum.fr")
    assert owner is not None
    assert owner[1].status is not Status.confirmed


def test_brand_tokens_name_one_organisation_each() -> None:
    directory = organisations.load()
    assert directory.owner_of_token("ameli") is directory.organisations["ameli"]
    assert directory.owner_of_token("colissimo") is directory.organisations["la_poste"]
    assert directory.owner_of_token("orange") is directory.organisations["orange"]
    assert directory.owner_of_token("nimportequoi") is None


@pytest.mark.parametrize(
    "domain",
    sorted(organisations.load().by_domain),
)
def test_no_official_domain_of_the_catalogue_is_ever_flagged(domain: str) -> None:
    """A sourced domain reads as the organisation's; one no source confirms stays "impossible de conclure"
    (fact sheet 0.12: an unconfirmed contact never gets a reassuring verdict) - never flagged either way."""
    unverified = organisations.load().owner_of_domain(domain)[1].status is Status.unverified  # type: ignore[index]
    expected = Verdict.inconclusive if unverified else Verdict.likely_legit
    for link in (domain, f"https://www.{domain}/", f"https://espace-client.{domain}/connexion"):
        result = check_link(link)
        assert result.verdict is expected, (link, [f.code for f in result.findings])
        assert result.link.imitates is None


# --- brand inside a label -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("amelipaiementcarte.com", "ameli.fr"),  # glued to bait words
        ("ameli-assurance-connexion.net", "ameli.fr"),  # separated by hyphens
        ("espace-ameli-2026.com", "ameli.fr"),  # digits
        ("mabanque-creditagricole-securite.com", "credit-agricole.fr"),
        ("controlecreditagricoleparticulier.com", "credit-agricole.fr"),  # long name found anywhere
        ("la-banque-postale-certicode.info", "labanquepostale.fr"),  # a brand written with hyphens
        ("monespace-lcl.com", "lcl.fr"),  # a short name as a word
        ("beengie.com", "engie.fr"),  # two stray letters
        ("suivi-chronopost-colis.com", "chronopost.fr"),
        ("leboncoin-paiement-securise.com", "leboncoin.fr"),
    ],
)
def test_a_brand_inside_the_registered_name_is_flagged(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == official
    assert "link.brand_in_domain" in codes(result)


def test_brand_and_bait_words_together_are_likely_scam() -> None:
    result = check_link("https://amelie-remboursement-carte.com/")
    assert result.verdict is Verdict.likely_scam
    assert {"link.brand_in_domain", "link.brand_bait_words"} <= codes(result)


@pytest.mark.parametrize(
    ("link", "how"),
    [
        ("chronopots.fr", "deux lettres inversées"),
        ("colisimo.fr", "une lettre en moins"),
        ("leboncoim.fr", "« m » au lieu de « n »"),
    ],
)
def test_one_letter_off_a_catalogue_name_is_a_typo(link: str, how: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious
    typo = next(f for f in result.findings if f.code == "link.typo")
    assert how in typo.message


def test_cyrillic_letters_copying_a_catalogue_name_are_critical() -> None:
    result = check_link("https://chr\u043enopost.fr/suivi")  # Cyrillic "о"
    assert result.verdict is Verdict.likely_scam
    assert "link.homoglyph" in codes(result)
    assert result.link.imitates == "chronopost.fr"


# --- names that are also ordinary words ------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://www.orange-bleue.fr/",
        "https://www.orange-county-choppers.com/",
        "https://free-jazz-festival.fr/",
        "https://www.vitale-restaurant.fr/",
        "https://www.amelie-poulain.fr/",
        "https://www.vinci-energies.fr/",
    ],
)
def test_a_weak_name_alone_is_not_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
    assert result.link.imitates is None


@pytest.mark.parametrize(
    "link",
    [
        "https://messagerie-orange-connexion.com/",
        "https://free-facture-impayee.com/",
        "https://mon-orange.duckdns.org/",
        "https://renouvellement-vitale-sms.com/",
    ],
)
def test_a_weak_name_with_another_sign_is_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates is not None


def test_same_name_under_another_extension_is_the_brands_own_site_when_it_is_international() -> None:
    assert check_link("https://www.vinted.pl/").verdict is Verdict.inconclusive
    assert check_link("https://www.paypal.de/").verdict is Verdict.inconclusive
    # A French-only organisation under a country extension other than its own is still a doubt.
    local = check_link("https://www.chronopost.ch/")
    assert local.verdict is Verdict.suspicious
    assert codes(local) - {"link.org_never"} == {"link.brand_other_suffix"}
    # Under an extension companies register to protect their name, it is no sign by itself.
    assert codes(check_link("https://www.chronopost.net/")) == {"link.brand_same_name"}


# --- a brand placed in front of another site -----------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://laposte.fr.suivi-colis-relivraison.com/",
        "https://www-credit-agricole-fr.secure-access.net/",
        "https://labanquepostale.connexion.example-hosting.ru/",
    ],
)
def test_a_brand_or_official_name_as_a_subdomain_is_a_lure(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_subdomain" in codes(result)


def test_a_host_under_an_extension_that_does_not_exist_is_still_read() -> None:
    result = check_link("intrum.fr.dossier-recouvrement.example")
    assert result.verdict in FLAGGED
    assert {"link.no_suffix", "link.brand_in_subdomain"} <= codes(result)
    assert result.link.imitates == "intrum.fr"
    plain = check_link("mon-site.local")
    assert plain.verdict is Verdict.inconclusive


# --- a brand in the path ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://example-shop.com/Ameli-Assurance/remboursement/login",
        "http://old-blog.example.org/wp-content/antai/paiement.php",
        "https://compromised.example.net/profile/labanquepostale/connexion",
        "https://example.org/store/leboncoin.fr/login",
    ],
)
def test_a_brand_in_the_path_of_an_unofficial_host_next_to_sign_in_words_is_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_path_unofficial" in codes(result)
    assert result.link.imitates is not None


@pytest.mark.parametrize(
    "link",
    [
        "https://www.lemonde.fr/economie/article/2026/01/10/ameli-remboursements-en-hausse_123.html",
        "https://www.francetvinfo.fr/faits-divers/arnaque-chronopost-sms.html",
        "https://accounts.example.com/login?continue=https://www.orange.fr/portail",
    ],
)
def test_a_brand_in_an_article_path_or_a_return_link_is_not_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    [
        "https://petit-site.example.me/Zx81QkPa/impots.org",
        "https://hebergement.example.net/dossier/ameli.com/",
    ],
)
def test_a_brand_site_name_written_in_the_path_is_flagged(link: str) -> None:
    # The reader sees "impots.org" at the end of the link; the site that opens is another one.
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_path_unofficial" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "https://www.orange-county-news.example.com/sports/orange.com/",
        "https://blog.example.fr/2026/03/lecture-de-index.html",
        "https://www.example.fr/docs/orange.co.uk",
    ],
)
def test_an_ordinary_word_site_name_or_a_file_name_in_the_path_is_not_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


def test_a_page_named_after_an_ordinary_word_brand_on_a_site_builder_is_flagged() -> None:
    result = check_link("https://mesfacturesenligne4.wixsite.com/orange")
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_path" in codes(result)
    # Further down the path the word is only a word: an orchard's page about its oranges.
    orchard = check_link("https://vergerdupaul.wixsite.com/verger/orange")
    assert orchard.verdict is Verdict.inconclusive, [f.code for f in orchard.findings]


def test_a_brand_in_the_plural_in_the_path_next_to_sign_in_words_is_flagged() -> None:
    result = check_link("http://boite-mail-2.example.eu/Oranges/?_Authentication=8f3a2c")
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == "orange.fr"
    recipe = check_link("https://cuisine.example.fr/recettes/oranges-confites")
    assert recipe.verdict is Verdict.inconclusive


def test_an_ordinary_word_brand_in_front_of_another_site_counts_on_a_sign_in_page() -> None:
    result = check_link("http://orange.exemple-hebergeur.com/fr/identification")
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_subdomain" in codes(result)
    assert result.link.imitates == "orange.fr"
    # Without a sign-in page it is only a word: the site of a town, a fruit seller.
    plain = check_link("https://orange.exemple-hebergeur.com/horaires-marche")
    assert plain.verdict is Verdict.inconclusive, [f.code for f in plain.findings]


def test_sign_in_words_split_by_hyphens_count_in_the_path() -> None:
    result = check_link("https://vieux-blog.example.net/espace-client-orange/index.html")
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == "orange.fr"


def test_telecom_refund_and_esim_lures_are_bait_words() -> None:
    for link in ("orange-indemnisation.com", "annulation-esim-sfr.com"):
        result = check_link(link)
        assert result.verdict is Verdict.likely_scam, (link, [f.code for f in result.findings])
        assert "link.brand_bait_words" in codes(result)


# --- platforms and throw-away hosts ------------------------------------------------------------------------


def test_dynamic_dns_is_medium_and_names_the_service() -> None:
    result = check_link("https://photos-vacances.duckdns.org/")
    assert codes(result) == {"link.dynamic_dns"}
    assert result.verdict is Verdict.suspicious
    assert "duckdns[.]org" in result.findings[0].message


def test_a_platform_of_the_public_suffix_list_is_only_a_weak_sign() -> None:
    # Schools and town halls really use blog platforms: alone, that is not a verdict.
    result = check_link("https://ecole-jules-ferry.blogspot.com/")
    assert codes(result) == {"link.shared_platform", "link.unknown"}
    assert result.verdict is Verdict.inconclusive
    fake = check_link("https://ameli-remboursement.blogspot.com/")
    assert fake.verdict is Verdict.likely_scam


@pytest.mark.parametrize(
    "link",
    [
        "https://suivi-colis-livraison.top/",
        "https://peage-solde-impaye.duckdns.org/",
        "https://colis-relivraison-gouv.com/",
    ],
)
def test_scenario_words_on_a_throw_away_host_are_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_host" in codes(result)


def test_scenario_words_on_an_ordinary_site_stay_inconclusive() -> None:
    result = check_link("https://www.suivi-colis-international.fr/")
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- every finding says the trick in plain French, with the evidence defanged ------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://ameli-remboursement.com/login",
        "https://laposte.fr.suivi-colis-relivraison.com/",
        "https://example-shop.com/Ameli-Assurance/remboursement/login",
        "https://peage-solde-impaye.duckdns.org/",
        "https://ecole-jules-ferry.blogspot.com/",
    ],
)
def test_findings_show_addresses_defanged(link: str) -> None:
    result = check_link(link)
    for item in result.findings:
        assert "https://" not in item.message and "http://" not in item.message
        for word in item.message.split():
            stripped = word.strip("«»(),.:;")
            if any(stripped.endswith(tld) for tld in (".com", ".fr", ".org")):
                pytest.fail(f"clickable address in {item.code}: {item.message}")


# --- what the imitated organisation says it never does -----------------------------------------------------


def test_a_flagged_imitation_adds_what_the_organisation_says_it_never_does_with_its_page() -> None:
    result = check_link("https://chronopost-frais-livraison.com/")
    assert result.verdict is Verdict.likely_scam
    note = next(f for f in result.findings if f.code == "link.org_never")
    assert note.message.startswith("Bon à savoir, d'après Chronopost :")
    assert note.source is not None and note.source.startswith("https://www.chronopost.fr/")


def test_a_claim_reported_by_a_third_party_is_worded_as_such_and_its_addresses_defanged() -> None:
    result = check_link("https://amendes-paiement-gouv.com/")
    note = next(f for f in result.findings if f.code == "link.org_never")
    assert "une source qui cite ANTAI" in note.message
    assert "amendes[.]gouv[.]fr" in note.message
    assert "amendes.gouv.fr" not in note.message


def test_no_claim_is_added_to_an_official_or_unflagged_link() -> None:
    for link in ("https://www.chronopost.fr/", "https://www.marmiton.org/"):
        assert "link.org_never" not in codes(check_link(link))
