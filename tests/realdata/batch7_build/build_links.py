"""Build the seventh batch's two link files from the lists gathered on 2026-12-01 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.batch7_build.build_links

Hosts are dropped when their full host or registrable domain (tldextract with the private PSL part, offline) is in any
other corpus file (every ``*.jsonl`` of ``tests/realdata/corpora`` but this session's own: the hosts of link files, the
domains quoted in message files) or earlier in the batch. The phishing file is then trimmed so that no source (repository
and path) is over 35 %, the parts of feeds earlier batches already read together over 50 % and no brand tag (nor the
brandless group) over 20 %. Every phishing item says whether its feed is ``new`` (a repository or file no earlier batch
read) or ``used`` (another part or snapshot of a feed an earlier batch read). Legitimate hosts under an official domain
of ``knowledge/`` or under gouv.fr are left out (the checker knows them: they would prove nothing), and each says
whether its name holds a scenario or brand-like word (``hard``). The inputs' headers say which characters of which file
were read; LINKS.md says why and what was left out.
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

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
RETRIEVED = "2026-12-01"
PHISHING_FILE = "phishing_batch7"
LEGIT_FILE = "legit_batch7"
#: This session's files (the messages helper writes ``messages_batch7``): never dedup against ourselves.
OWN_FILES = (PHISHING_FILE, LEGIT_FILE, "messages_batch7")

REDFLAG_PUB_REPO = "maaaaz/red.flag.domains-publications"
HAGEZI = {
    "repo": "hagezi/dns-blocklists",
    "path": "domains/tif.txt",
    "commit": "01ee32d1ccb54e84efe68102df1418074c0845cd",
}
#: (input file, source, key) of the feeds earlier batches read other parts of.
USED_INPUTS: tuple[tuple[str, dict[str, str], str], ...] = (("phish_hagezi.txt", HAGEZI, "hagezi-tif"),)
USED_FEEDS = frozenset(key for _, _, key in USED_INPUTS)
#: Tags that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = frozenset({
    "colis", "amende", "abonnement", "banque", "renouvellement", "compte", "sante", "recouvrement",
    "remboursement", "annonce", "coupon", "recuperation",
})  # fmt: skip
SOURCE_CAP = 0.35
USED_CAP = 0.50
BRAND_CAP = 0.20

#: key -> source of the legitimate inputs (``legit_lists.txt`` says which characters of each were read).
ETALAB = "etalab/noms-de-domaine-organismes-secteur-public"
LEGIT_SOURCES: dict[str, dict[str, str]] = {
    "etalab-nongouvfr": {
        "repo": ETALAB,
        "path": "sources/nongouvfr-divers.txt",
        "commit": "08245569cb91118fab3cb1bd98e879e205a7360a",
    },
    "etalab-divers-nongouvfr": {
        "repo": ETALAB,
        "path": "sources/divers-nongouvfr.txt",
        "commit": "031c074d47d8d4385487f83cec5fd82fe957fe2e",
    },
    "etalab-departements": {
        "repo": ETALAB,
        "path": "sources/conseils-departementaux.txt",
        "commit": "7b1481fbfe93f43e71ab5c51803469a20fa7192d",
    },
    "etalab-communes": {
        "repo": ETALAB,
        "path": "sources/communes.txt",
        "commit": "9c4de249d46c6427ca05deb7722e6ddb728907a1",
    },
    "ut1-press": {
        "repo": "olbat/ut1-blacklists",
        "path": "blacklists/press/domains",
        "commit": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    },
    "etalab-universites": {
        "repo": ETALAB,
        "path": "sources/universites.txt",
        "commit": "031c074d47d8d4385487f83cec5fd82fe957fe2e",
    },
}


def corpus_files() -> tuple[list[str], list[str]]:
    """Every other corpus file, split into link files (hosts) and message files (quoted domains)."""
    return other_corpus_files(OWN_FILES)


def redflag_source(day: str, commit: str) -> dict[str, str]:
    year, month, _ = day.split("-")
    return {"repo": REDFLAG_PUB_REPO, "path": f"{year}/{month}/{day}.csv", "commit": commit}


def phishing_row(host: str, tag: str, source: dict[str, str], feed: str, key: str) -> dict[str, Any]:
    return host_candidate(host, [] if tag in SCENARIO_TAGS else [tag], source, key, feed=feed)


def phishing_candidates() -> list[dict[str, Any]]:
    """The new repositories first (one source per daily file), then the parts of the used feeds."""
    rows: list[dict[str, Any]] = []
    source: dict[str, str] | None = None
    for words in data_lines(HERE, "phish_redflag_pub.txt"):
        if words[0] == "@":
            source = redflag_source(words[1], words[2])
            continue
        assert source is not None, "a host line before the first '@ <date> <commit>' line"
        rows.append(phishing_row(words[0], words[1], source, "new", f"redflag-pub:{source['path']}"))
    for name, used_source, key in USED_INPUTS:
        rows += [phishing_row(host, tag, used_source, "used", key) for host, tag in data_lines(HERE, name)]
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 35 %, the used feeds over 50 % and no brand group over 20 %."""
    return cap_rows(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


def build_phishing(dedup: HostDedup) -> list[dict[str, Any]]:
    kept = cap_phishing(
        [row for row in phishing_candidates() if dedup.accept(row["text"], row["_key"].split(":")[0])]
    )
    return [scam_link_item(row, RETRIEVED, f"b7-url-{number:04d}") for number, row in enumerate(kept, 1)]


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
        row["id"] = f"b7-legit-{number:04d}"
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
    print(
        "phishing candidates by feed:", dict(collections.Counter(r["_key"].split(":")[0] for r in candidates))
    )
    print("legit candidates by source:", dict(collections.Counter(key for _, key in legit_candidates())))
    print("host drops (dedup) by source:", dict(dedup.dropped))
    print("legit under an official domain or gouv.fr (left out):", dict(skipped))
    print("phishing", len(phishing), dict(collections.Counter(row["_key"].split(":")[0] for row in phishing)))
    print(" feed", dict(collections.Counter(row["feed"] for row in phishing)))
    print(" largest source", collections.Counter(row["_key"] for row in phishing).most_common(3))
    print(" brands", collections.Counter(brand_of(row) or "none" for row in phishing).most_common())
    print(" match_in", dict(collections.Counter(row["match_in"] for row in phishing)))
    print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in phishing).most_common())
    print("legit", len(legit), dict(collections.Counter(row["_key"] for row in legit)))
    print(" hard", dict(collections.Counter(row["hard"] for row in legit)))
    print(" subset", dict(collections.Counter(row["subset"] for row in legit)))
    print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in legit).most_common())


if __name__ == "__main__":
    main()
