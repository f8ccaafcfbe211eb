"""The French calendar words: one table, read by every date parser and the dialogues, checked at load."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.calendar_fr import french
from checks.dates import parse_date
from knowledge import words_fr
from knowledge.base import KnowledgeError, read_toml, validate

DATA = Path(words_fr.__file__).parent / "data" / "words_fr.toml"


def test_every_month_is_read_in_full_abbreviated_and_without_accents() -> None:
    today = date(2026, 11, 30)
    assert parse_date("fevrier 2022", today).value == date(2022, 2, 1)
    assert parse_date("15 aout 2024", today).value == date(2024, 8, 15)
    assert parse_date("déc. 2023", today).value == date(2023, 12, 1)
    assert french(date(2024, 2, 29)) == "29 février 2024"


def test_a_form_given_for_two_months_is_refused(tmp_path: Path) -> None:
    raw = read_toml(DATA)
    raw["month"][1]["forms"].append("mar")  # type: ignore[index]
    with pytest.raises(KnowledgeError, match="mar"):
        validate(tmp_path / "words_fr.toml", raw, words_fr.WordsFile)


def test_a_form_with_an_accent_is_refused(tmp_path: Path) -> None:
    raw = read_toml(DATA)
    raw["month"][7]["forms"] = ["août"]  # type: ignore[index]
    with pytest.raises(KnowledgeError, match="folded"):
        validate(tmp_path / "words_fr.toml", raw, words_fr.WordsFile)
