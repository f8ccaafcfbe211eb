"""The fourth batch parses, is sourced and dated, and repeats nothing of the older corpus files.

Gathered in the session that began on 30/11/2026 at 21:22 UTC by a helper who tuned nothing and ran no detection
on it: it is measured whole by the integrator. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import collections
import difflib
import functools
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from tests.realdata.split import BATCH4_FILES, items

BATCH4_LINKS = "phishing_batch4"
BATCH4_LEGIT = "legit_batch4"
BATCH4_MESSAGES = "messages_batch4"
PREFIX = {BATCH4_LINKS: "b4-url-", BATCH4_LEGIT: "b4-legit-", BATCH4_MESSAGES: "b4-msg-"}
OLDER_LINK_FILES = (
    "phishing_domains_train",
    "phishing_urls_train",
    "phishing_fresh",
    "phishing_blind",
    "legit_domains_train",
    "legit_public_sector_train",
    "legit_extra",
    "legit_blind",
)
OLDER_MESSAGE_FILES = ("messages_real", "messages_extra", "messages_fresh", "messages_blind")
CHANNELS = {"sms", "email", "messaging", "letter", "unknown"}
RAW_PHONE = re.compile(r"(?<![\d/])(?:\+33\s?|0033\s?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)")
#: A local part ending in a letter or digit: a source's own mask such as ``.....@orange.fr`` is kept.
RAW_EMAIL = re.compile(r"[\w.+-]*[^\W_]@[\w-]+(?:\.[\w-]+)+")
DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])", re.I)


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


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def test_the_batch4_files_are_the_split_ones_and_stay_out_of_every_default_list() -> None:
    from tests.realdata import split
    from tests.realdata.messages_report import MESSAGE_FILES

    assert set(BATCH4_FILES) == set(PREFIX)
    for name in BATCH4_FILES:
        assert name not in split.FILES and name not in split.FRESH_FILES
        assert name not in split.BLIND_FILES and name not in MESSAGE_FILES


def test_every_batch4_item_parses_and_has_a_source_and_a_date() -> None:
    for name in BATCH4_FILES:
        rows = list(items(name))
        assert rows, name
        for item in rows:
            assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
            source = item["source"]
            assert source.get("url") or source.get("repo"), item["id"]
            if source.get("url"):
                assert str(source["url"]).startswith(("https://", "http://")), item["id"]
            if source.get("repo"):
                assert re.fullmatch(r"[0-9a-f]{40}", str(source.get("commit"))), item["id"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(item["retrieved"])), item["id"]


def test_batch4_ids_are_unique_with_the_right_prefix() -> None:
    older = {
        str(item["id"])
        for name in (*OLDER_LINK_FILES, *OLDER_MESSAGE_FILES)
        for item in items(name)
        if "id" in item
    }
    for name, prefix in PREFIX.items():
        ids = [str(item["id"]) for item in items(name)]
        assert len(ids) == len(set(ids)), name
        assert all(re.fullmatch(re.escape(prefix) + r"\d{4}", item_id) for item_id in ids), name
        assert not set(ids) & older, name


def test_batch4_labels_and_fields() -> None:
    for item in items(BATCH4_LINKS):
        assert item["label"] == "scam" and item["kind"] == "link", item["id"]
        assert isinstance(item["brands"], list), item["id"]
        assert item["match_in"] in {"host", "path", "none"}, item["id"]
        assert item["subset"] in {"host", "url"}, item["id"]
    for item in items(BATCH4_LEGIT):
        assert item["label"] == "legit" and item["kind"] == "link", item["id"]
        assert isinstance(item["brands"], list), item["id"]
        assert item["subset"] in {"scenario_word", "new_tld", "other"}, item["id"]
    for item in items(BATCH4_MESSAGES):
        assert item["label"] in {"scam", "genuine"}, item["id"]
        assert item["channel"] in CHANNELS, item["id"]
        assert isinstance(item["scenario"], str) and item["scenario"], item["id"]


def test_no_batch4_host_is_in_another_corpus_file_nor_twice_in_the_batch() -> None:
    older = {_host(str(item["text"])) for name in OLDER_LINK_FILES for item in items(name)}
    for name in OLDER_MESSAGE_FILES:
        for item in items(name):
            older |= {match.lower() for match in DOMAIN_IN_TEXT.findall(str(item["text"]))}
    older.discard("")
    older_domains = {_registrable(host) for host in older}
    seen: set[str] = set()
    for name in (BATCH4_LINKS, BATCH4_LEGIT):
        for item in items(name):
            host = _host(str(item["text"]))
            assert host, item["id"]
            assert host not in older, item["id"]
            assert _registrable(host) not in older_domains, item["id"]
            assert _registrable(host) not in seen, item["id"]
            seen.add(_registrable(host))


def test_no_phishing_source_over_40_percent_and_no_brand_over_20_percent() -> None:
    rows = list(items(BATCH4_LINKS))
    sources = collections.Counter(
        f"{item['source'].get('repo')}:{item['source'].get('path')}" for item in rows
    )
    brands = collections.Counter((item["brands"] or [""])[0] for item in rows)
    assert max(sources.values()) <= 0.40 * len(rows)
    assert max(brands.values()) <= 0.20 * len(rows)
    # sources already used by earlier batches (red.flag.domains, ut1-fr): together at most 25 %
    used = sum(n for key, n in sources.items() if key.endswith(("red.flag.domains.txt", "sources/ut1-fr")))
    assert used <= 0.25 * len(rows)


def test_batch4_messages_are_new_and_anonymised() -> None:
    older = [_normalise(str(item["text"])) for name in OLDER_MESSAGE_FILES for item in items(name)]
    texts = [_normalise(str(item["text"])) for item in items(BATCH4_MESSAGES)]
    assert len(texts) == len(set(texts))
    for item, text in zip(items(BATCH4_MESSAGES), texts, strict=True):
        for other in older:
            assert text not in other and other not in text, item["id"]
            assert difflib.SequenceMatcher(None, text, other).ratio() <= 0.80, item["id"]
        if item["label"] == "scam":
            assert not RAW_PHONE.search(str(item["text"])), item["id"]
            assert not RAW_EMAIL.search(str(item["text"])), item["id"]
