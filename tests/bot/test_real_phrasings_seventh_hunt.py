"""What people wrote on public pages in the seventh hunt (02/12/2026, tests/understanding/seventh_hunt_real.toml,
docs/usertest-2026-11-30.md "Septième chasse"), through the whole conversation: how often the calls come, an old
bill "still to pay?", a token euro asked, what a named collector is, any "injonction", an e-mail said to come from
the police (the fake-summons scenario), a sum denied. Each phrasing from a page comes with one typed the way people type, so the rule is a
family, not a string; distress still comes first."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_NOT_UNDERSTOOD = "pas bien compris"


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "toutes les 40 minutes, le telephone sonne. l'agent de recouvrement reclame 150$. j'ai beau lui expliquer"
        " qu'il s'agit d'une erreur de facturation, il ne veut rien entendre",
        "ils vont continuer a me telephoner encore et encore...",
        "ils mappellent toute les 10 min",
    ],
)
async def test_how_often_they_call_gets_the_calls_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:calls_and_harassment" in chat.buttons()
    assert _NOT_UNDERSTOOD not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "des annees apres qu'il ait travaille chez moi, mon entrepreneur m'envoie encore une facture. dois-je encore la"
        " payer ?",
        "certaines societes m'ont appele pour me demander de leur envoyer 1 euro, alors que je leur en devais 100 000",
        "jdoi encor la payer ? c une facture de 2018",
    ],
)
async def test_an_old_bill_still_to_pay_or_a_token_euro_opens_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert any(button.startswith("p:t:") for button in chat.buttons())
    assert "payez" not in chat.text.lower()


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai recu un mail de la gendarmerie qui mentionne une convocation en justice pour avoir visualise des videos,"
        " je suis invite a comparaitre devant le tribunal",
        "jai recu un mail de la police ki me convoque",
    ],
)
async def test_an_email_said_from_the_police_is_told_as_the_fake_summons_scenario(typed: str) -> None:
    chat = await _chat(typed)
    assert "fausse convocation" in chat.text
    assert "gf:court_and_enforcement" not in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "quelle valeur a une lettre d'injonction : est-ce un courrier que l'on peut ignorer ou mieux vaut-il y repondre ?",
        "c koi une injonction",
    ],
)
async def test_an_injonction_named_any_way_gets_the_court_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:court_and_enforcement" in chat.buttons()


@pytest.mark.parametrize(
    ("typed", "card"),
    [
        ("qu'est-ce qu'intrum justitia ? pourquoi m'adresse-t-elle ce type de courrier ?", "gf:intrum_facts"),
        ("je ne dois pas la somme qu'on me reclame. comment reagir ?", "gf:situation_wrong_person"),
        ("je doit pas cette somme", "gf:situation_wrong_person"),
        ("g deja payer mais ils me relance", "gf:situation_already_paid"),
    ],
)
async def test_what_the_company_is_a_sum_denied_or_paid_get_their_card(typed: str, card: str) -> None:
    chat = await _chat(typed)
    assert card in chat.buttons()


async def test_despair_over_an_eviction_comes_first() -> None:
    chat = await _chat(
        "je suis en surendettement et je n'ai pas paye mon loyer depuis plusieurs mois. un huissier est devant ma porte"
        " avec un arrete d'expulsion. je suis mort de desespoir, de souffrance, de culpabilisation et d'humiliation"
    )
    assert "3114" in chat.text.split("\n")[1]
    assert "gf:court_and_enforcement" not in chat.buttons()
