"""The fifth batch's link files parse, are sourced and dated, keep their caps and repeat nothing of the corpus.

Gathered on 30/11/2026 (session that began at 23:48 UTC) by a helper who tuned nothing and ran no detection on them:
the integrator measures them whole. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import collections
from pathlib import Path

from tests.realdata import batch_checks
from tests.realdata.split import items

PHISHING = "phishing_batch5"
LEGIT = "legit_batch5"
PREFIX = {PHISHING: "b5-url-", LEGIT: "b5-legit-"}
BUILD_DIR = Path(__file__).parent / "batch5_build"
#: The build's inputs by source path, and whether an earlier batch already read that feed.
PHISHING_INPUTS = {
    "domains/tif.txt": ("phish_hagezi.txt", "new"),
    "sources/ut1-fr": ("phish_ut1.txt", "used"),
    "sources/red.flag.domains.txt": ("phish_redflag.txt", "used"),
    "sources/phishing_army": ("phish_army.txt", "used"),
    "sources/phishtank.com-online-valid": ("phish_phishtank_b.txt", "used"),
}


def _other_files() -> list[str]:
    return batch_checks.other_files(PREFIX)


def _input_hosts(name: str) -> set[str]:
    text = (BUILD_DIR / name).read_text(encoding="utf-8")
    return {line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith("#")}


def test_the_batch5_link_files_stay_out_of_every_default_and_report_list() -> None:
    from tests.realdata import split
    from tests.realdata.messages_report import MESSAGE_FILES

    for name in PREFIX:
        assert name in split.BATCH5_FILES
        assert name not in split.FILES and name not in split.FRESH_FILES
        assert name not in split.BLIND_FILES and name not in split.BATCH4_FILES
        assert name not in MESSAGE_FILES


def test_every_batch5_link_parses_and_has_a_source_and_a_date() -> None:
    batch_checks.assert_hosts_parse_with_a_github_source(PREFIX, min_rows=200, retrieved=None)


def test_batch5_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, _other_files())


def test_batch5_link_labels_and_fields() -> None:
    batch_checks.assert_phishing_hosts_fields(PHISHING)
    batch_checks.assert_legit_hosts_fields(LEGIT)


def test_every_batch5_phishing_host_is_in_the_input_of_its_source_and_feed() -> None:
    for item in items(PHISHING):
        input_name, feed = PHISHING_INPUTS[str(item["source"]["path"])]
        assert item["text"] in _input_hosts(input_name), item["id"]
        assert item["feed"] == feed, item["id"]


def test_no_batch5_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_hosts_new(PREFIX, *batch_checks.split_links_and_messages(_other_files()))


def test_batch5_phishing_caps_sources_feeds_and_brands() -> None:
    rows = list(items(PHISHING))
    feeds = collections.Counter(item["feed"] for item in rows)
    batch_checks.assert_source_and_brand_caps(rows, source_cap=0.40, brand_cap=0.20)
    # parts or snapshots of feeds an earlier batch already read: at most 60 % of the file
    assert feeds["used"] <= 0.60 * len(rows)
