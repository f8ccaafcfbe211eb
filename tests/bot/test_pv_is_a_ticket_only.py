"""A "pv" gets the fine's own regime only where it means a ticket; a procès-verbal of a seizure or of a meeting is
not a fine (leftover "pv over-triggers the fine", 02/12/2026). Today is 22 November 2026 in the harness."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_FINE_FIRST = "Une amende n'a pas le délai d'une facture"


@pytest.mark.parametrize(
    "typed",
    [
        "mon pv de stationnement de 2020 est il prescrit",
        "j ai un pv de 2019 jamais payé c prescrit ?",
    ],
)
async def test_a_ticket_asked_about_gets_the_fine_regime(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert _FINE_FIRST in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu un pv de saisie sur mon compte pour un credit de 2018 c prescrit",
        "mon credit conso de 2019 est il prescrit, j ai recu le pv de l'assemblee generale",
    ],
)
async def test_another_proces_verbal_asked_about_is_not_answered_as_a_fine(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert _FINE_FIRST not in chat.text
    assert "133-4" not in chat.text
