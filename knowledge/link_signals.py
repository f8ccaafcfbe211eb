"""What the link check looks for: shorteners, free hosting, abused TLDs, brand and bait words.

Data in ``data/link_signals.toml``, one sourced group a family. Every brand must point at an official domain
listed in ``data/organisations/``, checked at load so a typo fails at start-up, not in a verdict.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, field_validator

from knowledge import organisations
from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, load_file

_HOSTISH_RE = re.compile(r"^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_WORD_RE = re.compile(r"^[a-z0-9]{1,40}$")


def _hosts(values: list[str]) -> list[str]:
    cleaned = [value.strip().lower() for value in values]
    for value in cleaned:
        if not _HOSTISH_RE.match(value):
            raise ValueError(f"{value!r} is not a host name or suffix (ASCII, no scheme, no dot at the ends)")
    return cleaned


def _words(values: list[str]) -> list[str]:
    for value in values:
        if not _WORD_RE.match(value):
            raise ValueError(f"{value!r} must be lowercase ASCII letters or digits, without hyphen or accent")
    return values


class HostGroup(Sourced):
    domains: list[NonBlank]

    _check = field_validator("domains")(_hosts)


class SuffixGroup(Sourced):
    suffixes: list[NonBlank]

    _check = field_validator("suffixes")(_hosts)


class TldGroup(Sourced):
    tlds: list[NonBlank]

    _check = field_validator("tlds")(_words)


class Brand(Strict):
    name: NonBlank
    domain: NonBlank

    _check = field_validator("name")(lambda value: _words([value])[0])


class BrandGroup(Sourced):
    names: list[Brand]


class WordGroup(Sourced):
    words: list[NonBlank]

    _check = field_validator("words")(_words)


class LinkSignalsFile(Strict):
    shorteners: list[HostGroup]
    free_hosting: list[SuffixGroup]
    abused_tlds: list[TldGroup]
    brands: list[BrandGroup]
    bait_words: list[WordGroup]
    pretend_suffix_words: list[WordGroup]
    glue_words: list[WordGroup]


class LinkSignals(BaseModel):
    """Flattened lookup tables; each value keeps the group it came from for its source."""

    shorteners: dict[str, HostGroup]
    free_hosting: dict[str, SuffixGroup]
    abused_tlds: dict[str, TldGroup]
    brands: dict[str, str]  # brand name -> official domain it imitates
    bait_words: frozenset[str]
    pretend_suffix_words: frozenset[str]
    glue_words: frozenset[str]


@cache
def load() -> LinkSignals:
    name = "link_signals.toml"
    raw = load_file(name, LinkSignalsFile)
    path = DATA_DIR / name
    directory = organisations.load()
    brands: dict[str, str] = {}
    for group in raw.brands:
        for brand in group.names:
            if directory.owner_of_domain(brand.domain) is None:
                raise KnowledgeError(
                    f"{path}: brands.names: {brand.name!r} points at {brand.domain!r}, "
                    "which no file in data/organisations/ lists"
                )
            if brand.name in brands:
                raise KnowledgeError(f"{path}: brands.names: {brand.name!r} is listed twice")
            brands[brand.name] = brand.domain
    return LinkSignals(
        shorteners={d: g for g in raw.shorteners for d in g.domains},
        free_hosting={s: g for g in raw.free_hosting for s in g.suffixes},
        abused_tlds={t: g for g in raw.abused_tlds for t in g.tlds},
        brands=brands,
        bait_words=frozenset(w for g in raw.bait_words for w in g.words),
        pretend_suffix_words=frozenset(w for g in raw.pretend_suffix_words for w in g.words),
        glue_words=frozenset(w for g in raw.glue_words for w in g.words),
    )
