"""Pre-registered check: does a candidate link model replace the shipped one? Decided on the SEVENTH batch, whole.

SHIP RULE (written and committed on 01/12/2026 ~05:20 UTC, before any item of the seventh batch existed in this
worktree and before any run on it; the candidates were trained on tuning halves of batches 1, fresh, blind, 4, 5
and 6 only). A candidate (``--candidate PATH``, ``tests/realdata/candidates/link_model_<name>.json``) is compared
with the SHIPPED code (rules + shipped model, as ``check_link`` runs by default), link by link; "flagged" means
the verdict is suspicious or likely scam, "added" means flagged with the candidate and not with the shipped code.
The candidate SHIPS only if ALL of these hold:
  1. batch 7 is present (``phishing_batch7.jsonl`` and ``legit_batch7.jsonl``); otherwise no decision;
  2. phishing_batch7 WHOLE: flagged with the candidate minus flagged with the shipped code >= 3.0 points
     (of the number of phishing links of batch 7);
  3. legit_batch7 WHOLE: added <= 0.5 % of its links (floor; 0 below 200 links), AND its ``hard`` subset:
     flagged with the candidate <= flagged with the shipped code (none added beyond the shipped model's);
  4. every earlier HELD-OUT legitimate half (batch 1's two legit files, blind, batches 4, 5, 6): 0 added;
  5. the ordinary-name guards (the 44 names of ``link_model_eval``, the 60 of the tenth series,
     ``candidates/ordinary_links10.txt``): 0 added.
If several candidates pass, ship the one with the largest gain of rule 2; on a tie, the fewest batch 7 legit
flagged; then the first in ``link_candidates.NAMES`` order (retrain, strict, scenario). The dictionary probe
(``--probe FILE``, one host a line) is printed for information only: it is not part of the rule.
The integrator runs this ONCE per candidate on batch 7 and does not change the rule, the thresholds or the
candidates after seeing its output.

The script prints aggregates only (counts), never an item of a held-out part or of batch 7.
``python -m tests.realdata.batch7_model_check --candidate tests/realdata/candidates/link_model_strict.json``
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.realdata import link_candidates as candidates
from tests.realdata.split import (
    CORPORA_DIR,
    Part,
    batch4_part_of,
    batch5_part_of,
    batch6_part_of,
    blind_part_of,
    part_of,
)

MIN_GAIN_POINTS = 3.0
MAX_LEGIT_ADDED_SHARE = 0.005
#: The earlier held-out legitimate halves (file, split): rule 4.
HELD_OUT_LEGIT: tuple[tuple[str, Callable[[str], Part]], ...] = (
    ("legit_domains_train", part_of),
    ("legit_public_sector_train", part_of),
    ("legit_blind", blind_part_of),
    ("legit_batch4", batch4_part_of),
    ("legit_batch5", batch5_part_of),
    ("legit_batch6", batch6_part_of),
)
PHISHING7 = "phishing_batch7"
LEGIT7 = "legit_batch7"


@dataclass(frozen=True, slots=True)
class Tally:
    """Flagged by the shipped code, by the candidate, and added (candidate only) over some links."""

    name: str
    total: int
    shipped: int
    candidate: int
    added: int

    def line(self) -> str:
        return (
            f"{self.name}: {self.total} links; flagged shipped {self.shipped}, candidate {self.candidate}, "
            f"difference {self.candidate - self.shipped:+d}; added by the candidate {self.added}"
        )


def tally(name: str, texts: list[str], candidate: candidates.Candidate) -> Tally:
    found = [candidates.verdicts(text, candidate) for text in texts]
    return Tally(
        name,
        len(found),
        sum(v.shipped for v in found),
        sum(v.candidate for v in found),
        sum(v.candidate and not v.shipped for v in found),
    )


def _lines(name: str) -> Iterator[dict[str, Any]]:
    with (CORPORA_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def batch7_present() -> bool:
    return all((CORPORA_DIR / f"{name}.jsonl").exists() for name in (PHISHING7, LEGIT7))


def legit_allowance(total: int) -> int:
    return math.floor(MAX_LEGIT_ADDED_SHARE * total)


@dataclass(frozen=True, slots=True)
class Decision:
    ships: bool
    reasons: tuple[str, ...]


def decide(
    phishing: Tally | None, legit: Tally | None, hard: Tally | None, held_out: list[Tally], ordinary: Tally
) -> Decision:
    """The ship rule of the module docstring, on the tallies."""
    failed = [f"rule 4: {t.name} added {t.added}" for t in held_out if t.added]
    if ordinary.added:
        failed.append(f"rule 5: ordinary names added {ordinary.added}")
    if phishing is None or legit is None or hard is None:  # rules 4 and 5 still said: they need no batch 7
        return Decision(False, ("batch 7 absent: no decision", *failed))
    gain = 100 * (phishing.candidate - phishing.shipped) / max(phishing.total, 1)
    if gain < MIN_GAIN_POINTS:
        failed.append(f"rule 2: batch 7 phishing gain {gain:+.1f} points < {MIN_GAIN_POINTS}")
    if legit.added > legit_allowance(legit.total):
        failed.append(f"rule 3: batch 7 legit added {legit.added} > {legit_allowance(legit.total)}")
    if hard.candidate > hard.shipped:
        failed.append(f"rule 3: batch 7 hard legit flagged {hard.candidate} > shipped {hard.shipped}")
    return Decision(not failed, tuple(failed) or (f"all rules hold (gain {gain:+.1f} points)",))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=Path, required=True, help="a candidate model JSON")
    parser.add_argument("--probe", type=Path, help="dictionary probe, one host a line (information only)")
    args = parser.parse_args(argv)
    candidate = candidates.load(args.candidate)
    print(__doc__.split("\n\n")[1].strip())
    print(
        f"\ncandidate {candidate.name} ({args.candidate}): threshold {candidate.threshold}, "
        f"scenario threshold {candidate.scenario_threshold}"
    )
    phishing = legit = hard = None
    if batch7_present():
        phishing = tally("phishing_batch7 whole", [str(i["text"]) for i in _lines(PHISHING7)], candidate)
        legit_items = list(_lines(LEGIT7))
        legit = tally("legit_batch7 whole", [str(i["text"]) for i in legit_items], candidate)
        hard = tally("legit_batch7 hard", [str(i["text"]) for i in legit_items if i.get("hard")], candidate)
        for t in (phishing, legit, hard):
            print(t.line())
    else:
        print("batch 7 absent")
    held_out = [
        tally(
            f"{name} held-out",
            [str(i["text"]) for i in _lines(name) if split(str(i["id"])) == "held_out"],
            candidate,
        )
        for name, split in HELD_OUT_LEGIT
    ]
    for t in held_out:
        print(t.line())
    ordinary = tally("ordinary names", list(candidates.ordinary_names()), candidate)
    print(ordinary.line())
    if args.probe is not None:
        hosts = [h.strip() for h in args.probe.read_text(encoding="utf-8").splitlines() if h.strip()]
        print("(information only) " + tally("dictionary probe", hosts, candidate).line())
    decision = decide(phishing, legit, hard, held_out, ordinary)
    print("DECISION:", "SHIP" if decision.ships else "do NOT ship", "-", "; ".join(decision.reasons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
