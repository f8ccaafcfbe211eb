"""Fake names of the kinds a newer, independent batch of real phishing hosts showed, and the ordinary names
that must stay quiet.

Look-alike inputs written for these tests (no corpus host is copied): brands newly in the catalogue (a
neobank, a prepaid card, meal vouchers, mutuals, the Paris transport pass, institutions), brands glued after
ordinary words or one letter short, story names made of an action and a scenario word, plural words, and a
name dressed with "-fr".
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict
from knowledge import organisations

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


# --- brands newly in the catalogue ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("https://verification-nickel.fr/login", "nickel.eu"),  # an ordinary word, next to a bait word
        ("transcash-coupon-valider.com", "transcash.fr"),
        ("http://monespace-edenred.info", "edenred.fr"),
        ("macif-remboursement.fr", "macif.fr"),
        ("mgenadherent.fr", "mgen.fr"),
        ("navigo-abonnement-suspendu.com", "iledefrance-mobilites.fr"),
        ("rembourser-mon-navigo.fr", "iledefrance-mobilites.fr"),
        ("lamutuellegenerale-espace.com", "lamutuellegenerale.fr"),
        ("https://assembleenationale-amende.fr/payer", "assemblee-nationale.fr"),
        ("villedeparis-stationnement.fr", "paris.fr"),
        ("2fa-bourso.fr", "boursobank.com"),
        ("3dbourso-securite.com", "boursobank.com"),
        ("https://netflix-paiement-refuse.com/", "netflix.com"),
        ("icloud-verification.net", "apple.com"),
        ("doctolib-remboursement.info", "doctolib.fr"),
        ("agircarrco-dossier.fr", "agirc-arrco.fr"),
        ("cni-rendezvous-renouvellement.fr", "ants.gouv.fr"),
        ("securite-cnam.com", "ameli.fr"),
        ("frais-douane-colis.fr", "douane.gouv.fr"),
    ],
)
def test_new_catalogue_brands_in_a_fake_name_are_flagged(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "domain",
    [
        "nickel.eu",
        "transcash.fr",
        "edenred.fr",
        "macif.fr",
        "mgen.fr",
        "lamutuellegenerale.fr",
        "iledefrance-mobilites.fr",
        "elysee.fr",
        "assemblee-nationale.fr",
        "paris.fr",
        "mdphenligne.cnsa.fr",
        "doctolib.fr",
        "agirc-arrco.fr",
        "gendarmerie.interieur.gouv.fr",
    ],
)
def test_the_new_official_domains_are_never_flagged(domain: str) -> None:
    assert organisations.load().owner_of_domain(domain) is not None
    for link in (domain, f"https://www.{domain}/mon-espace/connexion"):
        result = check_link(link)
        assert result.verdict not in FLAGGED, [f.code for f in result.findings]
        assert result.link.official_for is not None


@pytest.mark.parametrize(
    "link",
    [
        "nickel-chrome.fr",  # a metal
        "nickel-services.fr",  # a cleaning firm: "c'est nickel"
        "hotel-elysee.fr",
        "champs-elysees-boutique.fr",
        "transitaire-douane.fr",
        "douane-conseil.fr",
        "cnam-bretagne.fr",  # the Conservatoire's regional centre
        "villeparisis.fr",  # a town whose name starts like "villeparis"
        "mairie-villeparisis.fr",
        "mutuelle-generale-de-la-police.fr",  # another mutual
        "assemblee-generale.fr",
        "boursouflure.fr",  # a French word that starts like the bank's short name
        "bourso-forum.fr",
        "musee-gendarmerie.fr",
        "apple-store-lyon.fr",
    ],
)
def test_ordinary_names_near_the_new_brands_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


def test_a_sub_site_brand_registered_on_its_own_is_no_defensive_domain() -> None:
    """The disability file's official site is a sub-site of the CNSA: its bare name under .fr is not a
    domain the organisation keeps for itself, as sfr.net may be for SFR."""
    result = check_link("mdphenligne.fr")
    assert result.verdict in FLAGGED
    assert result.link.imitates == "mdphenligne.cnsa.fr"
    assert check_link("sfr.net").verdict is Verdict.inconclusive


# --- brands glued or misspelt ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("infochronpost.fr", "chronopost.fr"),  # a letter dropped, glued after a filler word
        ("monespace-colisimo.com", "laposte.fr"),
        ("suivicolisimo-livraison.fr", "laposte.fr"),
        ("asemblee-nationale.com", "assemblee-nationale.fr"),  # the hyphenated name, one letter off
        ("lamutuelegenerale.fr", "lamutuellegenerale.fr"),
        ("votre-conseiller-orange-en-visio.fr", "orange.fr"),  # a weak brand among filler words
        ("votreconseillerfreeenvisio.com", "free.fr"),
        ("suivi-chronnopost.fr", "chronopost.fr"),  # a letter doubled
        ("espace-colisismo.fr", "laposte.fr"),  # two letters swapped
    ],
)
def test_brands_glued_to_filler_or_one_letter_short_are_flagged(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "link",
    [
        "contact-chronos.fr",
        "chronoposters.fr",
        "postier-colis.fr",
    ],
)
def test_names_merely_close_to_a_brand_are_not_read_as_typos(link: str) -> None:
    result = check_link(link)
    assert "link.typo" not in codes(result), [f.code for f in result.findings]


# --- story names: an action and a scenario word ------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "acquitter-ma-contravention.fr",
        "actualisation-infraction.fr",
        "regler-mes-amandes.fr",  # the misspelt fine, next to an action word
        "redirection-colis.fr",
        "je-paye-mon-stationnement.info",
        "colis-tracking-livraison.fr",
        "infractions-reglements.fr",  # plural words
    ],
)
def test_a_name_made_of_an_action_and_a_scam_story_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "auto-ecole-paris-permis.fr",
        "transports-colis-express.fr",  # a transport firm
        "paiement-cantine.fr",  # a town's school canteen service
        "mairie-de-lyon-paiement-cantine.fr",
        "reglement-interieur.fr",
        "reglement-retraite.fr",  # pension scheme rules
        "payer-facture-eau.fr",
        "pate-amande.fr",  # the almond
        "huile-amande-bio.fr",
        "amande-france.fr",
        "securisation-batiment.fr",
        "redirection-web.fr",
        "cabinet-contentieux.fr",
        "avocat-contentieux-paris.fr",
        "visio-conference.fr",
        "je-suis-fan.fr",
        "nouvelle-aquitaine.fr",
    ],
)
def test_ordinary_names_with_action_or_story_words_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- a name dressed as a French address --------------------------------------------------------------------


@pytest.mark.parametrize("link", ["regularisation-fr.com", "dossier-contentieux-fr.fr", "payez-fr.net"])
def test_an_action_word_dressed_with_fr_is_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.pretend_suffix" in codes(result)


@pytest.mark.parametrize("link", ["securite-routiere-fr.org", "alarme-securite-fr.com", "boutique-fr.fr"])
def test_ordinary_words_next_to_fr_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- ordinary French words that start with a brand's name ---------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "amelioration-habitat.fr",  # a home-improvement firm, not "ameli"
        "ameliorer-sa-maison.com",
        "amendement-citoyen.fr",  # a bill's amendments, not a fine
        "chantai.fr",
        "amandes.fr",  # the almonds, no typo of "amendes"
        "amande-douce.fr",
    ],
)
def test_ordinary_words_that_start_with_a_brand_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link", ["ameli-amelioration.fr", "amelirembourse.com", "paiement-amende.net", "arnendes.fr"]
)
def test_the_brand_written_apart_from_those_words_still_counts(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


def test_messaging_channels_are_not_catalogue_brands() -> None:
    """People name WhatsApp or Facebook as the channel ("écris-moi sur WhatsApp"): the message check reads
    every catalogue name as a claim to come from that organisation, so channels stay out of it."""
    directory = organisations.load()
    for channel in ("whatsapp", "facebook", "instagram"):
        assert directory.owner_of_token(channel) is None
    assert all(org.name.lower() != "nickel" for org in directory.organisations.values())


# --- identity papers, balances and parcel states ---------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "cni-passeport-rdv.fr",  # the ANTS by the identity card's initials, with a document word
        "ants-permis-de-conduire.com",
        "solde-cpf-2025.fr",
        "telepeage-solde-impaye.fr",
        "colis-bloque-en-douane.fr",
        "livraison-echouee-colis.com",
        "certicode-plus-securite.fr",  # a bank's sign-in confirmation service by name
        "mon-securipass.com",
    ],
)
def test_identity_balance_and_parcel_state_names_are_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    [
        "auto-ecole-permis.fr",
        "passeport-voyage.fr",
        "les-soldes.fr",
        "salle-attente.fr",
        "carte-grise-express.fr",
        "parking-payants.fr",
        "mes-identifiants.fr",
    ],
)
def test_ordinary_names_with_those_words_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
