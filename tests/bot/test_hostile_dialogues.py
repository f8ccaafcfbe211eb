"""Absurd answers inside the dialogues (call time, prescription): a plain answer or a question asked again,
never an exception, whatever the date — year 1, 9999, far future, 100 kB, markup.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import Reply, UserInput
from bot.store.sqlite import open_store

ABSURD = [
    "01/01/0001",
    "0001-01-01",
    "31/12/9999",
    "9999-12-31 23:59",
    "32/13/2024",
    "29/02/2023",
    "il y a 99999 ans",
    "il y a -3 mois",
    "dans 3 ans",
    "demain à 25h61",
    "15/03/2024 à 99h",
    "1e308",
    "NaN",
    "<b>15/03/2024</b>",
    "'); DROP TABLE conversation_state;--",
    "../../etc/passwd",
    "\u202e4202/30/51",
    "\x00\x00",
    "٣/٣/٢٠٢٤",
    "15/03/2024" * 2000,
    "9" * 5000,
]


def assert_answered(replies: list[Reply]) -> None:
    assert replies and all(r.text.strip() for r in replies)


@pytest.fixture
async def conversation() -> AsyncIterator[Conversation]:
    store = await open_store(":memory:", secret="s" * 32)
    yield Conversation(DefaultServices(), store)
    await store.close()


@pytest.mark.parametrize("answer", ABSURD)
async def test_call_time_dialogue_answers_absurd_moments(conversation: Conversation, answer: str) -> None:
    assert_answered(await conversation.handle("u-c", UserInput.of_button("m:calltime"), chat_id=1))
    asked = await conversation.handle("u-c", UserInput.of_text(answer), chat_id=1)
    assert_answered(asked)
    judged = await conversation.handle("u-c", UserInput.of_text("samedi 21h30"), chat_id=1)
    assert_answered(judged)
    if (
        "pas compris" in asked[0].text
    ):  # asked again: the dialogue is still usable, a sensible moment is judged
        assert "Appel du samedi" in judged[0].text and "21h30" in judged[0].text


@pytest.mark.parametrize("answer", ABSURD)
async def test_prescription_dialogue_answers_absurd_dates(conversation: Conversation, answer: str) -> None:
    user = "u-p"
    assert_answered(await conversation.handle(user, UserInput.of_button("m:prescription"), chat_id=1))
    assert_answered(await conversation.handle(user, UserInput.of_button("p:t:telecom"), chat_id=1))
    assert_answered(await conversation.handle(user, UserInput.of_text(answer), chat_id=1))
    for data in ("p:e:payment", "p:e:none", "p:e:unsure"):
        assert_answered(await conversation.handle(user, UserInput.of_button(data), chat_id=1))
        assert_answered(await conversation.handle(user, UserInput.of_text(answer), chat_id=1))
    # The dialogue still works after the absurd answers.
    await conversation.handle(user, UserInput.of_text("/annuler"), chat_id=1)
    await conversation.handle(user, UserInput.of_button("m:prescription"), chat_id=1)
    await conversation.handle(user, UserInput.of_button("p:t:telecom"), chat_id=1)
    await conversation.handle(user, UserInput.of_text("mars 2022"), chat_id=1)
    final = await conversation.handle(user, UserInput.of_button("p:e:none"), chat_id=1)
    assert "prescrite" in " ".join(r.text for r in final)
