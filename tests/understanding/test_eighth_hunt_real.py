"""The eighth hunt's real phrasings (tests/understanding/eighth_hunt_real.toml, each with its public page): 18/32
routed right before any change. The ones left are named here with where they go, so a change that fixes or breaks
one is seen."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from checks.understand import understand
from tests.understanding.report import destination

TODAY = date(2026, 12, 2)
_PHRASINGS = tomllib.loads((Path(__file__).parent / "eighth_hunt_real.toml").read_text(encoding="utf-8"))[
    "phrasing"
]
# Still routed elsewhere, with where they go (docs/usertest-2026-11-30.md, "Huitième chasse").
_LEFT: dict[str, str] = {
    "sans prevenir, ma banque a bloque": "bailiff",
    "harcele quotidiennement": "overindebted_file",
    "23 heures, une femme du service fraude": "unclear",
    "il m'a dit que des fraudeurs": "unclear",
    "j'ai recu un lien d'un numero inconnu": "unclear",
    "des operateurs de telephonie": "unclear",
    "dette apres 5 ans": "report",
    "il y a quelques jours, j'ai recu une facture de l'hopital": "unclear",
    "lettre type : demande d'acces": "letter",
    "je me demandais chaque jour": "unclear",
    "delai pour le defichage": "unclear",
    "je me reveillais a 3 heures": "unclear",
    "je suffoquais chaque mois": "unclear",
    "je me suis endettee completement": "unclear",
}


def _left(quote: str) -> str | None:
    return next((route for start, route in _LEFT.items() if quote.startswith(start)), None)


def test_every_phrasing_has_its_page() -> None:
    assert len(_PHRASINGS) >= 30
    assert all(item["url"].startswith("http") and item["quote"] and item["route"] for item in _PHRASINGS)
    assert len({item["quote"] for item in _PHRASINGS}) == len(_PHRASINGS)
    assert all(_left(start) is not None for start in _LEFT)  # each name matches its own quote
    assert all(any(p["quote"].startswith(start) for p in _PHRASINGS) for start in _LEFT)


@pytest.mark.parametrize(
    "item", [p for p in _PHRASINGS if _left(p["quote"]) is None], ids=lambda p: p["quote"][:40]
)
def test_a_real_phrasing_gets_its_answer(item: dict[str, str]) -> None:
    assert destination(understand(item["quote"], TODAY).route) == destination(item["route"])


@pytest.mark.parametrize(
    "item", [p for p in _PHRASINGS if _left(p["quote"]) is not None], ids=lambda p: p["quote"][:40]
)
def test_the_ones_left_are_still_where_the_hunt_found_them(item: dict[str, str]) -> None:
    got = understand(item["quote"], TODAY).route
    assert got == _left(item["quote"])
    assert destination(got) != destination(item["route"])
