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

from pathlib import Path
from typing import Any

from tests.realdata.corpus_build import cap_rows
from tests.realdata.link_build import LinkBatch

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-01"

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


def redflag_source(words: list[str]) -> dict[str, str]:
    day, commit = words
    year, month, _ = day.split("-")
    return {"repo": REDFLAG_PUB_REPO, "path": f"{year}/{month}/{day}.csv", "commit": commit}


def phishing_candidates() -> list[dict[str, Any]]:
    """The new repository first (one source per daily file), then the parts of the used feeds."""
    rows = BATCH.sectioned_rows(
        "phish_redflag_pub.txt", redflag_source, "new", lambda path: f"redflag-pub:{path}"
    )
    for name, used_source, key in USED_INPUTS:
        rows += BATCH.repo_rows(name, used_source, "used", key)
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 35 %, the used feeds over 50 % and no brand group over 20 %."""
    return cap_rows(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


BATCH = LinkBatch(
    HERE,
    6,
    RETRIEVED,
    SCENARIO_TAGS,
    LEGIT_SOURCES,
    phishing_candidates,
    cap_phishing,
    subset_in_summary=False,
)
corpus_files, build_legit = BATCH.corpus_files, BATCH.build_legit
build_phishing, main = BATCH.build_phishing, BATCH.main

if __name__ == "__main__":
    main()
