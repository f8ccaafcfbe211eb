"""Link tricks of round 16 (2/12/2026): only tricks seen in the tuning halves of two batches at least, and the
ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from tests.checks.link_cases import assert_flagged_with, assert_not_flagged, message_of


@pytest.mark.parametrize(
    "link",
    [
        "amazn-remboursement.fr",  # a letter dropped
        "https://ammazon-commande.com/suivi",  # a letter doubled
        "annulation-amzaon.fr",  # two neighbours swapped
        "espace-client-antal.fr",  # « i » written « l »
        "ursaf-paiement.com",
        "mon-espace-paypl.net",
    ],
)
def test_a_short_catalogue_name_misspelt_among_lure_words_is_a_typo(link: str) -> None:
    assert_flagged_with(link, "link.typo")


def test_the_typo_is_explained_with_the_name_it_copies() -> None:
    message = message_of("espace-client-antal.fr", "link.typo")
    assert "antai" in message


@pytest.mark.parametrize(
    "link",
    [
        "antal-immobilier.fr",  # a word of its own beside it: a business, a surname
        "papal-visite.fr",  # a French word (papal), not PayPal
        "cloud-services.fr",  # the first letter of iCloud lost: four letters of ordinary English
        "mende-tourisme.fr",  # the town, not « amende » cut
        "party-services.fr",  # a letter changed, not the typo-squatter's edits: not darty
        "amande-bio-boutique.fr",  # almonds
    ],
)
def test_ordinary_names_near_a_short_name_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize(
    "link",
    [
        "declarationurssaf.fr",  # glued to the lure's topic, written apart it is the brand search's
        "droitsedf.fr",
        "https://plaintebnp.com/depot",
        "retraitecaf-paiement.fr",
    ],
)
def test_a_catalogue_name_glued_to_a_lure_topic_is_read(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


@pytest.mark.parametrize(
    "link",
    [
        "cafedroit.fr",  # a café, not the CAF
        "droit-cafe.fr",
        "plaintesfr.fr",  # « plaintes » and « fr », not SFR
        "droitfiscal-avocat.fr",
        "declaration-sinistre-martin.fr",
    ],
)
def test_lure_topics_without_a_glued_catalogue_name_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize(
    ("link", "code"),
    [
        ("suivie-livraison-colis.fr", "link.scenario_name"),  # suivi with an « e »
        ("https://colis-suivie.info/track", "link.scenario_name"),
        ("facture-impayer.com", "link.scenario_name"),  # impayé written as a verb
        # review: the words after it are still read, a misspelt one set right as without the added letter
        ("colis-suivie-livraisn.fr", "link.misspelt_word"),
        ("suivie-contrle-fiscal.fr", "link.misspelt_word"),
    ],
)
def test_a_story_word_with_a_letter_added_at_its_end_is_read_as_the_word(link: str, code: str) -> None:
    assert_flagged_with(link, code)


@pytest.mark.parametrize(
    "link",
    [
        "randonnee-suivie-alpes.fr",  # a word of its own: an ordinary name, however « suivie » is read
        "colisee-theatre.fr",  # a longer word, not colis with a letter added
        "impayes-conseil-avocat.fr",
    ],
)
def test_names_with_such_endings_and_words_of_their_own_stay_quiet(link: str) -> None:
    assert_not_flagged(link)
