"""Held-out targets on REAL messages (tests/realdata/corpora, split fixed by tests/realdata/split.py).

Issue 10 sets the targets: scams flagged >= 95 %, genuine messages called likely_scam <= 2 %. Rules are tuned
on the tuning part only; these tests read the held-out part, through the ``check --jsonl`` path, so a later
change cannot silently lose what was reached.

Honest status: the genuine target is met (0/5 held-out genuine messages flagged at all); the scam target is NOT
reached on the held-out part: 55/61 (90 %) flagged at the last measure (third round; 54/61 before it), after the shape layer and the word model
(``checks/message_shape.py``, ``checks/message_model.py``), against 36/55 (65 %) before them. Six of those 61 are
items added from public pages in the same round (``messages_extra.jsonl``, split by the same function of the
id). The floor below is what was reached, so it guards against regressions; raise it as detection improves, never
lower it to make a change pass (it was lowered once, from 0.69 to 0.65, when new held-out items gathered from
public pages were added, not because of a rule change).
"""

from __future__ import annotations

import json

import pytest

from tests.realdata.messages_report import MESSAGE_FILES, Outcome, rate, run, table
from tests.realdata.split import CORPORA_DIR

HELD_OUT_SCAMS_FLAGGED_FLOOR = (
    0.90  # 55/61 at the third round; target 0.95, not reached: see the module docstring
)
HELD_OUT_GENUINE_CALLED_SCAM_CEILING = 0.02  # target, reached
# Scams called likely_scam (not only suspicious): 16/61 at round 6 (30/11/2026), measured once at its end. Most
# held-out scams keep only their story: the corpus cut their links and anonymised their numbers ([TEL]), and the
# rule of issue 10 keeps a story without an unofficial contact at "suspicious".
HELD_OUT_SCAMS_CALLED_SCAM_FLOOR = 0.26


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    result = run()
    print("\n" + table(result))  # with pytest -s: the table of the report
    return result


def held_out(outcomes: list[Outcome], label: str) -> list[Outcome]:
    return [o for o in outcomes if o.part == "held_out" and o.label == label]


def test_the_held_out_part_is_large_enough_to_mean_something(outcomes: list[Outcome]) -> None:
    assert len(held_out(outcomes, "scam")) >= 40
    assert len(held_out(outcomes, "genuine")) >= 4


def test_held_out_scams_flagged_do_not_fall_below_what_was_reached(outcomes: list[Outcome]) -> None:
    hits, total = rate(held_out(outcomes, "scam"), flagged=True)
    assert hits / total >= HELD_OUT_SCAMS_FLAGGED_FLOOR, f"{hits}/{total}"


def test_held_out_scams_called_likely_scam_do_not_fall_below_what_was_reached(
    outcomes: list[Outcome],
) -> None:
    hits, total = rate(held_out(outcomes, "scam"), flagged=False)
    assert hits / total >= HELD_OUT_SCAMS_CALLED_SCAM_FLOOR, f"{hits}/{total}"


def test_held_out_genuine_messages_are_almost_never_called_scams(outcomes: list[Outcome]) -> None:
    hits, total = rate(held_out(outcomes, "genuine"), flagged=False)
    assert hits / total <= HELD_OUT_GENUINE_CALLED_SCAM_CEILING, f"{hits}/{total}"


def test_the_tuning_part_keeps_what_it_was_tuned_to(outcomes: list[Outcome]) -> None:
    tuning = [o for o in outcomes if o.part == "tuning"]
    hits, total = rate([o for o in tuning if o.label == "scam"], flagged=True)
    assert hits / total >= 0.90, f"{hits}/{total}"
    assert rate([o for o in tuning if o.label == "genuine"], flagged=True)[0] == 0


def test_every_extra_message_is_sourced_and_shaped_like_the_original_corpus() -> None:
    assert "messages_extra" in MESSAGE_FILES
    seen: set[str] = set()
    originals = {
        json.loads(line)["text"].strip().lower()
        for line in (CORPORA_DIR / "messages_real.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    for line in (CORPORA_DIR / "messages_extra.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        assert set(item) == {"id", "text", "label", "channel", "brand", "scenario", "source"}
        assert item["id"].startswith("extra-") and item["id"] not in seen
        seen.add(item["id"])
        assert item["label"] in {"scam", "genuine"}
        assert item["source"]["url"].startswith(("https://", "http://"))
        assert item["text"].strip().lower() not in originals, item["id"]
    assert len(seen) >= 20
