"""User test of 2/12/2026 afternoon (docs/usertest-2026-11-30.md, "Test utilisateur du 2/12 après-midi") and the
leftovers of the morning's: phrasings typed the way stressed people type, through the whole conversation."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


# 1. A bill dated within the last year is no prescription question.


@pytest.mark.parametrize(
    "typed",
    [
        "ma facture edf qui date du mois dernier est trop chère",
        "ma facture free qui date du 3 octobre 2026 est abusive",
        "ma derniere facture sfr est trop chere",
    ],
)
async def test_a_recent_bill_found_too_high_gets_how_to_contest_it_not_the_prescription_dialogue(
    typed: str,
) -> None:
    chat = await _chat(typed)
    assert "De quel type de dette" not in chat.text and "C'est bien ça ?" not in chat.text
    assert "gf:bill_disputed" in chat.buttons() or chat.text.startswith("Une facture vous paraît trop élevée")
    assert "pas bien compris" not in chat.text


async def test_a_recent_dated_bill_says_it_cannot_be_prescribed_yet() -> None:
    chat = await _chat("ma facture edf qui date du mois dernier est trop chère")
    assert chat.text.startswith("⏳ Une facture datée de moins d'un an")


@pytest.mark.parametrize(
    "typed",
    [
        "facture edf de 2019 jamais payée",
        "j'ai recu une facture de l'hopital. elle datait du 22 octobre 2012",
        "ma facture sfr qui date de 2018 est trop chere",
    ],
)
async def test_an_old_bill_keeps_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert "⏳ Une facture datée de moins d'un an" not in chat.text
    assert "Message analysé" not in chat.text
    assert "C'est bien ça ?" in chat.text or "De quel type de dette" in chat.text or "prescri" in chat.text


# 2. The "already paid a scammer" card fits a fake collector and a fake bank adviser alike.


@pytest.mark.parametrize(
    "typed",
    [
        "jai vire 200e a un gars qui se faisait passer pour un huissier",
        "j'ai donné mes codes au conseiller de ma banque qui m'a appelé, il disait que c'etait pour bloquer une fraude",
    ],
)
async def test_money_or_codes_given_to_any_impostor_gets_a_card_titled_for_both(typed: str) -> None:
    chat = await _chat(typed)
    title = chat.text.split("\n", 1)[0]
    assert title.startswith("J'ai payé ou donné ma carte ou mes codes à un escroc")
    assert "faux conseiller" in title and "faux recouvreur" in title
    assert "codes" in chat.text.split("\n\n", 2)[1]  # the first advice speaks of codes given too


# 3. "stop" alone: ends a dialogue with a clear line, or gets a friendly line outside one.


async def test_stop_alone_outside_a_dialogue_gets_a_friendly_line_and_the_menu() -> None:
    chat = await _chat("stop")
    assert "rien en cours" not in chat.text
    assert "jamais de moi-même" in chat.text and "/oubli" in chat.text
    assert "m:check" in chat.buttons() or len(chat.buttons()) >= 5  # the menu


@pytest.mark.parametrize(
    ("opening", "named"),
    [("ma dette est prescrite ?", "prescription"), ("ils m'appellent a 22h c normal", "heure")],
)
async def test_stop_in_a_dialogue_ends_it_and_names_what_was_stopped(opening: str, named: str) -> None:
    chat = await _chat(opening, "stop")
    first = chat.text.split("\n", 1)[0]
    assert first.startswith("C'est annulé") and named in first
    await chat.send("telecom")
    assert "De quel type de dette" not in chat.text and "Quel jour" not in chat.text


# 4. The hour of an SMS: only what applies to an SMS.


@pytest.mark.parametrize(
    ("first", "day"),
    [("ils m'ont envoyé un sms a 22h c normal", "hier"), ("g recu un sms a 7h du mat c legal ?", "dimanche")],
)
async def test_an_sms_hour_gets_only_what_applies_to_sms(first: str, day: str) -> None:
    chat = await _chat(first, day)
    assert chat.text.startswith("🕘 SMS reçu le")
    assert "par téléphone" not in chat.text and "Bloctel" not in chat.text  # phone canvassing is about calls
    assert "commissaire de justice" not in chat.text  # an SMS is no act of enforcement
    assert "au cours d'un tel appel" not in chat.text and "appels" not in chat.text
    await chat.press_label("Pourquoi")
    assert "L221-16" not in chat.text and "L141-1" not in chat.text
    assert "SMS" in chat.text and "L121-6" in chat.text


async def test_a_call_hour_keeps_the_canvassing_and_bailiff_rules() -> None:
    chat = await _chat("ils m'ont appelé a 22h c normal", "hier")
    await chat.press_label("Pourquoi")
    assert "L221-16" in chat.text and "commissaire de justice" in chat.text


# Part B. A short question about what was just checked is about it; paying after a scam verdict is the scam card.

_SCAM_SMS = (
    "ANTAI: Vous avez une amende impayée de 35€. Réglez avant majoration: https://antai-gouv-paiement.com"
)


@pytest.mark.parametrize("question", ["c vrai ou pas ??", "c une arnaque ?", "c normal ?"])
async def test_a_short_question_after_a_verdict_answers_about_what_was_checked(question: str) -> None:
    chat = await _chat(_SCAM_SMS, question)
    assert chat.text.startswith("Pour ce que vous venez de m'envoyer")
    assert "Probablement une arnaque" in chat.text
    assert "pas bien compris" not in chat.text and "Envoyez-moi le numéro" not in chat.text


async def test_c_normal_after_a_number_restates_its_verdict() -> None:
    chat = await _chat("0970280830", "c normal ?")
    assert chat.text.startswith("Pour ce que vous venez de m'envoyer")
    assert "Impossible de conclure" in chat.text


async def test_c_normal_with_nothing_checked_is_not_about_a_verdict() -> None:
    chat = await _chat("c une arnaque ?")
    assert not chat.text.startswith("Pour ce que vous venez de m'envoyer")


@pytest.mark.parametrize("typed", ["je l'ai payee hier", "jai deja payé", "g cliqué dessus"])
async def test_paying_after_a_scam_verdict_gets_what_to_do_now(typed: str) -> None:
    chat = await _chat(_SCAM_SMS, typed)
    assert chat.text.startswith("J'ai payé ou donné ma carte ou mes codes à un escroc")


async def test_already_paid_with_nothing_flagged_keeps_the_already_paid_card() -> None:
    chat = await _chat("jai deja payé")
    assert "escroc" not in chat.text.split("\n", 1)[0]


async def test_and_now_you_have_nothing_on_me_after_forget_is_answered_from_the_store() -> None:
    chat = await _chat("0970280830", "/oubli")
    await chat.press("o:yes")
    await chat.send("et maintenant vous avez plus rien sur moi ?")
    assert chat.text.startswith("Oui")


async def test_a_sold_debt_told_with_who_the_buyer_is_gets_the_sold_debt_card_then_who_they_are() -> None:
    chat = await _chat("kruk me dit que ma dette a ete rachetee, c koi kruk")
    assert chat.text.startswith("Dette vendue")
    after = chat.text.split("À voir aussi", 1)[1]  # who the buyer is: a point after the answer, with its card
    assert "recouvreur" in after or "Kruk" in after


async def test_ok_after_a_verdict_is_still_an_acknowledgement() -> None:
    chat = await _chat(_SCAM_SMS, "ok")
    assert not chat.text.startswith("Pour ce que vous venez de m'envoyer")
