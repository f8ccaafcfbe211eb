"""Build ``messages_batch7.jsonl`` from the gathered candidates (deterministic; never runs detection).

    .venv/bin/python -m tests.realdata.batch7_build.build_messages

A candidate is dropped when its normalised text (lower-cased, accents and punctuation removed) contains / is
contained in / is more than 80 % similar (difflib) to a text of any other ``messages*.jsonl`` of the corpora folder
or of the test fixtures (``tests/corpus/messages.toml``, ``tests/understanding/*.toml``), or more than 85 % similar
to an earlier candidate of this batch. Every kept scam text is checked for raw phone numbers and e-mail addresses
(they must have been anonymised in the inputs); every kept genuine text carries the page's reason (``why_genuine``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.realdata.batch7_build.messages_batch7_pages import MESSAGES
from tests.realdata.corpus_build import (
    dedup_texts,
    message_candidate,
    message_item,
    normalise,
    normalised_texts,
    print_message_summary,
    texts_in_toml,
    write,
)
from tests.realdata.split import CORPORA_DIR

RETRIEVED = "2026-12-01"
OUTPUT = "messages_batch7"
PREFIX = "b7-msg-"
TESTS_DIR = Path(__file__).resolve().parents[2]
FIXTURE_FILES = (
    TESTS_DIR / "corpus" / "messages.toml",
    TESTS_DIR / "understanding" / "messages.toml",
    TESTS_DIR / "understanding" / "distress_real.toml",
    TESTS_DIR / "understanding" / "fresh_routing.toml",
    TESTS_DIR / "understanding" / "distress_phrasings.toml",
)


def older_message_files() -> list[str]:
    """Every other message file of the corpora folder (the ones written later included)."""
    return sorted(path.stem for path in CORPORA_DIR.glob("messages*.jsonl") if path.stem != OUTPUT)


def fixture_texts() -> list[str]:
    """The message texts of the test fixtures (invented or real), so that no batch-7 text repeats one."""
    texts: list[str] = []
    for path in FIXTURE_FILES:
        if path.exists():
            with path.open("rb") as handle:
                texts.extend(texts_in_toml(tomllib.load(handle)))
    return texts


def older_texts() -> list[str]:
    """The normalised texts a batch-7 message must not repeat."""
    fixtures = [normalise(text) for text in fixture_texts()]
    return [norm for norm in normalised_texts(older_message_files()) + fixtures if norm]


def candidates() -> list[dict[str, Any]]:
    """Every gathered candidate, in input order, with its source."""
    rows: list[dict[str, Any]] = []
    for label, channel, brand, scenario, text, url, why in MESSAGES:
        source = {
            "url": url,
            "site": urlsplit(url).hostname or "",
            "retrieved": RETRIEVED,
            "repo": None,
            "path": None,
            "commit": None,
        }
        reason = {"why_genuine": why} if label == "genuine" else {"_why": why}
        rows.append(message_candidate((label, channel, brand, scenario, text), source, **reason))
    return rows


def dedup(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The rows whose text repeats no older message file, no fixture and no earlier row; the dropped ones."""
    return dedup_texts(rows, lambda row: str(row["text"]), older_texts())


def build() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    kept, dropped = dedup(candidates())
    out: list[dict[str, Any]] = []
    for number, row in enumerate(kept, 1):
        item = message_item(row, f"{PREFIX}{number:04d}", RETRIEVED)
        if row["label"] == "genuine":
            assert str(row.get("why_genuine", "")).strip(), row["text"]
            item["why_genuine"] = row["why_genuine"]
        out.append(item)
    return out, dropped


def main() -> None:
    rows, dropped = build()
    write(OUTPUT, rows)
    print("candidates:", len(candidates()), "kept:", len(rows))
    print_message_summary(rows, dropped)


if __name__ == "__main__":
    main()
