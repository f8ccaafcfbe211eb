"""The lexical model of host names: it speaks only where the rules conclude nothing, never alone to
"likely_scam", never on an official address, and says it is a statistical estimate. Look-alike names below
are invented for the tests (none is copied from the corpora)."""

from __future__ import annotations

import pytest

from checks import link_model
from checks.links import check_link
from checks.result import Verdict
from knowledge import link_model as link_model_data
from knowledge import organisations

FLAGGED = (Verdict.suspicious, Verdict.likely_scam)


def _codes(text: str) -> list[str]:
    return [f.code for f in check_link(text).findings]


@pytest.mark.parametrize(
    "link",
    [
        "chronorelai-livrezon.com",  # a carrier's name run together and misspelt, no brand the rules know
        "colisvoyageur-express.com",  # an invented parcel service
        "mon-espace-assure-sante.com",  # an invented health-insurance space
        "caisse-epargnn.com",  # a bank's name with a doubled letter
        "https://acces-securise-client.net/connexion",  # a "secure access" name on an unknown host
        "espace-client-verif.net",
    ],
)
def test_names_written_like_phishing_are_suspicious_by_the_model(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious
    assert "link.model" in _codes(link)
    assert "link.unknown" not in _codes(link)


@pytest.mark.parametrize(
    "link",
    [
        "boulangerie-martin.fr",
        "https://www.mairie-de-saint-andre.fr/actualites",
        "club-handball-rennes.fr",
        "tennis-club-nimes.com",
        "restaurant-chez-paul.com",
        "pharmacie-du-centre.fr",
        "garage-dupuis-auto.com",
        "comite-des-fetes-bourg.org",
        "plombier-chauffagiste-lyon.com",
    ],
)
def test_ordinary_french_sites_stay_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive
    assert "link.unknown" in _codes(link)
    assert "link.model" not in _codes(link)


def test_the_model_alone_never_makes_a_likely_scam() -> None:
    result = check_link("chronorelai-livrezon.com")
    assert [f.code for f in result.findings if f.evidence.value == "risk"] == ["link.model"]
    assert result.verdict is Verdict.suspicious


def test_the_model_does_not_speak_when_the_rules_already_judged() -> None:
    # A brand the rules recognise: their findings decide, the model adds nothing.
    assert "link.model" not in _codes("chrono-delivraison.net")
    assert "link.model" not in _codes("ameliie-espace.net")


def test_the_finding_shows_the_pieces_that_weighed_and_says_it_can_be_wrong() -> None:
    finding = next(f for f in check_link("swtest-portal.ru").findings if f.code == "link.model")
    assert "estimation statistique" in finding.message
    assert "peut se tromper" in finding.message
    assert "« swtest »" in finding.message
    assert "swtest-portal.ru" not in finding.message  # the address is shown defanged
    assert "swtest-portal[.]ru" in finding.message


def test_a_hacked_ordinary_site_is_judged_on_its_name_only() -> None:
    # The model reads the host, not the path: a kit on an ordinary bakery's site is the rules' business.
    assert "link.model" not in _codes("https://boulangerie-martin.fr/wp-content/plugins/x/verif.php")


def test_no_official_address_of_the_catalogue_is_flagged() -> None:
    flagged = []
    for domain in organisations.load().by_domain:
        for link in (domain, f"https://www.{domain}/espace-client", f"http://{domain}"):
            result = check_link(link)
            if result.verdict in FLAGGED or "link.model" in _codes(link):
                flagged.append(link)
    assert not flagged


def test_pieces_are_words_of_the_host_and_the_extension() -> None:
    model = link_model_data.load()
    host = "chronorelai-livrezon.com"
    pieces = link_model.strongest(host, model.weights, link_model.features(host))
    assert pieces
    assert set(pieces) <= {"chronorelai", "livrezon", "[.]com"}


def test_features_of_hosts_without_a_registrable_name_are_empty() -> None:
    assert link_model.features("192.168.1.1") == frozenset()
    assert link_model.features("intrum.fr.dossier-recouvrement.example") == frozenset()
    assert link_model.estimate("localhost") is None


def test_features_read_digits_as_zero_and_mark_the_ends() -> None:
    feats = link_model.features("promo2024.example.com")
    assert "d:<exa" in feats
    assert "s:0000>" in feats
    assert "s:mo00" in feats
    assert "sw:promo" in feats
    assert "t:com" in feats
