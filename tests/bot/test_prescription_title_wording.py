"""A debt under an enforceable title (a seizure reported, or a judgment) is enforced, not "réclamée en justice"
(art. L111-4 CPC exéc., fiche juridique 0.3). Today is 22 November 2026 in the harness."""

from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.default_services import DefaultServices
from tests.chat_harness import Chat

_TODAY = date(2026, 11, 22)


async def test_a_seizure_without_the_judgment_date_is_worded_as_a_title_counted_from_the_seizure() -> None:
    chat = Chat()
    await chat.send("on me saisit mon salaire pour une dette de loyer de 2023")
    await chat.press("p:t:rent")
    await chat.press("p:j:unknown")  # "je sais pas" for the judgment
    await chat.press("p:e:none")
    assert "réclamée en justice" not in chat.text
    assert "poursuivre l'exécution" in chat.text and "22 novembre 2036" in chat.text
    assert "Compté depuis la saisie" in chat.text and "indiquez-la" in chat.text


async def test_a_credit_seized_today_is_not_said_forclosed_nor_claimable_in_court() -> None:
    chat = Chat()
    await chat.send("intrum me saisit mon compte pour un credit de 2022")
    await chat.press("p:t:consumer_credit")
    await chat.press("p:j:unknown")
    await chat.press("p:e:none")
    assert "réclamée en justice" not in chat.text and "agir en justice" not in chat.text
    assert "poursuivre l'exécution" in chat.text


async def test_a_dated_judgment_behind_the_seizure_gets_no_undated_note() -> None:
    chat = Chat()
    await chat.send("on me saisit mon salaire pour une dette de loyer de 2020")
    await chat.press("p:t:rent")
    await chat.send("2021")  # the judgment
    await chat.press("p:e:none")
    assert "poursuivre l'exécution" in chat.text and "Compté depuis la saisie" not in chat.text


async def test_an_ordinary_bill_is_still_claimable_in_court_until_its_date() -> None:
    chat = Chat()
    await chat.send("ma facture sfr de mars 2026 est prescrite ?")
    await chat.press("p:t:telecom")
    await chat.press("p:e:none")
    assert "réclamée en justice" in chat.text and "poursuivre l'exécution" not in chat.text


@pytest.mark.parametrize(
    ("debt_type", "events", "code"),
    [
        ("rent", [("judgment", date(2021, 1, 1))], "prescription.explanation.open_title"),
        ("rent", [("enforcement", date(2025, 1, 10))], "prescription.explanation.open_title"),
        ("local_public", [], "prescription.explanation.open_public"),
        ("rent", [], "prescription.explanation.open"),
    ],
)
def test_the_conversation_records_which_explanation_it_gave(
    debt_type: str, events: list[tuple[str, date]], code: str
) -> None:
    """The codes the conversation keeps with its answer (feedback, review) name the explanation given: a title is
    executed, a public debt recovered without a judge, any other debt claimed in court."""
    view = DefaultServices().prescription(
        debt_type, date(2024, 1, 1) if not events else date(2020, 1, 1), events, _TODAY
    )
    assert code in view.codes
