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

from pathlib import Path
from typing import Any

from tests.realdata.corpus_build import cap_rows
from tests.realdata.link_build import LinkBatch

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-01"

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


def redflag_source(words: list[str]) -> dict[str, str]:
    day, commit = words
    year, month, _ = day.split("-")
    return {"repo": REDFLAG_PUB_REPO, "path": f"{year}/{month}/{day}.csv", "commit": commit}


def phishing_candidates() -> list[dict[str, Any]]:
    """The new repositories first (one source per daily file), then the parts of the used feeds."""
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
    7,
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
