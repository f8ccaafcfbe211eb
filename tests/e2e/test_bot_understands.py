"""Issue 13's quoted failures through the real path (emulator -> polling -> bot process -> Bot API)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Chat, shown


async def answer(chat: Chat, text: str) -> str:
    await chat.send(text)
    await chat.wait_for_reply(lambda m: bool(m.buttons))
    return "\n".join(shown(m) for m in chat.replies())


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des idées suicidaires",
        "jen ai marre de vivre avec ces dettes",
        "je n'en peux plus j'ai envie d'en finir",
    ],
)
async def test_distress_gets_the_3114_card_and_nothing_else(bot_chat: Chat, text: str) -> None:
    said = await answer(bot_chat, text)
    assert "3114" in said
    assert "Message analysé" not in said and "Impossible de conclure" not in said


async def test_a_prescription_story_is_not_answered_as_a_received_sms(bot_chat: Chat) -> None:
    said = await answer(
        bot_chat,
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans "
        "mais j ai donne 30e l an dernier",
    )
    assert "R124-4" not in said and "Message analysé" not in said
    assert "EDF" in said and "électricité" in said


async def test_a_data_question_naming_intrum_gets_the_data_card(bot_chat: Chat) -> None:
    said = await answer(bot_chat, "je veux savoir quelles donnees intrum a sur moi")
    assert "Intrum : ce qui est vérifié" not in said


async def test_what_is_intrum_gets_the_plain_answer_first(bot_chat: Chat) -> None:
    said = await answer(bot_chat, "c quoi intrum ?? c une arnaque ou pas")
    assert "Intrum France existe bien" in said


async def test_a_call_on_26_december_in_strasbourg_is_judged_on_alsace_moselle_holidays(
    bot_chat: Chat,
) -> None:
    said = await answer(
        bot_chat, "ils m'ont appele le 26/12/2025 a 10h30, j habite a strasbourg, c'est normal ?"
    )
    assert "Saint-Étienne" in said
