"""The seventh hunt's real phrasings (tests/understanding/seventh_hunt_real.toml, each with its public page): 17/34
routed right before any change, 33/34 after. The one left is named here, so a change that fixes or breaks it
is seen."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from checks.understand import Sent, understand
from tests.understanding.report import destination

TODAY = date(2026, 12, 2)
_PHRASINGS = tomllib.loads((Path(__file__).parent / "seventh_hunt_real.toml").read_text(encoding="utf-8"))[
    "phrasing"
]
# Still routed elsewhere (docs/usertest-2026-11-30.md, "Septième chasse"): robot calls "le soir" about debts the
# person does not have get the call-time question (was it a lawful hour?) rather than the calls card; both are
# answers about those calls, and "le soir" is the one fact the text gives.
_LEFT = {"une machine me telephone le soir"}


def _left(quote: str) -> bool:
    return any(quote.startswith(start) for start in _LEFT)


def test_every_phrasing_has_its_page() -> None:
    assert len(_PHRASINGS) >= 30
    assert all(item["url"].startswith("http") and item["quote"] and item["route"] for item in _PHRASINGS)
    assert len({item["quote"] for item in _PHRASINGS}) == len(_PHRASINGS)


@pytest.mark.parametrize(
    "item", [p for p in _PHRASINGS if not _left(p["quote"])], ids=lambda p: p["quote"][:40]
)
def test_a_real_phrasing_gets_its_answer(item: dict[str, str]) -> None:
    assert destination(understand(item["quote"], TODAY).route) == destination(item["route"])


def test_the_one_left_is_still_where_the_hunt_found_it() -> None:
    left = [p for p in _PHRASINGS if _left(p["quote"])]
    assert [understand(p["quote"], TODAY).route for p in left] == ["calltime"]


# The same families typed the way they reach the bot, sms-style and misspelt.
@pytest.mark.parametrize(
    ("typed", "route"),
    [
        ("jdoi encor la payer ? c une facture de 2018", "prescription"),
        ("apres tout ce temps ils peuvent me reclamer ?", "prescription"),
        ("des annees apres ils m envoient une facture, dois je encore la payer", "prescription"),
        ("ils mon demander d envoyer 1 euro", "goodwill_payment"),
        ("ils mappellent toute les 10 minutes", "harassment"),
        ("ils m'appellent toutes les 10 min", "harassment"),
        ("ils vont continuer a mapeller encore et encore", "harassment"),
        ("kesako intrum", "collector_identity"),
        ("kesako iqera ?", "collector_identity"),
        ("pourquoi ce courrier de iqera ?", "collector_identity"),
        ("c koi une injonction de payer", "bailiff"),
        ("jai recu un mail de la police ki me convoque", "check"),
        ("un mail de la gendarmerie me dit de payer une amende", "check"),
        ("je doit pas cette somme", "not_my_debt"),
        ("g deja payer mais ils me relance", "already_paid"),
        ("cette dette est elle reel ?", "first_letter"),
        ("on m'appelle pour faire isoler la maison, c'est des appels commerciaux", "canvassing"),
    ],
)
def test_the_same_family_typed_sms_style(typed: str, route: str) -> None:
    assert destination(understand(typed, TODAY).route) == destination(route)


def test_the_briefs_own_phrasings() -> None:
    assert understand("c quoi intrum ?? c une arnaque ou pas", TODAY).route == "collector_identity"
    old_bill = "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans"
    assert understand(old_bill, TODAY).route == "prescription"
    assert understand("jen ai marre de vivre avec ces dettes", TODAY).sent is Sent.distress


def test_paying_in_instalments_is_still_the_payment_plan_but_saying_it_twice_is_not() -> None:
    assert understand("je peux payer en plusieurs fois ?", TODAY).route == "payment_plan"
    told = (
        "intrum me reclame 27,90 € alors que j'ai signale plusieurs fois que le paiement avait ete effectue"
    )
    assert understand(told, TODAY).route == "already_paid"


@pytest.mark.parametrize(
    "typed",
    [
        # A police officer or a court named without an e-mail from them is not the scam question.
        "je veux porter plainte a la police pour ces appels",
        # A bill's age asked about a recent bill stays a question the dialogue answers with its dates.
        "on m'a envoye 1 facture, je dois la payer ?",
        # "encore" in a balance still owed is not "still to pay after all this time".
        "il me reste encore 3 mensualites a payer",
    ],
)
def test_look_alikes_keep_their_own_answer(typed: str) -> None:
    assert understand(typed, TODAY).route not in {"scam_check", "prescription", "goodwill_payment"}


@pytest.mark.parametrize(
    "typed",
    ["qu'est-ce qu'intrum peut me faire si je paye pas ?", "qu'est ce qu'iqera a le droit de faire ?"],
)
def test_what_a_collector_may_do_is_not_who_it_is(typed: str) -> None:
    assert understand(typed, TODAY).route != "collector_identity"
