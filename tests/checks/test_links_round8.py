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
