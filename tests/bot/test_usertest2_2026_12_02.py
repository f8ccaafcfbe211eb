"""User test of 2/12/2026 afternoon (docs/usertest-2026-11-30.md, "Test utilisateur du 2/12 après-midi") and the
leftovers of the morning's: phrasings typed the way stressed people type, through the whole conversation."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


# 1. A bill dated within the last year is no prescription question.


@pytest.mark.parametrize(
    "typed",
    [
        "ma facture edf qui date du mois dernier est trop chère",
        "ma facture free qui date du 3 octobre 2026 est abusive",
        "ma derniere facture sfr est trop chere",
    ],
)
async def test_a_recent_bill_found_too_high_gets_how_to_contest_it_not_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert "De quel type de dette" not in chat.text and "C'est bien ça ?" not in chat.text
    assert "gf:bill_disputed" in chat.buttons() or chat.text.startswith("Une facture vous paraît trop élevée")
    assert "pas bien compris" not in chat.text


async def test_a_recent_dated_bill_says_it_cannot_be_prescribed_yet() -> None:
    chat = await _chat("ma facture edf qui date du mois dernier est trop chère")
    assert chat.text.startswith("⏳ Une facture datée de moins d'un an")


@pytest.mark.parametrize(
    "typed",
    [
        "facture edf de 2019 jamais payée",
        "j'ai recu une facture de l'hopital. elle datait du 22 octobre 2012",
        "ma facture sfr qui date de 2018 est trop chere",
    ],
)
async def test_an_old_bill_keeps_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert "⏳ Une facture datée de moins d'un an" not in chat.text
    assert "Message analysé" not in chat.text
    assert "C'est bien ça ?" in chat.text or "De quel type de dette" in chat.text or "prescri" in chat.text
