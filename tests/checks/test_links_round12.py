"""Round 12 (links12): tricks seen in the tuning halves of two batches or more, written as rules that do not
name any host. Inputs written for these tests, as people paste them; no corpus host is copied.
"""

from __future__ import annotations

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


# --- three words of the lure's vocabulary, filler included, nothing of its own --------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "service-sante-publique.fr",  # filler and two topics
        "espace-gestion-sante.com",  # the paperwork a fake page offers, a shape, a topic
        "https://assures-demande-renouvellement.fr/etape1",
        "logistique-colis-service.fr",  # the parcel story told with filler
        "assurance-sante-2025.fr",  # two topics and a year
        "votreservicepublique.com",  # glued: votre + service + publique
    ],
)
def test_three_words_of_the_lure_and_nothing_of_its_own_are_suspicious(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    # A parcel or renewal story dressed with paperwork words is read as a story name first: either says it.
    assert codes(result) & {"link.lure_name", "link.scenario_name"}


@pytest.mark.parametrize(
    "link",
    [
        "gestion-locative-paris.fr",  # a town: a name of its own
        "logistique-transport-martin.fr",
        "centre-de-gestion-76.fr",  # no topic of the lure
        "facturation-medicale.fr",  # two words only
        "huissiers-justice-67.fr",  # two topics and a département number: a bailiffs' office
        "ma-prime-energie.fr",  # an ordinary story word (prime) is no lure word
        "commande-en-ligne-boulangerie.fr",
        "sante-dupont.fr",
        "mon-espace-info.fr",  # filler around one word
        "dossier-contentieux-fr.fr",  # dressed as an address: that sign's, not this one
    ],
)
def test_names_with_a_word_of_their_own_or_too_few_words_stay_out_of_it(link: str) -> None:
    result = check_link(link)
    assert "link.lure_name" not in codes(result), [f.code for f in result.findings]


# --- a short name (initials, acronym) beside the words of its own service -------------------------------------


@pytest.mark.parametrize(
    ("link", "official"),
    [
        ("ants-prefecture.fr", "ants.gouv.fr"),  # the identity-document agency and the préfecture it replaced
        ("titresants.com", "ants.gouv.fr"),
        ("ants-immatriculation.fr", "ants.gouv.fr"),
        ("mes-annonces-lbc.fr", "leboncoin.fr"),  # the classified ads' short name and its ads
        ("lbc-sequestre.fr", "leboncoin.fr"),  # the fake "secured payment" into an escrow account
    ],
)
def test_a_short_name_beside_its_own_story_is_read_as_the_organisation(link: str, official: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == official


@pytest.mark.parametrize(
    "link",
    [
        "petites-annonces-free.fr",  # an ordinary-word brand: another organisation's story does not back it
        "titres-orange.fr",
        "mes-annonces-sncf.fr",
        "annonces-immobilieres-lyon.fr",
        "prefecture-rhone.fr",
        "titres-restaurant.fr",
        "lbc-titres.fr",  # the words of another organisation's story
    ],
)
def test_story_words_of_another_organisation_or_alone_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- "gouv" written with a look-alike or a stray letter ---------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "amende-g0uv.fr",  # a zero for the o
        "https://qouv.com/paiement",  # a q for the g, the whole name
        "carte-grise-gouve.fr",  # a stray letter
        "permisg0uv.com",  # glued after a known word
    ],
)
def test_gouv_written_with_a_look_alike_is_a_pretend_state_address(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.pretend_suffix" in codes(result)


@pytest.mark.parametrize("link", ["gouvernement-info.fr", "gouvieux.fr", "ville-de-gouvets.fr"])
def test_words_that_start_like_gouv_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- the fake summons told by the name alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "mon-casier-judiciaire.com",
        "service-proces-verbal-en-ligne.fr",
        "www-plainte-en-ligne-interieur.com",
        "convocation-police-enligne.fr",
    ],
)
def test_a_name_made_of_the_summons_words_is_a_lure_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.lure_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "police-municipale-villeneuve.fr",  # a town's own police
        "tribunal-judiciaire-lyon.fr",
        "deco-interieur-maison.fr",
        "https://plainte-en-ligne.masecurite.interieur.gouv.fr/",  # the real service, under gouv.fr
    ],
)
def test_a_police_station_court_or_shop_of_its_own_is_not_a_lure_name(link: str) -> None:
    result = check_link(link)
    assert "link.lure_name" not in codes(result), [f.code for f in result.findings]
    assert result.verdict not in FLAGGED


# --- a subscription beside a bill, a refund or a cancellation ---------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "prime-annulation.com",
        "facturation-prime.fr",
        "mon-espace-facture-premium.fr",
        "abonnement-refund.com",
        "primepending.fr",
    ],
)
def test_a_subscription_beside_a_billing_word_is_a_scam_story_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert "link.scenario_name" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "ma-prime-energie.fr",  # a subscription or grant word alone
        "facture-en-ligne-dupont.fr",  # a name of its own
        "abonnement-presse-locale.fr",
        "abonnement-facture-piscine.fr",
        "premium-free.fr",  # the billing story's words back no ordinary-word brand
        "facturation-orange.fr",
    ],
)
def test_subscription_or_billing_words_with_a_name_of_their_own_stay_out_of_it(link: str) -> None:
    result = check_link(link)
    assert "link.scenario_name" not in codes(result), [f.code for f in result.findings]


# --- La Banque Postale's initials ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link", ["lbp-particuliers.com", "mon-dossier-lbp.fr", "https://securite-lbp.net/connexion"]
)
def test_the_banks_initials_beside_a_bait_word_are_read_as_the_bank(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]
    assert result.link.imitates == "labanquepostale.fr"


@pytest.mark.parametrize("link", ["lbp-avocats.fr", "lbp-consulting.fr", "lbp-immobilier.fr", "lbp.fr"])
def test_three_letters_alone_or_beside_a_trade_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]


# --- the card-blocking story, and the paperwork words as filler ------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "carte-opposition.com",
        "opposition-formulaire.fr",
        "amende-formulaire.com",
        "demande-opposition-carte.fr",
    ],
)
def test_a_story_word_dressed_with_paperwork_words_is_a_scam_story_name(link: str) -> None:
    result = check_link(link)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "link",
    ["opposition-municipale-lyon.fr", "opposition-citoyenne.fr", "gestion-orange.fr", "commande-free.fr"],
)
def test_the_opposition_of_a_town_or_paperwork_beside_an_ordinary_word_brand_stay_quiet(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
