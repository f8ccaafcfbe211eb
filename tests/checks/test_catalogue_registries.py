"""Genuine notices of the INPI, the commercial-court registries (Infogreffe) and the ANCV stay quiet; look-alikes are caught.

The hosts and messages are written for these tests in the style users receive and forward; none is copied from a
corpus, and no phishing link is opened.
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


@pytest.mark.parametrize(
    "link",
    [
        "inpi.fr",
        "https://procedures.inpi.fr/?/",
        "https://data.inpi.fr/entreprises/552100554",
        "infogreffe.fr",
        "https://www.infogreffe.fr/documents-officiels/demande-kbis.html",
        "infogreffe.com",
        "ancv.com",
        "https://leguide.ancv.com",
        "https://www.cheque-vacances.com/",
        "ancv.fr",
    ],
)
def test_a_site_of_the_three_bodies_is_recognised(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit, link
    assert {f.code for f in result.findings} & {"link.official", "link.official_reported"}, link


@pytest.mark.parametrize(
    "link",
    [
        "inpi-paiement.com",
        "inpi-marque-renouvellement.fr",
        "infogreffe-kbis-paiement.fr",
        "mon-infogreffe-kbis.com",
        "ancv-remboursement.com",
        "ancv-cheques.fr",
        "cheque-vacances.com.espace-client.info",
    ],
)
def test_an_invented_look_alike_is_flagged(link: str) -> None:
    assert check_link(link).verdict in FLAGGED, link


@pytest.mark.parametrize(
    "link",
    ["drainpipe-repair.co.uk", "perlimpinpin-jouets.fr", "greffe-de-cheveux-lyon.fr"],
)
def test_ordinary_words_around_the_names_are_not_imitations(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED, link


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre extrait Kbis est disponible sur infogreffe.fr, rubrique Mes documents.",
        "INPI : une redevance de 26 euros reste à régler pour votre dépôt de marque n°5012345. "
        "Réglez-la depuis votre espace sur procedures.inpi.fr",
        "ANCV : vos Chèques-Vacances 2024 expirent le 31/12/2026. Consultez votre solde sur https://leguide.ancv.com",
    ],
)
def test_a_genuine_notice_pointing_to_the_official_site_reads_as_genuine(text: str) -> None:
    # Before the three bodies joined the catalogue, the INPI and ANCV notices were "suspicious" (an unknown link
    # beside a payment or an expiry) and the Kbis notice inconclusive.
    assert analyse_message(text).verdict is Verdict.likely_legit, text


def test_a_fee_demand_in_the_name_of_the_inpi_on_a_look_alike_site_is_flagged() -> None:
    text = "INPI : votre marque sera annulée sous 48h, réglez les frais de publication sur inpi-paiement.com"
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert "message.impersonation_link" in {f.code for f in result.findings}
