"""An SMS sender's 5-digit number told or pasted ("le 38656 m'a envoyé un sms"): what the number is, as when typed
alone, then the message itself is asked for. Before, such texts only got "envoyez-moi le numéro ou le SMS"."""

from __future__ import annotations

import pytest

from checks.dispatch import check_any
from checks.result import Verdict
from tests.chat_harness import Chat

_SMS_SHORT = "numéro court d'envoi de SMS en nombre"


@pytest.mark.parametrize(
    "typed",
    [
        "le 38656 m'a envoyé un sms",
        "sms du 36179 c une arnaque ?",
        "c'est quoi le 36123 qui m'envoie des sms",
        "38656",
        "jai recu un msg du 38015 c normal",
    ],
)
async def test_the_sms_number_is_explained_and_the_message_asked_for(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert _SMS_SHORT in chat.text
    assert "n:report" in chat.buttons()  # reporting (33700) is one press away
    if typed != "38656":
        assert "copiez-le ou transférez-le-moi" in chat.text


async def test_a_told_scam_story_from_an_sms_number_keeps_the_scenario() -> None:
    chat = Chat()
    await chat.send("jai recu un texto du 38015 pour renouveler ma carte vitale")
    assert _SMS_SHORT in chat.text
    assert "carte Vitale" in chat.text and "⚠️" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "une dette de 35000 euros et ils m'envoient des sms",
        "j'habite au 75011 et je recois des sms de relance",
    ],
)
async def test_an_amount_or_a_postcode_is_not_read_as_a_sender(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert _SMS_SHORT not in chat.text


async def test_a_pasted_sms_from_a_short_number_is_judged_on_its_link() -> None:
    chat = Chat()
    await chat.send(
        "De : 38656\nVotre colis est en attente de livraison, confirmez vos informations : https://colis-suivi-fr.info"
    )
    assert "Probablement une arnaque" in chat.text


@pytest.mark.parametrize(
    ("pasted", "flagged"),
    [
        (
            "De : 38656\nVotre colis est en attente de livraison, confirmez vos informations : https://colis-suivi-fr.info",
            True,
        ),
        ("De : 38015\nVotre code de validation est 482913. Ne le communiquez à personne.", False),
    ],
)
def test_a_pasted_sms_says_what_its_short_sender_is_and_is_judged_on_the_rest(
    pasted: str, flagged: bool
) -> None:
    result = check_any(pasted)
    said = next(f for f in result.findings if f.code == "message.sms_short_sender")
    assert "38" in said.message and "33700" in said.message
    assert (result.verdict in {Verdict.suspicious, Verdict.likely_scam}) is flagged
