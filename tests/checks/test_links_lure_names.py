"""Fake names without a brand, made only of the lure's words, and long words misspelt inside glued names.

Look-alike inputs written for these tests (no corpus host is copied): debt collection, pension, post, health
insurance and tax words glued with "ma", "votre", "espace", "en ligne" or an action; then the ordinary French
names that must stay quiet (a driving school, a transport firm, a town's payment service, a collector's own name).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.links import LinkResult, check_link
from checks.result import Verdict
from checks.url_parse import parse_link, parse_link_fully

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    "link",
    [
        "maretraiteenligne.fr",  # possessive + pension + online, glued
        "https://votre-caisse-retraite.com/connexion",
        "recouvrementbancaireservices.fr",  # collection + bank, glued with filler only
        "espace-sante-assure.com",
        "hxxps://monnouveaucourrierpostal[.]fr",
        "securisation-carte-bancaire.fr",
    ],
)
def test_a_name_made_only_of_the_lures_words_is_suspicious_never_more(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious, [f.code for f in result.findings]
    assert "link.lure_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "controllefiscal.fr",  # a letter doubled
        "https://dossiercontentieu-credit.fr",  # a letter dropped at the end of a word
        "vosremboursemnetsante.com",  # two letters swapped
    ],
)
def test_a_misspelt_lure_word_is_read_and_named(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.misspelt_word" in codes(result)


def test_a_brand_glued_after_a_misspelt_word_is_seen() -> None:
    result = check_link("http://monremboursemntedf.com/")
    assert result.verdict is Verdict.likely_scam, [f.code for f in result.findings]
    assert result.link.imitates == "edf.fr"
    assert "link.misspelt_word" in codes(result)


def test_two_glued_words_sharing_a_letter_are_no_misspelling() -> None:
    result = check_link("votrecaissenligne.fr")  # caisse|enligne share their "e"
    assert result.verdict is Verdict.suspicious, [f.code for f in result.findings]
    assert "link.misspelt_word" not in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "recouvrement-dupont.fr",  # a collector under its own name
        "cabinet-recouvrement-martin.fr",
        "auto-ecole-permis-express.fr",
        "transports-dupont-colis.fr",
        "paiement-cantine-villeneuve.fr",  # a town's payment service
        "mission-locale-lyon.fr",
        "chambre-huissiers-paris.fr",
        "huissiers-justice-paris.fr",
        "huissier-justice33.fr",  # two of the lure's topics, but no bait shape: a bailiff's own office
        "ma-prime-energie.fr",  # energy-saving grants: ordinary words of ordinary firms
        "tresor-public.fr",
        "nouvelle-carte.fr",
        "credit-services.fr",  # one topic and filler: no bait shape
        "retraite-publique.fr",
        "cnam-formation.fr",  # an ordinary-word brand is not backed by the lure's words
        "concourants.net",  # no ordinary-word brand read through a misspelling
        "https://www.credit-agricole.fr/",  # a bank's real site
        "https://www.ameli.fr/assure",
    ],
)
def test_ordinary_french_names_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]


_LINKISH = st.text(alphabet="abcz09.-_/:?#@[]()\\%HTtpsx \u00e9\u200b", max_size=40)


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        _LINKISH,
        st.sampled_from(["http://", "https://", "", "HTTPS://", "//"]).flatmap(
            lambda scheme: _LINKISH.map(lambda rest: scheme + rest)
        ),
    )
)
def test_the_quick_reading_of_usual_links_gives_the_full_readings_parts(text: str) -> None:
    assert parse_link(text) == parse_link_fully(text)


def test_a_misspelt_word_never_costs_a_brand_read_as_written() -> None:
    # "depargne" could be read "de" + a misspelt "epargne": the brand written whole still wins.
    result = check_link("http://www.caisse-depargne-clients.com/compte")
    assert result.verdict is Verdict.likely_scam, [f.code for f in result.findings]
    assert "link.misspelt_word" not in codes(result)


def test_a_misspelt_bait_word_next_to_a_brand_counts_as_bait() -> None:
    result = check_link("https://verificaton-edf.com/")
    assert result.verdict is Verdict.likely_scam, [f.code for f in result.findings]
    assert {"link.misspelt_word", "link.brand_bait_words"} <= codes(result)


@pytest.mark.parametrize("link", ["mairieparris.fr", "https://caissepargnne.com/espace"])
def test_a_long_name_said_without_its_small_word_and_misspelt_is_a_typo(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.typo" in codes(result)


@pytest.mark.parametrize("link", ["villeparisis.fr", "mairie-villeparisis.fr", "villeparis-immobilier.fr"])
def test_a_town_whose_name_starts_like_a_shortened_name_stays_quiet(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED


@pytest.mark.parametrize(
    "link", ["ameli.fr", "https://www.ameli.fr/assure", "https://assure.ameli.fr/", "WWW.AMELI.FR"]
)
def test_an_official_site_is_recognised_bare_with_www_or_deeper(link: str) -> None:
    # The bare and www. forms are judged once at load; a deeper name goes through the analysis: same answer.
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit, [f.code for f in result.findings]
    assert "link.official" in codes(result)
    assert result.link.official_for is not None
