"""Inputs lost inside dialogues, and the routing leftovers of the user test of 2/12 afternoon and the late-morning
review: every input gets an answer and nothing the person said is lost. Through the conversation core, typed as people
type (today: Sunday 22/11/2026, the harness). Each test failed on main first."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


async def _at_start_step() -> Chat:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    return chat


async def test_my_data_typed_in_the_prescription_dialogue_is_answered_and_the_dialogue_kept() -> None:
    # "mes donnees" ended the dialogue silently, so "2022" typed next was checked as a phone number.
    chat = await _at_start_step()
    await chat.send("mes donnees")
    assert "/oubli" in chat.text  # what the bot keeps, and how to erase it
    assert "m:cancel" in chat.buttons()  # the dialogue still runs, its question asked again
    await chat.send("2022")
    assert "Numéro" not in chat.text
    assert "p:e:none" in chat.buttons()  # the start taken: the events step


async def test_a_bare_year_after_a_dialogue_ended_is_never_checked_as_a_phone_number() -> None:
    chat = Chat()
    await chat.send("2022")
    assert "Numéro" not in chat.text
    assert "n:details" not in chat.buttons()


async def test_a_seizure_told_at_the_events_step_is_counted_and_never_prescribed() -> None:
    # The dialogue ended on the seizure card without the seizure: a telecom debt of 2019 would have read "prescrite".
    chat = await _at_start_step()
    await chat.send("2019")
    await chat.send("mon compte est a zero ils ont tout saisi")
    assert "gf:seizure_leaves" in chat.buttons() or "g:seizure_leaves" in chat.buttons()
    assert "m:cancel" in chat.buttons()  # the dialogue asks the seizure's date
    await chat.send("le mois dernier")
    assert "m:cancel" in chat.buttons()  # then the judgment or deed it rests on
    await chat.send("jsp")
    await chat.send("non")
    assert "prescrite depuis" not in chat.text
    assert "est prescrite" not in chat.text


@pytest.mark.parametrize(
    "typed", ["je veux plus de messages de leur part", "comment faire pour qu intrum arrete de m ecrire"]
)
async def test_asking_a_collector_to_stop_writing_gets_the_contacts_card(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert "gf:calls_and_harassment" in chat.buttons()
    assert "pas bien compris" not in chat.text
    assert "Sur quel sujet" not in chat.text


async def test_stop_writing_to_the_bot_is_still_about_the_bot() -> None:
    chat = Chat()
    await chat.send("stop ecrivez moi plus")
    assert "Je ne vous écris jamais de moi-même" in chat.text


@pytest.mark.parametrize("typed", ["credit", "un credit", "credit conso", "un crédit"])
async def test_credit_typed_at_the_debt_type_question_is_consumer_credit(typed: str) -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.send(typed)
    assert "pas compris" not in chat.text
    await chat.send("2018")
    await chat.send("non")
    assert "R312-35" in chat.text or "forclusion" in chat.text.lower()


async def test_a_complaint_about_harassment_gets_the_complaint_routes() -> None:
    chat = Chat()
    await chat.send("comment je porte plainte contre une societe de recouvrement qui me harcele")
    assert "gf:calls_and_harassment" in chat.buttons() or "g:calls_and_harassment" in chat.buttons()
    assert "r:p:harassment_or_undue_hours" in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "je suis au rsa et ils menacent de saisir",
        "impossible de payer, je touche le rsa, ils me menacent de saisie",
    ],
)
async def test_a_seizure_threatened_on_the_rsa_gets_what_a_seizure_must_leave(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert "gf:court_and_enforcement" in chat.buttons() or "g:court_and_enforcement" in chat.buttons()
    assert "g:seizure_leaves" in chat.buttons() or "gf:seizure_leaves" in chat.buttons()
