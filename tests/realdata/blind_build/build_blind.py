"""Build the three blind files from the lists gathered on 2026-11-30 (run once; never runs detection).

    .venv/bin/python -m tests.realdata.blind_build.build_blind

Hosts are dropped when their full host or registrable domain is in any corpus file (or earlier in the
same blind file); messages are dropped when their normalised text contains / is contained in / is more
than 80 % similar (difflib) to a text of messages_real, messages_extra or messages_fresh, or more than
85 % similar to an earlier blind candidate. Source and brand caps are applied to the phishing file.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path
from typing import Any

from tests.realdata.blind_build.blind_messages import MESSAGES
from tests.realdata.blind_build.blind_pages import PAGE_LINKS
from tests.realdata.corpus_build import (
    EXTRACT,
    RAW_EMAIL,
    RAW_PHONE,
    HostDedup,
    cap_rows,
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
    "legit_domains_train",
    "legit_public_sector_train",
)
OLD_MESSAGE_FILES = ("messages_real", "messages_extra", "messages_fresh")

RED_FLAG = {
    "repo": "romainmarcoux/malicious-domains",
    "path": "sources/red.flag.domains.txt",
    "commit": "05eb394877978b2b0f61d3f0002acf47a2d683db",
}
UT1_PHISHING = {
    "repo": "romainmarcoux/malicious-domains",
    "path": "sources/ut1-fr",
    "commit": "0843a5a4f8bb158d7ffa45c76dae1edb9697f5c6",
}
ETALAB = {
    "repo": "etalab/noms-de-domaine-organismes-secteur-public",
    "path": "sources/nongouvfr-divers.txt",
    "commit": "08245569cb91118fab3cb1bd98e879e205a7360a",
}
UT1_LEGIT_COMMITS = {
    "bank": "02a5774fd50f82580379547b86eda14f991263c3",
    "financial": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    "jobsearch": "02160bb7e455279b0c18bb9210fcd45ab7ed9a1d",
    "liste_blanche": "06dad2ff45ccb57ac88b59cd54c48175edf5c89c",
}
#: Words of the lists' tags that name a scenario, not a brand: the host is kept with no brand tag.
SCENARIO_TAGS = {"colis", "recouvrement", "remboursement", "banque"}
BRAND_RENAME = {"colissimo": "laposte", "edf": "energy", "engie": "energy", "enedis": "energy"}
NEW_TLDS = {
    "app", "shop", "online", "site", "info", "biz", "bzh", "alsace", "cloud", "co", "coop", "store",
    "tech", "xyz", "paris", "corsica",
}  # fmt: skip
HARD_WORDS = (
    "colis", "livraison", "suivi", "relais", "transport", "express", "amende", "assurance", "mutuel",
    "banque", "bank", "credit", "carte", "sante", "rembours", "impot", "energie", "auto", "peage",
    "service", "client", "compte", "espace", "info", "paiement", "emploi", "huissier", "justice",
    "clic", "msa", "caisse", "epargne", "finance", "pret", "retraite", "handicap", "jeunesse", "cidff",
    "mission", "avocat", "notaire", "cap", "portail", "ants", "permis", "alerte", "securite", "pass",
)  # fmt: skip
LEGIT_BRANDS = {
    "msa": "msa", "cnav": "retraite", "cnaf": "caf", "ants": "ants", "huissier": "huissier",
    "huissiers": "huissier", "banquepopulaire": "banque_populaire", "creditmutuel": "credit_mutuel",
    "caisse-epargne": "caisse_epargne", "lcl": "lcl", "boursorama": "boursorama", "cic": "cic",
}  # fmt: skip
SOURCE_CAP = 0.40
BRAND_CAP = 0.20


def read_pairs(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            first, second = line.split()
            rows.append((first, second))
    return rows


def phishing_candidates() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name, source, key in (
        ("phish_redflag.txt", RED_FLAG, "red.flag.domains"),
        ("phish_ut1.txt", UT1_PHISHING, "ut1-fr"),
    ):
        for host, tag in read_pairs(name):
            brands = [] if tag in SCENARIO_TAGS else [BRAND_RENAME.get(tag, tag)]
            rows.append(host_candidate(host, brands, source, key))
    for text, page_brands, match_in, url, key in PAGE_LINKS:
        page_source: dict[str, Any] = {"url": url, "repo": None, "path": None, "commit": None}
        if key == "signal-arnaques":
            page_source["repo"] = "ledokter/scraper-signal-arnaques"
        rows.append(
            {
                "text": text,
                "brands": list(page_brands),
                "match_in": match_in,
                "subset": "url" if "/" in text else "host",
                "source": page_source,
                "_key": key,
            }
        )
    return rows


def cap_phishing(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Trim the two big lists until no source is over 40 % and no brand over 20 % of the file."""
    return cap_rows(rows, frozenset(), SOURCE_CAP, 1.0, BRAND_CAP, brandless_capped=False)


