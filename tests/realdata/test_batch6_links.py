"""The sixth batch's link files parse, are sourced and dated, keep their caps and repeat nothing of the corpus.

Gathered on 01/12/2026 (session that began at 02:21 UTC) by a helper who tuned nothing and ran no detection on them:
the integrator measures them whole. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import collections
from pathlib import Path

from tests.realdata import batch_checks
from tests.realdata.split import items

PHISHING = "phishing_batch6"
LEGIT = "legit_batch6"
PREFIX = {PHISHING: "b6-url-", LEGIT: "b6-legit-"}
#: Written by this session's messages helper in parallel: its dedup against these files is its own.
SIBLING = "messages_batch6"
BUILD_DIR = Path(__file__).parent / "batch6_build"
REDFLAG_REPO = "maaaaz/red.flag.domains-publications"
#: The used feeds' input files by source path.
USED_INPUTS = {"domains/tif.txt": "phish_hagezi.txt", "sources/ut1-fr": "phish_ut1.txt"}


def _other_files() -> list[str]:
    return batch_checks.other_files((*PREFIX, SIBLING))


def _input_hosts(name: str) -> set[str]:
    text = (BUILD_DIR / name).read_text(encoding="utf-8")
    return {line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith(("#", "@"))}


def _redflag_days() -> dict[tuple[str, str], set[str]]:
    """(path, commit) of each daily publication read -> the hosts kept from it."""
    days: dict[tuple[str, str], set[str]] = {}
    current: set[str] = set()
    for line in (BUILD_DIR / "phish_redflag_pub.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if words[0] == "@":
            year, month, _ = words[1].split("-")
            current = days.setdefault((f"{year}/{month}/{words[1]}.csv", words[2]), set())
        else:
            current.add(words[0])
    return days


def test_the_batch6_link_files_stay_out_of_every_default_and_report_list() -> None:
    from tests.realdata import split
    from tests.realdata.messages_report import MESSAGE_FILES

    for name in PREFIX:
        assert name in split.BATCH6_FILES
        assert name not in split.FILES and name not in split.FRESH_FILES
        assert (
            name not in split.BLIND_FILES
            and name not in split.BATCH4_FILES
            and name not in split.BATCH5_FILES
        )
        assert name not in MESSAGE_FILES


def test_every_batch6_link_parses_and_has_a_source_and_a_date() -> None:
    batch_checks.assert_hosts_parse_with_a_github_source(PREFIX, min_rows=200, retrieved="2026-12-01")


def test_batch6_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, _other_files())


def test_batch6_link_labels_and_fields() -> None:
    batch_checks.assert_phishing_hosts_fields(PHISHING)
    batch_checks.assert_legit_hosts_fields(LEGIT)
    batch_checks.assert_legit_hard_flags(LEGIT)


def test_every_batch6_phishing_host_is_in_the_input_of_its_source_and_feed() -> None:
    days = _redflag_days()
    for item in items(PHISHING):
        source = item["source"]
        if source["repo"] == REDFLAG_REPO:
            assert item["feed"] == "new", item["id"]
            assert item["text"] in days[(str(source["path"]), str(source["commit"]))], item["id"]
        else:
            assert item["feed"] == "used", item["id"]
            assert item["text"] in _input_hosts(USED_INPUTS[str(source["path"])]), item["id"]


def test_every_batch6_legit_host_is_in_the_input_list_with_its_source() -> None:
    from tests.realdata.batch6_build.build_links import LEGIT_SOURCES

    batch_checks.assert_legit_hosts_listed(LEGIT, BUILD_DIR, LEGIT_SOURCES)


def test_no_batch6_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_hosts_new(PREFIX, *batch_checks.split_links_and_messages(_other_files()))


def test_no_batch6_legit_host_is_under_an_official_domain_or_gouv_fr() -> None:
    batch_checks.assert_no_legit_host_under_an_official_domain(LEGIT)


def test_batch6_phishing_caps_sources_feeds_and_brands() -> None:
    rows = list(items(PHISHING))
    feeds = collections.Counter(item["feed"] for item in rows)
    assert len(rows) >= 300
    batch_checks.assert_source_and_brand_caps(rows, source_cap=0.35, brand_cap=0.20)
    # parts or snapshots of feeds an earlier batch already read: at most 50 % of the file
    assert feeds["used"] <= 0.50 * len(rows)


def test_batch6_legit_caps_its_sources() -> None:
    rows = list(items(LEGIT))
    assert max(batch_checks.source_counts(rows).values()) <= 0.35 * len(rows)
