"""Build ``messages_batch5.jsonl`` from the gathered candidates (deterministic; never runs detection).

    .venv/bin/python -m tests.realdata.batch5_build.build_messages

A candidate is dropped when its normalised text (lower-cased, accents and punctuation removed) contains / is
contained in / is more than 80 % similar (difflib) to a text of any older message file, or more than 85 % similar
to an earlier candidate of this batch. Candidates from the already-used signal-arnaques scrape are then kept to at
most 25 % of the file (the last ones are dropped first). Every kept scam text is checked for raw phone numbers and
e-mail addresses (they must have been anonymised in the inputs).
"""

from __future__ import annotations

import collections
from typing import Any

from tests.realdata.batch5_build.messages_batch5_pages import MESSAGES
from tests.realdata.batch5_build.messages_batch5_reports import REPO, REPORTS
from tests.realdata.corpus_build import (
    dedup_texts,
    message_candidate,
    message_item,
    normalised_texts,
    print_message_summary,
    write,
)

RETRIEVED = "2026-11-30"
OUTPUT = "messages_batch5"
PREFIX = "b5-msg-"
OLDER_MESSAGE_FILES = (
    "messages_real",
    "messages_extra",
    "messages_fresh",
    "messages_blind",
    "messages_batch4",
)
#: signal-arnaques reports (already used by every earlier batch) are at most this share of the file
USED_SOURCE_CAP = 0.25


def candidates() -> list[dict[str, Any]]:
    """Every gathered candidate, pages first, in input order, with its source and the build's private keys."""
    rows = [
        message_candidate(
            (label, channel, brand, scenario, text),
            {"url": url, "repo": None, "path": None, "commit": None},
            _key="page",
        )
        for label, channel, brand, scenario, text, url, _why in MESSAGES
    ]
    for label, channel, brand, scenario, text, report_id, path, commit, _why in REPORTS:
        source = {
            "url": f"https://www.signal-arnaques.com/scam/view/{report_id}",
            "repo": REPO,
            "path": path,
            "commit": commit,
        }
        rows.append(
            message_candidate((label, channel, brand, scenario, text), source, _key="signal-arnaques")
        )
    return rows


def dedup(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The rows whose text repeats no older message file and no earlier row; the dropped ones with their match."""
    return dedup_texts(rows, lambda row: str(row["text"]), normalised_texts(OLDER_MESSAGE_FILES))


def cap_used_source(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the last signal-arnaques rows until they are at most ``USED_SOURCE_CAP`` of the file."""
    rows = list(rows)
    while True:
        used = [i for i, row in enumerate(rows) if row["_key"] == "signal-arnaques"]
        if len(used) <= USED_SOURCE_CAP * len(rows):
            return rows
        del rows[used[-1]]


def build() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    kept, dropped = dedup(candidates())
    kept = cap_used_source(kept)
    out = [
        {**message_item(row, f"{PREFIX}{number:04d}", RETRIEVED), "_key": row["_key"]}
        for number, row in enumerate(kept, 1)
    ]
    return out, dropped


def main() -> None:
    rows, dropped = build()
    write(OUTPUT, rows)
    all_rows = candidates()
    print("candidates:", len(all_rows), dict(collections.Counter(row["_key"] for row in all_rows)))
    print("kept:", len(rows), dict(collections.Counter(row["_key"] for row in rows)))
    print_message_summary(rows, dropped)


if __name__ == "__main__":
    main()
