"""Detection on the real items gathered AFTER the first tuning (``*_fresh.jsonl``).

``python -m tests.realdata.fresh_report`` runs every fresh item through the ``check --jsonl`` path and prints
flagged shares by part of the fresh split (``split.fresh_part_of``), kind, brand category and scenario.
``--misses`` lists the errors of the fresh TUNING half only; the held-out half is measured, never listed.
``--tuning`` prints the rows of the tuning half only (no held-out figure at all, for whoever tunes rules);
``--only-suspicious`` lists the TUNING-half scam messages flagged ``suspicious`` but not ``likely_scam``.
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
from tests.realdata.report_help import asked_for_help
from tests.realdata.split import CORPORA_DIR, fresh_part_of

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


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    head = ["| label | group | n | flagged | likely_scam |", "|---|---|---|---|---|"]
    links: list[tuple[str, str, str]] = []
    messages: list[tuple[str, str, str]] = []
    misses: list[str] = []
    only_suspicious: list[str] = []
    for entry, verdict in verdicts("phishing_fresh", "link"):
        label, part = str(entry["label"]), fresh_part_of(str(entry["id"]))
        tags = entry.get("brands") or []
        category = CATEGORY_OF_TAG.get(str(tags[0]), "autre") if tags else NO_BRAND
        for group in ("(all)", f"subset {entry.get('subset', '-')}", f"category {category}"):
            links.append((f"{part}: {group}", label, verdict))
        if part == "tuning" and verdict not in FLAGGED:
            misses.append(f"{entry['id']} link {verdict} {entry['text']}")
    for entry, verdict in verdicts("messages_fresh", "message"):
        label, part = str(entry["label"]), fresh_part_of(str(entry["id"]))
        for group in ("(all)", f"scenario {entry.get('scenario') or '-'}"):
            messages.append((f"{part}: {group}", label, verdict))
        if part == "tuning" and (verdict in FLAGGED) != (label == "scam"):
            misses.append(f"{entry['id']} message/{label} {verdict} {entry['text'][:300]!r}")
        if part == "tuning" and label == "scam" and verdict == "suspicious":
            only_suspicious.append(f"{entry['id']} [{entry.get('scenario') or '-'}] {entry['text'][:300]!r}")
    if "--tuning" in argv:
        links = [row for row in links if row[0].startswith("tuning")]
        messages = [row for row in messages if row[0].startswith("tuning")]
    print("Fresh phishing links (gathered after the first tuning; split by split.fresh_part_of)")
    print("\n".join(head + shares(links)))
    print("\nFresh messages (gathered after the first tuning; split by split.fresh_part_of)")
    print("\n".join(head + shares(messages)))
    if "--misses" in argv:
        print("\nErrors of the fresh TUNING half (the held-out half is never listed):")
        print("\n".join(misses) or "(none)")
    if "--only-suspicious" in argv:
        print(
            "\nScam messages of the fresh TUNING half only 'suspicious' (the held-out half is never listed):"
        )
        print("\n".join(only_suspicious) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
