"""Build the tenth batch's two link files from the lists and pages gathered on 2026-12-02 (run once; never runs
detection).

    .venv/bin/python -m tests.realdata.batch10_build.build_links

Same rules as the eighth batch (``batch8_build/build_links.py``): hosts are dropped when their full host or registrable
domain is in any other corpus file or earlier in the batch; the phishing file is then trimmed so that no source (a
repository file, a page, an issue thread) is over 35 %, the part of a feed earlier batches already read (the UT1 list)
over 65 % and no brand tag (nor the brandless group) over 20 %. Every phishing item says whether its feed is ``new``
or ``used``. Legitimate hosts under an official domain of ``knowledge/`` or under gouv.fr are left out, and each says
whether its name holds a scenario or brand-like word (``hard``). The inputs' headers say which characters of which
file, which pages and which threads were read; LINKS.md says why and what was left out.
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.realdata.batch4_build.build_batch4 import legit_subset
from tests.realdata.batch6_build.build_links import HARD_WORDS, cap_legit, under_official
from tests.realdata.corpus_build import (
    HostDedup,
    brand_of,
    cap_rows,
    data_lines,
    github_url,
    host_candidate,
    other_corpus_files,
    scam_link_item,
    write,
)

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-02"
PHISHING_FILE = "phishing_batch10"
LEGIT_FILE = "legit_batch10"
#: This session's files (a messages helper may write ``messages_batch10``): never dedup against ourselves.
OWN_FILES = (PHISHING_FILE, LEGIT_FILE, "messages_batch10")

MALICIOUS_DOMAINS = "romainmarcoux/malicious-domains"
UT1_FR = {
    "repo": MALICIOUS_DOMAINS,
    "path": "sources/ut1-fr",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
PHISHING_DATABASE = "Phishing-Database/phishing"
PDB_DOMAINS = {
    "repo": PHISHING_DATABASE,
    "path": "additions/permanent/domains.list",
    "commit": "00298693eace2715b3b412354caa63b8cad4a2ee",
}
PDB_WILDCARD = {
    "repo": PHISHING_DATABASE,
    "path": "additions/permanent/domains.wildcard.list",
    "commit": "014f1bea8c63b1230da7a99b343a0b8c3ebb5912",
}
#: Feeds earlier batches read other parts or snapshots of (the ``_key`` of their rows).
USED_FEEDS = frozenset({"ut1-fr"})
#: Tags that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = frozenset({
    "colis", "amende", "abonnement", "banque", "renouvellement", "compte", "sante", "recouvrement",
    "remboursement", "annonce", "coupon", "recuperation", "livret", "credit", "peage", "energie",
    "investissement", "douane",
})  # fmt: skip
SOURCE_CAP = 0.35
USED_CAP = 0.65
BRAND_CAP = 0.20

#: key -> source of the legitimate inputs (``legit_lists.txt`` says which characters of each were read).
ETALAB = "etalab/noms-de-domaine-organismes-secteur-public"
LEGIT_SOURCES: dict[str, dict[str, str]] = {
    "etalab-nongouvfr": {
        "repo": ETALAB,
        "path": "sources/nongouvfr-divers.txt",
        "commit": "08245569cb91118fab3cb1bd98e879e205a7360a",
    },
    "etalab-academies": {
        "repo": ETALAB,
        "path": "sources/academies.txt",
        "commit": "031c074d47d8d4385487f83cec5fd82fe957fe2e",
    },
    "etalab-ambassades": {
        "repo": ETALAB,
        "path": "sources/ambasades.txt",
        "commit": "340c7c9e02646d5ee53b132120709cf73f1441e8",
    },
    "etalab-regions": {
        "repo": ETALAB,
        "path": "sources/conseils-regionaux.txt",
        "commit": "404dd6f63a91dd0753b4f2cea4f45e9b9e815bec",
    },
    "etalab-scolaires": {
        "repo": ETALAB,
        "path": "sources/etablissements-scolaires.txt",
        "commit": "2842160c7970eca2c8a9177cdc1d56e6489dba06",
    },
}


def corpus_files() -> tuple[list[str], list[str]]:
    """Every other corpus file, split into link files (hosts) and message files (quoted domains)."""
    return other_corpus_files(OWN_FILES)


def brands_of(tag: str) -> list[str]:
    return [] if tag in SCENARIO_TAGS else [tag]


def repo_row(host: str, tag: str, source: dict[str, str], feed: str, key: str) -> dict[str, Any]:
    return host_candidate(host, brands_of(tag), source, key, feed=feed)


def quoted_row(text: str, tag: str, match_in: str, source: dict[str, Any], key: str) -> dict[str, Any]:
    """An address quoted by a page or an issue thread: a bare host, or a whole URL when it was quoted with a path."""
    brands = brands_of(tag)
    return {
        "text": text,
        "brands": brands,
        "match_in": match_in if brands else "none",
        "subset": "url" if "/" in text else "host",
        "source": source,
        "feed": "new",
        "_key": key,
    }


def page_rows() -> list[dict[str, Any]]:
    return [
        quoted_row(
            text, tag, match_in, {"url": page, "repo": None, "path": None, "commit": None}, f"page:{page}"
        )
        for text, tag, match_in, page in data_lines(HERE, "phish_pages.txt")
    ]


def issue_rows() -> list[dict[str, Any]]:
    rows = []
    for text, tag, match_in, thread in data_lines(HERE, "phish_issues.txt"):
        owner, name = urlsplit(thread).path.strip("/").split("/")[:2]
        source = {"url": thread, "repo": f"{owner}/{name}", "path": None, "commit": None}
        rows.append(quoted_row(text, tag, match_in, source, f"issue:{thread}"))
    return rows


def phishing_candidates() -> list[dict[str, Any]]:
    """The new sources first (threads, pages, the two Phishing.Database addition lists), then the used UT1 part: the
    caps trim the last rows of a group first."""
    rows = issue_rows() + page_rows()
    rows += [
        repo_row(host, tag, PDB_DOMAINS, "new", "pdb-domains")
        for host, tag in data_lines(HERE, "phish_pdb_domains.txt")
    ]
    rows += [
        repo_row(host, tag, PDB_WILDCARD, "new", "pdb-wildcard")
        for host, tag in data_lines(HERE, "phish_pdb_wildcard.txt")
    ]
    rows += [repo_row(host, tag, UT1_FR, "used", "ut1-fr") for host, tag in data_lines(HERE, "phish_ut1.txt")]
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 35 % and no brand group over 20 %, then check the used feed is at most 65 %."""
    kept = cap_rows(rows, frozenset(), SOURCE_CAP, 1.0, BRAND_CAP)
    used = sum(1 for row in kept if row["_key"] in USED_FEEDS)
    assert used <= USED_CAP * len(kept), f"the used feeds are {used} of {len(kept)}"
    return kept


