"""Pre-registered check: may the link model's opinion be a verdict again outside places? Decided on the EIGHTH batch.

SHIP RULE (written and committed on 01/12/2026 ~08:20 UTC by model12, before any item of the eighth batch existed
in this worktree and before any run on it; the candidate was built and measured on tuning halves of batches 1 to
7 only). The CANDIDATE is the shipped code with ``checks.link_model.VERDICT_OUTSIDE_PLACES = True``: the model's
opinion makes a link suspicious (finding ``link.model_risk``) where no label of the host holds a French place name
or a local public-body word (``checks.link_model.place_named``), and stays a caution there. The SHIPPED code is the
same with the switch off (the opinion always a caution). "Flagged" means the verdict is suspicious or likely scam;
"added" means flagged by the candidate and not by the shipped code, link by link. The candidate SHIPS only if ALL
of these hold:
  1. batch 8 is present (``phishing_batch8.jsonl`` and ``legit_batch8.jsonl``); otherwise no decision;
  2. phishing_batch8 WHOLE: flagged by the candidate minus flagged by the shipped code >= 2.0 points (of the
     number of phishing links of batch 8);
  3. legit_batch8 WHOLE: added <= 0.5 % of its links (floor; 0 below 200 links), AND its ``hard`` subset (items
     marked ``hard``, if any): 0 added (none flagged beyond the shipped code's);
  4. the earlier HELD-OUT legitimate halves pooled (batch 1's two legit files, blind, batches 4, 5, 6, 7):
     flagged by the candidate <= 0.5 % of their links in total (one aggregate, read only when batch 8 is
     present, by the integrator's run);
  5. the ordinary-name guards (the 44 names of ``link_model_eval``, the 60 of the tenth series,
     ``candidates/ordinary_links10.txt``): 0 added.
The integrator runs this ONCE on batch 8 and does not change the rule, the threshold, the place list or the switch
after seeing its output. If it ships, the one line to flip is ``VERDICT_OUTSIDE_PLACES = True`` in
``checks/link_model.py`` (then the tests of ``tests/checks/test_link_model.py`` that pin the switch's default).

The script prints aggregates only (counts), never an item of a held-out part or of batch 8.
``python -m tests.realdata.batch8_model_check`` (``--tuning``: the tuning halves of batches 1 to 7 only, for
information; they read no held-out half and nothing of batch 8).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from checks.links import check_link
from tests.realdata import link_candidates as candidates
from tests.realdata.split import (
    CORPORA_DIR,
    Part,
    batch4_part_of,
    batch5_part_of,
    batch6_part_of,
    batch7_part_of,
    blind_part_of,
    fresh_part_of,
    part_of,
)

MIN_GAIN_POINTS = 2.0
MAX_LEGIT_ADDED_SHARE = 0.005
MAX_HELD_OUT_FLAGGED_SHARE = 0.005
#: The earlier held-out legitimate halves (file, split): rule 4, pooled.
HELD_OUT_LEGIT: tuple[tuple[str, Callable[[str], Part]], ...] = (
    ("legit_domains_train", part_of),
    ("legit_public_sector_train", part_of),
    ("legit_blind", blind_part_of),
    ("legit_batch4", batch4_part_of),
    ("legit_batch5", batch5_part_of),
    ("legit_batch6", batch6_part_of),
    ("legit_batch7", batch7_part_of),
)
#: The tuning halves read by ``--tuning`` (file, split; None: the file whole, it has no held-out half).
TUNING: tuple[tuple[str, Callable[[str], Part] | None], ...] = (
    ("phishing_domains_train", part_of),
    ("phishing_urls_train", part_of),
    ("legit_domains_train", part_of),
    ("legit_public_sector_train", part_of),
    ("phishing_fresh", fresh_part_of),
    ("legit_extra", None),
    ("phishing_blind", blind_part_of),
    ("legit_blind", blind_part_of),
    ("phishing_batch4", batch4_part_of),
    ("legit_batch4", batch4_part_of),
    ("phishing_batch5", batch5_part_of),
    ("legit_batch5", batch5_part_of),
    ("phishing_batch6", batch6_part_of),
    ("legit_batch6", batch6_part_of),
    ("phishing_batch7", batch7_part_of),
    ("legit_batch7", batch7_part_of),
)
PHISHING8 = "phishing_batch8"
LEGIT8 = "legit_batch8"
_FLAGGED = ("suspicious", "likely_scam")


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


def flagged(text: str, *, candidate: bool) -> bool:
    """The link's verdict with the switch on (candidate) or off (shipped), the rest as by default."""
    return check_link(text, model_verdict=candidate).verdict.value in _FLAGGED


