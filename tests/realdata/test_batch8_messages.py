"""The eighth batch of real messages parses, is sourced and dated, and repeats no other message file or fixture.

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
    BATCH8_FILES,
    BLIND_FILES,
    FILES,
    FRESH_FILES,
)

BATCH8_MESSAGES = "messages_batch8"


def _other_message_files() -> list[str]:
    return batch_checks.other_files({BATCH8_MESSAGES}, "messages*.jsonl")


def _other_texts() -> list[str]:
    """Every other corpus message file (those added later included) and every message fixture, normalised."""
    return other_texts(BATCH8_MESSAGES)


def test_the_batch8_messages_stay_out_of_every_default_list_but_the_batch8_one() -> None:
    from tests.realdata.messages_report import MESSAGE_FILES

    for listed in (
        FILES,
        FRESH_FILES,
        BLIND_FILES,
        BATCH4_FILES,
        BATCH5_FILES,
        BATCH6_FILES,
        BATCH7_FILES,
        MESSAGE_FILES,
    ):
        assert BATCH8_MESSAGES not in listed
    assert BATCH8_MESSAGES in BATCH8_FILES


def test_every_batch8_message_parses_with_its_fields_a_page_source_and_a_date() -> None:
    batch_checks.assert_page_messages_parse(BATCH8_MESSAGES)


def test_batch8_ids_are_unique_numbered_and_new() -> None:
    batch_checks.assert_messages_numbered_and_new(BATCH8_MESSAGES, "b8-msg-", _other_message_files())


def test_batch8_labels_channels_scenarios_and_the_reason_a_genuine_item_is_genuine() -> None:
    batch_checks.assert_labels_channels_and_scenarios(BATCH8_MESSAGES)
    batch_checks.assert_genuine_items_say_why(BATCH8_MESSAGES)


def test_no_batch8_text_repeats_another_message_file_a_fixture_or_another_batch8_text() -> None:
    batch_checks.assert_texts_new(BATCH8_MESSAGES, _other_texts())


def test_no_batch8_page_was_used_by_an_earlier_message_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_pages_new(BATCH8_MESSAGES, _other_message_files())


def test_batch8_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    batch_checks.assert_scam_texts_anonymised(BATCH8_MESSAGES)


def test_the_committed_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch8_build.build_messages import build

    built, dropped = build()
    assert not dropped, dropped
    batch_checks.assert_committed_file_is(BATCH8_MESSAGES, built)


def test_every_candidate_set_aside_as_a_repeat_still_repeats_an_older_text() -> None:
    from tests.realdata.batch8_build.messages_batch8_pages import REPEATED

    others = _other_texts()
    assert REPEATED
    for row in REPEATED:
        text = normalise(row[4])
        assert any(batch_checks.close(text, other, OLDER_THRESHOLD) for other in others), row[4]
