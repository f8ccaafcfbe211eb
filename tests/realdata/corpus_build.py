"""What the batch build scripts share: reading the corpus files, the host and text dedup, writing a file.

Each batch (``blind_build``, ``batch4_build``, ``batch5_build``, ``batch6_build``) keeps its own sources, caps, id
prefixes and the list of older files it dedups against; the rules themselves are the same, so they live here once.
"""

from __future__ import annotations

import collections
import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import tldextract

from tests.realdata.split import CORPORA_DIR

EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
DOMAIN_IN_TEXT = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![a-z0-9-])", re.I)
RAW_PHONE = re.compile(r"(?<![\d/])(?:\+33\s?|0033\s?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)")
RAW_EMAIL = re.compile(r"[\w.+-]*[^\W_]@[\w-]+(?:\.[\w-]+)+")
#: The similarity over which a message repeats an older file's text, and another text of its own batch.
OLDER_THRESHOLD = 0.80
BATCH_THRESHOLD = 0.85

Row = TypeVar("Row")


def host_of(text: str) -> str:
    if "://" in text:
        return (urlsplit(text).hostname or "").lower()
    return text.split("/", 1)[0].lower()


def github_url(source: dict[str, Any]) -> str:
    return f"https://github.com/{source['repo']}/blob/{source['commit']}/{source['path']}"


def registrable(host: str) -> str:
    return EXTRACT(host).top_domain_under_public_suffix or host


