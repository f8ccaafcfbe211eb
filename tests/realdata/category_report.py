"""Phishing links flagged by brand category, over every HELD-OUT part together: ``python -m
tests.realdata.category_report``.

Issue 10 asks for held-out figures by brand category. Each batch's held-out part is small per category, so the
held-out parts are pooled, in two columns: the older batches (batch 1 hosts and URLs, the fresh batch, the blind
batch, batches 4 to 7), tuned on their tuning halves over many rounds, and the newer ones (batches 8, 10 and 11;
batch 9 has messages only), whose sources were new when they were first measured. Batch 8 was first shown whole;
its tuning half has been read since, so only its held-out half is pooled here.
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
    batch8_part_of,
    batch10_part_of,
    batch11_part_of,
    blind_part_of,
    fresh_part_of,
    part_of,
)

#: (file, its split) of every phishing file of batches 1 to 7 with a held-out part.
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
#: The same for the newer batches (8, 10, 11), pooled in their own column.
NEWER_HELD_OUT_FILES: tuple[tuple[str, Callable[[str], Part]], ...] = (
    ("phishing_batch8", batch8_part_of),
    ("phishing_batch10", batch10_part_of),
    ("phishing_batch11", batch11_part_of),
)


def _pool(files: tuple[tuple[str, Callable[[str], Part]], ...]) -> tuple[Counter[str], Counter[str]]:
    """(held-out n, held-out flagged) by category over the held-out parts of ``files``."""
    n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for name, part in files:
        if not (CORPORA_DIR / f"{name}.jsonl").exists():
            continue
        for entry, verdict in verdicts(name, "link"):
            if part(str(entry["id"])) == "held_out":
                category = category_of(entry)
                n[category] += 1
                hit[category] += verdict in FLAGGED
    return n, hit


def tallies() -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """(n, flagged) by category over the held-out parts of batches 1-7, then of batches 8, 10 and 11."""
    n, hit = _pool(HELD_OUT_FILES)
    n_new, hit_new = _pool(NEWER_HELD_OUT_FILES)
    return n, hit, n_new, hit_new


def _cell(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.1f} %)" if total else "-"


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    n, hit, n_new, hit_new = tallies()
    print(
        "| category | held-out parts, batches 1-7 | held-out parts, batches 8, 10, 11 | all held-out parts |"
    )
    print("|---|---|---|---|")
    for category in sorted(set(n) | set(n_new), key=lambda c: -(n[c] + n_new[c])):
        both = _cell(hit[category] + hit_new[category], n[category] + n_new[category])
        old, new = _cell(hit[category], n[category]), _cell(hit_new[category], n_new[category])
        print(f"| {category} | {old} | {new} | {both} |")
    total, total_new = sum(n.values()), sum(n_new.values())
    flagged, flagged_new = sum(hit.values()), sum(hit_new.values())
    print(
        f"| (all) | {_cell(flagged, total)} | {_cell(flagged_new, total_new)} "
        f"| {_cell(flagged + flagged_new, total + total_new)} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
