"""What a seizure must leave: people who ask "c'est quoi le reste à vivre" or "ils peuvent tout prendre sur mon
compte ?" get the unseizable bank balance, the salary scale, the goods needed to live and the over-indebtedness
"reste à vivre", and the details say who may seize at all. Left by the second regression hunt
(docs/usertest-2026-11-30.md)."""

from __future__ import annotations

from datetime import date

import pytest

from checks.understand import understand
from knowledge import guide
from tests.chat_harness import Chat

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "typed",
    [
        "c'est quoi le reste à vivre",
        "cest quoi le reste a vivre ??",
        "ils peuvent tout prendre sur mon compte ?",
        "combien ils peuvent saisir sur mon salaire",
        "l'huissier va tout me prendre ?",
        "si ils saisissent mon compte il me reste combien",
        "c quoi le sbi",
        "solde bancaire insaisissable c est combien",
    ],
)
def test_what_a_seizure_leaves_is_the_route(typed: str) -> None:
    assert understand(typed, TODAY).route == "seizure_leaves"


async def test_the_card_opens_with_the_unseizable_balance_and_its_details_say_who_may_seize() -> None:
    chat = Chat()
    await chat.send("c'est quoi le reste à vivre")
    assert "solde bancaire insaisissable" in chat.text
    assert "RSA" in chat.text
    assert "pas bien compris" not in chat.text
    await chat.press("gf:seizure_leaves")
    assert "R162-2" in chat.text and "titre" in chat.text


async def test_a_bailiff_who_wants_the_salary_gets_what_must_be_left() -> None:
    chat = Chat()
    await chat.send("un huissier veut saisir mon salaire, combien ils peuvent prendre ?")
    assert chat.text.startswith("Ce qu'une saisie doit vous laisser")
    assert "barème" in chat.text


def test_the_card_cites_its_rules_and_says_amounts_change() -> None:
    card = guide.load().card("seizure_leaves")
    for rule in ("R162-2", "R3252-2", "R3252-5", "R112-2", "L731-3"):
        assert rule in card.body
    assert "1er avril" in card.body  # no figure frozen in the card: the RSA moves every April
    assert any("banque-france.fr" in s.url for s in card.sources)


@pytest.mark.parametrize(
    ("typed", "route"),
    [
        ("intrum peut saisir mon salaire ?", "bailiff"),  # who may seize: the court card
        ("je n'ai plus de quoi vivre avec ces dettes", "overindebtedness"),  # money short, not a seizure
        ("saisir la cnil", "gdpr"),
    ],
)
def test_near_questions_keep_their_own_answer(typed: str, route: str) -> None:
    assert understand(typed, TODAY).route == route
