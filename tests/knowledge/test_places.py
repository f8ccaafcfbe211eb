"""The French place names and local public-body words are sourced, dated and validated at load: a truncated,
unsorted or hand-edited list fails loudly, naming the file."""

from __future__ import annotations

import pytest

from knowledge import places
from knowledge.base import KnowledgeError, load_file
from knowledge.places_import import forms


def test_the_communes_departments_and_regions_are_there_folded() -> None:
    known = places.load()
    assert len(known.names) >= places.MIN_NAMES
    for name in ("mirepoix", "bourgenbresse", "saintjeandeluz", "stjeandeluz", "gironde", "bretagne"):
        assert name in known.names, name
    assert "paris" in known.names and "lyon" not in known.names  # four letters: too often a piece of a word
    assert {"mairie", "ville", "cc", "sdis", "agglo", "tourisme"} <= known.body_words


def test_a_name_is_folded_joined_and_kept_from_five_letters() -> None:
    assert forms("L'Abergement-Clémenciat") == {"labergementclemenciat", "abergementclemenciat"}
    assert forms("Saint-Jean-de-Luz") == {"saintjeandeluz", "stjeandeluz"}
    assert forms("Œuilly") == {"oeuilly"}
    assert forms("Gex") == set()


def test_the_source_is_recorded_with_its_version_and_date() -> None:
    meta = load_file(places.FILE, places.PlacesFile)
    assert meta.names.package == "@etalab/decoupage-administratif" and meta.names.version
    assert "sha256" in meta.names.files and "INSEE" in meta.names.source
    assert all(group.source and group.checked for group in meta.bodies)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abbeville\nbourgenbresse\ngex\n", "5 lettres"),
        ("bourgenbresse\nabbeville\n", "triés"),
        ("abbeville\nabbeville\n", "triés"),
        ("Abbeville\n", "5 lettres"),
        ("abbeville\nbourgenbresse\n", "3 annoncés"),
    ],
)
def test_a_wrong_list_is_refused(text: str, problem: str) -> None:
    with pytest.raises(KnowledgeError, match=problem):
        places.parse_names(text, 3 if "annoncés" in problem else text.count("\n"), "places_fr.txt")


def test_a_public_body_word_with_a_hyphen_or_accent_is_refused() -> None:
    with pytest.raises(ValueError, match="public-body word"):
        places.Bodies.model_validate({"source": "x", "checked": "2026-12-01", "words": ["office-tourisme"]})
    with pytest.raises(ValueError, match="public-body word"):
        places.Bodies.model_validate({"source": "x", "checked": "2026-12-01", "words": ["région"]})
