"""What the link builders share since the sixth batch (``batchN_build/build_links.py``): reading the phishing rows
quoted by pages, issue threads and ``@``-sectioned lists, building the legitimate file from ``legit_lists.txt``,
numbering, writing and the printed summary (deterministic; never runs detection).

Each batch keeps its own parameters in its builder (inputs and sources, scenario tags, caps, id prefix, retrieval
date) and the order in which it reads its phishing inputs (the caps trim the last rows of a group first); the rules
are the same, so they live here once. Legitimate hosts under an official domain of ``knowledge/`` or under gouv.fr
are left out (the checker knows them: they would prove nothing), and each says whether its name holds a scenario or
brand-like word (``hard``); no legitimate source is over 35 % of its file.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.realdata.batch4_build.build_batch4 import legit_subset
from tests.realdata.corpus_build import (
    HostDedup,
    brand_of,
    cap_rows,
    data_lines,
    github_url,
    host_candidate,
    other_corpus_files,
    registrable,
    scam_link_item,
    write,
)

Rows = list[dict[str, Any]]

#: The words the brief names as making a legitimate name "hard" (scenario or brand-like words), plus the debt-collection
#: and job scenario words of this project's lures (huissier, justice, avocat, recouvrement, emploi, retraite).
HARD_WORDS = (
    "colis", "livraison", "relais", "transport", "express", "amende", "assurance", "mutuel", "banque", "credit",
    "carte", "sante", "rembours", "impot", "energie", "auto", "peage", "route", "service", "client", "compte",
    "espace", "info", "paiement", "securite", "conseil", "suivi", "portail", "acces", "connexion", "poste", "vital",
    "huissier", "justice", "avocat", "recouvrement", "emploi", "retraite",
)  # fmt: skip
LEGIT_CAP = 0.35


#: Official domains the catalogue gained AFTER a batch had listed them as legitimate hosts (five Carsat sites: batch 7,
#: catalogue of 2/12/2026). The frozen corpora keep them (they are legitimate), so the builds and their checks leave
#: them out of the official set, as it was when the batch was gathered; a later catalogue never rewrites a batch.
JOINED_THE_CATALOGUE_LATER = frozenset(
    {
        "carsat-alsacemoselle.fr",
        "carsat-aquitaine.fr",
        "carsat-bretagne.fr",
        "carsat-normandie.fr",
        "carsat-sudest.fr",
    }
)


def official_domains() -> frozenset[str]:
    """The official domains ``knowledge/`` holds: a legitimate host under one of them is trivially quiet."""
    from knowledge import organisations

    return frozenset(organisations.load().by_domain) - JOINED_THE_CATALOGUE_LATER


def under_official(host: str, officials: frozenset[str]) -> bool:
    labels = host.split(".")
    candidates = {".".join(labels[i:]) for i in range(len(labels) - 1)}
    return host.endswith(".gouv.fr") or bool(candidates & officials) or registrable(host) in officials


def is_hard(host: str) -> bool:
    return any(word in host.replace("-", "") or word in host for word in HARD_WORDS)


def cap_legit(rows: Rows) -> Rows:
    """No source over 35 %: the over-cap source loses its last non-hard hosts first, then its last hosts."""
    rows = list(rows)
    while True:
        counts = collections.Counter(row["_key"] for row in rows)
        over = [key for key, n in counts.items() if n > LEGIT_CAP * len(rows)]
        if not over:
            return rows
        key = max(over, key=lambda k: counts[k])
        candidates = [i for i, row in enumerate(rows) if row["_key"] == key]
        plain = [i for i in candidates if not rows[i]["hard"]]
        del rows[(plain or candidates)[-1]]


def feed_name(row: dict[str, Any]) -> str:
    """The feed of a phishing row: its ``_key`` up to the first colon (``page:…``, ``issue:…``, ``redflag-pub:…``)."""
    return str(row["_key"]).split(":")[0]


def cap_then_check_used(
    rows: Rows, used_feeds: frozenset[str], source_cap: float, used_cap: float, brand_cap: float
) -> Rows:
    """Trim until no source is over ``source_cap`` and no brand group over ``brand_cap``, then check the used feeds
    are at most ``used_cap``.

    The used-feed share is checked, not trimmed by ``cap_rows``: when it binds, ``cap_rows`` picks the used feed to trim
    by iterating a set, and two used feeds can tie, so the result would depend on the hash seed."""
    kept = cap_rows(rows, frozenset(), source_cap, 1.0, brand_cap)
    used = sum(1 for row in kept if row["_key"] in used_feeds)
    assert used <= used_cap * len(kept), f"the used feeds are {used} of {len(kept)}"
    return kept


@dataclass(frozen=True)
class LinkBatch:
    """One batch's parameters: where its inputs are, what it writes, and how it reads and caps its phishing rows."""

    here: Path
    #: The batch's number: its files are ``phishing_batchN`` and ``legit_batchN``, its ids ``bN-url-0001`` and
    #: ``bN-legit-0001``; never deduped against are its own files and ``messages_batchN`` (this session's own).
    number: int
    retrieved: str
    #: Tags that name a scenario, not a brand: the host is kept with no brand tag.
    scenario_tags: frozenset[str]
    #: key -> source of the legitimate inputs (``legit_lists.txt`` says which characters of each were read).
    legit_sources: dict[str, dict[str, str]]
    #: The phishing candidates in the batch's order (the caps trim the last rows of a group first).
    candidates: Callable[[], Rows]
    #: The batch's caps on its deduped phishing rows.
    cap: Callable[[Rows], Rows]
    #: The printed phishing summary counts subset and match_in pairs (from the eighth batch), or match_in and the TLDs.
    subset_in_summary: bool = True

    @property
    def phishing_file(self) -> str:
        return f"phishing_batch{self.number}"

    @property
    def legit_file(self) -> str:
        return f"legit_batch{self.number}"

    @property
    def prefix(self) -> str:
        return f"b{self.number}"

    def corpus_files(self) -> tuple[list[str], list[str]]:
        """Every other corpus file, split into link files (hosts) and message files (quoted domains)."""
        return other_corpus_files((self.phishing_file, self.legit_file, f"messages_batch{self.number}"))

    def brands_of(self, tag: str) -> list[str]:
        return [] if tag in self.scenario_tags else [tag]

    def repo_row(self, host: str, tag: str, source: dict[str, str], feed: str, key: str) -> dict[str, Any]:
        """A host read from a repository list."""
        return host_candidate(host, self.brands_of(tag), source, key, feed=feed)

    def repo_rows(self, name: str, source: dict[str, str], feed: str, key: str) -> Rows:
        """The ``host tag`` lines of one input read from one repository file."""
        return [self.repo_row(host, tag, source, feed, key) for host, tag in data_lines(self.here, name)]

    def sectioned_rows(
        self,
        name: str,
        source_of: Callable[[list[str]], dict[str, str]],
        feed: str,
        key_of: Callable[[str], str],
    ) -> Rows:
        """The host lines of an input whose ``@ ...`` lines open a file or snapshot (``source_of`` maps their words,
        ``key_of`` the source's path to the row's ``_key``)."""
        rows: Rows = []
        source: dict[str, str] | None = None
        for words in data_lines(self.here, name):
            if words[0] == "@":
                source = source_of(words[1:])
                continue
            assert source is not None, f"{name}: a host line before the first '@' line"
            rows.append(self.repo_row(words[0], words[1], source, feed, key_of(source["path"])))
        return rows

    def quoted_row(
        self, text: str, tag: str, match_in: str, source: dict[str, Any], key: str
    ) -> dict[str, Any]:
        """An address quoted by a page or an issue thread: a bare host, or a whole URL when it was quoted with a
        path."""
        brands = self.brands_of(tag)
        return {
            "text": text,
            "brands": brands,
            "match_in": match_in if brands else "none",
            "subset": "url" if "/" in text else "host",
            "source": source,
            "feed": "new",
            "_key": key,
        }

    def page_rows(self) -> Rows:
        return [
            self.quoted_row(
                text, tag, match_in, {"url": page, "repo": None, "path": None, "commit": None}, f"page:{page}"
            )
            for text, tag, match_in, page in data_lines(self.here, "phish_pages.txt")
        ]

    def issue_rows(self) -> Rows:
        rows = []
        for text, tag, match_in, thread in data_lines(self.here, "phish_issues.txt"):
            owner, name = urlsplit(thread).path.strip("/").split("/")[:2]
            source = {"url": thread, "repo": f"{owner}/{name}", "path": None, "commit": None}
            rows.append(self.quoted_row(text, tag, match_in, source, f"issue:{thread}"))
        return rows

    def build_phishing(self, dedup: HostDedup) -> Rows:
        """The candidates the dedup accepts, capped and numbered."""
        kept = self.cap([row for row in self.candidates() if dedup.accept(row["text"], feed_name(row))])
        return [
            scam_link_item(row, self.retrieved, f"{self.prefix}-url-{number:04d}")
            for number, row in enumerate(kept, 1)
        ]

    def legit_candidates(self) -> list[tuple[str, str]]:
        return [(host, key) for host, key in data_lines(self.here, "legit_lists.txt")]

    def build_legit(self, dedup: HostDedup) -> tuple[Rows, collections.Counter[str]]:
        """The legitimate rows, and how many hosts of each source were left out as under an official domain."""
        officials = official_domains()
        skipped: collections.Counter[str] = collections.Counter()
        rows: Rows = []
        for host, key in self.legit_candidates():
            if under_official(host, officials):
                skipped[key] += 1
                continue
            if not dedup.accept(host, key):
                continue
            source = self.legit_sources[key]
            rows.append(
                {
                    "text": host,
                    "kind": "link",
                    "label": "legit",
                    "subset": legit_subset(host),
                    "brands": [],
                    "hard": is_hard(host),
                    "source": {"url": github_url(source), **source},
                    "retrieved": self.retrieved,
                    "_key": key,
                }
            )
        rows = cap_legit(rows)
        for number, row in enumerate(rows, 1):
            row["id"] = f"{self.prefix}-legit-{number:04d}"
        return rows, skipped

    def main(self) -> None:
        """Build and write both files, then print what was read, dropped and kept."""
        link_files, message_files = self.corpus_files()
        dedup = HostDedup(link_files, message_files)
        phishing = self.build_phishing(dedup)
        legit, skipped = self.build_legit(dedup)
        write(self.phishing_file, phishing)
        write(self.legit_file, legit)
        print("deduped against:", ", ".join(link_files + message_files))
        print(
            "phishing candidates by feed:",
            dict(collections.Counter(feed_name(row) for row in self.candidates())),
        )
        print(
            "legit candidates by source:",
            dict(collections.Counter(key for _, key in self.legit_candidates())),
        )
        print("host drops (dedup) by source:", dict(dedup.dropped))
        print("legit under an official domain or gouv.fr (left out):", dict(skipped))
        print("phishing", len(phishing), dict(collections.Counter(feed_name(row) for row in phishing)))
        print(" feed", dict(collections.Counter(row["feed"] for row in phishing)))
        print(" largest source", collections.Counter(row["_key"] for row in phishing).most_common(3))
        print(" brands", collections.Counter(brand_of(row) or "none" for row in phishing).most_common())
        if self.subset_in_summary:
            print(
                " subset/match_in",
                dict(collections.Counter((row["subset"], row["match_in"]) for row in phishing)),
            )
        else:
            print(" match_in", dict(collections.Counter(row["match_in"] for row in phishing)))
            print(
                " tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in phishing).most_common()
            )
        print("legit", len(legit), dict(collections.Counter(row["_key"] for row in legit)))
        print(" hard", dict(collections.Counter(row["hard"] for row in legit)))
        print(" subset", dict(collections.Counter(row["subset"] for row in legit)))
        print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in legit).most_common())
