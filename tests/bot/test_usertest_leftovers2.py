"""Leftovers of the user test of 2/12/2026 (docs/usertest-2026-11-30.md, "Test utilisateur du 2/12/2026", "Left"):
the words as people typed them, through the whole conversation."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.chat_harness import Chat


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


# 1. Asking the bot to stop writing.


@pytest.mark.parametrize(
    "typed",
    [
        "stop ecrivez moi plus",
        "arrete de m'envoyer des messages",
        "je veux plus de messages",
        "stp arretez de m ecrire",
        "Arrêtez de m'envoyer des SMS !",
    ],
)
async def test_asking_the_bot_to_stop_writing_is_answered_never_misunderstood(typed: str) -> None:
    chat = await _chat(typed)
    assert "pas bien compris" not in chat.text
    assert "jamais de moi-même" in chat.text
    assert "/oubli" in chat.text
    # Nothing was erased by asking: /oubli asks to confirm first.
    assert "o:yes" not in chat.buttons()
    # The messages may be a collector's: the card on asking them to stop is one press away.
    assert "g:calls_and_harassment" in chat.buttons()


async def test_asking_to_stop_writing_names_a_reminder_the_person_asked_for() -> None:
    chat = await _chat("bonjour")
    await chat.store.add_reminder(chat.user, 4242, date(2026, 12, 20), "calltime.reminder", {})
    await chat.send("arretez de m'ecrire")
    assert "20/12/2026" in chat.text and "/oubli" in chat.text


async def test_asking_to_stop_writing_ends_the_dialogue_under_way() -> None:
    chat = await _chat("ma dette est prescrite ?", "stop ecrivez moi plus")
    assert "jamais de moi-même" in chat.text
    await chat.send("telecom")
    assert "De quel type de dette" not in chat.text and "Depuis quand" not in chat.text


@pytest.mark.parametrize(
    "typed",
    ["ils arretent pas de m'envoyer des messages", "comment faire pour qu'intrum arrete de m'ecrire"],
)
async def test_a_collector_who_keeps_writing_is_not_a_request_to_the_bot(typed: str) -> None:
    chat = await _chat(typed)
    assert "jamais de moi-même" not in chat.text


# 2. "tu as bien tout effacé ?" after /oubli.


async def test_after_forget_the_erasure_is_confirmed_from_what_the_store_keeps() -> None:
    chat = await _chat("0970280830", "/oubli")
    await chat.press("o:yes")
    assert chat.text.startswith("C'est fait")
    await chat.send("tu as bien tout effacé ?")
    assert chat.text.startswith("Oui")
    assert "pas bien compris" not in chat.text
    summary = await chat.store.describe_user_data(chat.user)
    assert summary.is_empty


async def test_the_erasure_asked_about_without_forget_says_what_is_still_kept() -> None:
    chat = await _chat("0970280830", "vous avez bien tout supprimé ?")
    assert not chat.text.startswith("Oui")
    assert "Où vous en êtes dans la conversation" in chat.text
    assert "/oubli" in chat.text


# 3. "mes donnees" typed alone.


@pytest.mark.parametrize("typed", ["mes donnees", "Mes données ?", "mes infos"])
async def test_my_data_typed_alone_shows_what_the_bot_keeps_then_the_rgpd_card(typed: str) -> None:
    chat = await _chat(typed)
    first, *rest = chat.replies
    assert first.text == "Je ne garde rien sur vous en ce moment."
    assert rest and "gf:rgpd_rights" in chat.buttons()
    assert "/oubli" in chat.text


async def test_my_data_typed_after_a_check_lists_what_is_kept() -> None:
    chat = await _chat("0970280830", "mes donnees")
    assert chat.replies[0].text.startswith("Ce que je garde sur vous")
    assert "/oubli" in chat.replies[0].text


# 6. What prescription is, asked in SMS spelling.


@pytest.mark.parametrize("typed", ["c koi la prescription", "c'est quoi la prescription d'une dette"])
async def test_what_prescription_is_gets_one_explanation_then_the_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    first = chat.replies[0].text
    assert first.startswith("📘 La prescription, c'est le délai")
    assert "L218-2" in first and "2224" in first
    assert "De quel type de dette" in chat.text  # the dialogue follows


async def test_a_prescription_question_with_its_date_gets_no_lecture() -> None:
    chat = await _chat("ma dette sfr de 2019 est prescrite ?")
    assert "📘" not in chat.text


# 7. A payment the collector says it never received.


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai payé intrum mais ils disent avoir rien recu",
        "jai payer cofidis par virement ils disent n'avoir jamais recu mon virement",
    ],
)
async def test_a_payment_said_not_received_gets_how_to_prove_it(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:situation_already_paid" in chat.buttons()
    assert "1353" in chat.text and "décompte" in chat.text
    assert "jamais l'original" in chat.text


# 9. Relative dates where a date is asked.


@pytest.mark.parametrize("typed", ["la semaine derniere", "il y a 2 semaines"])
async def test_a_span_at_the_call_time_question_asks_the_exact_day(typed: str) -> None:
    chat = await _chat("/menu")
    await chat.press("m:calltime")
    await chat.send(typed)
    assert "jour exact" in chat.text
    assert "pas compris" not in chat.text
    await chat.send("mardi dernier à 21h")
    assert chat.text.startswith("🕘 Appel du mardi 17 novembre 2026 à 21h00")


async def test_day_before_yesterday_completes_the_hour_given_in_the_question() -> None:
    chat = await _chat("ils m'appellent a 22h c normal", "avant hier")
    assert chat.text.startswith("🕘 Appel du vendredi 20 novembre 2026 à 22h00")


@pytest.mark.parametrize(
    "typed", ["la semaine derniere", "il y a 2 semaines", "avant hier", "le mois dernier"]
)
async def test_a_relative_date_is_taken_as_the_first_unpaid(typed: str) -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send(typed)
    assert "pas compris" not in chat.text
    assert "s'est-il passé" in chat.text


# The SMS call-hour answer speaks of an SMS.


async def test_a_text_message_hour_is_never_answered_as_call_hours() -> None:
    chat = await _chat("ils m'ont envoyé un sms a 22h c normal")
    assert "heures d'appel" not in chat.text
    assert "SMS" in chat.text
    await chat.send("hier")
    assert chat.text.startswith("🕘 SMS reçu le samedi 21 novembre 2026 à 22h00")
    assert "appel" not in chat.text.split("\n", 3)[1].lower()  # the verdict line
    assert "L'appel a eu lieu" not in chat.text and "Le SMS est arrivé le" in chat.text


async def test_a_call_hour_is_still_answered_as_a_call() -> None:
    chat = await _chat("ils m'appellent a 22h c normal")
    assert "heures d'appel" in chat.text


# 8. "laisse tomber, c quoi le 33700".


async def test_drop_then_what_is_33700_says_both() -> None:
    chat = await _chat("0612345678", "laisse tomber, c quoi le 33700")
    assert chat.replies[0].text == "D'accord, on laisse ça de côté."
    second = chat.replies[1].text
    assert second.startswith("ℹ️ Le 33700")
    assert "signaler les SMS" in second and "economie.gouv.fr" in second  # its source


async def test_drop_then_what_is_33700_in_a_dialogue_ends_the_dialogue() -> None:
    chat = await _chat("ma dette est prescrite ?", "laisse tomber c quoi le 33700")
    assert chat.replies[0].text == "D'accord, on laisse ça de côté."
    assert "Le 33700" in chat.text
    await chat.send("telecom")
    assert "Depuis quand" not in chat.text


async def test_what_is_33700_alone_is_explained() -> None:
    chat = await _chat("c quoi le 33700")
    assert chat.text.startswith("ℹ️ Le 33700")


# 5. A move-out date is not the first unpaid rent.


async def test_leaving_the_flat_is_not_taken_as_the_first_unpaid_rent() -> None:
    chat = await _chat("ma dette de loyer est prescrite ? jai quitté lappart en 2020")
    await chat.press("p:t:rent")
    assert "Depuis quand n'avez-vous plus payé" in chat.text
    assert "2020" not in chat.text


async def test_an_unpaid_date_told_beside_the_move_out_is_still_the_start() -> None:
    chat = await _chat("loyers impayés depuis 2019, jai déménagé en 2020, c prescrit ?")
    await chat.press("p:t:rent")
    assert "Depuis quand n'avez-vous plus payé" not in chat.text


# 4. Several questions in one message: every one answered, the most urgent first, never "pay" or "don't pay".


def _never_decides_payment(text: str) -> None:
    lowered = text.lower()
    for verdict in ("vous devez payer", "ne payez pas", "vous n'avez pas à payer"):
        assert verdict not in lowered
    assert (
        re.search(r"(?<!vous )\bpayez\b", lowered) is None
    )  # "payez" as an order; "si vous payez" is not one


async def test_who_is_intrum_should_i_pay_and_an_unknown_debt_are_all_answered() -> None:
    chat = await _chat("c qui intrum et est ce que je dois payer une dette que je connais pas")
    # The unknown debt first: its card is the answer.
    assert chat.text.startswith("Ce n'est pas moi")
    assert "gf:situation_wrong_person" in chat.buttons()
    # Then who Intrum is, and "dois-je payer ?" as points with their cards.
    assert "Intrum France existe bien" in chat.text and "g:intrum_facts" in chat.buttons()
    assert "ne décide pas à votre place" in chat.text and "g:verify_collector" in chat.buttons()
    _never_decides_payment(chat.text)


async def test_whom_to_pay_between_intrum_and_the_creditor_gets_the_pay_the_creditor_card() -> None:
    chat = await _chat("je doi payer qui ? intrum ou le creancier")
    assert chat.text.startswith("Vous pouvez payer directement le créancier")
    assert "Sur quel sujet" not in chat.text
    _never_decides_payment(chat.text)


@pytest.mark.parametrize(
    "typed",
    [
        "dette que je connais pas intrum me reclame 300e",
        "c une arnaque intrum ou pas ??? ils me reclament 450e pour une dette que je connais pas",
    ],
)
async def test_an_unknown_debt_claimed_by_intrum_gets_the_not_me_card_and_intrum(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:situation_wrong_person" in chat.buttons()
    assert "g:intrum_facts" in chat.buttons() or "gf:intrum_facts" in chat.buttons()


async def test_a_third_question_beside_the_prescription_dialogue_is_kept() -> None:
    chat = await _chat(
        "bjr on me reclame 1200e pr un credit cofidis de 2018 c prescrit ? et ils ont le droit de mappeler au boulot ?"
        " et c qui intrum"
    )
    assert "g:calls_and_harassment" in chat.buttons()
    assert "g:intrum_facts" in chat.buttons()
    assert "p:t:consumer_credit" in chat.buttons()  # the dialogue still asks its question, last
    assert chat.replies[-1].text.rstrip().endswith("ci-dessous.")


async def test_whom_to_pay_beside_a_bailiff_letter_is_a_point_after_the_court_card() -> None:
    chat = await _chat(
        "jsuis perdu jcomprend rien ya un huissier qui ma ecrit et intrum qui mapel je doi payer qui"
    )
    assert "gf:court_and_enforcement" in chat.buttons()
    assert "g:pay_creditor_directly" in chat.buttons()
    _never_decides_payment(chat.text)


async def test_who_is_intrum_alone_keeps_its_own_answer() -> None:
    chat = await _chat("c quoi intrum ?? c une arnaque ou pas")
    assert chat.text.startswith("Intrum France existe bien")
    assert "À voir aussi" not in chat.text


async def test_a_payment_last_week_is_read_at_the_events_step() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("2023")
    await chat.send("j'ai payé 20e la semaine derniere")
    assert "pas compris" not in chat.text
    assert "entre le 9 novembre 2026 et le 15 novembre 2026" in chat.text
