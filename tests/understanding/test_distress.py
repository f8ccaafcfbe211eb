"""Distress is recognised in the ways people really write it, and ordinary look-alikes stay ordinary."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checks.distress import detect, is_distress
from knowledge import intents

_SET = tomllib.loads((Path(__file__).parent / "distress_phrasings.toml").read_text(encoding="utf-8"))
DISTRESS: list[str] = _SET["distress"]
ORDINARY: list[str] = _SET["ordinary"]


def test_the_labelled_set_is_large_enough() -> None:
    assert len(DISTRESS) + len(ORDINARY) >= 200
    assert len(set(DISTRESS) & set(ORDINARY)) == 0


def test_every_distress_phrasing_is_caught() -> None:
    missed = [text for text in DISTRESS if not is_distress(text)]
    assert missed == []


def test_false_alarms_on_ordinary_messages_stay_at_most_two_percent() -> None:
    alarms = [text for text in ORDINARY if is_distress(text)]
    assert len(alarms) <= 0.02 * len(ORDINARY), alarms


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des idées suicidaires",
        "jen ai marre de vivre avec ces dettes",
        "je n'en peux plus j'ai envie d'en finir",
        "me foutre en l'air",
    ],
)
def test_the_failures_quoted_in_issue_13_are_distress(text: str) -> None:
    assert is_distress(text)
    assert intents.load().is_distress(text)


@pytest.mark.parametrize(
    "text", ["cette dette me tue de rire", "je suis mort de fatigue", "j'en ai marre de ce recouvreur"]
)
def test_the_look_alikes_quoted_in_issue_13_are_ordinary(text: str) -> None:
    assert not is_distress(text)
    assert not intents.load().is_distress(text)


def test_a_suicide_word_is_explicit_and_exhaustion_is_told_apart() -> None:
    explicit = detect("jai des idee suicidaire")
    tired = detect("chui au bout du rouleau")
    assert explicit is not None and explicit.kind == "explicit"
    assert tired is not None and tired.kind == "exhaustion"


def test_ending_a_matter_is_not_ending_a_life() -> None:
    assert not is_distress("je veux en finir avec cette dette, je peux payer en 3 fois ?")
    assert is_distress("je veux en finir avec la vie")
    assert is_distress("je veux en finir")
