"""Issue 14 in the bot's prescription dialogue: answer by instalment then ask for the most recent sum;
after a seizure, ask for the date of the title it rests on (today is 22 November 2026 in the harness)."""

from tests.chat_harness import Chat


async def test_unpaid_rent_is_answered_by_instalment_then_the_last_rent_is_asked() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:rent")
    await chat.send("janvier 2022")
    await chat.press("p:e:none")
    # 3 years a rent: those due before 22 Nov 2023 are prescribed, the later ones are not.
    assert "les sommes dues avant le 22 novembre 2023 sont prescrites" in chat.text
    assert "p:l:single" in chat.buttons()
    await chat.send("juin 2024")
    assert "les sommes dues avant le 22 novembre 2023 sont prescrites" in chat.text
    assert "p:l:single" not in chat.buttons()  # asked once


async def test_when_the_last_rent_is_old_enough_all_rents_are_prescribed() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:rent")
    await chat.send("janvier 2022")
    await chat.press("p:e:none")
    await chat.send("le 5 mars 2023")
    assert "toutes sont prescrites" in chat.text and "due le 5 mars 2023" in chat.text


async def test_a_single_old_bill_is_then_said_prescribed() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("15/03/2022")
    await chat.press("p:e:none")
    await chat.press("p:l:single")
    assert "est prescrite depuis le 16 mars 2023" in chat.text


async def test_a_last_rent_before_the_first_is_asked_again() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:rent")
    await chat.send("janvier 2022")
    await chat.press("p:e:none")
    await chat.send("mars 2021")
    assert "avant la plus ancienne somme impayée" in chat.text


async def test_a_seizure_asks_for_the_judgment_date_and_uses_it() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:civil")
    await chat.send("janvier 2005")
    await chat.press("p:e:enforcement")
    await chat.send("01/06/2016")
    assert "jugement ou un acte" in chat.text and "p:j:unknown" in chat.buttons()
    await chat.send("mars 2006")
    assert "p:e:none" in chat.buttons()
    await chat.press("p:e:none")
    # 2006 judgment: 10 years from 19 June 2008 at most; the 2016 seizure interrupts -> 1 June 2026, past. A seizure
    # was reported, so the dates alone are never turned into "prescribed" (legal redo, 01/12/2026): the title's period
    # is named, with where to contest and get help.
    assert "prescrite depuis" not in chat.text and "L111-4" in chat.text
    assert (
        "je ne peux pas dire que cette dette est prescrite" in chat.text
        and "juge de l'exécution" in chat.text
    )


async def test_a_seizure_without_the_judgment_date_is_never_called_prescribed_on_the_old_delay() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:consumer_credit")
    await chat.send("janvier 2020")
    await chat.press("p:e:enforcement")
    await chat.send("mars 2021")
    await chat.press("p:j:unknown")
    await chat.press("p:e:none")
    assert "forclose depuis" not in chat.text and "dépassé" not in chat.text
    await chat.press("n:details")
    assert "forclose depuis" not in chat.text
    assert "R221-1" in chat.text and "10 ans" in chat.text
    assert "date du jugement" in chat.text  # the missing fact is named
