"""Link tricks of round 10 (issue 10), and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("clientele-nickel.fr", "nickel.eu"),  # a customer's space next to an ordinary-word brand
        ("nickel-monespace.com", "nickel.eu"),
        ("espaceclientschrono.net", "chronopost.fr"),
        ("agricole-moncompte.info", "credit-agricole.fr"),
    ],
)
def test_a_bait_only_brand_next_to_a_customer_space_word_is_the_brand(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, codes(result)
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "link",
    [
        "nickel-chrome-atelier.fr",
        "mon-chrono.fr",
        "espace-agricole.fr",
        "chrono24.fr",
        "info-nickel-proprete.fr",
    ],
)
def test_a_bait_only_brand_with_ordinary_words_stays_an_ordinary_name(link: str) -> None:
    assert check_link(link, model=False).verdict is Verdict.inconclusive


@pytest.mark.parametrize(
    ("link", "official"),
    [("miseajourcaf.com", "caf.fr"), ("sfr-miseajour.net", "sfr.fr"), ("mettreajour-ameli.info", "ameli.fr")],
)
def test_mise_a_jour_glued_to_a_brand_is_an_update_request(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_scam, codes(result)
    assert "link.brand_bait_words" in codes(result)
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "link", ["regularisation-abonnement.com", "payer-mon-abonnement.fr", "regler-abonnements.net"]
)
def test_a_subscription_with_an_action_word_is_a_scam_story_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious, codes(result)
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link", ["abonnement-piscine-vannes.fr", "abonnement-presse-locale.fr", "mon-abonnement.fr"]
)
def test_a_subscription_alone_or_with_a_name_of_its_own_stays_quiet(link: str) -> None:
    assert check_link(link, model=False).verdict is Verdict.inconclusive


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("floabank-clients.com", "floabank.fr"),
        ("securite-floa.net", "floabank.fr"),
        ("banquepalatine-acces.com", "palatine.fr"),
        ("monespace-palatine.info", "palatine.fr"),
        ("caissedesdepots-formation.com", "caissedesdepots.fr"),
        ("choruspro-factures.fr", "chorus-pro.gouv.fr"),
    ],
)
def test_the_new_catalogue_names_are_imitated(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, codes(result)
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "link",
    ["floabank.fr", "palatine.fr", "caissedesdepots.fr", "chorus-pro.gouv.fr", "https://www.floabank.fr/"],
)
def test_their_official_domains_stay_unflagged(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED


@pytest.mark.parametrize("link", ["palatine-immobilier-lyon.fr", "float-surf-school.fr", "chorus-lyon.fr"])
def test_their_ordinary_word_names_alone_stay_quiet(link: str) -> None:
    assert check_link(link, model=False).verdict is Verdict.inconclusive
