"""The eighth batch's link files parse, are sourced and dated, keep their caps and repeat nothing of the corpus.

Gathered on 01/12/2026 (session of round 11) by a helper who tuned nothing and ran no detection on them: the integrator
measures them whole. These tests read the files as data only (no detection runs here). Unlike the earlier batches,
some phishing items come from press pages and GitHub issue threads (no repository file, or no commit): their source
is the page or the thread, and an address quoted with a path stays whole (subset ``url``).
"""

from __future__ import annotations

import collections
from pathlib import Path

from tests.realdata import batch_checks
from tests.realdata.corpus_build import data_lines
from tests.realdata.split import items

PHISHING = "phishing_batch8"
LEGIT = "legit_batch8"
PREFIX = {PHISHING: "b8-url-", LEGIT: "b8-legit-"}
#: A messages helper of this session may write this file: its dedup against these files is its own.
SIBLING = "messages_batch8"
BUILD_DIR = Path(__file__).parent / "batch8_build"
RETRIEVED = "2026-12-01"
MALICIOUS_DOMAINS = "romainmarcoux/malicious-domains"
#: (repository, path) of each repository file the phishing file reads -> its input file and feed.
REPO_FILES = {
    (MALICIOUS_DOMAINS, "sources/phishtank.com-online-valid"): ("phish_phishtank.txt", "used"),
    (MALICIOUS_DOMAINS, "sources/ut1-fr"): ("phish_ut1.txt", "used"),
    ("CryptoFR/crypto-scams-fr", "websites.txt"): ("phish_cryptofr.txt", "new"),
    ("CryptoFR/crypto-scams-fr", "misc.txt"): ("phish_cryptofr.txt", "new"),
    ("infobloxopen/threat-intelligence", "indicators/csv/olympics_20240729_iocs.csv"): (
        "phish_infoblox.txt",
        "new",
    ),
}


def _other_files() -> list[str]:
    return batch_checks.other_files((*PREFIX, SIBLING))


def test_the_batch8_link_files_stay_out_of_every_default_and_report_list() -> None:
    from tests.realdata import split
    from tests.realdata.messages_report import MESSAGE_FILES

    for name in PREFIX:
        assert name in split.BATCH8_FILES
        assert name not in split.FILES and name not in split.FRESH_FILES
        assert name not in split.BLIND_FILES and name not in split.BATCH4_FILES
        assert name not in split.BATCH5_FILES and name not in split.BATCH6_FILES
        assert name not in split.BATCH7_FILES
        assert name not in MESSAGE_FILES


def test_every_batch8_legit_host_parses_and_has_a_github_source_and_a_date() -> None:
    batch_checks.assert_hosts_parse_with_a_github_source([LEGIT], min_rows=200, retrieved=RETRIEVED)


def test_every_batch8_phishing_link_parses_and_has_a_source_and_a_date() -> None:
    batch_checks.assert_quoted_links_parse_with_a_source(PHISHING, RETRIEVED)


def test_batch8_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, _other_files())


def test_batch8_link_labels_and_fields() -> None:
    batch_checks.assert_quoted_link_fields(PHISHING)
    batch_checks.assert_legit_hosts_fields(LEGIT)
    batch_checks.assert_legit_hard_flags(LEGIT)


def test_every_batch8_phishing_link_is_in_the_input_of_its_source_and_feed() -> None:
    from tests.realdata.batch8_build.build_links import SCENARIO_TAGS

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
        sections: dict[str, set[str]] = collections.defaultdict(set)
        current = ""
        tags = {}
        for words in data_lines(BUILD_DIR, name):
            if words[0] == "@":
                current = words[-1]
                continue
            sections[current].add(words[0])
            tags[words[0]] = words[1]
        # a sectioned input opens each file or snapshot with "@ ... <commit>"; the others have one source
        assert text in sections["" if "" in sections else str(source["commit"])], item["id"]
        assert item["brands"] == ([] if tags[text] in SCENARIO_TAGS else [tags[text]]), item["id"]


def test_every_batch8_legit_host_is_in_the_input_list_with_its_source() -> None:
    from tests.realdata.batch8_build.build_links import LEGIT_SOURCES

    batch_checks.assert_legit_hosts_listed(LEGIT, BUILD_DIR, LEGIT_SOURCES)


def test_no_batch8_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_hosts_new(PREFIX, *batch_checks.split_links_and_messages(_other_files()))


def test_no_batch8_legit_host_is_under_an_official_domain_or_gouv_fr() -> None:
    batch_checks.assert_no_legit_host_under_an_official_domain(LEGIT)


def test_batch8_phishing_caps_sources_and_brands() -> None:
    rows = list(items(PHISHING))
    # the target was 200: the brandless and per-source caps bind first (LINKS.md gives the figures)
    assert len(rows) >= 150
    # parts or snapshots of feeds an earlier batch already read: at most 65 % of the file
    batch_checks.assert_quoted_phishing_caps(rows, used_cap=0.65)


def test_batch8_legit_caps_its_sources_and_has_hard_hosts() -> None:
    batch_checks.assert_legit_caps_and_hard_hosts(LEGIT, min_rows=200, min_hard=50)


def test_the_committed_batch8_link_files_are_what_the_build_writes() -> None:
    from tests.realdata.batch8_build import build_links

    batch_checks.assert_committed_link_files(build_links, PHISHING, LEGIT)
