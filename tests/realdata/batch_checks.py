"""The checks every gathered batch's test file makes on its own files: they parse, their ids, hosts and texts are
new to every other corpus file, their scam texts are anonymised and their caps hold.

Each batch's test file keeps its own test functions and passes its own parameters (file names, id prefixes, caps,
the sibling files a parallel helper dedups on its own); the rules are the same, so they live here once. Hosts are read
as the builders read them (``corpus_build``): a link file's hosts, the domains quoted in a message file.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from tests.realdata.corpus_build import (
    RAW_EMAIL,
    RAW_PHONE,
    data_lines,
    host_of,
    known_hosts,
    normalise,
    registrable,
    similar,
)
from tests.realdata.split import CORPORA_DIR, items

#: A message repeats an older text over this similarity, another text of its own batch over the second.
OLDER_THRESHOLD = 0.80
BATCH_THRESHOLD = 0.85
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The fields of a message quoted by a page (a genuine one adds ``why_genuine``) and of its source.
PAGE_MESSAGE_FIELDS = {"id", "text", "label", "channel", "brand", "scenario", "source", "retrieved"}
PAGE_SOURCE_FIELDS = {"url", "site", "retrieved", "repo", "path", "commit"}
ISSUE_URL = re.compile(r"https://github\.com/([\w.-]+/[\w.-]+)/(issues|pull)/\d+")


def other_files(excluded: Collection[str], pattern: str = "*.jsonl") -> list[str]:
    """Every corpus file matching ``pattern`` but ``excluded`` (those added after the batch included), sorted."""
    return sorted(path.stem for path in CORPORA_DIR.glob(pattern) if path.stem not in excluded)


def split_links_and_messages(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """``names`` as link files (their hosts count) and message files (the domains they quote count)."""
    names = list(names)
    messages = [name for name in names if name.startswith("messages")]
    return [name for name in names if name not in messages], messages


def assert_hosts_parse_with_a_github_source(
    names: Iterable[str], min_rows: int, retrieved: str | None
) -> None:
    """Each host is bare (no space, no path) and cites a repository file at a commit; ``retrieved`` is the batch's
    day (``None``: any ISO date)."""
    for name in names:
        rows = list(items(name))
        assert len(rows) >= min_rows, name
        for item in rows:
            assert isinstance(item["text"], str) and item["text"].strip() == item["text"], item["id"]
            assert " " not in item["text"] and "/" not in item["text"], item["id"]
            source = item["source"]
            assert re.fullmatch(r"[\w.-]+/[\w.-]+", str(source["repo"])), item["id"]
            assert re.fullmatch(r"[0-9a-f]{40}", str(source["commit"])), item["id"]
            assert str(source["url"]).startswith("https://github.com/"), item["id"]
            assert str(source["commit"]) in str(source["url"]), item["id"]
            assert str(source["url"]).endswith(str(source["path"])), item["id"]
            if retrieved is None:
                assert ISO_DATE.fullmatch(str(item["retrieved"])), item["id"]
            else:
                assert item["retrieved"] == retrieved, item["id"]


def assert_ids_prefixed_unique_and_new(prefixes: Mapping[str, str], older_files: Iterable[str]) -> None:
    """Each file's ids are its prefix and four digits, unique, and in none of ``older_files``."""
    older = {str(item["id"]) for name in older_files for item in items(name) if "id" in item}
    for name, prefix in prefixes.items():
        ids = [str(item["id"]) for item in items(name)]
        assert len(ids) == len(set(ids)), name
        assert all(re.fullmatch(re.escape(prefix) + r"\d{4}", item_id) for item_id in ids), name
        assert not set(ids) & older, name


def assert_phishing_hosts_fields(name: str) -> None:
    """A phishing host from a repository list: matched on the host when tagged with a brand, its feed said."""
    for item in items(name):
        assert item["label"] == "scam" and item["kind"] == "link", item["id"]
        assert isinstance(item["brands"], list), item["id"]
        assert item["match_in"] == ("host" if item["brands"] else "none"), item["id"]
        assert item["subset"] == "host", item["id"]
        assert item["feed"] in {"new", "used"}, item["id"]


def assert_legit_hosts_fields(name: str) -> None:
    for item in items(name):
        assert item["label"] == "legit" and item["kind"] == "link", item["id"]
        assert item["brands"] == [], item["id"]
        assert item["subset"] in {"scenario_word", "new_tld", "other"}, item["id"]


def assert_hosts_new(names: Iterable[str], link_files: Iterable[str], message_files: Iterable[str]) -> None:
    """No host nor registrable domain of ``names`` is in an older file or twice in the batch."""
    older, older_domains = known_hosts(list(link_files), list(message_files))
    seen: set[str] = set()
    for name in names:
        for item in items(name):
            host = host_of(str(item["text"]))
            assert host, item["id"]
            assert host not in older, item["id"]
            assert registrable(host) not in older_domains, item["id"]
            assert registrable(host) not in seen, item["id"]
            seen.add(registrable(host))


def source_counts(rows: Iterable[dict[str, Any]]) -> collections.Counter[str]:
    """How many rows each source (repository and path) gave."""
    return collections.Counter(f"{item['source']['repo']}:{item['source']['path']}" for item in rows)


