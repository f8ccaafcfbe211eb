"""Detection on the third batch of real items (``*_blind.jsonl``), gathered from other sources and never tuned on.

``python -m tests.realdata.blind_report`` runs every blind item through the ``check --jsonl`` path and prints
flagged shares for the whole files and for each part of the blind split (``split.blind_part_of``), by brand
category, source and scenario. ``--misses`` lists the errors of the blind TUNING half only; the held-out half
is measured, never listed.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

from tests.realdata.fresh_report import FLAGGED, shares, verdicts
from tests.realdata.links_report import CATEGORY_OF_TAG, NO_BRAND
from tests.realdata.split import CORPORA_DIR, blind_part_of

LINK_FILES = (("phishing_blind", "scam"), ("legit_blind", "legit"))
MESSAGE_FILE = "messages_blind"


def _source(entry: dict[str, object]) -> str:
    """The source family of an item: a repository, or the site of a page."""
    source = entry.get("source")
    if not isinstance(source, dict):
        return "-"
    repo = source.get("repo")
    if repo:
        return str(repo)
    return urlsplit(str(source.get("url") or "")).hostname or "-"


def main(argv: list[str]) -> int:
    head = ["| label | group | n | flagged | likely_scam |", "|---|---|---|---|---|"]
    links: list[tuple[str, str, str]] = []
    messages: list[tuple[str, str, str]] = []
    misses: list[str] = []
    for name, label in LINK_FILES:
        if not (CORPORA_DIR / f"{name}.jsonl").exists():
            continue
        for entry, verdict in verdicts(name, "link"):
            part = blind_part_of(str(entry["id"]))
            tags = entry.get("brands") or []
            category = CATEGORY_OF_TAG.get(str(tags[0]), "autre") if tags else NO_BRAND
            groups = ["(all)", f"category {category}", f"source {_source(entry)}"]
            for where in ("whole", part):
                links.extend((f"{where}: {group}", label, verdict) for group in groups)
            if part == "tuning" and (verdict in FLAGGED) != (label == "scam"):
                misses.append(f"{entry['id']} link/{label} {verdict} {entry['text']}")
    if (CORPORA_DIR / f"{MESSAGE_FILE}.jsonl").exists():
        for entry, verdict in verdicts(MESSAGE_FILE, "message"):
            label, part = str(entry["label"]), blind_part_of(str(entry["id"]))
            groups = ["(all)", f"scenario {entry.get('scenario') or '-'}"]
            for where in ("whole", part):
                messages.extend((f"{where}: {group}", label, verdict) for group in groups)
            if part == "tuning" and (verdict in FLAGGED) != (label == "scam"):
                misses.append(f"{entry['id']} message/{label} {verdict} {entry['text'][:300]!r}")
    print("Blind links (third batch, never tuned on; whole files and split.blind_part_of parts)")
    print("\n".join(head + shares(links)))
    print("\nBlind messages (third batch, never tuned on)")
    print("\n".join(head + shares(messages)))
    if "--misses" in argv:
        print("\nErrors of the blind TUNING half (the held-out half is never listed):")
        print("\n".join(misses) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
