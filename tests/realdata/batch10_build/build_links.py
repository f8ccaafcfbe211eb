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

from pathlib import Path
from typing import Any

from tests.realdata.link_build import LinkBatch, cap_then_check_used

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-02"

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


def phishing_candidates() -> list[dict[str, Any]]:
    """The new sources first (threads, pages, the two Phishing.Database addition lists), then the used UT1 part: the
    caps trim the last rows of a group first."""
    rows = BATCH.issue_rows() + BATCH.page_rows()
    rows += BATCH.repo_rows("phish_pdb_domains.txt", PDB_DOMAINS, "new", "pdb-domains")
    rows += BATCH.repo_rows("phish_pdb_wildcard.txt", PDB_WILDCARD, "new", "pdb-wildcard")
    rows += BATCH.repo_rows("phish_ut1.txt", UT1_FR, "used", "ut1-fr")
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 35 % and no brand group over 20 %, then check the used feed is at most 65 %."""
    return cap_then_check_used(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


BATCH = LinkBatch(HERE, 10, RETRIEVED, SCENARIO_TAGS, LEGIT_SOURCES, phishing_candidates, cap_phishing)
corpus_files, build_legit = BATCH.corpus_files, BATCH.build_legit
build_phishing, main = BATCH.build_phishing, BATCH.main

if __name__ == "__main__":
    main()