def assert_source_and_brand_caps(rows: list[dict[str, Any]], source_cap: float, brand_cap: float) -> None:
    """No source over ``source_cap`` of the rows, no brand tag (nor the brandless group) over ``brand_cap``."""
    brands = collections.Counter((item["brands"] or [""])[0] for item in rows)
    assert max(source_counts(rows).values()) <= source_cap * len(rows)
    assert max(brands.values()) <= brand_cap * len(rows)


def close(text: str, other: str, threshold: float) -> bool:
    """Two normalised texts are one message when one holds the other or they are more similar than ``threshold``."""
    return text in other or other in text or similar(text, other, threshold)


def assert_texts_new(name: str, others: list[str]) -> None:
    """No text of ``name`` is close to one of ``others`` (normalised) nor to an earlier text of its own file."""
    seen: list[str] = []
    for item in items(name):
        text = normalise(str(item["text"]))
        assert not any(close(text, other, OLDER_THRESHOLD) for other in others), item["id"]
        assert not any(close(text, other, BATCH_THRESHOLD) for other in seen), item["id"]
        seen.append(text)


def assert_messages_numbered_and_new(name: str, prefix: str, older_files: Iterable[str]) -> None:
    """The ids are ``prefix`` and 0001, 0002… in file order, and in none of ``older_files``."""
    older = {str(item["id"]) for other in older_files for item in items(other)}
    ids = [str(item["id"]) for item in items(name)]
    assert len(ids) == len(set(ids))
    assert ids == [f"{prefix}{number:04d}" for number in range(1, len(ids) + 1)]
    assert not set(ids) & older


def assert_labels_channels_and_scenarios(name: str) -> None:
    """Scam or genuine (both present), a known channel, snake-case scenario and brand."""
    labels: collections.Counter[str] = collections.Counter()
    for item in items(name):
        assert item["label"] in {"scam", "genuine"}, item["id"]
        assert item["channel"] in {"sms", "email", "messaging", "letter", "unknown"}, item["id"]
        assert re.fullmatch(r"[a-z0-9_]+", str(item["scenario"])), item["id"]
        assert item["brand"] is None or re.fullmatch(r"[a-z0-9_]+", str(item["brand"])), item["id"]
        labels[item["label"]] += 1
    assert labels["scam"] and labels["genuine"]


def assert_scam_texts_anonymised(name: str) -> None:
    """No scam text keeps a raw phone number or e-mail address (a source's own mask is allowed)."""
    for item in items(name):
        if item["label"] == "scam":
            assert not RAW_PHONE.search(str(item["text"])), item["id"]
            assert not RAW_EMAIL.search(str(item["text"])), item["id"]


def assert_committed_file_is(name: str, built: list[dict[str, Any]]) -> None:
    """The committed file is the build's rows, its private keys (``_…``) left out."""
    expected = [{k: v for k, v in row.items() if not k.startswith("_")} for row in built]
    assert list(items(name)) == expected


def assert_quoted_links_parse_with_a_source(name: str, retrieved: str) -> None:
    """Each phishing link (a host, or a whole URL quoted with a path) is dated ``retrieved`` and cites a repository file
    at a commit, an issue or pull-request thread, or a press or consumer page (from the eighth batch)."""
    rows = list(items(name))
    assert rows
    for item in rows:
        text = item["text"]
        assert isinstance(text, str) and text.strip() == text and " " not in text, item["id"]
        assert host_of(text), item["id"]
        assert item["subset"] == ("url" if "/" in text else "host"), item["id"]
        assert item["retrieved"] == retrieved, item["id"]
        source = item["source"]
        if source["commit"] is not None:  # a repository file at a commit
            assert re.fullmatch(r"[0-9a-f]{40}", str(source["commit"])), item["id"]
            assert (
                source["url"]
                == f"https://github.com/{source['repo']}/blob/{source['commit']}/{source['path']}"
            )
        elif source["repo"] is not None:  # an issue or pull-request thread
            match = ISSUE_URL.fullmatch(str(source["url"]))
            assert match and match.group(1) == source["repo"] and source["path"] is None, item["id"]
        else:  # a press or consumer page
            assert str(source["url"]).startswith(("https://", "http://")), item["id"]
            assert "github.com" not in str(source["url"]) and source["path"] is None, item["id"]


def assert_quoted_link_fields(name: str) -> None:
    """A scam link, at most one brand, a feed, and where the brand is matched (the host or the path of a URL); a host
    read from a list is matched on the host when tagged."""
    for item in items(name):
        assert item["label"] == "scam" and item["kind"] == "link", item["id"]
        assert isinstance(item["brands"], list) and len(item["brands"]) <= 1, item["id"]
        assert item["feed"] in {"new", "used"}, item["id"]
        if not item["brands"]:
            assert item["match_in"] == "none", item["id"]
        elif item["subset"] == "host":
            assert item["match_in"] in {"host", "none"}, item["id"]
        else:
            assert item["match_in"] in {"host", "path", "none"}, item["id"]
        if item["source"]["commit"] is not None:  # read from a list: matched on the host when tagged
            assert item["match_in"] == ("host" if item["brands"] else "none"), item["id"]


