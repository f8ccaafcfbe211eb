"""Review of 02/12/2026 (contacts x hunt 7): an hour is the time of a contact ("ils m'appellent a 22h c normal ?"), or
the deadline a message sets ("payer une amende avant 12h", "rappeler avant 17h"). Only the first is the call-hour
question; a deadline set by a message is what that message asks, judged as such."""

from __future__ import annotations

from datetime import date

import pytest

from checks.understand import understand

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "typed",
    [
        "un mail de la police me dit de payer une amende avant 12h c legal ?",
        "le message dit de rappeler avant 17h c est normal ?",
        "ils m ont envoye un sms pour regler avant 18h c legal ?",
        "un sms me demande de payer 45 euros avant 20h c normal",
    ],
)
def test_a_deadline_set_by_a_message_is_not_the_call_hour(typed: str) -> None:
    assert understand(typed, TODAY).route != "calltime"


@pytest.mark.parametrize(
    "typed",
    [
        "ils m appellent avant 8h c normal ?",
        "ils m appellent apres 21h c legal",
        "ma dette est forclose et ils m'ont envoyé un sms a 3h05 c normal ?",
        "la caf me reclame un trop percu et ils m appellent a 22h c normal ?",
        "je recois des mails a 3h du matin c normal ?",
    ],
)
def test_the_time_of_a_contact_is_the_call_hour(typed: str) -> None:
    assert understand(typed, TODAY).route == "calltime"
