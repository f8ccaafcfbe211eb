"""The fourth batch parses, is sourced and dated, and repeats nothing of the older corpus files.

Gathered in the session that began on 30/11/2026 at 21:22 UTC by a helper who tuned nothing and ran no detection
on it: it is measured whole by the integrator. These tests read the files as data only (no detection runs here).
"""

from __future__ import annotations

import re

from tests.realdata import batch_checks
from tests.realdata.corpus_build import normalise
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
    batch_checks.assert_ids_prefixed_unique_and_new(PREFIX, (*OLDER_LINK_FILES, *OLDER_MESSAGE_FILES))


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
    batch_checks.assert_hosts_new((BATCH4_LINKS, BATCH4_LEGIT), OLDER_LINK_FILES, OLDER_MESSAGE_FILES)


def test_no_phishing_source_over_40_percent_and_no_brand_over_20_percent() -> None:
    rows = list(items(BATCH4_LINKS))
    batch_checks.assert_source_and_brand_caps(rows, source_cap=0.40, brand_cap=0.20)
    # sources already used by earlier batches (red.flag.domains, ut1-fr): together at most 25 %
    sources = batch_checks.source_counts(rows)
    used = sum(n for key, n in sources.items() if key.endswith(("red.flag.domains.txt", "sources/ut1-fr")))
    assert used <= 0.25 * len(rows)


def test_batch4_messages_are_new_and_anonymised() -> None:
    older = [normalise(str(item["text"])) for name in OLDER_MESSAGE_FILES for item in items(name)]
    texts = [normalise(str(item["text"])) for item in items(BATCH4_MESSAGES)]
    assert len(texts) == len(set(texts))
    for item, text in zip(items(BATCH4_MESSAGES), texts, strict=True):
        for other in older:
            assert not batch_checks.close(text, other, batch_checks.OLDER_THRESHOLD), item["id"]
    batch_checks.assert_scam_texts_anonymised(BATCH4_MESSAGES)
