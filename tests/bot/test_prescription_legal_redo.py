"""A person being seized is never told their debt is prescribed, and a public debt is never called prescribed on
the dates alone (legal redo, 01/12/2026; fiche juridique 0.2, 0.3, 0.8). Today is 22 November 2026 in the
harness. The codes are read back as the "ce verdict est faux" feedback keeps them."""

from __future__ import annotations

from tests.chat_harness import Chat


async def _codes(chat: Chat) -> tuple[str, ...]:
    await chat.press("n:wrong")
    await chat.press("f:codes")
    [saved] = await chat.store.list_feedback()
    return tuple(saved.codes)


def _says_prescribed(text: str) -> bool:
    return any(
        words in text
        for words in ("est prescrite depuis", "sont prescrites", "prescrite depuis", "dépassé depuis")
    )


async def test_a_seizure_running_today_is_never_called_forclosed() -> None:
    chat = Chat()
    await chat.send("intrum me saisit mon compte pour un credit de 2015")
    await chat.press("p:t:consumer_credit")
    assert "22 novembre 2026" in chat.text  # the seizure, dated today, is noted
    assert "p:j:unknown" in chat.buttons()  # and the title it rests on is asked
    await chat.press("p:j:unknown")
    await chat.press("p:e:none")
    assert not _says_prescribed(chat.text) and "forclose" not in chat.text
    assert "2244" in chat.text and "L111-4" in chat.text and "juge de l'exécution" in chat.text
    assert "SATD" in chat.text and "Point-justice" in chat.text and "France Services" in chat.text
    codes = await _codes(chat)
    assert "prescription.seizure_reported" in codes and "prescription.prescribed" not in codes


async def test_a_seizure_on_an_old_title_says_why_it_cannot_say_prescribed() -> None:
    chat = Chat()
    await chat.send("ils me saisissent pour une facture orange de 2005")
    await chat.press("p:t:telecom")
    # The judgment of March 2007: its time ran out on 19 June 2018 at most (2008 reform), before today's seizure.
    await chat.send("mars 2007")
    await chat.press("p:e:none")
    assert not _says_prescribed(chat.text)
    assert "Je ne peux donc pas dire que la dette est prescrite" in chat.text
    assert "juge de l'exécution" in chat.text
    await chat.press("n:details")
    assert not _says_prescribed(chat.text)
    codes = await _codes(chat)
    assert {"prescription.seizure_reported", "prescription.seized_after_expiry"} <= set(codes)
    assert "prescription.prescribed" not in codes


async def test_a_salary_seized_today_for_old_rent_gets_the_seizure_note() -> None:
    chat = Chat()
    await chat.send("on me saisit mon salaire pour une dette de loyer de 2016")
    await chat.press("p:t:rent")
    await chat.send("2017")  # the judgment
    await chat.press("p:e:none")
    assert not _says_prescribed(chat.text) and "Une saisie change le calcul" in chat.text


async def test_a_threat_of_seizure_is_not_a_seizure_and_the_forclusion_is_said() -> None:
    chat = Chat()
    await chat.send(
        "ma dette est-elle prescrite ? credit cofidis impayé depuis 2019, ils menacent de saisir ma voiture"
    )
    await chat.press("p:t:consumer_credit")
    assert "p:j:unknown" not in chat.buttons()  # no title asked: nothing was seized
    await chat.press("p:e:none")
    assert "forclusion" in chat.text and "dépassé" in chat.text
    assert "Une saisie change le calcul" not in chat.text
    codes = await _codes(chat)
    assert "prescription.seizure_reported" not in codes


async def test_a_duration_up_to_today_is_kept_as_the_start() -> None:
    chat = Chat()
    await chat.send(
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans"
    )
    await chat.press("p:t:energy")
    assert "J'ai noté" in chat.text and "2023" in chat.text and "p:e:none" in chat.buttons()


async def test_ca_fait_3_ans_que_je_paie_plus_is_kept_as_the_start() -> None:
    chat = Chat()
    await chat.send("ma dette sfr est prescrite ? ca fait 3 ans que je paie plus")
    await chat.press("p:t:telecom")
    assert "J'ai noté" in chat.text and "2023" in chat.text and "p:e:none" in chat.buttons()


async def test_an_old_public_hospital_bill_is_unsettled_not_prescribed() -> None:
    chat = Chat()
    await chat.send("ma facture d'hopital de 2018 est prescrite ?")
    await chat.press("p:t:local_public")
    await chat.press("p:e:none")
    assert not _says_prescribed(chat.text)
    assert "je ne peux pas dire qu'elle est prescrite" in chat.text and "comptable public" in chat.text
    assert "p:l:single" not in chat.buttons()  # the most recent sum would not change what is said
    codes = await _codes(chat)
    assert "prescription.public_unsettled" in codes and "prescription.prescribed" not in codes


async def test_an_old_tax_chosen_by_button_is_unsettled_and_the_details_say_why() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:state_tax")
    await chat.send("2017")
    await chat.press("p:e:none")
    assert not _says_prescribed(chat.text) and "SATD" in chat.text
    await chat.press("n:details")
    assert not _says_prescribed(chat.text) and "133-4" in chat.text


async def test_a_recent_tax_is_still_said_recoverable_until_its_date() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:state_tax")
    await chat.send("mars 2025")
    await chat.press("p:e:none")
    assert "pas encore prescrite" in chat.text and "sans juge" in chat.text
    codes = await _codes(chat)
    assert "prescription.public_unsettled" not in codes
