"""The tenth batch (two link files and a message file) parses, is sourced and dated, keeps its caps and repeats nothing.

Gathered on 02/12/2026 by a helper who tuned nothing and ran no detection on it: the integrator measures it whole.
These tests read the files as data only (no detection runs here). Phishing items come from two Phishing.Database
addition lists, unread windows of the UT1 list, GitHub issue threads and press pages; legitimate hosts from five
Etalab files; messages from press pages, fact-checkers and official warnings, mostly francophone outside France
(Africa, Maghreb, Quebec, Belgium, Switzerland). LINKS.md and MESSAGES.md of ``batch10_build`` give the counts and what the brief's targets missed.
"""

from __future__ import annotations

import collections
from pathlib import Path

from tests.realdata import batch_checks, split
from tests.realdata.corpus_build import OLDER_THRESHOLD, data_lines, normalise
from tests.realdata.page_messages_build import other_texts
from tests.realdata.split import items

PHISHING = "phishing_batch10"
LEGIT = "legit_batch10"
MESSAGES = "messages_batch10"
PREFIX = {PHISHING: "b10-url-", LEGIT: "b10-legit-"}
BUILD_DIR = Path(__file__).parent / "batch10_build"
RETRIEVED = "2026-12-02"
PHISHING_DATABASE = "Phishing-Database/phishing"
#: (repository, path) of each repository file the phishing file reads -> its input file and feed.
REPO_FILES = {
    ("romainmarcoux/malicious-domains", "sources/ut1-fr"): ("phish_ut1.txt", "used"),
    (PHISHING_DATABASE, "additions/permanent/domains.list"): ("phish_pdb_domains.txt", "new"),
    (PHISHING_DATABASE, "additions/permanent/domains.wildcard.list"): ("phish_pdb_wildcard.txt", "new"),
}


def _other_link_files() -> list[str]:
    return batch_checks.other_files((*PREFIX, MESSAGES))


def _other_message_files() -> list[str]:
    return batch_checks.other_files({MESSAGES}, "messages*.jsonl")


def test_the_batch10_files_stay_out_of_every_default_and_report_list() -> None:
    from tests.realdata.messages_report import MESSAGE_FILES

    earlier = (
        split.FILES,
        split.FRESH_FILES,
        split.BLIND_FILES,
        split.BATCH4_FILES,
        split.BATCH5_FILES,
        split.BATCH6_FILES,
        split.BATCH7_FILES,
        split.BATCH8_FILES,
        split.BATCH9_FILES,
        MESSAGE_FILES,
    )
    for name in (PHISHING, LEGIT, MESSAGES):
        assert name in split.BATCH10_FILES
        assert not any(name in listed for listed in earlier)


# --- links ------------------------------------------------------------------------------------------------------------


def test_every_batch10_legit_host_parses_and_has_a_github_source_and_a_date() -> None:
    batch_checks.assert_hosts_parse_with_a_github_source([LEGIT], min_rows=150, retrieved=RETRIEVED)


def test_every_batch10_phishing_link_parses_and_has_a_source_and_a_date() -> None:
    batch_checks.assert_quoted_links_parse_with_a_source(PHISHING, RETRIEVED)


def test_batch10_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, _other_link_files())


def test_batch10_link_labels_and_fields() -> None:
    batch_checks.assert_quoted_link_fields(PHISHING)
    batch_checks.assert_legit_hosts_fields(LEGIT)
    batch_checks.assert_legit_hard_flags(LEGIT)


def test_every_batch10_phishing_link_is_in_the_input_of_its_source_and_feed() -> None:
    from tests.realdata.batch10_build.build_links import SCENARIO_TAGS

    for item in items(PHISHING):
        source = item["source"]
        text = str(item["text"])
        if source["commit"] is None:
            name = "phish_issues.txt" if source["repo"] else "phish_pages.txt"
            assert item["feed"] == "new", item["id"]
            assert [text, source["url"]] in [[words[0], words[3]] for words in data_lines(BUILD_DIR, name)], (
                item["id"]
            )
            continue
        name, feed = REPO_FILES[(source["repo"], source["path"])]
        assert item["feed"] == feed, item["id"]
        tags = {words[0]: words[1] for words in data_lines(BUILD_DIR, name)}
        assert text in tags, item["id"]
        assert item["brands"] == ([] if tags[text] in SCENARIO_TAGS else [tags[text]]), item["id"]


