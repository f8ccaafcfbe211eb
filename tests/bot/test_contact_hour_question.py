"""A question about the hour of a contact ("ils m'ont envoyé un sms a 3h05 du matin c normal ?") reaches the call-hour
answer even when the story also says the debt is old; the debt's age is then a point of its own, with the button that
opens the prescription dialogue. Before, the whole text went to the prescription dialogue."""

from __future__ import annotations

import pytest

from bot.conversation.actions import Act
from tests.chat_harness import Chat

# "d'heures d'appel" for a call, "d'horaires aux SMS" for a text message (user test, 02/12/2026)
_NO_FIXED_HOURS = "Aucune loi ne fixe d'h"


def _hour_answer(text: str) -> bool:
    """The call-hour answer: in general while the day is asked, or judged at once when the moment is whole."""
    return _NO_FIXED_HOURS in text or text.startswith("🕘")


async def test_the_forclosed_debt_and_the_3am_sms_get_the_hour_answer_and_the_debt_button() -> None:
    chat = Chat()
    await chat.send("ma dette est forclose et ils m'ont envoyé un sms a 3h05 du matin c normal ?")
    assert _NO_FIXED_HOURS in chat.text
    assert "heures d'appel" not in chat.text  # an SMS, not a call
    assert "prescrite ou forclose" in chat.text
    assert Act.open_prescription.value in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "sms a 3h du matin est ce legal",
        "le recouvreur ma ecrit a 22h30 un dimanche ils ont le droit ?",
        "ils m'appellent a 22h30 c normal ?",
        "le 38656 m'a envoyé un sms à 23h c normal ?",  # the hour asked, not what the SMS number is
    ],
)
async def test_the_hour_of_a_contact_asked_about_gets_the_hour_answer(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert _hour_answer(chat.text)
    assert Act.open_prescription.value not in chat.buttons()  # no old debt told: no debt point


@pytest.mark.parametrize(
    "typed",
    [
        "ma dette de 2015 est elle prescrite ?",
        "ils m'ont envoye une relance, payer sous 12h c normal ?",  # a delay, not the hour of a contact
    ],
)
async def test_no_hour_of_contact_no_hour_answer(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert not _hour_answer(chat.text)
