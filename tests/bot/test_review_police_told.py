"""Review of 02/12/2026 (contacts): a contact told as coming from "la police" gets what the police never do, not the
rule of the ANTAI (amendes by SMS) because "amende" is the only catalogue word; the number of an SMS+ sender is still
said first. The fake summons' scenario is kept."""

from __future__ import annotations

import pytest

from checks.described_contact import describe
from tests.chat_harness import Chat


@pytest.mark.parametrize(
    ("typed", "organisation"),
    [
        ("jai recu un mail de la police ki me convoque et je dois payer une amende", "police_nationale"),
        ("le 38656 m a envoye un sms de la police", "police_nationale"),
        ("un policier m a appele pour une amende", "police_nationale"),
        ("un mail du commissariat me dit de payer une amende", "police_nationale"),
        ("un mail de la gendarmerie me dit de payer une amende", "gendarmerie"),
        ("sms antai amende a payer", "antai"),
    ],
)
def test_the_police_told_is_the_police(typed: str, organisation: str) -> None:
    told = describe(typed)
    assert told is not None and told.organisation == organisation


@pytest.mark.parametrize(
    "typed",
    [
        "un policier m a dit que ce sms etait une arnaque",  # the police as the one who warned, not the sender
        "j ai porte plainte au commissariat pour ce sms",
    ],
)
def test_the_police_named_as_a_helper_is_not_the_sender(typed: str) -> None:
    told = describe(typed)
    assert told is None or told.organisation is None


async def test_an_sms_of_the_police_from_an_sms_number_says_what_the_police_never_do() -> None:
    chat = Chat()
    await chat.send("le 38656 m a envoye un sms de la police")
    assert "SMS+" in chat.replies[0].text  # what the number is, first
    assert (
        "appelez vous-même le commissariat" in chat.text
    )  # the police's own rule (institutions.toml, sourced)
    assert "ANTAI" not in chat.text
