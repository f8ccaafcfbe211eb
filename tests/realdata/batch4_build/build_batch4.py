"""Build the three fourth-batch files from the lists gathered on 2026-11-30 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.batch4_build.build_batch4

Hosts are dropped when their full host or registrable domain (tldextract with the private PSL part, offline) is
in any corpus file (the link files and the domains quoted in every message file) or earlier in the batch.
Messages are dropped when their normalised text contains / is contained in / is more than 80 % similar (difflib)
to a text of any earlier message file, or more than 85 % similar to an earlier candidate of this batch. The
phishing file is then trimmed so that no source is over 40 % of it, the already-used sources together over 25 %,
and no brand tag (nor the brandless group) over 20 %.
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

from tests.realdata.batch4_build.batch4_pages import LEGIT_PAGE_HOSTS, MESSAGES, PAGE_LINKS
from tests.realdata.batch4_build.batch4_pages_more import (
    MORE_LEGIT_PAGE_HOSTS,
    MORE_MESSAGES,
    MORE_PAGE_LINKS,
)
from tests.realdata.corpus_build import (
    EXTRACT,
    RAW_EMAIL,
    RAW_PHONE,
    HostDedup,
    brand_of,
    cap_rows,
    data_lines,
    dedup_texts,
    github_url,
    host_candidate,
    normalised_texts,
    scam_link_item,
    write,
)

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent / "corpora"
RETRIEVED = "2026-11-30"
OLD_LINK_FILES = (
    "phishing_domains_train",
    "phishing_urls_train",
    "phishing_fresh",
    "phishing_blind",
    "legit_domains_train",
    "legit_public_sector_train",
    "legit_extra",
    "legit_blind",
)
OLD_MESSAGE_FILES = ("messages_real", "messages_extra", "messages_fresh", "messages_blind")

REPO = "romainmarcoux/malicious-domains"
PHISHING_ARMY = {
    "repo": REPO,
    "path": "sources/phishing_army",
    "commit": "05eb394877978b2b0f61d3f0002acf47a2d683db",
}
ALIENVAULT_PATH = "sources/alienvault-phishing-scam"
PHISHUNT = {
    "repo": REPO,
    "path": "sources/phishunt.io.txt",
    "commit": "05eb394877978b2b0f61d3f0002acf47a2d683db",
}
OPENPHISH = {
    "repo": REPO,
    "path": "sources/openphish.com",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
PHISHTANK = {
    "repo": REPO,
    "path": "sources/phishtank.com-online-valid",
    "commit": "05eb394877978b2b0f61d3f0002acf47a2d683db",
}
PHISHTANK_B = {
    "repo": REPO,
    "path": "sources/phishtank.com-online-valid",
    "commit": "e4a7f05647f761a71fb2700b79ac60070ffcb7f6",
}
UT1_FR = {
    "repo": REPO,
    "path": "sources/ut1-fr",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
RED_FLAG = {
    "repo": REPO,
    "path": "sources/red.flag.domains.txt",
    "commit": "99d08df88591b45e80fa7daa8e5016eae40fcdc9",
}
UT1_BU = {
    "repo": "olbat/ut1-blacklists",
    "path": "blacklists/liste_bu/domains",
    "commit": "04c2a6d9a01fa4bb337b4062bc9c00c1090104d3",
}
LISTE_FR = {
    "repo": "easylist/listefr",
    "path": "liste_fr.txt",
    "commit": "000299bfccf0ba2b01c0e159be223395377773e7",
}

#: Tags of the lists that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = {
    "colis", "amende", "abonnement", "remboursement", "credit", "epargne", "banque", "renouvellement", "compte",
    "messagerie", "peage",
}  # fmt: skip
#: Sources already used by earlier batches: together at most 25 % of the phishing file.
USED_SOURCES = {"red.flag.domains", "ut1-fr"}
SOURCE_CAP = 0.40
USED_CAP = 0.25
BRAND_CAP = 0.20
NEW_TLDS = {
    "app", "shop", "online", "site", "info", "biz", "bzh", "alsace", "cloud", "co", "coop", "store",
    "tech", "xyz", "paris", "corsica", "aero", "tv", "me",
}  # fmt: skip
HARD_WORDS = (
    "colis", "livraison", "suivi", "relais", "transport", "express", "amende", "assurance", "mutuel",
    "banque", "bank", "credit", "carte", "sante", "rembours", "impot", "energie", "auto", "peage",
    "service", "client", "compte", "espace", "info", "paiement", "emploi", "huissier", "justice",
    "avocat", "notaire", "annonce", "annuaire", "radar", "arnaque", "argent", "bourse", "reduc", "prix",
    "horaires", "lettres", "alternance", "audition", "pharma", "notif", "network", "email",
)  # fmt: skip


def data_words(name: str) -> list[str]:
    return [
        word
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for word in line.split()
    ]


def link_row(host: str, tag: str, source: dict[str, Any], key: str) -> dict[str, Any]:
    return host_candidate(host, [] if tag in SCENARIO_TAGS else [tag], source, key)


def phishing_candidates() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for text, page_brands, match_in, url in (*PAGE_LINKS, *MORE_PAGE_LINKS):
        rows.append(
            {
                "text": text,
                "brands": list(page_brands),
                "match_in": match_in,
                "subset": "url" if "/" in text else "host",
                "source": {"url": url, "repo": None, "path": None, "commit": None},
                "_key": "press",
            }
        )
    for host, tag, commit in data_lines(HERE, "phish_alienvault.txt"):
        rows.append(
            link_row(host, tag, {"repo": REPO, "path": ALIENVAULT_PATH, "commit": commit}, "alienvault")
        )
    for host, tag in data_lines(HERE, "phish_phishunt.txt"):
        rows.append(link_row(host, tag, PHISHUNT, "phishunt"))
    for host, tag in data_lines(HERE, "phish_openphish.txt"):
        rows.append(link_row(host, tag, OPENPHISH, "openphish"))
    for host, tag in data_lines(HERE, "phish_army.txt"):
        rows.append(link_row(host, tag, PHISHING_ARMY, "phishing_army"))
    for host, tag in data_lines(HERE, "phish_redflag.txt"):
        rows.append(link_row(host, tag, RED_FLAG, "red.flag.domains"))
    for host, tag in data_lines(HERE, "phish_phishtank.txt"):
        rows.append(link_row(host, tag, PHISHTANK, "phishtank"))
    for host, tag in data_lines(HERE, "phish_phishtank_b.txt"):
        rows.append(link_row(host, tag, PHISHTANK_B, "phishtank"))
    for host, tag in data_lines(HERE, "phish_ut1.txt"):
        rows.append(link_row(host, tag, UT1_FR, "ut1-fr"))
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim until no source is over 40 %, the used sources over 25 % and no brand group over 20 %."""
    return cap_rows(rows, USED_SOURCES, SOURCE_CAP, USED_CAP, BRAND_CAP)


