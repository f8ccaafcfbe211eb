"""Build a batch's ``messages_batchN.jsonl`` from messages quoted by public pages (deterministic; never runs
detection). Shared by the batch builders since the sixth batch (``batchN_build/build_messages.py``).

A candidate is dropped when its normalised text (lower-cased, accents and punctuation removed) contains / is
contained in / is more than 80 % similar (difflib) to a text of any other ``messages*.jsonl`` of the corpora folder
or of the test fixtures (``tests/corpus/messages.toml``, ``tests/understanding/*.toml``), or more than 85 % similar
to an earlier candidate of this batch. Every kept scam text is checked for raw phone numbers and e-mail addresses
(they must have been anonymised in the inputs); every kept genuine text carries the page's reason (``why_genuine``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
from tests.realdata.split import CORPORA_DIR, items

TESTS_DIR = Path(__file__).resolve().parents[1]
FIXTURE_FILES = (
    TESTS_DIR / "corpus" / "messages.toml",
    TESTS_DIR / "understanding" / "messages.toml",
    TESTS_DIR / "understanding" / "distress_real.toml",
    TESTS_DIR / "understanding" / "fresh_routing.toml",
    TESTS_DIR / "understanding" / "distress_phrasings.toml",
)

#: One gathered message: (label, channel, brand, scenario, text, page url, why the page's label holds).
Page = tuple[str, str, str | None, str, str, str, str]


@dataclass(frozen=True)
class PageBatch:
    """One batch of page-quoted messages: its output file, id prefix, gathering date and candidates."""

    output: str
    prefix: str
    retrieved: str
    messages: Sequence[Page]

    def older_message_files(self) -> list[str]:
        """Every other message file of the corpora folder (the ones written later included)."""
        return sorted(path.stem for path in CORPORA_DIR.glob("messages*.jsonl") if path.stem != self.output)

    def older_texts(self) -> list[str]:
        """The normalised texts a message of this batch must not repeat."""
        fixtures = [normalise(text) for text in fixture_texts()]
        return [norm for norm in normalised_texts(self.older_message_files()) + fixtures if norm]

    def candidates(self) -> list[dict[str, Any]]:
        """Every gathered candidate, in input order, with its source."""
        rows: list[dict[str, Any]] = []
        for label, channel, brand, scenario, text, url, why in self.messages:
            source = {
                "url": url,
                "site": urlsplit(url).hostname or "",
                "retrieved": self.retrieved,
                "repo": None,
                "path": None,
                "commit": None,
            }
            reason = {"why_genuine": why} if label == "genuine" else {"_why": why}
            rows.append(message_candidate((label, channel, brand, scenario, text), source, **reason))
        return rows

    def dedup(self, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        """The rows whose text repeats no older message file, no fixture and no earlier row; the dropped ones."""
        return dedup_texts(rows, lambda row: str(row["text"]), self.older_texts())

    def build(self) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        kept, dropped = self.dedup(self.candidates())
        out: list[dict[str, Any]] = []
        for number, row in enumerate(kept, 1):
            item = message_item(row, f"{self.prefix}{number:04d}", self.retrieved)
            if row["label"] == "genuine":
                assert str(row.get("why_genuine", "")).strip(), row["text"]
                item["why_genuine"] = row["why_genuine"]
            out.append(item)
        return out, dropped

    def main(self) -> None:
        rows, dropped = self.build()
        write(self.output, rows)
        print("candidates:", len(self.candidates()), "kept:", len(rows))
        print_message_summary(rows, dropped)


def fixture_texts() -> list[str]:
    """The message texts of the test fixtures (invented or real), so that no batch text repeats one."""
    texts: list[str] = []
    for path in FIXTURE_FILES:
        if path.exists():
            with path.open("rb") as handle:
                texts.extend(texts_in_toml(tomllib.load(handle)))
    return texts


def other_texts(own: str) -> list[str]:
    """Every corpus message file but ``own`` (those added later included) and every message fixture, normalised:
    what a batch's tests check its texts against, as its builder did."""
    names = sorted(path.stem for path in CORPORA_DIR.glob("messages*.jsonl") if path.stem != own)
    texts = [str(item["text"]) for name in names for item in items(name)] + fixture_texts()
    return [norm for norm in (normalise(text) for text in texts) if norm]
