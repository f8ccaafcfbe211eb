"""Build the eleventh batch's two link files from the lists gathered on 2026-12-02 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.batch11_build.build_links

Same rules as the tenth batch (``batch10_build/build_links.py``): hosts are dropped when their full host or registrable
domain is in any other corpus file or earlier in the batch; the phishing file is then trimmed so that no source (a
repository file: each Red Flag daily publication is one) is over 25 %, no brand tag (nor the brandless group) over 20 %, and the parts of feeds earlier batches already read (UT1,
PhishTank) are checked to be at most 65 %. Every phishing item says whether its feed is ``new`` or ``used``. Legitimate
hosts under an official domain of ``knowledge/`` or under gouv.fr are left out, no source is over 35 %, and each says
whether its name holds a scenario or brand-like word (``hard``). The inputs' headers say which characters of which file
were read; LINKS.md says why and what was left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.realdata.corpus_build import data_lines
from tests.realdata.link_build import LinkBatch, cap_then_check_used

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-02"

MALICIOUS_DOMAINS = "romainmarcoux/malicious-domains"
UT1_FR = {
    "repo": MALICIOUS_DOMAINS,
    "path": "sources/ut1-fr",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
PHISHTANK = {
    "repo": MALICIOUS_DOMAINS,
    "path": "sources/phishtank.com-online-valid",
    "commit": "05eb394877978b2b0f61d3f0002acf47a2d683db",
}
RED_FLAG = "maaaaz/red.flag.domains-publications"
#: Feeds earlier batches read other parts or snapshots of (the ``_key`` of their rows).
USED_FEEDS = frozenset({"ut1-fr", "phishtank"})
#: Tags that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = frozenset({
    "colis", "amende", "banque", "credit", "livret", "coupon", "peage", "paiement",
})  # fmt: skip
SOURCE_CAP = 0.25
USED_CAP = 0.65
BRAND_CAP = 0.20

#: key -> source of the legitimate inputs (``legit_lists.txt`` says which characters of each were read).
ETALAB = "etalab/noms-de-domaine-organismes-secteur-public"
LEGIT_SOURCES: dict[str, dict[str, str]] = {
    "etalab-nongouvfr-new": {
        "repo": ETALAB,
        "path": "sources/nongouvfr-divers.txt",
        "commit": "a6dd285c997714f5e463fbe6fd5e367dc26849b8",
    },
    "etalab-epci": {
        "repo": ETALAB,
        "path": "sources/epci.txt",
        "commit": "9c4de249d46c6427ca05deb7722e6ddb728907a1",
    },
    "etalab-communes": {
        "repo": ETALAB,
        "path": "sources/communes.txt",
        "commit": "9c4de249d46c6427ca05deb7722e6ddb728907a1",
    },
    "etalab-collectivites": {
        "repo": ETALAB,
        "path": "sources/collectivites.txt",
        "commit": "e4064383bbe7bafdcd5a9545eb1e413c3bdaf83a",
    },
    "ut1-bank": {
        "repo": "olbat/ut1-blacklists",
        "path": "blacklists/bank/domains",
        "commit": "5a6416d5581148e85ef3d3cec84aab63575c9870",
    },
    "listefr-hard": {
        "repo": "easylist/listefr",
        "path": "liste_fr.txt",
        "commit": "000299bfccf0ba2b01c0e159be223395377773e7",
    },
}


def red_flag_rows() -> list[dict[str, Any]]:
    """The ``host tag path commit`` lines of the Red Flag daily publications: each day's file is its own source."""
    return [
        BATCH.repo_row(
            host, tag, {"repo": RED_FLAG, "path": path, "commit": commit}, "new", f"redflag-pub:{path}"
        )
        for host, tag, path, commit in data_lines(HERE, "phish_rfd.txt")
    ]


def phishing_candidates() -> list[dict[str, Any]]:
    """The new feed first (the Red Flag days), then the used ones (UT1, PhishTank): the caps trim the last rows of a
    group first."""
    rows = red_flag_rows()
    rows += BATCH.repo_rows("phish_ut1.txt", UT1_FR, "used", "ut1-fr")
    rows += BATCH.repo_rows("phish_phishtank.txt", PHISHTANK, "used", "phishtank")
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 25 % and no brand group over 20 %, then check the used feeds are at most 65 %."""
    return cap_then_check_used(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


BATCH = LinkBatch(HERE, 11, RETRIEVED, SCENARIO_TAGS, LEGIT_SOURCES, phishing_candidates, cap_phishing)
corpus_files, build_legit = BATCH.corpus_files, BATCH.build_legit
build_phishing, main = BATCH.build_phishing, BATCH.main

if __name__ == "__main__":
    main()
