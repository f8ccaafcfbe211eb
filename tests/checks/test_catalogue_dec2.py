"""Organisations added to the catalogue on 2/12/2026: bodies link round 16 saw imitated, and the group sites it lacked.

Crous, Carsat, Insee, Tracfin, ACPR, AMF, Paylib/Wero, MSA; PayFiP for the DGFiP, Arkéa for the CMB, and the 39
regional sites of the Crédit Agricole (ca-<région>.fr). Every host below is written for these tests in the style of the
tricks the bodies' own warnings describe (a name beside a bait word, an official address put in front of another
site): none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


@pytest.mark.parametrize(
    "link",
    [
        "ca-paris.fr", "https://www.ca-aquitaine.fr/particulier/comptes.html", "ca-atlantique-vendee.fr",
        "ca-pyrenees-gascogne.fr", "ca-cb.fr", "crous-paris.fr", "https://www.crous-aix-marseille.fr/logement/",
        "carsat-bretagne.fr", "carsat-hdf.fr", "insee.fr", "https://www.le-recensement-et-moi.fr", "tracfin.gouv.fr",
        "acpr.banque-france.fr", "amf-france.org", "paylib.fr", "wero-wallet.eu", "payfip.gouv.fr", "msa.fr",
        "https://alpesdunord.msa.fr/lfp/accueil", "arkea.com", "banquedesterritoires.fr",
    ],
)  # fmt: skip
def test_a_site_of_an_added_body_or_regional_bank_is_recognised_as_official(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit, link
    assert {f.code for f in result.findings} & {"link.official", "link.official_reported"}, link


@pytest.mark.parametrize(
    "link",
    [
        "crous-paiement-loyer.fr",
        "espace-carsat.fr",
        "carsat-regularisation-retraite.fr",
        "insee-siret-paiement.fr",
        "le-recensement-et-mois.fr",
        "tracfin-verification.com",
        "acpr-recuperation-fonds.fr",
        "amf-remboursement-pertes.com",
        "paylib-reception-paiement.fr",
        "wero-confirmation.fr",
        "payfip-amende.com",
        "arkea-securite-client.fr",
        "banquedesterritoires-pret-paiement.com",
    ],
)
def test_an_invented_look_alike_of_an_added_body_is_flagged(link: str) -> None:
    assert check_link(link).verdict in FLAGGED, link


@pytest.mark.parametrize(
    "link",
    [
        "ca-aquitaine.fr.mon-espace.net",
        "carsat-bretagne.fr.dossier.info",
        "crous-lyon.fr.logement-etudiant.com",
    ],
)
def test_a_regional_site_put_in_front_of_another_site_is_a_lure(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, link
    assert "link.brand_in_subdomain" in {f.code for f in result.findings}, link


@pytest.mark.parametrize(
    "link",
    [
        "la-croustade.fr",  # croustade: a pie, and the start is « crous »
        "croustillant-boulangerie.fr",
        "crousty-snack.fr",
        "mon-crous-logement.fr",  # the weak name beside ordinary words only
        "linseed-oil.com",  # « insee » inside an English word
        "parkeasy-parking.fr",  # park + easy spells « arkea » across the seam
        "amfori.org",
        "ca-pso.fr",  # a communauté d'agglomération, « ca- » too: not a bank, not flagged
    ],
)
def test_an_ordinary_word_holding_an_added_name_stays_quiet(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED, link


def test_a_communaute_d_agglomeration_is_not_taken_for_the_credit_agricole() -> None:
    result = check_link("ca-gard.fr")
    assert result.verdict is not Verdict.likely_legit
    assert not {f.code for f in result.findings} & {"link.official", "link.official_reported"}


def test_an_added_body_s_look_alike_says_what_the_body_never_does() -> None:
    codes = {f.code for f in check_link("acpr-recuperation-fonds.fr").findings}
    assert {"link.brand_in_domain", "link.org_never"} <= codes
