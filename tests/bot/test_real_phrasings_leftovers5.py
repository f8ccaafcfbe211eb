"""The fourth hunt's leftovers (docs/usertest-2026-11-30.md, "Quatrième chasse", "Left (not fixed here)"), fixed on
01/12/2026: each real phrasing that went wrong, with two or three variants a stressed person would type, and the
behaviour it must get (card codes, verdict shapes, what is asked)."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_WHEN_ASKED = "Quand ont-ils appelé ?"


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


def _first(chat: Chat) -> str:
    return chat.text.split("\n")[0]


# --- 1. A number beside a claimed commissaire de justice: the number first, then how to check the bailiff ----------


@pytest.mark.parametrize(
    "typed",
    [
        "appel du 01 84 60 12 34 ils disent etre commissaire de justice",
        "un huissier m a appelé du 0184601234 c normal",
        "le 06 12 45 78 90 ma appele il se dit huissier de justice",
    ],
)
async def test_a_number_beside_a_claimed_bailiff_is_checked_then_the_verify_bailiff_card(typed: str) -> None:
    chat = Chat()
    replies = await chat.send(typed)
    assert replies[0].text.startswith("📞 Numéro")  # its ARCEP allocation, as when typed alone
    assert "gf:verify_bailiff" in chat.buttons()
    assert "gf:court_and_enforcement" not in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    ["il se presente comme commissaire de justice au telephone", "jai eu un appel d un huissier"],
)
async def test_a_bailiff_contact_without_a_number_gets_the_verify_bailiff_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:verify_bailiff" in chat.buttons()
    assert "📞" not in chat.text


@pytest.mark.parametrize("typed", ["l'huissier va venir saisir mes meubles ?", "c quoi un titre executoire"])
async def test_a_question_on_what_a_bailiff_may_do_keeps_the_judge_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:court_and_enforcement" in chat.buttons()
    assert "gf:verify_bailiff" not in chat.buttons()


# --- 6. Call hours: the half of the moment given is taken, only the other half asked ---------------------------------


@pytest.mark.parametrize(
    ("typed", "answer", "day"),
    [
        ("ils mappellent a 7h du mat c legal", "dimanche", "dimanche"),
        ("ils m appellent a 7h c normal ?", "hier", "samedi"),  # the harness's "now" is Sunday 22/11/2026
        ("recouvreur qui appelle le 1er janvier c legal", "vers 9h", "1er janvier"),
        ("ils m'appellent le dimanche c legal", "a 8h", "dimanche"),
    ],
)
async def test_half_a_moment_given_is_kept_and_only_the_other_half_asked(
    typed: str, answer: str, day: str
) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Aucune loi ne fixe")  # honest: no law fixes a collector's hours
    assert _WHEN_ASKED not in chat.text
    await chat.send(answer)
    assert chat.text.startswith("🕘 Appel du") and day in _first(chat)


async def test_the_hour_said_is_not_asked_again() -> None:
    chat = await _chat("ils mappellent a 7h du mat c legal")
    assert "Quel jour" in chat.text and "À quelle heure" not in chat.text


async def test_the_day_said_is_not_asked_again() -> None:
    chat = await _chat("recouvreur qui appelle le 1er janvier c legal")
    assert "À quelle heure" in chat.text and "Quel jour" not in chat.text


async def test_a_new_holiday_answer_wins_over_the_question() -> None:
    chat = await _chat("recouvreur qui appelle le 1er janvier c legal", "non c'etait le 25 decembre a 9h")
    assert "25 décembre" in _first(chat)


async def test_a_question_without_any_moment_still_asks_when() -> None:
    chat = await _chat("c legal les horaires d appel des recouvreurs ?")
    assert _WHEN_ASKED in chat.text


# --- 5. A relative contacted for a debt that is not theirs: the wrong-person card, not the calls card ---------------


@pytest.mark.parametrize(
    "typed",
    [
        "ma fille de 19 ans recoit des sms de recouvrement pour une dette qu elle a pas",
        "mon fils recoit des appels pour une dette qui est pas a lui",
        "ma mere se fait harceler pour un credit qu elle a jamais fait",
    ],
)
async def test_a_relative_contacted_for_a_debt_not_theirs_gets_the_wrong_person_card(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat) == "Ce n'est pas moi : erreur de personne ou homonyme"
    assert "calls_and_harassment" not in " ".join(chat.buttons())


async def test_a_relative_called_every_day_for_their_own_debt_keeps_the_calls_card() -> None:
    chat = await _chat("ma mere recoit des appels d'edf tous les jours")
    assert "gf:calls_and_harassment" in chat.buttons()


# --- 3. A letter named by an unnamed bank or by the document itself: the letter answer of the right body ----------


@pytest.mark.parametrize(
    ("typed", "body"),
    [
        ("ma banque ma envoyé une lettre recommandée pour mon decouvert", "Votre banque"),
        ("un courrier de ma banque pour un releve de compte", "Votre banque"),
        ("j'ai recu un avis d'imposition par courrier, c'est une arnaque ?", "Finances publiques"),
        ("taxe foncière par courrier", "Finances publiques"),
        ("jai eu un courrier pour la taxe d habitation c normal", "Finances publiques"),
    ],
)
async def test_a_letter_named_by_its_kind_or_document_is_its_usual_channel(typed: str, body: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("📬") and body in _first(chat)
    assert "arnaque" not in _first(chat)
    assert "gf:verify_collector" not in chat.buttons()


async def test_a_collectors_letter_is_not_taken_for_a_banks() -> None:
    chat = await _chat("intrum m'a envoyé une lettre pour une dette de ma banque")
    assert "📬 Votre banque" not in chat.text


# --- 4. A call told about an organisation whose only rule is about SMS: the generic steps, never that rule ---------


@pytest.mark.parametrize(
    "typed",
    [
        "on m a appelé en se faisant passer pour ameli pour ma mutuelle",
        "jai eu un appel soi disant de l assurance maladie pour ma carte vitale",
    ],
)
async def test_a_call_never_gets_a_rule_about_sms(typed: str) -> None:
    chat = await _chat(typed)
    assert "par SMS" not in chat.text
    assert "ne rappelez pas le numéro donné" in chat.text  # the generic verification steps
    assert "Si vous avez le numéro qui a appelé" in chat.text
