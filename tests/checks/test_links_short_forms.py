"""Brands written short (initials, without vowels, cut off), government names glued, and scam stories padded
with filler: what the next campaign will register, and the ordinary names that must stay quiet.

Look-alike inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.lookalike import brand_fragments
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("espace-client-sg.net", "sg.fr"),  # a bank's two-letter initials with account words
        ("https://votre-espace-sg.info/connexion", "sg.fr"),
        ("sglogin-verif.com", "sg.fr"),
        ("ppl-verification.com", "paypal.com"),  # paypal without its vowels
        ("prbs-securite.net", None),  # paribas without its vowels
        ("amzn-remboursement.com", None),  # amazon, first letter kept, as a ticker
        ("mondial-relivraison.com", None),  # mondialrelay cut short, with a parcel story word
        ("colissim-creneau.com", None),
        ("renouvellement-cartevita.com", None),
    ],
)
def test_a_brand_written_short_next_to_a_fake_pages_words_is_flagged(link: str, official: str | None) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.brand_in_domain" in codes(result)
    if official is not None:
        assert result.link.imitates == official


@pytest.mark.parametrize(
    "link",
    [
        "sg-services.com",  # initials with an ordinary word: a company of its own
        "sg-consulting.fr",
        "https://boutique.example.com/en-sg/account/login",  # Singapore's page, not a bank
        "sg.exemple-boutique.fr",
        "ppl-consulting.com",
        "mondial-assistance.fr",  # an ordinary word that starts a brand, with a service word
        "mondial-tissus.fr",
        "mondialbox.fr",
    ],
)
def test_ordinary_names_with_short_forms_stay_unflagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize("link", ["taxegouv-paiement.info", "https://santegouv.com/", "gouvcarte.net"])
def test_gouv_glued_to_a_word_pretends_to_be_a_government_address(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.pretend_suffix" in codes(result)


@pytest.mark.parametrize("link", ["gouvernement-info.fr", "gouvieux.fr", "gouvernance-eau.org"])
def test_words_that_start_with_gouv_are_not_the_trick(link: str) -> None:
    assert "link.pretend_suffix" not in codes(check_link(link))


@pytest.mark.parametrize(
    "link",
    [
        "livraison-france-info.net",  # one story word and filler only
        "mon-colis-info.fr",
        "remboursement-assurances.com",  # filler in the plural is still filler
        "acheminement-reprog.com",  # a story word cut short is still read
    ],
)
def test_a_scam_story_padded_with_filler_is_a_scenario_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    ["livraison-fleurs-martin.fr", "aide-france-info.fr", "carte-france.fr", "livraison-express-dupont.com"],
)
def test_a_story_word_with_a_name_of_its_own_stays_unflagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]


def test_short_forms_keep_the_first_letter_and_enough_of_the_name() -> None:
    brands = {"paypal": "paypal.com", "bouygues": "bouyguestelecom.fr", "enedis": "enedis.fr"}
    forms = brand_fragments(brands, frozenset(), frozenset({"paiement"}))
    assert forms["ppl"] == "paypal"
    assert forms["ends"] == "enedis"  # e kept, then n, d, s
    assert "bgs" not in forms  # bouygues without vowels says too little
    assert forms["bouygue"] == "bouygues"  # cut short by one letter
    assert "paypa" not in forms  # too short a cut


@pytest.mark.parametrize(
    "link",
    [
        "securite-colisimo.info",  # one word of the name one letter off a brand, next to a bait word
        "suivi-cartevtale.com",  # a letter missing from a brand
        "transaction-chronopst.net",
    ],
)
def test_one_word_one_letter_off_a_brand_next_to_bait_is_a_typo(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.typo" in codes(result)


@pytest.mark.parametrize("link", ["colisimo-martin.fr", "chronopst-horlogerie.com"])
def test_a_word_one_letter_off_a_brand_without_bait_stays_unflagged(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED


def test_two_letters_off_a_long_brand_counts_on_a_throw_away_extension_only() -> None:
    assert "link.typo" in codes(check_link("lebncon.online"))  # two letters gone, ends kept
    assert check_link("lebncon.fr").verdict not in FLAGGED
    assert check_link("lebonpoint.store").verdict not in FLAGGED  # the last letter differs
