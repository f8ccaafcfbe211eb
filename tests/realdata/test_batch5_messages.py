"""The fifth batch of real messages parses, is sourced and dated, and repeats no older message file.

Gathered on 30/11/2026 by a helper who tuned nothing and ran no detection on it: the integrator measures it whole.
These tests read the file as data only (no detection runs here).
"""

from __future__ import annotations

import collections
import difflib
import re
import unicodedata

from tests.realdata.split import BATCH4_FILES, BLIND_FILES, FILES, FRESH_FILES, items

BATCH5_MESSAGES = "messages_batch5"
OLDER_MESSAGE_FILES = (
    "messages_real",
    "messages_extra",
    "messages_fresh",
    "messages_blind",
    "messages_batch4",
)
FIELDS = {"id", "text", "label", "channel", "brand", "scenario", "source", "retrieved"}
CHANNELS = {"sms", "email", "messaging", "letter", "unknown"}
SIGNAL_ARNAQUES = "ledokter/scraper-signal-arnaques"
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


def test_the_batch5_messages_stay_out_of_every_default_list() -> None:
    from tests.realdata.messages_report import MESSAGE_FILES

    for listed in (FILES, FRESH_FILES, BLIND_FILES, BATCH4_FILES, MESSAGE_FILES):
        assert BATCH5_MESSAGES not in listed


def test_every_batch5_message_parses_with_the_batch4_fields_a_source_and_a_date() -> None:
    rows = list(items(BATCH5_MESSAGES))
    assert rows
    for item in rows:
        assert set(item) == FIELDS, item.get("id")
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        source = item["source"]
        # the page address as the search stored it (one personal blog is http-only)
        assert str(source.get("url", "")).startswith(("https://", "http://")), item["id"]
        if source.get("repo"):
            assert re.fullmatch(r"[0-9a-f]{40}", str(source.get("commit"))), item["id"]
            assert source.get("path"), item["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item["retrieved"])), item["id"]


def test_batch5_ids_are_unique_numbered_and_new() -> None:
    older = {str(item["id"]) for name in OLDER_MESSAGE_FILES for item in items(name)}
    ids = [str(item["id"]) for item in items(BATCH5_MESSAGES)]
    assert len(ids) == len(set(ids))
    assert ids == [f"b5-msg-{number:04d}" for number in range(1, len(ids) + 1)]
    assert not set(ids) & older


def test_batch5_labels_channels_and_scenarios() -> None:
    labels: collections.Counter[str] = collections.Counter()
    for item in items(BATCH5_MESSAGES):
        assert item["label"] in {"scam", "genuine"}, item["id"]
        assert item["channel"] in CHANNELS, item["id"]
        assert re.fullmatch(r"[a-z0-9_]+", str(item["scenario"])), item["id"]
        assert item["brand"] is None or re.fullmatch(r"[a-z0-9_]+", str(item["brand"])), item["id"]
        labels[item["label"]] += 1
    assert labels["scam"] and labels["genuine"]


def test_no_batch5_text_repeats_an_older_message_file_or_another_batch5_text() -> None:
    older = [_normalise(str(item["text"])) for name in OLDER_MESSAGE_FILES for item in items(name)]
    seen: list[str] = []
    for item in items(BATCH5_MESSAGES):
        text = _normalise(str(item["text"]))
        assert not any(_close(text, other, 0.80) for other in older), item["id"]
        assert not any(_close(text, other, 0.85) for other in seen), item["id"]
        seen.append(text)


def test_batch5_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    for item in items(BATCH5_MESSAGES):
        if item["label"] == "scam":
            assert not RAW_PHONE.search(str(item["text"])), item["id"]
            assert not RAW_EMAIL.search(str(item["text"])), item["id"]


def test_the_already_used_signal_arnaques_scrape_is_at_most_a_quarter_of_the_batch() -> None:
    rows = list(items(BATCH5_MESSAGES))
    used = sum(1 for item in rows if item["source"].get("repo") == SIGNAL_ARNAQUES)
    assert used <= 0.25 * len(rows)


def test_the_committed_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch5_build.build_messages import build

    built, _dropped = build()
    expected = [{k: v for k, v in row.items() if not k.startswith("_")} for row in built]
    assert list(items(BATCH5_MESSAGES)) == expected
