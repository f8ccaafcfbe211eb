"""The eighth batch's check of the link model as a verdict outside places: its rule is fixed and printed, it runs
(and says so) without the eighth batch, each rule can fail, and on the tuning halves the candidate does what the
report says (no legitimate tuning link added, phishing gained)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from checks import link_model
from tests.realdata import batch8_model_check as check


def test_the_ship_rule_is_written_at_the_top_with_its_five_conditions() -> None:
    doc = check.__doc__ or ""
    rule = doc.split("\n\n")[1]
    assert rule.startswith("SHIP RULE")
    for condition in (
        "batch 8 is present",
        ">= 2.0 points",
        "0.5 %",
        "hard",
        "HELD-OUT",
        "ordinary-name guards",
    ):
        assert condition in rule
    assert "VERDICT_OUTSIDE_PLACES = True" in doc
    assert check.MIN_GAIN_POINTS == 2.0
    assert check.MAX_LEGIT_ADDED_SHARE == check.MAX_HELD_OUT_FLAGGED_SHARE == 0.005


def test_without_the_eighth_batch_the_script_prints_the_rule_and_decides_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check, "batch8_present", lambda: False)
    read: list[str] = []
    original = check._lines

    def lines(name: str) -> Iterator[dict[str, Any]]:
        read.append(name)
        return original(name)

    monkeypatch.setattr(check, "_lines", lines)
    assert check.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SHIP RULE")
    assert "batch 8 absent" in out
    assert "DECISION: do NOT ship - batch 8 absent: no decision" in out
    assert "ordinary names: 104 links" in out and "added by the candidate 0" in out
    assert read == []  # no held-out half is read without the eighth batch
    assert link_model.VERDICT_OUTSIDE_PLACES is False  # the script never flips the shipped switch


def _tally(name: str, total: int, shipped: int, candidate: int, added: int) -> check.Tally:
    return check.Tally(name, total, shipped, candidate, added)


def _decide(**changes: check.Tally | None) -> check.Decision:
    given: dict[str, Any] = {
        "phishing": _tally("p", 300, 200, 207, 7),
        "legit": _tally("l", 400, 2, 4, 2),
        "hard": _tally("h", 40, 1, 1, 0),
        "held_out": _tally("ho", 1103, 3, 5, 2),
        "ordinary": _tally("o", 104, 3, 3, 0),
    }
    given.update(changes)
    return check.decide(**given)


def test_the_candidate_ships_only_when_every_rule_holds() -> None:
    assert _decide().ships
    assert not _decide(phishing=_tally("p", 300, 200, 205, 5)).ships  # +1.7 points
    assert not _decide(legit=_tally("l", 400, 2, 5, 3)).ships  # 3 added > 2 allowed
    assert not _decide(hard=_tally("h", 40, 1, 2, 1)).ships  # a hard name added
    assert not _decide(held_out=_tally("ho", 1103, 3, 6, 3)).ships  # 6 > 5 (0.5 % of 1,103)
    assert not _decide(ordinary=_tally("o", 104, 3, 4, 1)).ships
    assert check.legit_allowance(199) == 0 and check.legit_allowance(400) == 2
    assert check.held_out_allowance(1103) == 5


def test_without_the_eighth_batch_rule_5_is_still_reported() -> None:
    decision = _decide(phishing=None, held_out=None, ordinary=_tally("o", 104, 3, 4, 1))
    assert not decision.ships
    assert decision.reasons == ("batch 8 absent: no decision", "rule 5: ordinary names added 1")


def test_on_the_tuning_halves_the_candidate_adds_phishing_and_no_legitimate_link() -> None:
    tallies = check.tuning_report()
    assert all("held" not in t.name and "batch8" not in t.name for t in tallies)
    phishing = check.pooled("phishing", [t for t in tallies if t.name.startswith("phishing")])
    legit = check.pooled("legit", [t for t in tallies if t.name.startswith("legit")])
    assert phishing.total > 1400 and legit.total > 2000
    assert legit.added == 0
    # 52 of 1,501 when written (+3.5 points); the caution the model gives everywhere else stays a caution
    assert phishing.added >= 45 and phishing.candidate - phishing.shipped == phishing.added