def tally(name: str, texts: list[str]) -> Tally:
    found = [(flagged(text, candidate=False), flagged(text, candidate=True)) for text in texts]
    return Tally(
        name,
        len(found),
        sum(shipped for shipped, _ in found),
        sum(cand for _, cand in found),
        sum(cand and not shipped for shipped, cand in found),
    )


def pooled(name: str, tallies: list[Tally]) -> Tally:
    return Tally(
        name,
        sum(t.total for t in tallies),
        sum(t.shipped for t in tallies),
        sum(t.candidate for t in tallies),
        sum(t.added for t in tallies),
    )


def _lines(name: str) -> Iterator[dict[str, Any]]:
    with (CORPORA_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def batch8_present() -> bool:
    return all((CORPORA_DIR / f"{name}.jsonl").exists() for name in (PHISHING8, LEGIT8))


def legit_allowance(total: int) -> int:
    return math.floor(MAX_LEGIT_ADDED_SHARE * total)


def held_out_allowance(total: int) -> int:
    return math.floor(MAX_HELD_OUT_FLAGGED_SHARE * total)


@dataclass(frozen=True, slots=True)
class Decision:
    ships: bool
    reasons: tuple[str, ...]


def decide(
    phishing: Tally | None, legit: Tally | None, hard: Tally | None, held_out: Tally | None, ordinary: Tally
) -> Decision:
    """The ship rule of the module docstring, on the tallies (``held_out``: the pooled earlier halves)."""
    failed = [f"rule 5: ordinary names added {ordinary.added}"] if ordinary.added else []
    if phishing is None or legit is None or hard is None or held_out is None:  # rule 5 needs no batch 8
        return Decision(False, ("batch 8 absent: no decision", *failed))
    gain = 100 * (phishing.candidate - phishing.shipped) / max(phishing.total, 1)
    if gain < MIN_GAIN_POINTS:
        failed.append(f"rule 2: batch 8 phishing gain {gain:+.1f} points < {MIN_GAIN_POINTS}")
    if legit.added > legit_allowance(legit.total):
        failed.append(f"rule 3: batch 8 legit added {legit.added} > {legit_allowance(legit.total)}")
    if hard.added:
        failed.append(f"rule 3: batch 8 hard legit added {hard.added}")
    if held_out.candidate > held_out_allowance(held_out.total):
        failed.append(
            f"rule 4: earlier held-out legit flagged {held_out.candidate} > {held_out_allowance(held_out.total)}"
        )
    return Decision(not failed, tuple(failed) or (f"all rules hold (gain {gain:+.1f} points)",))


def tuning_report() -> list[Tally]:
    """The tuning halves of batches 1 to 7 (``legit_extra`` whole), file by file: no held-out item is read."""
    out = []
    for name, split in TUNING:
        texts = [str(i["text"]) for i in _lines(name) if split is None or split(str(i["id"])) == "tuning"]
        out.append(tally(f"{name} tuning" if split is not None else f"{name} whole", texts))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tuning", action="store_true", help="the tuning halves of batches 1 to 7 only")
    args = parser.parse_args(argv)
    if args.tuning:
        tallies = tuning_report()
        for t in tallies:
            print(t.line())
        for kind in ("phishing", "legit"):
            print(pooled(f"{kind} tuning pooled", [t for t in tallies if t.name.startswith(kind)]).line())
        return 0
    print((__doc__ or "").split("\n\n")[1].strip())
    phishing = legit = hard = held_out = None
    if batch8_present():
        phishing = tally("phishing_batch8 whole", [str(i["text"]) for i in _lines(PHISHING8)])
        legit_items = list(_lines(LEGIT8))
        legit = tally("legit_batch8 whole", [str(i["text"]) for i in legit_items])
        hard = tally("legit_batch8 hard", [str(i["text"]) for i in legit_items if i.get("hard")])
        held_out = pooled(
            "earlier held-out legit halves pooled",
            [
                tally(name, [str(i["text"]) for i in _lines(name) if split(str(i["id"])) == "held_out"])
                for name, split in HELD_OUT_LEGIT
            ],
        )
        for t in (phishing, legit, hard, held_out):
            print(t.line())
    else:
        print("batch 8 absent (the held-out halves are not read either)")
    ordinary = tally("ordinary names", list(candidates.ordinary_names()))
    print(ordinary.line())
    decision = decide(phishing, legit, hard, held_out, ordinary)
    print("DECISION:", "SHIP" if decision.ships else "do NOT ship", "-", "; ".join(decision.reasons))
    return 0


if __name__ == "__main__":
    sys.exit(main())
