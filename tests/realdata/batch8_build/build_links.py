"""Build the eighth batch's two link files from the lists and pages gathered on 2026-12-01 (run once; never runs
detection).

    .venv/bin/python -m tests.realdata.batch8_build.build_links

Hosts are dropped when their full host or registrable domain (tldextract with the private PSL part, offline) is in any
other corpus file (every ``*.jsonl`` of ``tests/realdata/corpora`` but this session's own: the hosts of link files, the
domains quoted in message files) or earlier in the batch. The phishing file is then trimmed so that no source (a
repository file, a page, an issue thread) is over 35 %, the parts of feeds earlier batches already read together over
65 % and no brand tag (nor the brandless group) over 20 %. Every phishing item says whether its feed is ``new`` (a
repository, file, page or thread no earlier batch read) or ``used`` (another part or snapshot of a feed an earlier
batch read). Addresses quoted with a path stay whole (subset ``url``). Legitimate hosts under an official domain of
``knowledge/`` or under gouv.fr are left out, and each says whether its name holds a scenario or brand-like word
(``hard``). The inputs' headers say which characters of which file, which pages and which threads were read;
LINKS.md says why and what was left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.realdata.link_build import LinkBatch, cap_then_check_used

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-12-01"

MALICIOUS_DOMAINS = "romainmarcoux/malicious-domains"
PHISHTANK_PATH = "sources/phishtank.com-online-valid"
UT1_FR = {
    "repo": MALICIOUS_DOMAINS,
    "path": "sources/ut1-fr",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
CRYPTOFR_REPO = "CryptoFR/crypto-scams-fr"
INFOBLOX = {
    "repo": "infobloxopen/threat-intelligence",
    "path": "indicators/csv/olympics_20240729_iocs.csv",
    "commit": "11a518f6a61911940283072f8a0ac5072d0b6751",
}
#: Feeds earlier batches read other parts or snapshots of (the ``_key`` of their rows).
USED_FEEDS = frozenset({"phishtank", "ut1-fr"})
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
    "adguard-fr-specific": {
        "repo": "AdguardTeam/AdguardFilters",
        "path": "FrenchFilter/sections/specific.txt",
        "commit": "0006dd107cb6f7d73b549a2c0333d7151ba7dc6d",
    },
    "ut1-shopping": {
        "repo": "olbat/ut1-blacklists",
        "path": "blacklists/shopping/domains",
        "commit": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    },
    "etalab-nongouvfr": {
        "repo": ETALAB,
        "path": "sources/nongouvfr-divers.txt",
        "commit": "08245569cb91118fab3cb1bd98e879e205a7360a",
    },
}


def phishtank_source(words: list[str]) -> dict[str, str]:
    return {"repo": MALICIOUS_DOMAINS, "path": PHISHTANK_PATH, "commit": words[0]}


def cryptofr_source(words: list[str]) -> dict[str, str]:
    return {"repo": CRYPTOFR_REPO, "path": words[0], "commit": words[1]}


def phishing_candidates() -> list[dict[str, Any]]:
    """The new sources first (threads, pages, Infoblox), then the used feeds, the CryptoFR lists last: the caps trim
    the last rows of a group first, so the long brandless tail of the investment-scam lists goes before the rest."""
    rows = BATCH.issue_rows() + BATCH.page_rows()
    rows += BATCH.repo_rows("phish_infoblox.txt", INFOBLOX, "new", "infoblox")
    rows += BATCH.sectioned_rows("phish_phishtank.txt", phishtank_source, "used", lambda _: "phishtank")
    rows += BATCH.repo_rows("phish_ut1.txt", UT1_FR, "used", "ut1-fr")
    rows += BATCH.sectioned_rows(
        "phish_cryptofr.txt", cryptofr_source, "new", lambda path: f"cryptofr:{path}"
    )
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 35 % and no brand group over 20 %, then check the used feeds are at most 65 %."""
    return cap_then_check_used(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


BATCH = LinkBatch(HERE, 8, RETRIEVED, SCENARIO_TAGS, LEGIT_SOURCES, phishing_candidates, cap_phishing)
corpus_files, build_legit = BATCH.corpus_files, BATCH.build_legit
build_phishing, main = BATCH.build_phishing, BATCH.main

if __name__ == "__main__":
    main()
