"""The sixth batch's link files parse, are sourced and dated, keep their caps and repeat nothing of the corpus.

Gathered on 01/12/2026 (session that began at 02:21 UTC) by a helper who tuned nothing and ran no detection on them:
the integrator measures them whole. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import collections
import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.realdata.split import CORPORA_DIR, items

PHISHING = "phishing_batch6"
LEGIT = "legit_batch6"
PREFIX = {PHISHING: "b6-url-", LEGIT: "b6-legit-"}
#: Written by this session's messages helper in parallel: its dedup against these files is its own.
SIBLING = "messages_batch6"
BUILD_DIR = Path(__file__).parent / "batch6_build"
DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])", re.I)
REDFLAG_REPO = "maaaaz/red.flag.domains-publications"
#: The used feeds' input files by source path.
USED_INPUTS = {"domains/tif.txt": "phish_hagezi.txt", "sources/ut1-fr": "phish_ut1.txt"}


@functools.cache
def _extractor() -> Any:
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def _registrable(host: str) -> str:
    return str(_extractor()(host).top_domain_under_public_suffix or host)


def _host(text: str) -> str:
    if "://" in text:
        return (urlsplit(text).hostname or "").lower()
    return text.split("/", 1)[0].lower()


def _other_files() -> list[str]:
    return sorted(
        path.stem for path in CORPORA_DIR.glob("*.jsonl") if path.stem not in PREFIX and path.stem != SIBLING
    )


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
    for name in PREFIX:
        rows = list(items(name))
        assert len(rows) >= 200, name
        for item in rows:
            assert isinstance(item["text"], str) and item["text"].strip() == item["text"], item["id"]
            assert " " not in item["text"] and "/" not in item["text"], item["id"]
            source = item["source"]
            assert re.fullmatch(r"[\w.-]+/[\w.-]+", str(source["repo"])), item["id"]
            assert re.fullmatch(r"[0-9a-f]{40}", str(source["commit"])), item["id"]
            assert str(source["url"]).startswith("https://github.com/"), item["id"]
            assert str(source["commit"]) in str(source["url"]), item["id"]
            assert str(source["url"]).endswith(str(source["path"])), item["id"]
            assert item["retrieved"] == "2026-12-01", item["id"]


def test_batch6_link_ids_are_unique_with_the_right_prefix_and_new() -> None:
    older = {str(item["id"]) for name in _other_files() for item in items(name) if "id" in item}
    for name, prefix in PREFIX.items():
        ids = [str(item["id"]) for item in items(name)]
        assert len(ids) == len(set(ids)), name
        assert all(re.fullmatch(re.escape(prefix) + r"\d{4}", item_id) for item_id in ids), name
        assert not set(ids) & older, name


def test_batch6_link_labels_and_fields() -> None:
    from tests.realdata.batch6_build.build_links import HARD_WORDS

    for item in items(PHISHING):
        assert item["label"] == "scam" and item["kind"] == "link", item["id"]
        assert isinstance(item["brands"], list), item["id"]
        assert item["match_in"] == ("host" if item["brands"] else "none"), item["id"]
        assert item["subset"] == "host", item["id"]
        assert item["feed"] in {"new", "used"}, item["id"]
    for item in items(LEGIT):
        assert item["label"] == "legit" and item["kind"] == "link", item["id"]
        assert item["brands"] == [], item["id"]
        assert item["subset"] in {"scenario_word", "new_tld", "other"}, item["id"]
        host = str(item["text"])
        assert item["hard"] is any(word in host or word in host.replace("-", "") for word in HARD_WORDS), (
            item["id"]
        )


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

    listed = {}
    for line in (BUILD_DIR / "legit_lists.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            listed[words[0]] = LEGIT_SOURCES[words[1]]
    for item in items(LEGIT):
        source = listed[str(item["text"])]
        assert {k: item["source"][k] for k in ("repo", "path", "commit")} == source, item["id"]


def test_no_batch6_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    older: set[str] = set()
    for name in _other_files():
        for item in items(name):
            if name.startswith("messages"):
                older |= {match.lower() for match in DOMAIN_IN_TEXT.findall(str(item["text"]))}
            else:
                older.add(_host(str(item["text"])))
    older.discard("")
    older_domains = {_registrable(host) for host in older}
    seen: set[str] = set()
    for name in PREFIX:
        for item in items(name):
            host = _host(str(item["text"]))
            assert host and host not in older, item["id"]
            assert _registrable(host) not in older_domains, item["id"]
            assert _registrable(host) not in seen, item["id"]
            seen.add(_registrable(host))


def test_no_batch6_legit_host_is_under_an_official_domain_or_gouv_fr() -> None:
    from knowledge import organisations

    officials = set(organisations.load().by_domain)
    for item in items(LEGIT):
        host = str(item["text"])
        labels = host.split(".")
        assert not host.endswith(".gouv.fr"), item["id"]
        assert not {".".join(labels[i:]) for i in range(len(labels) - 1)} & officials, item["id"]


def test_batch6_phishing_caps_sources_feeds_and_brands() -> None:
    rows = list(items(PHISHING))
    sources = collections.Counter(f"{item['source']['repo']}:{item['source']['path']}" for item in rows)
    brands = collections.Counter((item["brands"] or [""])[0] for item in rows)
    feeds = collections.Counter(item["feed"] for item in rows)
    assert len(rows) >= 300
    assert max(sources.values()) <= 0.35 * len(rows)
    assert max(brands.values()) <= 0.20 * len(rows)
    # parts or snapshots of feeds an earlier batch already read: at most 50 % of the file
    assert feeds["used"] <= 0.50 * len(rows)


def test_batch6_legit_caps_its_sources() -> None:
    rows = list(items(LEGIT))
    sources = collections.Counter(f"{item['source']['repo']}:{item['source']['path']}" for item in rows)
    assert max(sources.values()) <= 0.35 * len(rows)