def feed_name(row: dict[str, Any]) -> str:
    return str(row["_key"]).split(":")[0]


def build_phishing(dedup: HostDedup) -> list[dict[str, Any]]:
    kept = cap_phishing([row for row in phishing_candidates() if dedup.accept(row["text"], feed_name(row))])
    return [scam_link_item(row, RETRIEVED, f"b10-url-{number:04d}") for number, row in enumerate(kept, 1)]


def official_domains() -> frozenset[str]:
    """The official domains ``knowledge/`` holds: a legitimate host under one of them is trivially quiet."""
    from knowledge import organisations

    return frozenset(organisations.load().by_domain)


def is_hard(host: str) -> bool:
    return any(word in host.replace("-", "") or word in host for word in HARD_WORDS)


def legit_candidates() -> list[tuple[str, str]]:
    return [(host, key) for host, key in data_lines(HERE, "legit_lists.txt")]


def build_legit(dedup: HostDedup) -> tuple[list[dict[str, Any]], collections.Counter[str]]:
    officials = official_domains()
    skipped: collections.Counter[str] = collections.Counter()
    rows: list[dict[str, Any]] = []
    for host, key in legit_candidates():
        if under_official(host, officials):
            skipped[key] += 1
            continue
        if not dedup.accept(host, key):
            continue
        source = LEGIT_SOURCES[key]
        rows.append(
            {
                "text": host,
                "kind": "link",
                "label": "legit",
                "subset": legit_subset(host),
                "brands": [],
                "hard": is_hard(host),
                "source": {"url": github_url(source), **source},
                "retrieved": RETRIEVED,
                "_key": key,
            }
        )
    rows = cap_legit(rows)
    for number, row in enumerate(rows, 1):
        row["id"] = f"b10-legit-{number:04d}"
    return rows, skipped


def main() -> None:
    link_files, message_files = corpus_files()
    dedup = HostDedup(link_files, message_files)
    phishing = build_phishing(dedup)
    legit, skipped = build_legit(dedup)
    write(PHISHING_FILE, phishing)
    write(LEGIT_FILE, legit)
    print("deduped against:", ", ".join(link_files + message_files))
    candidates = phishing_candidates()
    print("phishing candidates by feed:", dict(collections.Counter(feed_name(row) for row in candidates)))
    print("legit candidates by source:", dict(collections.Counter(key for _, key in legit_candidates())))
    print("host drops (dedup) by source:", dict(dedup.dropped))
    print("legit under an official domain or gouv.fr (left out):", dict(skipped))
    print("phishing", len(phishing), dict(collections.Counter(feed_name(row) for row in phishing)))
    print(" feed", dict(collections.Counter(row["feed"] for row in phishing)))
    print(" largest source", collections.Counter(row["_key"] for row in phishing).most_common(3))
    print(" brands", collections.Counter(brand_of(row) or "none" for row in phishing).most_common())
    print(" subset/match_in", dict(collections.Counter((row["subset"], row["match_in"]) for row in phishing)))
    print("legit", len(legit), dict(collections.Counter(row["_key"] for row in legit)))
    print(" hard", dict(collections.Counter(row["hard"] for row in legit)))
    print(" subset", dict(collections.Counter(row["subset"] for row in legit)))
    print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in legit).most_common())


if __name__ == "__main__":
    main()
