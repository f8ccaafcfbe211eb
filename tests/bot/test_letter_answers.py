"""Letters (issue 13, item 6): each answer checked when typed, with the parsers of the rest of the bot;
what the conversation established reused, not asked again; clauses chosen by the case."""

from __future__ import annotations

from datetime import date

from checks.letters import check_field, fill_letter, prefill
from tests.chat_harness import Chat

TODAY = date(2026, 11, 22)
ME = [
    "Jean Dupont",
    "3 rue de la Paix, 75002 Paris",
    "Intrum",
    "97 allee Borodine 69800 Saint-Priest",
    "Paris",
]


async def _letter(chat: Chat, letter: str) -> None:
    await chat.send("/menu")
    await chat.press("m:letter")
    await chat.press(f"L:{letter}")


async def test_je_sais_pas_and_a_question_mark_are_never_printed_as_an_address():
    chat = Chat()
    await _letter(chat, "contest_debt")
    await chat.send("Jean Dupont")
    for typed in ["je sais pas", "?", "jsp"]:
        await chat.send(typed)
        assert "pas pu utiliser cette réponse" in chat.text
        assert "Votre adresse" in chat.text or "adresse" in chat.text.lower()
    await chat.send("Paris")  # a town alone is not an address either
    assert "ressemble pas à une adresse" in chat.text
    await chat.send("3 rue de la Paix\n75002 Paris")
    assert "pas pu utiliser" not in chat.text


async def test_a_date_without_its_year_is_refused_at_once_not_one_question_later():
    chat = Chat()
    await _letter(chat, "contest_debt")
    for answer in ME:
        await chat.send(answer)
    while "Date du courrier" not in chat.text:
        await chat.send("passer" if "lc:skip" in chat.buttons() else "12345")
    await chat.send("le 3 novembre")
    assert "pas pu utiliser cette réponse" in chat.text and "Date du courrier" in chat.text
    await chat.send("3 novembre 2026")
    assert "Date du courrier" not in chat.text.split("\n")[0]


def test_the_prescription_letter_takes_mars_2022_as_the_calculator_does():
    assert check_field("invoke_prescription", "due_date", "mars 2022", TODAY) is None
    assert check_field("invoke_prescription", "due_date", "2022", TODAY) is not None  # a year: too vague
    assert check_field("contest_debt", "collector_letter_date", "mars 2022", TODAY) is not None


def _prescription_letter(rule: str) -> str:
    fields = dict(
        zip(
            ["sender_name", "sender_address", "recipient_name", "recipient_address", "place"], ME, strict=True
        )
    )
    fields |= {
        "creditor": "SFR",
        "debt_description": "forfait",
        "due_date": "mars 2022",
        "prescription_rule": rule,
    }
    return fill_letter("invoke_prescription", fields, TODAY).text


def test_a_telecom_letter_never_mentions_forclusion_and_a_credit_letter_does():
    telecom = _prescription_letter("telecom_1y")
    assert "forclusion" not in telecom and "due depuis mars 2022" in telecom
    assert "J'invoque donc la forclusion" in _prescription_letter("consumer_credit_2y")


def test_what_a_calculation_established_fills_the_letter():
    known = {"creditor": "SFR", "debt_type": "telecom", "due_date": "mars 2022"}
    assert prefill("invoke_prescription", known, TODAY) == {
        "creditor": "SFR",
        "due_date": "mars 2022",
        "prescription_rule": "telecom_1y",
    }
    assert "due_date" not in prefill("invoke_prescription", {"due_date": "je sais pas"}, TODAY)


async def test_after_the_calculation_the_letter_does_not_ask_again_what_it_established():
    chat = Chat()
    await chat.send("j ai une facture sfr impayee depuis mars 2022, c est prescrit ?")
    await chat.press("p:t:telecom")
    await chat.press("p:e:none")
    await chat.press("p:l:single")
    await chat.press("n:letter")
    await chat.press("L:invoke_prescription")
    assert "Repris de notre échange" in chat.text and "SFR" in chat.text and "mars 2022" in chat.text
    asked: list[str] = []
    for answer in [*ME, "passer", "forfait mobile", "passer", "passer"]:
        asked.append(chat.text.splitlines()[-1])
        await chat.send(answer)
    assert "Aperçu de votre lettre" in chat.text
    assert not any("Créancier" in q or "Type de dette" in q or "somme était due" in q for q in asked)
    assert "pour le compte de SFR" in chat.text and "forclusion" not in chat.text


async def test_the_reminder_question_reads_as_a_sentence():
    chat = Chat()
    await _letter(chat, "rgpd_access")
    for answer in ME:
        await chat.send(answer)
    while "l:pdf" not in chat.buttons():
        await chat.press("lc:skip") if "lc:skip" in chat.buttons() else await chat.send("12345")
    await chat.press("l:pdf")
    offer = chat.text
    assert "rm:yes" in chat.buttons()
    assert "le (" not in offer and "((" not in offer
    assert "Voulez-vous que je vous le rappelle ce jour-là" in offer


def test_a_date_is_not_reused_for_a_debt_the_letter_has_no_rule_for():
    known = {"debt_type": "judgment", "due_date": "15/03/2010", "creditor": "Cofidis"}
    assert prefill("invoke_prescription", known, TODAY) == {"creditor": "Cofidis"}
