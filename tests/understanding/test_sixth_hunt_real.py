"""The sixth hunt's real phrasings (tests/understanding/sixth_hunt_real.toml, each with its public page): 18/31
routed right before any change, 29/31 after. The two left are named here, so a change that fixes or breaks
one is seen."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from checks.understand import understand
from tests.understanding.report import destination

TODAY = date(2026, 12, 2)
_PHRASINGS = tomllib.loads((Path(__file__).parent / "sixth_hunt_real.toml").read_text(encoding="utf-8"))[
    "phrasing"
]
# Still routed elsewhere (docs/usertest-2026-11-30.md, "Sixième chasse"): harassment told beside a "dette forclose"
# goes to the prescription dialogue (the calls card is offered first among its points); a page title asking
# whether Hoist is a "partner or a vulture" gets the list of cards.
_LEFT = {
    "cette societe me harcele pour une dette forclose",
    "hoist finance : partenaire des debiteurs ou vautour",
}


def _left(quote: str) -> bool:
    return any(quote.startswith(start) for start in _LEFT)


def test_every_phrasing_has_its_page() -> None:
    assert len(_PHRASINGS) >= 25
    assert all(item["url"].startswith("http") and item["quote"] and item["route"] for item in _PHRASINGS)


@pytest.mark.parametrize(
    "item", [p for p in _PHRASINGS if not _left(p["quote"])], ids=lambda p: p["quote"][:40]
)
def test_a_real_phrasing_gets_its_answer(item: dict[str, str]) -> None:
    assert destination(understand(item["quote"], TODAY).route) == destination(item["route"])


def test_the_two_left_are_still_where_the_hunt_found_them() -> None:
    left = [p for p in _PHRASINGS if _left(p["quote"])]
    assert [understand(p["quote"], TODAY).route for p in left] == ["prescription", "rights"]
    assert "harassment" in understand(left[0]["quote"], TODAY).topics


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("je veux une lettre pour contester", "contest_debt"),
        ("courrier pour demander la preuve de la dette", "contest_debt"),
        ("modele de lettre pour invoquer la prescription", "invoke_prescription"),
        ("lettre type pour une dette prescrite", "invoke_prescription"),
        ("lettre pour demander la preuve de la cession", "assignment_proof"),
        ("ecrire une lettre pour qu'ils arretent de m'appeler", "stop_calls"),
        ("je voudrais une lettre pour saisir le mediateur", "refer_to_mediator"),
        ("je veux ecrire une lettre", None),
    ],
)
def test_a_letter_asked_with_its_subject_names_that_letter(typed: str, letter: str | None) -> None:
    seen = understand(typed, TODAY)
    assert seen.route == "letter" and seen.letter == letter


def test_a_subject_without_a_request_for_a_letter_names_no_letter() -> None:
    seen = understand("j'ai recu un courrier, ma dette est prescrite ?", TODAY)
    assert seen.route == "prescription" and seen.letter is None


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai eu un message de l'huissier : il passe demain, il peut saisir ma tele ?",
        "jai recu un mail de intrum: je dois payer ?",
    ],
)
def test_the_persons_own_question_after_a_colon_is_not_a_quoted_message(typed: str) -> None:
    assert understand(typed, TODAY).route != "check"


def test_an_old_date_beside_a_claim_is_the_prescription_question_but_a_recent_one_is_not() -> None:
    assert understand("cofidis me reclame un credit de 2012, c'est normal ?", TODAY).route == "prescription"
    assert understand("ma dette remonte a plus de 10 ans, ils ont le droit ?", TODAY).route == "prescription"
    assert understand("on me reclame 300 euros, ils ont le droit ?", TODAY).route == "rights"
