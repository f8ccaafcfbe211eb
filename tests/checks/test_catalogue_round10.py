"""The organisations added in round 10 (catalogue completeness, `knowledge/data/organisations/SELECTION.md`).

Chosen from public rankings and warnings, not from missed links. The hosts below are written here in the style
of the tricks the organisations' own pages describe (a name glued to a bait word, a name on a throw-away host):
none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict
from knowledge import organisations
from knowledge.base import Status

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}

ADDED = (
    "hsbc", "ccf", "fortuneo", "hello_bank", "monabanq", "credit_mutuel_de_bretagne", "revolut",
    "axa", "allianz", "groupama", "maif", "malakoff_humanis", "covea",
    "sncf_connect", "ratp", "air_france", "e_leclerc", "carrefour", "decathlon", "booking", "airbnb", "fdj", "binance", "coinbase", "ledger", "enercoop",
)  # fmt: skip


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


def test_the_added_organisations_are_in_the_catalogue_with_a_page_for_each_domain() -> None:
    directory = organisations.load()
    assert len(directory.organisations) >= 129  # 127, the FGDR (round 15), the Police nationale; more since
    for org_id in ADDED:
        org = directory.organisations[org_id]
        assert org.domains, org_id
        for entry in org.domains:
            assert entry.source.strip() and entry.checked, (org_id, entry.domain)
            assert entry.status is not Status.unverified, (org_id, entry.domain)


@pytest.mark.parametrize(
    "domain",
    [
        "hsbc.fr", "ccf.com", "fortuneo.fr", "hellobank.fr", "monabanq.com", "cmb.fr", "revolut.com", "axa.fr",
        "allianz.fr", "groupama.fr", "maif.fr", "malakoffhumanis.com", "covea.com", "sncf-connect.com",
        "connect.sncf", "ratp.fr", "airfrance.fr", "service-airfrance.com", "e-leclerc.com", "fdj.fr",
        "binance.com", "coinbase.com", "enercoop.fr", "booking.com", "airbnb.com",
        "ledger.com", "decathlon.fr", "carrefour.fr",
    ],
)  # fmt: skip
def test_the_official_domain_of_an_added_organisation_is_never_flagged(domain: str) -> None:
    for link in (domain, f"https://www.{domain}/connexion"):
        assert check_link(link).verdict is Verdict.likely_legit, link


@pytest.mark.parametrize(
    "link",
    [
        "hsbc-securite-client.fr",
        "espace-fortuneo-verification.com",
        "monabanq-confirmation.info",
        "remboursement-sncf-greve.com",
        "ratp-navigo-remboursement.fr",
        "airfrance-remboursement-vol.com",
        "groupama-remboursement-sinistre.net",
        "malakoffhumanis-espace-adherent.com",
        "coinbase-support-securite.help",
        "binance-retrait-annulation.web.app",
        "airbnb-reservation-paiement.com",
        "ledgerlive-mise-a-jour.com",
        "fdjeux-service-client.fr",  # the fake sender name the FDJ's own page quotes
        "http://203.0.113.9/fortuneo/identification/login.php",
    ],
)
def test_an_imitation_of_an_added_organisation_is_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, link
    assert codes(result) & {
        "link.brand_in_domain",
        "link.brand_in_path",
        "link.brand_in_path_unofficial",
        "link.brand_in_subdomain",
    }, link


@pytest.mark.parametrize(
    "link",
    [
        "cmb-securite-carte.online",  # weak names with a bait word: flagged
        "fdj-verification-compte.com",
        "revolut-verification-compte.com",
        "ccf-espace-client.info",
        "booking-confirmation-paiement.com",
        "decathlon-carte-cadeau.com",
    ],
)
def test_a_weak_name_of_an_added_organisation_with_a_bait_word_is_flagged(link: str) -> None:
    assert check_link(link).verdict in FLAGGED, link


@pytest.mark.parametrize(
    "link",
    [
        "agence-axa-villeurbanne.fr",  # an insurer's agent (AXA and Carrefour carry no token)
        "relaxation-sophrologie.fr",  # "axa" inside an ordinary word
        "tabac-presse-fdj-lannion.fr",  # a lottery retailer
        "cmb-menuiserie.fr",  # three letters, another firm's initials
        "la-revolution-des-tartes.fr",  # "revolut" inside "révolution"
        "pharmacie-leclerc.fr",  # a surname, not the retailer
        "garage-leclerc-et-fils.fr",
        "mairie-malakoff.fr",  # the town, not the insurer
        "cabinet-allianz-dupont.fr",  # a tokenless organisation
        "institut-service-public-formation.fr",  # a real kind of public body
        "maison-du-service-public-lannion.fr",
        "booking-salon-coiffure.fr",  # an ordinary English word
        "ledger-comptable-lyon.fr",
        "club-decathlon-athletisme.fr",  # the athletics event
        "carrefour-des-arts-vendome.fr",  # a crossroads
        "ter-sncf-horaires-bretagne.fr",  # the group glues "sncf" to ordinary words on its own sites
        "airfrance-cargo-fret.com",
    ],
)
def test_an_ordinary_name_holding_a_weak_or_dropped_name_stays_quiet(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED, link


@pytest.mark.parametrize(
    "link",
    [
        "service-public-remboursement.com",
        "mon-service-public-connexion.xyz",
        "service-public-fr.info",
        "https://service-public.fr.dossier-amende.com/",
    ],
)
def test_service_public_as_a_weak_name_still_flags_its_imitations(link: str) -> None:
    assert check_link(link).verdict in FLAGGED, link


def test_an_imitation_adds_what_the_added_organisation_says_it_never_does() -> None:
    result = check_link("fortuneo-espace-client-verification.com")
    assert "link.org_never" in codes(result)
    never = next(f for f in result.findings if f.code == "link.org_never")
    assert "Fortuneo" in never.message
