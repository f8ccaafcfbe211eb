"""Link errors of the TUNING halves only, grouped by the findings they got: what a link-rule round studies.

``python -m tests.realdata.links_tuning`` runs every link of the tuning halves (the train files, the fresh file and
batches 3 to 8 and 10, each by its own split; plus ``legit_extra``, which has no split and is training data) through the
``check --jsonl`` path. It prints the tuning-half counts, the missed phishing links grouped by the set of finding
codes they got ("no finding" when none), and the legitimate sites flagged by mistake. No held-out item is ever
checked, counted or listed. ``--brief`` prints the counts only.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.cli.check import check_line
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

FLAGGED = frozenset({"suspicious", "likely_scam"})
NO_FINDING = "(no finding)"


def _always_tuning(_: str) -> Part:
    """``legit_extra`` has no split: it is training data for the link model, never held out."""
    return "tuning"


#: (file, label, split): every link file with the function that says which of its items are tuning items.
LINK_FILES: tuple[tuple[str, str, Callable[[str], Part]], ...] = (
    ("phishing_domains_train", "scam", part_of),
    ("phishing_urls_train", "scam", part_of),
    ("phishing_fresh", "scam", fresh_part_of),
    ("phishing_blind", "scam", blind_part_of),
    ("phishing_batch4", "scam", batch4_part_of),
    ("phishing_batch5", "scam", batch5_part_of),
    ("phishing_batch6", "scam", batch6_part_of),
    ("phishing_batch7", "scam", batch7_part_of),
    ("phishing_batch8", "scam", batch8_part_of),
    ("phishing_batch10", "scam", batch10_part_of),
    ("phishing_batch11", "scam", batch11_part_of),
    ("legit_domains_train", "legit", part_of),
    ("legit_public_sector_train", "legit", part_of),
    ("legit_blind", "legit", blind_part_of),
    ("legit_batch4", "legit", batch4_part_of),
    ("legit_batch5", "legit", batch5_part_of),
    ("legit_batch6", "legit", batch6_part_of),
    ("legit_batch7", "legit", batch7_part_of),
    ("legit_batch8", "legit", batch8_part_of),
    ("legit_batch10", "legit", batch10_part_of),
    ("legit_batch11", "legit", batch11_part_of),
    ("legit_extra", "legit", _always_tuning),
)


@dataclass(frozen=True)
class Checked:
    """One tuning-half link with the verdict and finding codes the link check gave it."""

    file: str
    label: str
    text: str
    verdict: str
    codes: tuple[str, ...]

    @property
    def error(self) -> bool:
        return (self.verdict in FLAGGED) != (self.label == "scam")


def tuning_items(name: str, split: Callable[[str], Part]) -> Iterator[dict[str, Any]]:
    """The tuning items of one file; a held-out item is skipped before anything is done with it."""
    with (CORPORA_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item: dict[str, Any] = json.loads(line)
            if split(str(item["id"])) == "tuning":
                yield item


def check_tuning() -> list[Checked]:
    out: list[Checked] = []
    for name, label, split in LINK_FILES:
        for item in tuning_items(name, split):
            result = check_line(json.dumps({"text": item["text"], "kind": "link"}))
            if "error" in result:
                raise AssertionError(f"{item['id']}: {result['error']}")
            codes = tuple(sorted({str(f["code"]) for f in result["findings"]}))
            out.append(Checked(name, label, str(item["text"]), str(result["verdict"]), codes))
    return out


def counts(checked: list[Checked]) -> list[str]:
    """Per file and overall: flagged / total for phishing, false alarms / total for legitimate sites."""
    per_file: dict[tuple[str, str], list[Checked]] = defaultdict(list)
    for c in checked:
        per_file[(c.label, c.file)].append(c)
        per_file[(c.label, "(all)")].append(c)
    lines = ["| label | file (tuning half) | n | flagged | % |", "|---|---|---|---|---|"]
    for (label, file), found in sorted(
        per_file.items(), key=lambda kv: (kv[0][0] != "scam", kv[0][1] != "(all)")
    ):
        flagged = sum(c.verdict in FLAGGED for c in found)
        lines.append(
            f"| {label} | {file} | {len(found)} | {flagged} | {100.0 * flagged / len(found):.1f} % |"
        )
    return lines


def grouped_misses(checked: list[Checked]) -> list[str]:
    """The missed phishing links grouped by their finding codes, the biggest group first."""
    groups: dict[str, list[Checked]] = defaultdict(list)
    for c in checked:
        if c.label == "scam" and c.error:
            groups[",".join(c.codes) or NO_FINDING].append(c)
    lines: list[str] = []
    for key, found in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"\n### {key} ({len(found)})")
        lines.extend(f"  {c.verdict:12} {c.file:24} {c.text}" for c in found)
    return lines


def false_alarms(checked: list[Checked]) -> list[str]:
    return [
        f"  {c.verdict:12} {c.file:24} {c.text}  [{','.join(c.codes)}]"
        for c in checked
        if c.label == "legit" and c.error
    ]


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    checked = check_tuning()
    print("## Tuning halves\n")
    print("\n".join(counts(checked)))
    if "--brief" in argv:
        return 0
    print("\n## Missed phishing links, by findings")
    print("\n".join(grouped_misses(checked)) or "(none)")
    print("\n## Legitimate sites flagged by mistake")
    print("\n".join(false_alarms(checked)) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
