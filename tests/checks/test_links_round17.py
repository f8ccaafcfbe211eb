"""Link tricks of round 17 (2/12/2026): only tricks seen in the tuning halves of two batches at least (batch 11's
among them), and the ordinary names that stay quiet.

Inputs written for these tests (no corpus host is copied).
"""

from __future__ import annotations

import pytest

from tests.checks.link_cases import assert_flagged_with, assert_not_flagged, message_of


@pytest.mark.parametrize(
    "link",
    [
        "service-ppl.com",  # PayPal without its vowels, beside "service"
        "pypl-services.fr",  # the "y" kept, as in the stock ticker
        "monservicepypl.net",  # glued, with filler
        "https://france-service-ntflx.fr/connexion",  # Netflix without its vowels
        "services-amzn-fr.com",
    ],
)
def test_a_brand_skeleton_beside_service_and_filler_only_is_read_as_the_brand(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


def test_the_skeleton_is_named_with_the_site_it_copies() -> None:
    message = message_of("pypl-services.fr", "link.brand_in_domain")
    assert "paypal[.]com" in message


@pytest.mark.parametrize(
    "link",
    [
        "ppl-conseil.fr",  # an ordinary word, not "service": initials of a business
        "service-ppl-dupont.fr",  # a word of its own: a business's name
        "ppl-services-nantes.fr",  # a town: a local business
        "pypl.fr",  # the skeleton alone says nothing
        "mon-pypl.fr",  # filler without "service"
        "services-publics.fr",  # no skeleton at all
        "amzn-plomberie-services.fr",  # a trade beside it
    ],
)
def test_skeletons_beside_words_of_their_own_stay_quiet(link: str) -> None:
    assert_not_flagged(link)


@pytest.mark.parametrize(
    "link",
    [
        "bnpz-sequestre.fr",  # a stray letter after a short catalogue name
        "cafisecurite.fr",  # glued between the name and a known word
        "https://lclr-compte.fr/connexion",
    ],
)
def test_a_short_catalogue_name_with_a_stray_letter_is_read_without_it(link: str) -> None:
    assert_flagged_with(link, "link.brand_in_domain")


@pytest.mark.parametrize(
    "link",
    [
        "cafe-bar.fr",  # a word: « cafe », then a word of its own
        "bnpx-immobilier.fr",  # a word of its own beside it
        "edfs.fr",  # the name and a letter, nothing else
        "sfrx.fr",
        "cafibar.fr",  # the rest is not a known word
        "lcla-boutique.fr",
        "cafe-france.fr",  # a mute « e »: « café », not the CAF and a letter
        "cafe-services.fr",
        "cafeservices.fr",
        "sfra-info.fr",  # the letter ends the name, nothing of a lure around it
        "edfe-services.fr",
    ],
)
def test_a_stray_letter_before_words_of_their_own_stays_quiet(link: str) -> None:
    assert_not_flagged(link)
