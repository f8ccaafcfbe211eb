"""The seventh batch's link files parse, are sourced and dated, keep their caps and repeat nothing of the corpus.

Gathered on 01/12/2026 (session of round 10) by a helper who tuned nothing and ran no detection on them: the integrator
measures them whole. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import collections
from pathlib import Path

from tests.realdata import batch_checks
from tests.realdata.split import items

PHISHING = "phishing_batch7"
LEGIT = "legit_batch7"
PREFIX = {PHISHING: "b7-url-", LEGIT: "b7-legit-"}
#: Written by this session's messages helper in parallel: its dedup against these files is its own.
SIBLING = "messages_batch7"
BUILD_DIR = Path(__file__).parent / "batch7_build"
REDFLAG_REPO = "maaaaz/red.flag.domains-publications"
#: The daily publications batch 6 read: this batch reads other days only.
BATCH6_DAYS = frozenset({
    "2022-06-15", "2022-10-12", "2022-11-16", "2023-02-08", "2023-05-10", "2023-09-14", "2023-11-08", "2024-01-10",
    "2024-02-20", "2024-03-12", "2024-06-12", "2024-10-09", "2025-01-15", "2025-03-18", "2025-06-11", "2025-09-17",
})  # fmt: skip


def _other_files() -> list[str]:
    return batch_checks.other_files((*PREFIX, SIBLING))


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


def test_the_batch7_link_files_stay_out_of_every_default_and_report_list() -> None:
    from tests.realdata import split
    from tests.realdata.messages_report import MESSAGE_FILES

    for name in PREFIX:
        assert name in split.BATCH7_FILES
        assert name not in split.FILES and name not in split.FRESH_FILES
        assert name not in split.BLIND_FILES and name not in split.BATCH4_FILES
        assert name not in split.BATCH5_FILES and name not in split.BATCH6_FILES
        assert name not in MESSAGE_FILES


def test_every_batch7_link_parses_and_has_a_source_and_a_date() -> None:
    batch_checks.assert_hosts_parse_with_a_github_source(PREFIX, min_rows=200, retrieved="2026-12-01")


def test_batch7_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, _other_files())


def test_batch7_link_labels_and_fields() -> None:
    batch_checks.assert_phishing_hosts_fields(PHISHING)
    batch_checks.assert_legit_hosts_fields(LEGIT)
    batch_checks.assert_legit_hard_flags(LEGIT)


def _input_hosts(name: str) -> set[str]:
    text = (BUILD_DIR / name).read_text(encoding="utf-8")
    return {line.split()[0] for line in text.splitlines() if line.strip() and not line.startswith(("#", "@"))}


def test_every_batch7_phishing_host_is_in_the_input_of_its_source_and_feed() -> None:
    days = _redflag_days()
    # the daily publications batch 6 read are not read again
    assert not {path.rsplit("/", 1)[-1].removesuffix(".csv") for path, _ in days} & BATCH6_DAYS
    for item in items(PHISHING):
        source = item["source"]
        if source["repo"] == REDFLAG_REPO:
            assert item["feed"] == "new", item["id"]
            assert item["text"] in days[(str(source["path"]), str(source["commit"]))], item["id"]
        else:
            feed_file = (source["repo"], source["path"])
            assert feed_file == ("hagezi/dns-blocklists", "domains/tif.txt"), item["id"]
            assert item["feed"] == "used", item["id"]
            assert item["text"] in _input_hosts("phish_hagezi.txt"), item["id"]


def test_every_batch7_legit_host_is_in_the_input_list_with_its_source() -> None:
    from tests.realdata.batch7_build.build_links import LEGIT_SOURCES

    batch_checks.assert_legit_hosts_listed(LEGIT, BUILD_DIR, LEGIT_SOURCES)


def test_no_batch7_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    batch_checks.assert_hosts_new(PREFIX, *batch_checks.split_links_and_messages(_other_files()))


def test_no_batch7_legit_host_is_under_an_official_domain_or_gouv_fr() -> None:
    batch_checks.assert_no_legit_host_under_an_official_domain(LEGIT)


def test_batch7_phishing_caps_sources_and_brands() -> None:
    rows = list(items(PHISHING))
    assert len(rows) >= 300
    batch_checks.assert_source_and_brand_caps(rows, source_cap=0.35, brand_cap=0.20)
    # parts or snapshots of feeds an earlier batch already read: at most 50 % of the file
    assert collections.Counter(item["feed"] for item in rows)["used"] <= 0.50 * len(rows)


def test_batch7_legit_caps_its_sources() -> None:
    rows = list(items(LEGIT))
    assert len(rows) >= 200
    assert max(batch_checks.source_counts(rows).values()) <= 0.35 * len(rows)


def test_the_committed_batch7_link_files_are_what_the_build_writes() -> None:
    from tests.realdata.batch7_build import build_links
    from tests.realdata.corpus_build import HostDedup

    dedup = HostDedup(*build_links.corpus_files())
    phishing = build_links.build_phishing(dedup)
    legit, _ = build_links.build_legit(dedup)
    assert [row["text"] for row in phishing] == [item["text"] for item in items(PHISHING)]
    assert [row["id"] for row in phishing] == [item["id"] for item in items(PHISHING)]
    assert [row["text"] for row in legit] == [item["text"] for item in items(LEGIT)]
