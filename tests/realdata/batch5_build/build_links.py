"""Build the fifth batch's two link files from the lists gathered on 2026-11-30 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.batch5_build.build_links

Hosts are dropped when their full host or registrable domain (tldextract with the private PSL part, offline) is in any
other corpus file (every ``*.jsonl`` of ``tests/realdata/corpora``: the hosts of link files, the domains quoted in
message files) or earlier in the batch. The phishing file is then trimmed so that no source is over 40 % of it, the
feeds earlier batches already read together over 60 % and no brand tag (nor the brandless group) over 20 %. Every
phishing item says whether its feed is ``new`` (read by no earlier batch) or ``used``, so both can be reported.
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
    scam_link_item,
    write,
)

HERE = Path(__file__).resolve().parent
RETRIEVED = "2026-11-30"
PHISHING_FILE = "phishing_batch5"
LEGIT_FILE = "legit_batch5"
#: Files this session's other helpers may add next to ours: never dedup against ourselves.
OWN_FILES = (PHISHING_FILE, LEGIT_FILE)

MARCOUX = "romainmarcoux/malicious-domains"
HAGEZI = {
    "repo": "hagezi/dns-blocklists",
    "path": "domains/tif.txt",
    "commit": "01ee32d1ccb54e84efe68102df1418074c0845cd",
}
UT1_FR = {"repo": MARCOUX, "path": "sources/ut1-fr", "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6"}
RED_FLAG = {
    "repo": MARCOUX,
    "path": "sources/red.flag.domains.txt",
    "commit": "e2d0d10eae0d187878be08a5f1ffca4641261a8d",
}
PHISHING_ARMY = {
    "repo": MARCOUX,
    "path": "sources/phishing_army",
    "commit": "e2d0d10eae0d187878be08a5f1ffca4641261a8d",
}
PHISHTANK_B = {
    "repo": MARCOUX,
    "path": "sources/phishtank.com-online-valid",
    "commit": "e4a7f05647f761a71fb2700b79ac60070ffcb7f6",
}
UT1_BANK = {
    "repo": "olbat/ut1-blacklists",
    "path": "blacklists/bank/domains",
    "commit": "02a5774fd50f82580379547b86eda14f991263c3",
}
ETALAB = "etalab/noms-de-domaine-organismes-secteur-public"
ETALAB_SOURCES = {
    "mdph": {
        "repo": ETALAB,
        "path": "sources/mdph-mda.txt",
        "commit": "a6dd285c997714f5e463fbe6fd5e367dc26849b8",
    },
    "cdg": {
        "repo": ETALAB,
        "path": "sources/centre-de-gestion.txt",
        "commit": "f7c4eafd6c08df9e2766c5e51a48be64c43e4390",
    },
    "epci": {
        "repo": ETALAB,
        "path": "sources/epci.txt",
        "commit": "9c4de249d46c6427ca05deb7722e6ddb728907a1",
    },
}

#: (input file, source, key); the key names the feed in the caps and the report. Read in this order: the new feed first,
#: so that a host several feeds list is credited to it.
PHISHING_INPUTS = (
    ("phish_hagezi.txt", HAGEZI, "hagezi-tif"),
    ("phish_ut1.txt", UT1_FR, "ut1-fr"),
    ("phish_redflag.txt", RED_FLAG, "red.flag.domains"),
    ("phish_army.txt", PHISHING_ARMY, "phishing_army"),
    ("phish_phishtank_b.txt", PHISHTANK_B, "phishtank"),
)
#: Feeds an earlier batch already read (other parts or snapshots of them are read here): together at most 60 %.
USED_FEEDS = frozenset({"ut1-fr", "red.flag.domains", "phishing_army", "phishtank"})
#: Tags of the lists that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = frozenset({
    "colis", "amende", "abonnement", "remboursement", "credit", "epargne", "banque", "renouvellement", "compte",
    "messagerie", "peage", "sante", "recouvrement", "logement", "assurance",
})  # fmt: skip
SOURCE_CAP = 0.40
USED_CAP = 0.60
BRAND_CAP = 0.20


def corpus_files() -> tuple[list[str], list[str]]:
    """Every other corpus file, split into link files (hosts) and message files (quoted domains)."""
    return other_corpus_files(OWN_FILES)


def phishing_candidates() -> list[dict[str, Any]]:
    return [
        host_candidate(
            host,
            [] if tag in SCENARIO_TAGS else [tag],
            source,
            key,
            feed="used" if key in USED_FEEDS else "new",
        )
        for name, source, key in PHISHING_INPUTS
        for host, tag in data_lines(HERE, name)
    ]


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 40 %, the used feeds over 60 % and no brand group over 20 %."""
    return cap_rows(rows, USED_FEEDS, SOURCE_CAP, USED_CAP, BRAND_CAP)


def build_phishing(dedup: HostDedup) -> list[dict[str, Any]]:
    kept = cap_phishing([row for row in phishing_candidates() if dedup.accept(row["text"], row["_key"])])
    return [scam_link_item(row, RETRIEVED, f"b5-url-{number:04d}") for number, row in enumerate(kept, 1)]


def legit_candidates() -> list[tuple[str, dict[str, Any], str]]:
    rows: list[tuple[str, dict[str, Any], str]] = []
    for line in data_lines(HERE, "legit_ut1_bank.txt"):
        rows += [(host, UT1_BANK, "ut1-bank") for host in line]
    for host, key in data_lines(HERE, "legit_etalab.txt"):
        rows.append((host, ETALAB_SOURCES[key], f"etalab-{key}"))
    return rows


def build_legit(dedup: HostDedup) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for host, source, key in legit_candidates():
        if not dedup.accept(host, key):
            continue
        out.append(
            {
                "text": host,
                "kind": "link",
                "label": "legit",
                "subset": legit_subset(host),
                "brands": [],
                "source": {"url": github_url(source), **source},
                "retrieved": RETRIEVED,
                "id": f"b5-legit-{len(out) + 1:04d}",
                "_key": key,
            }
        )
    return out


def main() -> None:
    link_files, message_files = corpus_files()
    dedup = HostDedup(link_files, message_files)
    phishing = build_phishing(dedup)
    legit = build_legit(dedup)
    write(PHISHING_FILE, phishing)
    write(LEGIT_FILE, legit)
    print("deduped against:", ", ".join(link_files + message_files))
    print(
        "phishing candidates by source:", dict(collections.Counter(r["_key"] for r in phishing_candidates()))
    )
    print("legit candidates by source:", dict(collections.Counter(key for _, _, key in legit_candidates())))
    print("host drops (dedup) by source:", dict(dedup.dropped))
    print("phishing", len(phishing), dict(collections.Counter(row["_key"] for row in phishing)))
    print(" feed", dict(collections.Counter(row["feed"] for row in phishing)))
    print(" brands", collections.Counter(brand_of(row) or "none" for row in phishing).most_common())
    print(" match_in", dict(collections.Counter(row["match_in"] for row in phishing)))
    print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in phishing).most_common())
    print("legit", len(legit), dict(collections.Counter(row["_key"] for row in legit)))
    print(" subset", dict(collections.Counter(row["subset"] for row in legit)))
    print(" tld", collections.Counter(row["text"].rsplit(".", 1)[-1] for row in legit).most_common())


if __name__ == "__main__":
    main()
