"""Issue 13's quoted failures, replayed through the conversation core as a user types them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.chat_harness import Chat

DISTRESS_MARK = "3114"
SMS_VERDICT = "Message analysé"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des idées suicidaires",
        "jen ai marre de vivre avec ces dettes",
        "je n'en peux plus j'ai envie d'en finir",
    ],
)
async def test_distress_gets_the_card_alone(text: str) -> None:
    chat = Chat()
    await chat.send(text)
    assert DISTRESS_MARK in chat.text
    assert SMS_VERDICT not in chat.text and "Impossible de conclure" not in chat.text
    assert len(chat.replies) == 1


async def test_distress_inside_the_prescription_dialogue_is_not_a_date_error() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("j ai des idees suicidaires")
    assert DISTRESS_MARK in chat.text
    assert "compris cette date" not in chat.text


async def test_a_prescription_question_with_a_story_is_not_an_sms_verdict() -> None:
    chat = Chat()
    await chat.send(
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans "
        "mais j ai donne 30e l an dernier"
    )
    assert "R124-4" not in chat.text and SMS_VERDICT not in chat.text
    assert "EDF" in chat.text  # the sector is offered as a guess to confirm
    assert "p:t:energy" in chat.buttons()
    await chat.press_label("Oui")
    assert "J'ai noté" in chat.text  # the start and the payment are not asked again
    assert "Autre chose" in chat.text
    await chat.send("non")
    assert "prescrite" in chat.text


async def test_must_i_pay_is_not_an_sms_verdict() -> None:
    chat = Chat()
    await chat.send("est ce que je dois payer ?")
    assert SMS_VERDICT not in chat.text


async def test_intrum_named_in_a_data_question_gets_the_data_card() -> None:
    chat = Chat()
    await chat.send("je veux savoir quelles donnees intrum a sur moi")
    assert "RGPD" in chat.text or "données" in chat.text
    assert "Intrum : ce qui est vérifié" not in chat.text


async def test_what_is_intrum_gets_the_intrum_card() -> None:
    chat = Chat()
    await chat.send("c quoi intrum ?? c une arnaque ou pas")
    assert chat.replies[0].text.startswith("Intrum France existe bien : société de recouvrement")
    assert "vérifier que ce contact vient vraiment d'eux" in chat.replies[0].text
    assert "intrum.fr" in chat.text


async def test_another_collector_gets_its_identity_and_the_general_way_to_check() -> None:
    chat = Chat()
    await chat.send("qui est EOS credirec ?")
    assert chat.replies[0].text.startswith("EOS France existe bien")
    assert "Intrum : ce qui est vérifié" not in chat.text


async def test_sfr_typed_at_the_debt_type_step_picks_telecom() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.send("sfr")
    assert "Depuis quand" in chat.text  # type accepted: the start date is asked


async def test_an_event_told_in_words_stays_in_the_dialogue() -> None:
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:energy")
    await chat.send("mars 2022")
    await chat.send("l annee derniere en mars j ai verse 50 euros")
    assert SMS_VERDICT not in chat.text
    assert "J'ai noté" in chat.text and "Autre chose" in chat.text


async def test_a_telecom_bill_of_2025_is_answered_both_ways() -> None:
    chat = Chat(now=datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("2025")
    await chat.press_label("Rien de tout ça")
    await chat.press_label("Une seule somme")  # a telecom debt is counted by bill: here, one bill
    assert "change la réponse" in chat.text
    assert "31 décembre 2025" in chat.text


async def test_a_call_on_26_december_in_strasbourg_is_a_holiday_there() -> None:
    chat = Chat(now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    await chat.send("ils m'ont appele le 26/12/2025 a 10h30, j habite a strasbourg, c'est normal ?")
    assert "Saint-Étienne" in chat.text


async def test_a_call_on_26_december_elsewhere_is_not_a_holiday() -> None:
    chat = Chat(now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    await chat.send("ils m'ont appele le 05/11/2025 a 10h30, c'est normal ?")
    assert "hors de la métropole" not in chat.text


async def test_without_a_place_a_day_off_only_in_alsace_moselle_is_pointed_out_once() -> None:
    chat = Chat(now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    await chat.send("ils m'ont appele le 26/12/2025 a 10h30, c'est normal ?")
    assert "hors de la métropole : Moselle, Alsace (Saint-Étienne)" in chat.text
    await chat.send("26/12/2025 à 10h30, j'habite à Metz")
    assert "Saint-Étienne" in chat.text and "hors de la métropole" not in chat.text


async def test_a_reunion_caller_on_20_december_is_judged_on_reunion_holidays() -> None:
    chat = Chat(now=datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    await chat.send("le 0262 26 12 34 m'a appele le 20/12/2025 a 10h, a cette heure la c'est normal ?")
    assert "esclavage" in chat.text.lower()


async def test_a_forwarded_scam_speaking_of_suicide_is_checked_not_taken_for_distress() -> None:
    chat = Chat()
    await chat.send(
        "Votre fille a tenté de se suicider, réglez 500 euros sous 24h par coupon PCS sinon plainte.",
        forwarded_from="Inconnu",
    )
    assert DISTRESS_MARK not in chat.text


async def test_a_long_story_gets_the_urgent_points_first_then_its_question() -> None:
    chat = Chat()
    await chat.send(
        "Bouygues 2020, ils me reclament 60 € de frais en plus, le recouvreur dit que l'huissier va passer, "
        "ils donnent un IBAN LT12 1000 0111 0100 1000, c'est prescrit ?"
    )
    first = chat.replies[0].text
    assert first.index("huissier") < first.index("arnaques") < first.index("frais")
    assert "g:court_and_enforcement" in chat.buttons() and "g:fees_stay_with_creditor" in chat.buttons()
    assert "p:t:telecom" in chat.buttons()  # then the prescription question, Bouygues offered as telecom
    assert "Message analysé" not in chat.text
