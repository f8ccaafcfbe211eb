"""Detection on the real items gathered AFTER tuning (``*_fresh.jsonl``): nobody tuned on any of them.

``python -m tests.realdata.fresh_report`` runs every fresh item through the ``check --jsonl`` path and prints
flagged shares by kind, brand category and scenario. No item is listed: like the held-out part, these files
are measured, never inspected, so they stay a fair test of the next change too.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.cli.check import iter_results
from tests.realdata.links_report import CATEGORY_OF_TAG, NO_BRAND
from tests.realdata.split import CORPORA_DIR

FLAGGED = frozenset({"suspicious", "likely_scam"})
FRESH_FILES = ("phishing_fresh", "messages_fresh")


def fresh_items(name: str, folder: Path = CORPORA_DIR) -> Iterator[dict[str, Any]]:
    with (folder / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def verdicts(name: str, kind: str) -> list[tuple[dict[str, Any], str]]:
    """Each item of ``name`` with the verdict ``check --jsonl`` gives it."""
    entries = list(fresh_items(name))
    lines = (json.dumps({"text": e["text"], "kind": kind}, ensure_ascii=False) for e in entries)
    out: list[tuple[dict[str, Any], str]] = []
    for entry, line in zip(entries, iter_results(lines), strict=True):
        result = json.loads(line)
        if "error" in result:
            raise AssertionError(f"{entry['id']}: {result['error']}")
        out.append((entry, str(result["verdict"])))
    return out


def shares(rows: list[tuple[str, str, str]]) -> list[str]:
    """Markdown rows (group, label) -> flagged and likely_scam counts."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for group, label, verdict in rows:
        groups[(group, label)].append(verdict)
    lines = []
    for (group, label), found in sorted(
        groups.items(), key=lambda kv: (kv[0][1], kv[0][0] != "(all)", kv[0][0])
    ):
        flagged = sum(v in FLAGGED for v in found)
        scam = sum(v == "likely_scam" for v in found)
        total = len(found)
        lines.append(
            f"| {label} | {group} | {total} | {flagged} ({100 * flagged / total:.1f} %) |"
            f" {scam} ({100 * scam / total:.1f} %) |"
        )
    return lines


def main() -> int:
    head = ["| label | group | n | flagged | likely_scam |", "|---|---|---|---|---|"]
    links: list[tuple[str, str, str]] = []
    for entry, verdict in verdicts("phishing_fresh", "link"):
        label = str(entry["label"])
        links.append(("(all)", label, verdict))
        links.append((f"subset {entry.get('subset', '-')}", label, verdict))
        tags = entry.get("brands") or []
        category = CATEGORY_OF_TAG.get(str(tags[0]), "autre") if tags else NO_BRAND
        links.append((f"category {category}", label, verdict))
    messages: list[tuple[str, str, str]] = []
    for entry, verdict in verdicts("messages_fresh", "message"):
        label = str(entry["label"])
        messages.append(("(all)", label, verdict))
        messages.append((f"scenario {entry.get('scenario') or '-'}", label, verdict))
    print("Fresh phishing links (gathered after tuning, all never tuned on)")
    print("\n".join(head + shares(links)))
    print("\nFresh messages (gathered after tuning, all never tuned on)")
    print("\n".join(head + shares(messages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
