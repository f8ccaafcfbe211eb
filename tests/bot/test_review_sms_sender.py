"""Review of 02/12/2026 (contacts): a 5-digit SMS+ sender is read in "le 38656 m'a envoyé un sms", never a postal code
said as where the person lives ("je suis du 93200", "j'habite dans le 75011"): that story's own answer comes first."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


@pytest.mark.parametrize(
    ("typed", "postcode"),
    [
        ("je suis du 93200 et intrum m envoie des sms tous les jours", "93200"),
        ("j habite dans le 75011 et je recois des sms de relance", "75011"),
        ("on vient du 59000, le recouvreur m envoie des messages", "59000"),
    ],
)
async def test_a_postcode_is_not_the_sender(typed: str, postcode: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert postcode not in chat.text


async def test_the_sms_number_told_is_still_read() -> None:
    chat = Chat()
    await chat.send("le 38656 m a envoye un sms")
    assert "38656" in chat.replies[0].text and "SMS+" in chat.replies[0].text


@pytest.mark.parametrize(
    "typed",
    [
        "jai recu un texto du 38015 pour renouveler ma carte vitale",
        "le 38656 m a envoye un sms pour une amende antai a payer",
    ],
)
async def test_a_scam_story_told_from_an_sms_number_is_said_first(typed: str) -> None:
    # One clear answer first: the scam's scenario, then what the number is (which alone proves nothing).
    chat = Chat()
    await chat.send(typed)
    assert chat.replies[0].text.startswith("⚠️"), chat.replies[0].text[:120]
    assert any("SMS+" in reply.text for reply in chat.replies[1:])
