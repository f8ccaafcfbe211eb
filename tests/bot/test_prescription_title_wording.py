"""A debt under an enforceable title (a seizure reported, or a judgment) is enforced, not "réclamée en justice"
(art. L111-4 CPC exéc., fiche juridique 0.3). Today is 22 November 2026 in the harness."""

from __future__ import annotations

from tests.chat_harness import Chat


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