def read_jsonl(name: str) -> list[dict[str, Any]]:
    with (CORPORA_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def data_lines(directory: Path, name: str) -> list[list[str]]:
    """The words of each line of a gathered input file, a ``#`` comment cut off and blank lines skipped."""
    return [
        line.split("#", 1)[0].split()
        for line in (directory / name).read_text(encoding="utf-8").splitlines()
        if line.split("#", 1)[0].strip()
    ]


def other_corpus_files(excluded: Collection[str]) -> tuple[list[str], list[str]]:
    """Every corpus file but ``excluded``, split into link files (hosts) and message files (quoted domains)."""
    names = sorted(path.stem for path in CORPORA_DIR.glob("*.jsonl") if path.stem not in excluded)
    messages = [name for name in names if name.startswith("messages")]
    return [name for name in names if name not in messages], messages


def known_hosts(link_files: Sequence[str], message_files: Sequence[str]) -> tuple[set[str], set[str]]:
    """Every host of the older link files and every domain quoted in the older messages, and their domains."""
    hosts: set[str] = set()
    for name in link_files:
        hosts |= {host_of(str(item["text"])) for item in read_jsonl(name)}
    for name in message_files:
        for item in read_jsonl(name):
            hosts |= {match.lower() for match in DOMAIN_IN_TEXT.findall(str(item["text"]))}
    hosts.discard("")
    return hosts, {registrable(host) for host in hosts}


class HostDedup:
    """Accepts a host once, and never one whose host or registrable domain an older file already holds."""

    def __init__(self, link_files: Sequence[str], message_files: Sequence[str]) -> None:
        self.hosts, self.domains = known_hosts(link_files, message_files)
        self.dropped: collections.Counter[str] = collections.Counter()

    def accept(self, text: str, source: str) -> bool:
        host = host_of(text)
        domain = registrable(host)
        if not host or host in self.hosts or domain in self.domains:
            self.dropped[source] += 1
            return False
        self.hosts.add(host)
        self.domains.add(domain)
        return True


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@functools.lru_cache(maxsize=65536)
def _letters(text: str) -> collections.Counter[str]:
    return collections.Counter(text)


def similar(text: str, other: str, threshold: float) -> bool:
    """``difflib.SequenceMatcher(None, text, other).ratio() > threshold``, exactly, but cheap for most pairs.

    The length bound (``real_quick_ratio``) and the shared-letters bound (``quick_ratio``) are upper bounds of
    ``ratio()``; they are computed here without building a matcher (whose index of ``other`` cost half the time
    of every corpus check), and the quadratic ``ratio()`` runs only on the pairs they leave open.
    """
    total = len(text) + len(other)
    if not total:
        return threshold < 1.0  # difflib's ratio of two empty texts
    if 2.0 * min(len(text), len(other)) / total <= threshold:
        return False
    shared = sum((_letters(text) & _letters(other)).values())
    if 2.0 * shared / total <= threshold:
        return False
    return difflib.SequenceMatcher(None, text, other).ratio() > threshold


def too_close(text: str, others: list[str], threshold: float) -> str | None:
    """The first of ``others`` that contains ``text``, is contained in it or is more similar than ``threshold``."""
    for other in others:
        if text in other or other in text or similar(text, other, threshold):
            return other
    return None


def texts_in_toml(node: Any) -> list[str]:
    """Every ``text`` string anywhere in a parsed TOML document (the message fixtures of the tests)."""
    if isinstance(node, dict):
        found = [str(value) for key, value in node.items() if key == "text" and isinstance(value, str)]
        for value in node.values():
            found.extend(texts_in_toml(value))
        return found
    if isinstance(node, list):
        return [text for value in node for text in texts_in_toml(value)]
    return []


def normalised_texts(names: Iterable[str]) -> list[str]:
    """The normalised texts of the message files ``names``, in file order."""
    return [normalise(str(item["text"])) for name in names for item in read_jsonl(name)]


def dedup_texts(
    rows: Iterable[Row], text_of: Callable[[Row], str], older: list[str]
) -> tuple[list[Row], list[tuple[str, str]]]:
    """The rows whose normalised text is not too close to an ``older`` text (``OLDER_THRESHOLD``) nor to an earlier
    kept row (``BATCH_THRESHOLD``), in input order; the dropped ones as (text, the text it repeats)."""
    kept: list[Row] = []
    kept_norm: list[str] = []
    dropped: list[tuple[str, str]] = []
    for row in rows:
        text = text_of(row)
        norm = normalise(text)
        hit = too_close(norm, older, OLDER_THRESHOLD)
        if hit is None:
            hit = too_close(norm, kept_norm, BATCH_THRESHOLD)
        if hit is not None:
            dropped.append((text, hit))
            continue
        kept_norm.append(norm)
        kept.append(row)
    return kept, dropped


def write(name: str, rows: list[dict[str, Any]]) -> None:
    """One corpus file, the build's private keys (``_…``) left out."""
    with (CORPORA_DIR / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            handle.write(json.dumps(clean, ensure_ascii=False) + "\n")


def brand_of(row: dict[str, Any]) -> str:
    """A link row's first brand tag ("" when it names none)."""
    return str(row["brands"][0]) if row["brands"] else ""


def cap_rows(
    rows: list[dict[str, Any]],
    used: frozenset[str] | set[str],
    source_cap: float,
    used_cap: float,
    brand_cap: float,
    *,
    brandless_capped: bool = True,
) -> list[dict[str, Any]]:
    """Trim a batch's phishing rows until no source (``_key``) is over ``source_cap``, the sources in ``used``
    together over ``used_cap`` and no brand group over ``brand_cap``; the most frequent brand group of the
    sources over their cap loses its last item first, so the result is deterministic. ``brandless_capped``: the
    rows without a brand count as one more brand group (batches 4 and 5; the blind batch did not cap them)."""
    rows = list(rows)
    while True:
        total = len(rows)
        by_source = collections.Counter(row["_key"] for row in rows)
        by_brand = collections.Counter(brand_of(row) for row in rows if brandless_capped or row["brands"])
        used_count = sum(n for key, n in by_source.items() if key in used)
        over_source = [key for key, n in by_source.items() if n > source_cap * total]
        if used_count > used_cap * total:
            over_source.append(max(used & set(by_source), key=lambda k: by_source[k]))
        over_brand = [brand for brand, n in by_brand.items() if n > brand_cap * total]
        if not over_source and not over_brand:
            return rows
        if over_source:
            key = max(over_source, key=lambda k: by_source[k])
            candidates = [i for i, row in enumerate(rows) if row["_key"] == key]
        else:
            brand = max(over_brand, key=lambda b: by_brand[b])
            candidates = [i for i, row in enumerate(rows) if brand_of(row) == brand]
        weight = collections.Counter(brand_of(rows[i]) for i in candidates)
        victim = max(reversed(candidates), key=lambda i: weight[brand_of(rows[i])])
        del rows[victim]


def host_candidate(
    host: str, brands: list[str], source: dict[str, Any], key: str, **extra: Any
) -> dict[str, Any]:
    """A phishing host read from a repository list: matched on the host when it names a brand; ``extra`` holds the
    batch's own keys (the ``feed`` of batches 5 and 6)."""
    return {
        "text": host,
        "brands": brands,
        "match_in": "host" if brands else "none",
        "subset": "host",
        "source": {"url": github_url(source), **source},
        **extra,
        "_key": key,
    }


def scam_link_item(row: dict[str, Any], retrieved: str, item_id: str) -> dict[str, Any]:
    """A kept phishing candidate as a corpus row (its ``feed`` kept when the batch says it); ``_key`` stays for the
    report and is left out by ``write``."""
    item: dict[str, Any] = {
        "text": row["text"],
        "kind": "link",
        "label": "scam",
        "brands": row["brands"],
        "match_in": row["match_in"],
        "subset": row["subset"],
        "source": dict(row["source"]),
    }
    if "feed" in row:
        item["feed"] = row["feed"]
    item.update({"retrieved": retrieved, "id": item_id, "_key": row["_key"]})
    return item


def message_candidate(
    message: tuple[str, str, str | None, str, str], source: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    """A gathered message (label, channel, brand, scenario, text) with its source; ``extra`` holds the batch's own
    keys (a genuine message's reason, the build's private ``_…`` keys)."""
    label, channel, brand, scenario, text = message
    return {
        "text": text,
        "label": label,
        "channel": channel,
        "brand": brand,
        "scenario": scenario,
        "source": source,
        **extra,
    }


def message_item(row: dict[str, Any], item_id: str, retrieved: str) -> dict[str, Any]:
    """A kept message candidate as a corpus row; a scam text must have been anonymised in the inputs."""
    text = str(row["text"])
    if row["label"] == "scam":
        assert not RAW_PHONE.search(text) and not RAW_EMAIL.search(text), text
    return {
        "id": item_id,
        "text": text,
        "label": row["label"],
        "channel": row["channel"],
        "brand": row["brand"],
        "scenario": row["scenario"],
        "source": dict(row["source"]),
        "retrieved": retrieved,
    }


def print_message_summary(rows: list[dict[str, Any]], dropped: list[tuple[str, str]]) -> None:
    """What a message build kept by label (channels, brands, scenarios) and what it dropped as a repeat."""
    for label in ("scam", "genuine"):
        part = [row for row in rows if row["label"] == label]
        print(label, len(part))
        print("  channel", collections.Counter(row["channel"] for row in part).most_common())
        print("  brand", collections.Counter(row["brand"] or "none" for row in part).most_common())
        print("  scenario", collections.Counter(row["scenario"] for row in part).most_common())
    print(f"dropped ({len(dropped)}):")
    for text, hit in dropped:
        print("  -", text[:70], "| ~", hit[:50])
