"""The seventh batch of real messages parses, is sourced and dated, and repeats no other message file or fixture.

Gathered on 01/12/2026 by a helper who tuned nothing and ran no detection on it: the integrator measures it whole.
These tests read the file as data only (no detection runs here).
"""

from __future__ import annotations

from tests.realdata import batch_checks
from tests.realdata.corpus_build import OLDER_THRESHOLD, normalise
from tests.realdata.page_messages_build import other_texts
from tests.realdata.split import (
    BATCH4_FILES,
    BATCH5_FILES,
    BATCH6_FILES,
    BATCH7_FILES,
    BLIND_FILES,
    FILES,
    FRESH_FILES,
)

BATCH7_MESSAGES = "messages_batch7"


def _other_message_files() -> list[str]:
    return batch_checks.other_files({BATCH7_MESSAGES}, "messages*.jsonl")


def _other_texts() -> list[str]:
    """Every other corpus message file (those added later included) and every message fixture, normalised."""
    return other_texts(BATCH7_MESSAGES)


def test_the_batch7_messages_stay_out_of_every_default_list_but_the_batch7_one() -> None:
    from tests.realdata.messages_report import MESSAGE_FILES

    for listed in (FILES, FRESH_FILES, BLIND_FILES, BATCH4_FILES, BATCH5_FILES, BATCH6_FILES, MESSAGE_FILES):
        assert BATCH7_MESSAGES not in listed
    assert BATCH7_MESSAGES in BATCH7_FILES


def test_every_batch7_message_parses_with_its_fields_a_page_source_and_a_date() -> None:
    batch_checks.assert_page_messages_parse(BATCH7_MESSAGES)


def test_batch7_ids_are_unique_numbered_and_new() -> None:
    batch_checks.assert_messages_numbered_and_new(BATCH7_MESSAGES, "b7-msg-", _other_message_files())


def test_batch7_labels_channels_scenarios_and_the_reason_a_genuine_item_is_genuine() -> None:
    batch_checks.assert_labels_channels_and_scenarios(BATCH7_MESSAGES)
    batch_checks.assert_genuine_items_say_why(BATCH7_MESSAGES)


def test_no_batch7_text_repeats_another_message_file_a_fixture_or_another_batch7_text() -> None:
    batch_checks.assert_texts_new(BATCH7_MESSAGES, _other_texts())


def test_no_batch7_page_was_used_by_an_earlier_message_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_pages_new(BATCH7_MESSAGES, _other_message_files())


def test_batch7_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    batch_checks.assert_scam_texts_anonymised(BATCH7_MESSAGES)


def test_the_committed_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch7_build.build_messages import build

    built, dropped = build()
    assert not dropped, dropped
    batch_checks.assert_committed_file_is(BATCH7_MESSAGES, built)


def test_every_candidate_set_aside_as_a_repeat_still_repeats_an_older_text() -> None:
    from tests.realdata.batch7_build.messages_batch7_pages import REPEATED

    others = _other_texts()
    assert REPEATED
    for row in REPEATED:
        text = normalise(row[4])
        assert any(batch_checks.close(text, other, OLDER_THRESHOLD) for other in others), row[4]
