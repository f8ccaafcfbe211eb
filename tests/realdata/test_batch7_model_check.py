"""The seventh batch's link-model check: its rule is fixed and printed, its candidates come from tuning halves only.

``batch7_model_check`` decides whether a candidate of ``link_candidates`` replaces the shipped link model; these
tests keep it honest: the rule sits at the top and is printed, the script runs (and says so) without the seventh
batch, each rule can fail, and every candidate file is what its training gives from tuning halves only (no
held-out item, nothing of the seventh batch; the shipped model's input-hash recipe).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.realdata import batch7_model_check as check
from tests.realdata import link_candidates as candidates
from tests.realdata import link_model_eval as evaluation
from tests.realdata.split import CORPORA_DIR

FILES = {name: candidates.CANDIDATES_DIR / f"link_model_{name}.json" for name in candidates.NAMES}


@pytest.fixture(scope="module")
def data() -> list[evaluation.Example]:
    return candidates.examples()


def _lines(name: str) -> list[dict[str, Any]]:
    text = (CORPORA_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_ship_rule_is_written_at_the_top_with_its_five_conditions() -> None:
    doc = check.__doc__ or ""
    rule = doc.split("\n\n")[1]
    assert rule.startswith("SHIP RULE")
    for condition in (
        "batch 7 is present",
        ">= 3.0 points",
        "0.5 %",
        "hard",
        "HELD-OUT",
        "ordinary-name guards",
    ):
        assert condition in rule
    assert check.MIN_GAIN_POINTS == 3.0 and check.MAX_LEGIT_ADDED_SHARE == 0.005


def test_without_the_seventh_batch_the_script_prints_the_rule_and_decides_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The batch is here since 1/12 (the integrator's one run per candidate decided: none ships, docs/detection.md);
    # the path a future candidate's dry run takes is pinned as if it were not.
    monkeypatch.setattr(check, "batch7_present", lambda: False)
    assert check.main(["--candidate", str(FILES["strict"])]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SHIP RULE")
    assert "batch 7 absent" in out
    assert "DECISION: do NOT ship - batch 7 absent: no decision" in out
    assert out.count("held-out:") == len(check.HELD_OUT_LEGIT)
    assert "ordinary names: 104 links" in out


def _tally(name: str, total: int, shipped: int, candidate: int, added: int) -> check.Tally:
    return check.Tally(name, total, shipped, candidate, added)


def _decide(**changes: check.Tally | list[check.Tally] | None) -> check.Decision:
    given: dict[str, Any] = {
        "phishing": _tally("p", 300, 200, 210, 10),
        "legit": _tally("l", 400, 4, 5, 1),
        "hard": _tally("h", 40, 4, 4, 0),
        "held_out": [_tally("b4", 100, 1, 1, 0)],
        "ordinary": _tally("o", 104, 3, 3, 0),
    }
    given.update(changes)
    return check.decide(**given)


def test_a_candidate_ships_only_when_every_rule_holds() -> None:
    assert _decide().ships
    assert not _decide(phishing=_tally("p", 300, 200, 208, 8)).ships  # +2.7 points
    assert not _decide(legit=_tally("l", 400, 4, 7, 3)).ships  # 3 added > 2 allowed
    assert not _decide(hard=_tally("h", 40, 4, 5, 1)).ships  # a hard name over the shipped model's
    assert not _decide(held_out=[_tally("b4", 100, 1, 2, 1)]).ships
    assert not _decide(ordinary=_tally("o", 104, 3, 4, 1)).ships
    assert check.legit_allowance(199) == 0 and check.legit_allowance(400) == 2


def test_without_the_seventh_batch_rules_4_and_5_are_still_reported() -> None:
    decision = _decide(
        phishing=None, held_out=[_tally("b4", 100, 1, 2, 1)], ordinary=_tally("o", 104, 3, 4, 1)
    )
    assert not decision.ships
    assert decision.reasons == (
        "batch 7 absent: no decision",
        "rule 4: b4 added 1",
        "rule 5: ordinary names added 1",
    )


def test_candidates_are_trained_on_tuning_halves_only_and_never_the_seventh_batch(
    data: list[evaluation.Example],
) -> None:
    trained = {e.host for e in data}
    tuning: set[str] = set()
    held_out: set[str] = set()
    for source in candidates.SOURCES:
        for name, _ in source.files:
            for item in _lines(name):
                host = evaluation.host_of(str(item["text"]))
                if host is None:
                    continue
                whole = source.part_of is None or source.part_of(str(item["id"])) == "tuning"
                (tuning if whole else held_out).add(host)
    assert len(held_out) > 900
    assert trained <= tuning
    assert {s for e in data for s in e.sources} == {s.name for s in candidates.SOURCES}
    assert not any("batch7" in s.name or "batch7" in f for s in candidates.SOURCES for f, _ in s.files)
    # the sixth batch's hard legitimate names of its tuning half are among the legitimate examples
    hard = candidates.hard_legit_hosts()
    assert len(hard) >= 20 and hard <= {e.host for e in data if not e.phishing}


def test_each_candidate_file_is_what_its_training_gives(data: list[evaluation.Example]) -> None:
    everything = evaluation.trained(data)
    inputs = candidates.inputs_sha256(data)
    for name, path in FILES.items():
        shipped = candidates.load(path)
        assert shipped.inputs_sha256 == inputs, "inputs changed: python -m tests.realdata.link_candidates"
        again = candidates.candidate_of(name, everything, inputs)
        assert (again.weights, again.bias) == (shipped.weights, shipped.bias)
        assert (again.threshold, again.scenario_threshold) == (shipped.threshold, shipped.scenario_threshold)
        header = json.loads(Path(path).read_text(encoding="utf-8"))["training"]
        assert len(header["leave_one_batch_out"]) == len(candidates.LEFT_OUT)


def test_the_stricter_candidates_never_sit_under_the_retrain_threshold() -> None:
    retrain, strict, scenario = (candidates.load(FILES[name]) for name in candidates.NAMES)
    assert retrain.scenario_threshold is None and strict.scenario_threshold is None
    assert retrain.threshold <= strict.threshold == scenario.threshold
    assert scenario.scenario_threshold is not None and scenario.scenario_threshold >= scenario.threshold


def test_the_scenario_gate_opens_only_on_scenario_words_the_rules_did_not_weigh() -> None:
    assert candidates.scenario_only("suivie-colis.fr")
    assert candidates.scenario_only("sante-carte.fr")
    assert not candidates.scenario_only("boulangerie-martin.fr")  # no scenario word: the shipped gate's
    assert not candidates.scenario_only("colis-laposte-suivi.fr")  # a brand: never the model's
