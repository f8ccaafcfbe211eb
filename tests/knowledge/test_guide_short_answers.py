"""A long guide card gives its answer in a few lines first: the data must carry that answer."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge import guide


def test_every_long_card_has_a_short_answer_and_short_cards_are_sent_whole() -> None:
    for card in guide.load().cards.values():
        if len(card.body) > guide.WHOLE_MAX:
            assert card.summary, card.id
            assert len(card.summary) <= guide.SHORT_MAX
        else:
            assert not card.summary or len(card.summary) < len(card.body), card.id


def test_a_long_card_without_a_short_answer_is_refused_at_load() -> None:
    long_body = "Une phrase de fiche assez longue pour dépasser la limite. " * 20
    with pytest.raises(ValidationError, match="short"):
        guide.Card.model_validate(
            {
                "id": "trop_longue",
                "title": "Une fiche trop longue",
                "body": long_body,
                "sources": [{"label": "Code civil", "url": "https://www.legifrance.gouv.fr/"}],
                "checked": "2026-11-30",
                "status": "confirmed",
            }
        )


def test_the_distress_card_is_never_cut() -> None:
    assert guide.load().cards["distress"].summary == ""