def test_every_batch10_legit_host_is_in_the_input_list_with_its_source() -> None:
    from tests.realdata.batch10_build.build_links import LEGIT_SOURCES

    batch_checks.assert_legit_hosts_listed(LEGIT, BUILD_DIR, LEGIT_SOURCES)


def test_no_batch10_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_hosts_new(PREFIX, *batch_checks.split_links_and_messages(_other_link_files()))


def test_no_batch10_legit_host_is_under_an_official_domain_or_gouv_fr() -> None:
    batch_checks.assert_no_legit_host_under_an_official_domain(LEGIT)


def test_batch10_phishing_caps_sources_and_brands() -> None:
    rows = list(items(PHISHING))
    # the target was 150-300: new French sources are nearly exhausted (LINKS.md gives the figures)
    assert len(rows) >= 120
    # the part of a feed an earlier batch already read (UT1): at most 65 % of the file
    batch_checks.assert_quoted_phishing_caps(rows, used_cap=0.65)


def test_batch10_legit_caps_its_sources_and_has_hard_hosts() -> None:
    batch_checks.assert_legit_caps_and_hard_hosts(LEGIT, min_rows=150, min_hard=10)


def test_the_committed_batch10_link_files_are_what_the_build_writes() -> None:
    from tests.realdata.batch10_build import build_links

    batch_checks.assert_committed_link_files(build_links, PHISHING, LEGIT)


# --- messages ---------------------------------------------------------------------------------------------------------


def test_every_batch10_message_parses_with_its_fields_a_page_source_and_a_date() -> None:
    batch_checks.assert_page_messages_parse(MESSAGES, RETRIEVED)


def test_batch10_message_ids_are_unique_numbered_and_new() -> None:
    batch_checks.assert_messages_numbered_and_new(MESSAGES, "b10-msg-", _other_message_files())


def test_batch10_labels_channels_scenarios_and_the_reason_a_genuine_item_is_genuine() -> None:
    batch_checks.assert_labels_channels_and_scenarios(MESSAGES)
    batch_checks.assert_genuine_items_say_why(MESSAGES)


def test_no_batch10_text_repeats_another_message_file_a_fixture_or_another_batch10_text() -> None:
    batch_checks.assert_texts_new(MESSAGES, other_texts(MESSAGES))


def test_no_batch10_page_was_used_by_an_earlier_message_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_pages_new(MESSAGES, _other_message_files())


def test_batch10_scam_texts_hold_no_raw_phone_number_or_e_mail_address() -> None:
    batch_checks.assert_scam_texts_anonymised(MESSAGES)


def test_batch10_messages_reach_the_brief_s_counts() -> None:
    labels = collections.Counter(item["label"] for item in items(MESSAGES))
    # targets were 40+ scams and 20+ genuine (MESSAGES.md: most are francophone, not from France)
    assert labels["scam"] >= 40 and labels["genuine"] >= 20


def test_the_committed_batch10_message_file_is_what_the_build_script_writes() -> None:
    from tests.realdata.batch10_build.build_messages import build

    built, dropped = build()
    assert not dropped, dropped
    batch_checks.assert_committed_file_is(MESSAGES, built)


def test_every_batch10_candidate_set_aside_as_a_repeat_still_repeats_an_older_text() -> None:
    from tests.realdata.batch10_build.messages_batch10_pages import REPEATED

    others = other_texts(MESSAGES)
    assert REPEATED
    for row in REPEATED:
        text = normalise(row[4])
        assert any(batch_checks.close(text, other, OLDER_THRESHOLD) for other in others), row[4]
