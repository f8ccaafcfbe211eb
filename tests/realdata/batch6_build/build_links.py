"""Build the sixth batch's two link files from the lists gathered on 2026-12-01 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.batch6_build.build_links

Hosts are dropped when their full host or registrable domain (tldextract with the private PSL part, offline) is in any
other corpus file (every ``*.jsonl`` of ``tests/realdata/corpora`` but this session's own: the hosts of link files, the
domains quoted in message files) or earlier in the batch. The phishing file is then trimmed so that no source (repository
and path) is over 35 %, the parts of feeds earlier batches already read together over 50 % and no brand tag (nor the
brandless group) over 20 %. Every phishing item says whether its feed is ``new`` (a repository or file no earlier batch
read) or ``used`` (another part or snapshot of a feed an earlier batch read). Legitimate hosts under an official domain
of ``knowledge/`` or under gouv.fr are left out (the checker knows them: they would prove nothing), and each says
whether its name holds a scenario or brand-like word (``hard``).
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

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

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-01"
PHISHING_FILE = "phishing_batch6"
LEGIT_FILE = "legit_batch6"
#: This session's files (the messages helper writes ``messages_batch6``): never dedup against ourselves.
OWN_FILES = (PHISHING_FILE, LEGIT_FILE)

REDFLAG_PUB_REPO = "maaaaz/red.flag.domains-publications"
MARCOUX = "romainmarcoux/malicious-domains"
HAGEZI = {
    "repo": "hagezi/dns-blocklists",
    "path": "domains/tif.txt",
    "commit": "8b6bbdede00b36aa12d616f1e132fb4a325a725a",
}
UT1_FR = {"repo": MARCOUX, "path": "sources/ut1-fr", "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6"}
#: (input file, source, key) of the two feeds earlier batches read other parts of.
USED_INPUTS = (
    ("phish_hagezi.txt", HAGEZI, "hagezi-tif"),
    ("phish_ut1.txt", UT1_FR, "ut1-fr"),
)
USED_FEEDS = frozenset(key for _, _, key in USED_INPUTS)
#: Tags that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = frozenset({
    "colis", "amende", "abonnement", "banque", "renouvellement", "compte", "sante", "recouvrement",
})  # fmt: skip
SOURCE_CAP = 0.35
USED_CAP = 0.50
BRAND_CAP = 0.20

#: The words the brief names as making a legitimate name "hard" (scenario or brand-like words), plus the debt-collection
#: and job scenario words of this project's lures (huissier, justice, avocat, recouvrement, emploi, retraite).
HARD_WORDS = (
    "colis", "livraison", "relais", "transport", "express", "amende", "assurance", "mutuel", "banque", "credit",
    "carte", "sante", "rembours", "impot", "energie", "auto", "peage", "route", "service", "client", "compte",
    "espace", "info", "paiement", "securite", "conseil", "suivi", "portail", "acces", "connexion", "poste", "vital",
    "huissier", "justice", "avocat", "recouvrement", "emploi", "retraite",
)  # fmt: skip

UT1 = "olbat/ut1-blacklists"
ETALAB = "etalab/noms-de-domaine-organismes-secteur-public"
#: key -> source of the legitimate inputs (``legit_lists.txt`` says which characters of each were read).
LEGIT_SOURCES: dict[str, dict[str, str]] = {
    "ut1-press": {
        "repo": UT1,
        "path": "blacklists/press/domains",
        "commit": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    },
    "ut1-shopping": {
        "repo": UT1,
        "path": "blacklists/shopping/domains",
        "commit": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    },
    "ut1-webmail": {
        "repo": UT1,
        "path": "blacklists/webmail/domains",
        "commit": "0775855f9a6bbc7b114ae99d4bac73832f348b9e",
    },
    "ut1-mobile-phone": {
        "repo": UT1,
        "path": "blacklists/mobile-phone/domains",
        "commit": "2e1b7c52cc729da8695dad99a897a1ea629da069",
    },
    "ut1-jobsearch": {
        "repo": UT1,
        "path": "blacklists/jobsearch/domains",
        "commit": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    },
    "etalab-hopitaux": {
        "repo": ETALAB,
        "path": "sources/hopitaux.txt",
        "commit": "e4064383bbe7bafdcd5a9545eb1e413c3bdaf83a",
    },
    "etalab-nongouvfr": {
        "repo": ETALAB,
        "path": "sources/nongouvfr-divers.txt",
        "commit": "08245569cb91118fab3cb1bd98e879e205a7360a",
    },
    "etalab-collectivites": {
        "repo": ETALAB,
        "path": "sources/collectivites.txt",
        "commit": "031c074d47d8d4385487f83cec5fd82fe957fe2e",
    },
}
LEGIT_CAP = 0.35


def corpus_files() -> tuple[list[str], list[str]]:
    """Every other corpus file, split into link files (hosts) and message files (quoted domains)."""
    return other_corpus_files((*OWN_FILES, "messages_batch6"))


def redflag_source(day: str, commit: str) -> dict[str, str]:
    year, month, _ = day.split("-")
    return {"repo": REDFLAG_PUB_REPO, "path": f"{year}/{month}/{day}.csv", "commit": commit}


def phishing_row(host: str, tag: str, source: dict[str, str], feed: str, key: str) -> dict[str, Any]:
    return host_candidate(host, [] if tag in SCENARIO_TAGS else [tag], source, key, feed=feed)


def phishing_candidates() -> list[dict[str, Any]]:
    """The new repository first (one source per daily file), then the parts of the used feeds."""
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
    return [scam_link_item(row, RETRIEVED, f"b6-url-{number:04d}") for number, row in enumerate(kept, 1)]


def official_domains() -> frozenset[str]:
    """The official domains ``knowledge/`` holds: a legitimate host under one of them is trivially quiet."""
    from knowledge import organisations

    return frozenset(organisations.load().by_domain)


def under_official(host: str, officials: frozenset[str]) -> bool:
    labels = host.split(".")
    candidates = {".".join(labels[i:]) for i in range(len(labels) - 1)}
    return host.endswith(".gouv.fr") or bool(candidates & officials) or registrable(host) in officials


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
        row["id"] = f"b6-legit-{number:04d}"
    return rows, skipped


def cap_legit(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
