"""Fake hosts named after a scam story or a brand's short name, and the ordinary names that must stay quiet.

Look-alike inputs written for these tests (no corpus host is copied): health-card renewal and parcel routing
stories, the short or misspelt brand names fakes use (chrono, agricole, paribas, societegeneral, cartevital).
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
        "renouvellement-2023.fr",  # the story and a year, nothing else
        "https://acheminement-suivi.com/",  # two story words
        "http://carte-renouvellement.online",  # the story on a catch-all extension
        "cmu-renouvellement.net",
        "https://renouvelle-ton-colis.com/etape2",
    ],
)
def test_a_name_made_only_of_a_scam_story_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "aide-retraite.fr",  # ordinary words of ordinary names
        "https://la-carte.info/",  # a restaurant menu
        "prime-retraite.com",
        "renouvellement-menuiserie.fr",  # a word of its own: a business name
        "https://www.suivi-colis-international.fr/",
        "tentative.fr",
    ],
)
def test_ordinary_names_with_one_story_word_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
    assert "link.scenario_name" not in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "chrono-paiement.com",
        "https://suivi-chrono.net/colis",
        "connexion-agricole.fr",
        "espace-paribas.com",
        "societegeneral-securite.com",
        "macartevital.fr",
        "secu-vitale.com",
        "assur-amelie.info",
    ],
)
def test_short_or_misspelt_brand_names_are_taken_for_the_brand(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates is not None


@pytest.mark.parametrize(
    "link",
    ["chrono24.fr", "chronodrive.com", "la-france-agricole.fr", "lycee-agricole-info.fr", "chronomania.net"],
)
def test_ordinary_names_with_a_short_brand_word_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
    assert result.link.imitates is None