def quoted_source_key(item: dict[str, Any]) -> str:
    """One source per repository file, per page and per issue thread."""
    source = item["source"]
    return f"{source['repo']}:{source['path']}" if source["path"] else str(source["url"])


def assert_legit_hard_flags(name: str) -> None:
    """``hard`` says whether the host holds a scenario or brand-like word (with or without its hyphens)."""
    from tests.realdata.link_build import HARD_WORDS

    for item in items(name):
        host = str(item["text"])
        assert item["hard"] is any(word in host or word in host.replace("-", "") for word in HARD_WORDS), (
            item["id"]
        )


def assert_legit_hosts_listed(name: str, build_dir: Path, sources: Mapping[str, Mapping[str, str]]) -> None:
    """Each legitimate host is in ``legit_lists.txt`` and cites the source of its first line there."""
    listed: dict[str, Mapping[str, str]] = {}
    for words in data_lines(build_dir, "legit_lists.txt"):
        listed.setdefault(words[0], sources[words[1]])
    for item in items(name):
        source = listed[str(item["text"])]
        assert {k: item["source"][k] for k in ("repo", "path", "commit")} == source, item["id"]


def assert_no_legit_host_under_an_official_domain(name: str) -> None:
    """No legitimate host is under gouv.fr or an official domain of ``knowledge/`` (it would prove nothing)."""
    from tests.realdata.link_build import official_domains

    officials = official_domains()
    for item in items(name):
        host = str(item["text"])
        labels = host.split(".")
        assert not host.endswith(".gouv.fr"), item["id"]
        assert not {".".join(labels[i:]) for i in range(len(labels) - 1)} & officials, item["id"]


def assert_genuine_items_say_why(name: str) -> None:
    """Every genuine message carries the page's reason (``why_genuine``)."""
    for item in items(name):
        if item["label"] == "genuine":
            assert len(str(item["why_genuine"]).strip()) > 20, item["id"]


def assert_pages_new(name: str, older_files: Iterable[str], *, once: bool = True) -> None:
    """No page of ``name`` was quoted by one of ``older_files``; ``once``: nor twice in ``name``."""
    older_urls = {str(item["source"].get("url")) for other in older_files for item in items(other)}
    urls = [str(item["source"]["url"]) for item in items(name)]
    if once:
        assert len(urls) == len(set(urls))
    for url in urls:
        assert url not in older_urls, url


def assert_page_messages_parse(
    name: str, retrieved: str | None = None, extra: Collection[str] = frozenset()
) -> None:
    """Each message has its fields (and the ``extra`` ones a batch adds), a text and a page source (its site in its
    URL), dated ``retrieved`` (``None``: any ISO date, the source's the same as the item's)."""
    rows = list(items(name))
    assert rows
    for item in rows:
        expected = (
            PAGE_MESSAGE_FIELDS | set(extra) | ({"why_genuine"} if item.get("label") == "genuine" else set())
        )
        assert set(item) == expected, item.get("id")
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        source = item["source"]
        assert set(source) == PAGE_SOURCE_FIELDS, item["id"]
        assert str(source["url"]).startswith(("https://", "http://")), item["id"]
        assert source["site"] and source["site"] in str(source["url"]), item["id"]
        if retrieved is None:
            assert ISO_DATE.fullmatch(str(item["retrieved"])), item["id"]
            assert source["retrieved"] == item["retrieved"], item["id"]
        else:
            assert item["retrieved"] == retrieved and source["retrieved"] == retrieved, item["id"]


def assert_quoted_phishing_caps(rows: list[dict[str, Any]], used_cap: float) -> None:
    """No source (repository file, page or thread) over 35 %, no brand group over 20 %, the parts of feeds an earlier
    batch already read at most ``used_cap`` of the rows."""
    by_source = collections.Counter(quoted_source_key(item) for item in rows)
    assert max(by_source.values()) <= 0.35 * len(rows)
    brands = collections.Counter((item["brands"] or [""])[0] for item in rows)
    assert max(brands.values()) <= 0.20 * len(rows)
    assert collections.Counter(item["feed"] for item in rows)["used"] <= used_cap * len(rows)


def assert_legit_caps_and_hard_hosts(name: str, min_rows: int, min_hard: int) -> None:
    """At least ``min_rows`` hosts, no source over 35 %, at least ``min_hard`` hard hosts."""
    rows = list(items(name))
    assert len(rows) >= min_rows
    assert max(source_counts(rows).values()) <= 0.35 * len(rows)
    assert sum(1 for item in rows if item["hard"]) >= min_hard


def assert_committed_link_files(build: Any, phishing: str, legit: str) -> None:
    """The committed link files are what the batch's builder module ``build`` writes (dedup against the corpus)."""
    from tests.realdata.corpus_build import HostDedup

    dedup = HostDedup(*build.corpus_files())
    assert_committed_file_is(phishing, build.build_phishing(dedup))
    assert_committed_file_is(legit, build.build_legit(dedup)[0])
