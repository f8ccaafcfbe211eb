"""The fifth batch of real messages parses, is sourced and dated, and repeats no older message file.

Gathered on 30/11/2026 by a helper who tuned nothing and ran no detection on it: the integrator measures it whole.
These tests read the file as data only (no detection runs here).
"""

from __future__ import annotations

import re

from tests.realdata import batch_checks
from tests.realdata.corpus_build import normalise
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
SIGNAL_ARNAQUES = "ledokter/scraper-signal-arnaques"


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
    batch_checks.assert_messages_numbered_and_new(BATCH5_MESSAGES, "b5-msg-", OLDER_MESSAGE_FILES)


def test_batch5_labels_channels_and_scenarios() -> None:
    batch_checks.assert_labels_channels_and_scenarios(BATCH5_MESSAGES)


def test_no_batch5_text_repeats_an_older_message_file_or_another_batch5_text() -> None:
    older = [normalise(str(item["text"])) for name in OLDER_MESSAGE_FILES for item in items(name)]
    batch_checks.assert_texts_new(BATCH5_MESSAGES, older)


def test_batch5_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    batch_checks.assert_scam_texts_anonymised(BATCH5_MESSAGES)


def test_the_already_used_signal_arnaques_scrape_is_at_most_a_quarter_of_the_batch() -> None:
    rows = list(items(BATCH5_MESSAGES))
    used = sum(1 for item in rows if item["source"].get("repo") == SIGNAL_ARNAQUES)
    assert used <= 0.25 * len(rows)


def test_the_committed_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch5_build.build_messages import build

    built, _dropped = build()
    batch_checks.assert_committed_file_is(BATCH5_MESSAGES, built)