def build_phishing(dedup: HostDedup) -> list[dict[str, Any]]:
    kept = [row for row in phishing_candidates() if dedup.accept(row["text"], row["_key"])]
    kept = cap_phishing(kept)
    return [scam_link_item(row, RETRIEVED, f"b4-url-{number:04d}") for number, row in enumerate(kept, 1)]


def legit_subset(host: str) -> str:
    if EXTRACT(host).suffix in NEW_TLDS:
        return "new_tld"
    if any(word in host for word in HARD_WORDS):
        return "scenario_word"
    return "other"


def build_legit(dedup: HostDedup) -> list[dict[str, Any]]:
    rows: list[tuple[str, list[str], dict[str, Any], str]] = []
    for host, page_brands, url in (*LEGIT_PAGE_HOSTS, *MORE_LEGIT_PAGE_HOSTS):
        rows.append(
            (host, list(page_brands), {"url": url, "repo": None, "path": None, "commit": None}, "press")
        )
    for host in (HERE / "legit_listefr.txt").read_text(encoding="utf-8").split():
        rows.append((host, [], {"url": github_url(LISTE_FR), **LISTE_FR}, "listefr"))
    for host in data_words("legit_ut1_bu.txt"):
        rows.append((host, [], {"url": github_url(UT1_BU), **UT1_BU}, "ut1-liste_bu"))
    out: list[dict[str, Any]] = []
    for host, brands, source, key in rows:
        if not dedup.accept(host, key):
            continue
        out.append(
            {
                "text": host,
                "kind": "link",
                "label": "legit",
                "subset": legit_subset(host),
                "brands": brands,
                "source": source,
                "retrieved": RETRIEVED,
                "id": f"b4-legit-{len(out) + 1:04d}",
                "_key": key,
            }
        )
    return out


def build_messages() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    found, dropped = dedup_texts(
        (*MESSAGES, *MORE_MESSAGES), lambda message: message[4], normalised_texts(OLD_MESSAGE_FILES)
    )
    kept: list[dict[str, Any]] = []
    for label, channel, brand, scenario, text, url in found:
        if label == "scam":
            assert not RAW_PHONE.search(text) and not RAW_EMAIL.search(text), text
        kept.append(
            {
                "id": f"b4-msg-{len(kept) + 1:04d}",
                "text": text,
                "label": label,
                "channel": channel,
                "brand": brand,
                "scenario": scenario,
                "source": {"url": url, "repo": None, "path": None, "commit": None},
                "retrieved": RETRIEVED,
            }
        )
    return kept, dropped


def main() -> None:
    dedup = HostDedup(OLD_LINK_FILES, OLD_MESSAGE_FILES)
    candidates = collections.Counter(row["_key"] for row in phishing_candidates())
    phishing = build_phishing(dedup)
    legit = build_legit(dedup)
    messages, dropped = build_messages()
    write("phishing_batch4", phishing)
    write("legit_batch4", legit)
    write("messages_batch4", messages)
    print("phishing candidates by source:", dict(candidates))
    print("host drops (dedup) by source:", dict(dedup.dropped))
    print("phishing", len(phishing), collections.Counter(row["_key"] for row in phishing))
    print(" brands", collections.Counter(brand_of(row) or "none" for row in phishing).most_common())
    print(" match_in", collections.Counter(row["match_in"] for row in phishing))
    print("legit", len(legit), collections.Counter(row["_key"] for row in legit))
    print(" subset", collections.Counter(row["subset"] for row in legit))
    for label in ("scam", "genuine"):
        part = [row for row in messages if row["label"] == label]
        print("messages", label, len(part))
        print(" channel", collections.Counter(row["channel"] for row in part).most_common())
        print(" brand", collections.Counter(row["brand"] for row in part).most_common())
        print(" scenario", collections.Counter(row["scenario"] for row in part).most_common())
    print("dropped messages:")
    for text, hit in dropped:
        print("  -", text[:80], "| ~", hit[:60])


if __name__ == "__main__":
    main()
