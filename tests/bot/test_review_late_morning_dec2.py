"""Review of the late-morning merges of 2/12/2026 (conversation side): dates and legal wording that the rounds built
in parallel left wrong when read together. The user types as people do; today is Sunday 22/11/2026 (the harness)."""

from __future__ import annotations

import pytest

from knowledge import guide
from knowledge.base import Status
from tests.chat_harness import Chat


@pytest.mark.parametrize("typed", ["la semaine derniere", "la semaine passée"])
async def test_last_week_as_the_first_unpaid_is_last_weeks_span_worded_as_approximate(typed: str) -> None:
    # Read as one exact day (a week ago, a Sunday) the answer gave "jusqu'au 15 novembre 2029" as if the day were known,
    # while the story reader takes the same words as Monday 9 to Sunday 15 November.
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:rent")
    await chat.send(typed)
    await chat.press("p:e:none")
    assert "entre le 9 novembre 2026 et le 15 novembre 2026" in chat.text
    assert "prescrite depuis" not in chat.text


def test_the_payment_proof_card_resting_on_mirrors_of_the_code_is_not_confirmed() -> None:
    card = guide.load().card("situation_already_paid")
    assert card.status is not Status.confirmed
    assert "revérifier" in card.body


async def _rent_answer(typed: str) -> str:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:rent")
    await chat.send(typed)
    await chat.press("p:e:none")
    return chat.text


async def test_three_years_ago_is_the_same_span_however_it_is_typed() -> None:
    # "il y a 3 ans" was read as one exact day (22/11/2023: "pas encore prescrite … jusqu'au 22 novembre 2026"), while
    # "ya 3 ans" was the year around it: a 3-year rent right at its limit answered as if the day were known.
    typed = await _rent_answer("il y a 3 ans")
    assert typed == await _rent_answer("ya 3 ans")
    assert "entre le 22 mai 2023 et le 22 mai 2024" in typed
    assert "jusqu'au 22 novembre 2026" not in typed


@pytest.mark.parametrize(
    "typed",
    [
        "j ai donné le code recu par sms au conseiller, c qui intrum ?",
        "jai payé un faux huissier, c qui intrum ?",
        "j ai donne ma carte bancaire a un faux conseiller et intrum c qui ?",
    ],
)
async def test_money_or_codes_already_given_come_before_who_the_collector_is(typed: str) -> None:
    # The several-questions answer took "c qui intrum" as the question and dropped the victim's card altogether.
    chat = Chat()
    await chat.send(typed)
    first = chat.replies[0]
    assert "Agissez vite" in first.text  # the scam_already_paid card: call the bank now
    assert "g:intrum_facts" in chat.buttons()  # who the collector is still follows, as a point


async def test_a_wrong_person_told_comes_before_who_the_collector_is() -> None:
    # Hunt 8's "erreur sur la personne" is the not-me card, but the several-questions order only knew "not_my_debt".
    chat = Chat()
    await chat.send("erreur sur la personne, c qui intrum et dois-je payer ?")
    assert "gf:situation_wrong_person" in [b.data for row in chat.replies[0].buttons for b in row]
    assert "g:intrum_facts" in chat.buttons()
