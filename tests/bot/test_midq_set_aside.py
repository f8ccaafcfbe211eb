"""A new question typed inside a dialogue never ends it silently (review of 2/12): it is answered, and one line says
the dialogue is set aside, with its button to take it up again. Through the conversation core, typed as people type.
Failed on main first (the dialogue ended with no word)."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


async def _at_start_step() -> Chat:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    return chat


@pytest.mark.parametrize("typed", ["c qui intrum ?", "c quoi le 33700"])
async def test_a_new_question_at_the_date_step_says_the_dialogue_is_set_aside(typed: str) -> None:
    chat = await _at_start_step()
    await chat.send(typed)
    assert "mise de côté" in chat.text
    assert "m:prescription" in chat.buttons()  # its button, to take it up again


async def test_the_expected_answer_keeps_its_old_path() -> None:
    chat = await _at_start_step()
    await chat.send("2022")
    assert "mise de côté" not in chat.text
    assert "p:e:none" in chat.buttons()


async def test_distress_typed_mid_dialogue_stays_first_and_alone() -> None:
    chat = await _at_start_step()
    replies = await chat.send("j'ai envie d'en finir")
    assert len(replies) == 1 and "3114" in replies[0].text
    assert "mise de côté" not in chat.text


async def test_the_set_aside_dialogue_is_taken_up_again_with_its_button() -> None:
    chat = await _at_start_step()
    await chat.send("c qui intrum ?")
    await chat.press("m:prescription")
    assert any(
        data.startswith("p:t:") for data in chat.buttons()
    )  # the dialogue asks its first question again
