"""The prescription flow where the legal corrections (answer by instalment) meet the understanding layer
(a vague date is a span): one sum of a year-only date is answered both ways when the ends disagree."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.chat_harness import Chat

END_OF_NOVEMBER = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


async def test_one_telecom_bill_of_2025_is_answered_both_ways() -> None:
    chat = Chat(now=END_OF_NOVEMBER)
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("2025")
    await chat.press_label("Rien de tout ça")
    assert "sommes dues avant le 30 novembre 2025 sont prescrites" in chat.text  # by instalment first
    await chat.press_label("Une seule somme")
    assert "change la réponse" in chat.text
    assert (
        "au plus tôt, le 1er janvier 2025" in chat.text
        and "est prescrite depuis le 2 janvier 2026" in chat.text
    )
    assert (
        "au plus tard, le 31 décembre 2025" in chat.text
        and "n'est pas prescrite au 30 novembre 2026" in chat.text
    )


async def test_one_telecom_bill_of_2019_is_prescribed_whatever_the_day() -> None:
    chat = Chat(now=END_OF_NOVEMBER)
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("2019")
    await chat.press_label("Rien de tout ça")
    await chat.press_label("Une seule somme")
    assert "change la réponse" not in chat.text
    assert "est prescrite depuis" in chat.text
