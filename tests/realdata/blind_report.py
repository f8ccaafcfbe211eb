"""Detection on the batches of real items gathered after tuning began: the third (``*_blind.jsonl``), the fourth
(``*_batch4.jsonl``), the fifth (``*_batch5.jsonl``), the sixth (``*_batch6.jsonl``), the seventh (``*_batch7.jsonl``) the eighth (``*_batch8.jsonl``), the ninth (``*_batch9.jsonl``), the tenth (``*_batch10.jsonl``) and the eleventh (``*_batch11.jsonl``), each from other
sources than the ones before.

``python -m tests.realdata.blind_report [--batch blind|batch4|batch5|batch6|batch7|batch8|batch9|batch10|batch11]`` runs every item of a batch (default: blind)
through the ``check --jsonl`` path and prints flagged shares for the whole files and for each part of the
batch's own split, by brand category, source and scenario. ``--misses`` lists the errors of the TUNING half
only; the held-out half is measured, never listed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from tests.realdata.batch10_build.origin import link_scope, message_origin
from tests.realdata.fresh_report import FLAGGED, shares, verdicts
from tests.realdata.links_report import CATEGORY_OF_TAG, NO_BRAND
from tests.realdata.report_help import asked_for_help
from tests.realdata.split import (
    CORPORA_DIR,
    Part,
    batch4_part_of,
    batch5_part_of,
    batch6_part_of,
    batch7_part_of,
    batch8_part_of,
    batch9_part_of,
    batch10_part_of,
    batch11_part_of,
    blind_part_of,
)


@dataclass(frozen=True)
class Batch:
    """One batch of real items: its files, its split and the title its tables carry."""

    title: str
    link_files: tuple[tuple[str, str], ...]
    message_file: str
    part_of: Callable[[str], Part]


BATCHES = {
    "blind": Batch(
        "third batch, never tuned on before round 5",
        (("phishing_blind", "scam"), ("legit_blind", "legit")),
        "messages_blind",
        blind_part_of,
    ),
    "batch4": Batch(
        "fourth batch, measured whole before anyone tuned on its tuning half",
        (("phishing_batch4", "scam"), ("legit_batch4", "legit")),
        "messages_batch4",
        batch4_part_of,
    ),
    "batch5": Batch(
        "fifth batch, measured whole before anyone tuned on its tuning half",
        (("phishing_batch5", "scam"), ("legit_batch5", "legit")),
        "messages_batch5",
        batch5_part_of,
    ),
    "batch6": Batch(
        "sixth batch, measured whole before anyone tuned on its tuning half",
        (("phishing_batch6", "scam"), ("legit_batch6", "legit")),
        "messages_batch6",
        batch6_part_of,
    ),
    "batch7": Batch(
        "seventh batch, measured whole before anyone tuned on its tuning half",
        (("phishing_batch7", "scam"), ("legit_batch7", "legit")),
        "messages_batch7",
        batch7_part_of,
    ),
    "batch8": Batch(
        "eighth batch, measured whole twice (session start and end of 1/12/2026) before anyone tuned on its tuning half",
        (("phishing_batch8", "scam"), ("legit_batch8", "legit")),
        "messages_batch8",
        batch8_part_of,
    ),
    "batch9": Batch(
        "ninth batch (messages only so far), measured whole once on 1/12/2026 evening before anyone tuned on it",
        (("phishing_batch9", "scam"), ("legit_batch9", "legit")),
        "messages_batch9",
        batch9_part_of,
    ),
    "batch10": Batch(
        "tenth batch, measured whole once on 2/12/2026 before anyone tuned on it",
        (("phishing_batch10", "scam"), ("legit_batch10", "legit")),
        "messages_batch10",
        batch10_part_of,
    ),
    "batch11": Batch(
        "eleventh batch, gathered 2/12/2026 by a helper who measured nothing, to be measured whole once before anyone "
        "tunes on it",
        (("phishing_batch11", "scam"), ("legit_batch11", "legit")),
        "messages_batch11",
        batch11_part_of,
    ),
}


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
    if asked_for_help(argv, __doc__):
        return 0
    name = argv[argv.index("--batch") + 1] if "--batch" in argv[:-1] else "blind"
    if name not in BATCHES:
        print(f"unknown batch {name!r}: one of {', '.join(BATCHES)}", file=sys.stderr)
        return 2
    batch = BATCHES[name]
    head = ["| label | group | n | flagged | likely_scam |", "|---|---|---|---|---|"]
    links: list[tuple[str, str, str]] = []
    messages: list[tuple[str, str, str]] = []
    misses: list[str] = []
    for file, label in batch.link_files:
        if not (CORPORA_DIR / f"{file}.jsonl").exists():
            continue
        for entry, verdict in verdicts(file, "link"):
            part = batch.part_of(str(entry["id"]))
            tags = entry.get("brands") or []
            category = CATEGORY_OF_TAG.get(str(tags[0]), "autre") if tags else NO_BRAND
            groups = ["(all)", f"category {category}", f"source {_source(entry)}"]
            if entry.get("feed"):  # batches 5-6: a feed no batch read ("new") or unread parts of one ("used")
                groups.append(f"feed {entry['feed']}")
            if name == "batch10" and label == "scam":  # the Dofus look-alikes apart
                groups.append(f"scope {link_scope(entry)}")
            if label == "legit" and "hard" in entry:  # batch 6: a name holding a scenario or brand-like word
                groups.append(f"hard {bool(entry['hard'])}")
            for where in ("whole", part):
                links.extend((f"{where}: {group}", label, verdict) for group in groups)
            if part == "tuning" and (verdict in FLAGGED) != (label == "scam"):
                misses.append(f"{entry['id']} link/{label} {verdict} {entry['text']}")
    if (CORPORA_DIR / f"{batch.message_file}.jsonl").exists():
        for entry, verdict in verdicts(batch.message_file, "message"):
            label, part = str(entry["label"]), batch.part_of(str(entry["id"]))
            groups = ["(all)", f"scenario {entry.get('scenario') or '-'}"]
            if name == "batch10":  # most of it was received outside France
                groups.append(f"origin {message_origin(entry)}")
            if name == "batch11":  # each item says where it was received (ISO code, FR with overseas France)
                groups.append(f"origin {entry.get('country') or '-'}")
            for where in ("whole", part):
                messages.extend((f"{where}: {group}", label, verdict) for group in groups)
            if part == "tuning" and (verdict in FLAGGED) != (label == "scam"):
                misses.append(f"{entry['id']} message/{label} {verdict} {entry['text'][:300]!r}")
    print(f"Links of the {batch.title} (whole files and the two parts of its split)")
    print("\n".join(head + shares(links)))
    print(f"\nMessages of the {batch.title}")
    print("\n".join(head + shares(messages)))
    if "--misses" in argv:
        print(f"\nErrors of the {name} TUNING half (the held-out half is never listed):")
        print("\n".join(misses) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