def build_phishing(dedup: HostDedup) -> list[dict[str, Any]]:
    kept = [row for row in phishing_candidates() if dedup.accept(row["text"], row["_key"])]
    kept = cap_phishing(kept)
    return [scam_link_item(row, RETRIEVED, f"blind-url-{number:04d}") for number, row in enumerate(kept, 1)]


def legit_subset(host: str) -> str:
    suffix = EXTRACT(host).suffix
    if suffix in NEW_TLDS:
        return "new_tld"
    if any(word in host for word in HARD_WORDS):
        return "scenario_word"
    return "other"


def legit_brands(host: str) -> list[str]:
    labels = re.split(r"[.]", EXTRACT(host).domain)
    tokens = set(labels) | set(re.split(r"[-.]", EXTRACT(host).domain))
    return sorted({brand for token, brand in LEGIT_BRANDS.items() if token in tokens})


def build_legit(dedup: HostDedup) -> list[dict[str, Any]]:
    rows = []
    for host in (HERE / "legit_etalab.txt").read_text(encoding="utf-8").split():
        rows.append((host, ETALAB, "etalab"))
    for category, host in read_pairs("legit_ut1.txt"):
        source = {
            "repo": "olbat/ut1-blacklists",
            "path": f"blacklists/{category}/domains",
            "commit": UT1_LEGIT_COMMITS[category],
        }
        rows.append((host, source, f"ut1-{category}"))
    out: list[dict[str, Any]] = []
    for host, source, key in rows:
        if not dedup.accept(host, key):
            continue
        out.append(
            {
                "text": host,
                "kind": "link",
                "label": "legit",
                "subset": legit_subset(host),
                "brands": legit_brands(host),
                "source": {"url": github_url(source), **source},
                "retrieved": RETRIEVED,
                "id": f"blind-legit-{len(out) + 1:04d}",
                "_key": key,
            }
        )
    return out


def build_messages() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    found, dropped = dedup_texts(MESSAGES, lambda message: message[4], normalised_texts(OLD_MESSAGE_FILES))
    kept: list[dict[str, Any]] = []
    for label, channel, brand, scenario, text, source in found:
        if label == "scam":
            assert not RAW_PHONE.search(text) and not RAW_EMAIL.search(text), text
        full_source = {"url": None, "repo": None, "path": None, "commit": None, **source}
        kept.append(
            {
                "id": f"blind-msg-{len(kept) + 1:04d}",
                "text": text,
                "label": label,
                "channel": channel,
                "brand": brand,
                "scenario": scenario,
                "source": full_source,
                "retrieved": RETRIEVED,
            }
        )
    return kept, dropped


def main() -> None:
    dedup = HostDedup(OLD_LINK_FILES, OLD_MESSAGE_FILES)
    phishing = build_phishing(dedup)
    legit = build_legit(dedup)
    messages, dropped = build_messages()
    write("phishing_blind", phishing)
    write("legit_blind", legit)
    write("messages_blind", messages)
    print("host drops (dedup) by source:", dict(dedup.dropped))
    print("phishing", len(phishing), collections.Counter(row["_key"] for row in phishing))
    print(" brands", collections.Counter((row["brands"] or ["none"])[0] for row in phishing).most_common())
    print(" subset", collections.Counter(row["subset"] for row in phishing))
    print("legit", len(legit), collections.Counter(row["_key"] for row in legit))
    print(" subset", collections.Counter(row["subset"] for row in legit))
    print(" brands", collections.Counter(b for row in legit for b in row["brands"]))
    for label in ("scam", "genuine"):
        part = [row for row in messages if row["label"] == label]
        print("messages", label, len(part))
        print(" channel", collections.Counter(row["channel"] for row in part).most_common())
        print(" brand", collections.Counter(row["brand"] for row in part).most_common())
        print(" scenario", collections.Counter(row["scenario"] for row in part).most_common())
        print(" source", collections.Counter(bool(row["source"]["repo"]) for row in part))
    print("dropped messages:")
    for text, hit in dropped:
        print("  -", text[:80], "| ~", hit[:60])


if __name__ == "__main__":
    main()
