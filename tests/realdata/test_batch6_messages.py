"""The sixth batch of real messages parses, is sourced and dated, and repeats no other message file or fixture.

Gathered on 01/12/2026 by a helper who tuned nothing and ran no detection on it: the integrator measures it whole.
These tests read the file as data only (no detection runs here).
"""

from __future__ import annotations

import collections
import difflib
import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

from tests.realdata.split import (
    BATCH4_FILES,
    BATCH5_FILES,
    BATCH6_FILES,
    BLIND_FILES,
    CORPORA_DIR,
    FILES,
    FRESH_FILES,
    items,
)

BATCH6_MESSAGES = "messages_batch6"
FIELDS = {"id", "text", "label", "channel", "brand", "scenario", "source", "retrieved"}
SOURCE_FIELDS = {"url", "site", "retrieved", "repo", "path", "commit"}
CHANNELS = {"sms", "email", "messaging", "letter", "unknown"}
TESTS_DIR = Path(__file__).resolve().parents[1]
FIXTURES = (
    TESTS_DIR / "corpus" / "messages.toml",
    TESTS_DIR / "understanding" / "messages.toml",
    TESTS_DIR / "understanding" / "distress_real.toml",
    TESTS_DIR / "understanding" / "fresh_routing.toml",
)
RAW_PHONE = re.compile(r"(?<![\d/])(?:\+33\s?|0033\s?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)")
#: A local part ending in a letter or digit: a source's own mask such as ``.....@orange.fr`` is kept.
RAW_EMAIL = re.compile(r"[\w.+-]*[^\W_]@[\w-]+(?:\.[\w-]+)+")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _close(text: str, other: str, threshold: float) -> bool:
    if text in other or other in text:
        return True
    return difflib.SequenceMatcher(None, text, other).ratio() > threshold


def _toml_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [str(v) for k, v in node.items() if k == "text" and isinstance(v, str)]
        return found + [text for value in node.values() for text in _toml_texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _toml_texts(value)]
    return []


def _other_texts() -> list[str]:
    """Every other corpus message file (those added later included) and every message fixture, normalised."""
    names = sorted(p.stem for p in CORPORA_DIR.glob("messages*.jsonl") if p.stem != BATCH6_MESSAGES)
    texts = [str(item["text"]) for name in names for item in items(name)]
    for path in FIXTURES:
        with path.open("rb") as handle:
            texts.extend(_toml_texts(tomllib.load(handle)))
    return [norm for norm in (_normalise(text) for text in texts) if norm]


def test_the_batch6_messages_stay_out_of_every_default_list_but_the_batch6_one() -> None:
    from tests.realdata.messages_report import MESSAGE_FILES

    for listed in (FILES, FRESH_FILES, BLIND_FILES, BATCH4_FILES, BATCH5_FILES, MESSAGE_FILES):
        assert BATCH6_MESSAGES not in listed
    assert BATCH6_MESSAGES in BATCH6_FILES


def test_every_batch6_message_parses_with_its_fields_a_page_source_and_a_date() -> None:
    rows = list(items(BATCH6_MESSAGES))
    assert rows
    for item in rows:
        expected = FIELDS | ({"why_genuine"} if item.get("label") == "genuine" else set())
        assert set(item) == expected, item.get("id")
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        source = item["source"]
        assert set(source) == SOURCE_FIELDS, item["id"]
        assert str(source["url"]).startswith(("https://", "http://")), item["id"]
        assert source["site"] and source["site"] in str(source["url"]), item["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item["retrieved"])), item["id"]
        assert source["retrieved"] == item["retrieved"], item["id"]


def test_batch6_ids_are_unique_numbered_and_new() -> None:
    names = sorted(p.stem for p in CORPORA_DIR.glob("messages*.jsonl") if p.stem != BATCH6_MESSAGES)
    older = {str(item["id"]) for name in names for item in items(name)}
    ids = [str(item["id"]) for item in items(BATCH6_MESSAGES)]
    assert ids == [f"b6-msg-{number:04d}" for number in range(1, len(ids) + 1)]
    assert not set(ids) & older


def test_batch6_labels_channels_scenarios_and_the_reason_a_genuine_item_is_genuine() -> None:
    labels: collections.Counter[str] = collections.Counter()
    for item in items(BATCH6_MESSAGES):
        assert item["label"] in {"scam", "genuine"}, item["id"]
        assert item["channel"] in CHANNELS, item["id"]
        assert re.fullmatch(r"[a-z0-9_]+", str(item["scenario"])), item["id"]
        assert item["brand"] is None or re.fullmatch(r"[a-z0-9_]+", str(item["brand"])), item["id"]
        if item["label"] == "genuine":
            assert len(str(item["why_genuine"]).strip()) > 20, item["id"]
        labels[item["label"]] += 1
    assert labels["scam"] and labels["genuine"]


def test_no_batch6_text_repeats_another_message_file_a_fixture_or_another_batch6_text() -> None:
    others = _other_texts()
    seen: list[str] = []
    for item in items(BATCH6_MESSAGES):
        text = _normalise(str(item["text"]))
        assert not any(_close(text, other, 0.80) for other in others), item["id"]
        assert not any(_close(text, other, 0.85) for other in seen), item["id"]
        seen.append(text)


def test_no_batch6_page_was_used_by_an_earlier_message_file() -> None:
    names = sorted(p.stem for p in CORPORA_DIR.glob("messages*.jsonl") if p.stem != BATCH6_MESSAGES)
    older_urls = {str(item["source"].get("url")) for name in names for item in items(name)}
    for item in items(BATCH6_MESSAGES):
        assert item["source"]["url"] not in older_urls, item["id"]


def test_batch6_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    for item in items(BATCH6_MESSAGES):
        if item["label"] == "scam":
            assert not RAW_PHONE.search(str(item["text"])), item["id"]
            assert not RAW_EMAIL.search(str(item["text"])), item["id"]


def test_the_committed_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch6_build.build_messages import build

    built, dropped = build()
    assert not dropped, dropped
    expected = [{k: v for k, v in row.items() if not k.startswith("_")} for row in built]
    assert list(items(BATCH6_MESSAGES)) == expected
