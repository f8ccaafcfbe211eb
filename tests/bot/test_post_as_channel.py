"""A letter received "par la poste" is told by its sender, not by La Poste: the post is the channel. Before, the
told contact named La Poste (the carrier) and the fine got no answer of its own."""

from __future__ import annotations

import pytest

from knowledge import organisations
from tests.chat_harness import Chat


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai reçu par la poste un avis de contravention",
        "avis de contravention envoyé par la poste",
        "jai recu a la poste un avis de contravention a payer",
    ],
)
async def test_a_fine_received_by_post_is_answered_as_the_fine_not_as_a_parcel(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert "ANTAI" in chat.text
    assert organisations.load().organisations["la_poste"].never[0].says not in chat.text
    assert "colis" not in chat.text


async def test_an_sms_from_la_poste_about_a_parcel_is_still_la_poste() -> None:
    chat = Chat()
    await chat.send("un sms de la poste me demande 1,99 euros pour mon colis")
    assert organisations.load().organisations["la_poste"].never[0].says in chat.text
