"""Phishing links flagged by brand category, over every HELD-OUT part together: ``python -m
tests.realdata.category_report``.

Issue 10 asks for held-out figures by brand category. Each batch's held-out part is small per category, so the
parts of every batch with a split are pooled (batch 1 hosts and URLs, the fresh batch, the blind batch, batches 4
to 7); the eighth batch, measured whole in the session that gathered it, is shown apart, whole.
Same path as ``check --jsonl``. Never lists an item: counts only.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable

from tests.realdata.fresh_report import FLAGGED, verdicts
from tests.realdata.links_report import category_of
from tests.realdata.report_help import asked_for_help
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

#: (file, its split) of every phishing file with a held-out part.
HELD_OUT_FILES: tuple[tuple[str, Callable[[str], Part]], ...] = (
    ("phishing_domains_train", part_of),
    ("phishing_urls_train", part_of),
    ("phishing_fresh", fresh_part_of),
    ("phishing_blind", blind_part_of),
    ("phishing_batch4", batch4_part_of),
    ("phishing_batch5", batch5_part_of),
    ("phishing_batch6", batch6_part_of),
    ("phishing_batch7", batch7_part_of),
)
WHOLE_FILES = ("phishing_batch8",)


def tallies() -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """(held-out n, held-out flagged, whole-batch-8 n, whole-batch-8 flagged) by category."""
    n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    n6: Counter[str] = Counter()
    hit6: Counter[str] = Counter()
    for name, part in HELD_OUT_FILES:
        for entry, verdict in verdicts(name, "link"):
            if part(str(entry["id"])) == "held_out":
                category = category_of(entry)
                n[category] += 1
                hit[category] += verdict in FLAGGED
    for name in WHOLE_FILES:
        if not (CORPORA_DIR / f"{name}.jsonl").exists():
            continue
        for entry, verdict in verdicts(name, "link"):
            category = category_of(entry)
            n6[category] += 1
            hit6[category] += verdict in FLAGGED
    return n, hit, n6, hit6


def _cell(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.1f} %)" if total else "-"


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    n, hit, n6, hit6 = tallies()
    print("| category | held-out parts, batches 1-7 | batch 8 whole |")
    print("|---|---|---|")
    for category in sorted(set(n) | set(n6), key=lambda c: -(n[c] + n6[c])):
        print(f"| {category} | {_cell(hit[category], n[category])} | {_cell(hit6[category], n6[category])} |")
    print(
        f"| (all) | {_cell(sum(hit.values()), sum(n.values()))} | {_cell(sum(hit6.values()), sum(n6.values()))} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
