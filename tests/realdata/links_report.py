"""How the link check does on the real link corpora, tuning and held-out parts apart.

``python -m tests.realdata.links_report`` prints, per file and per brand category, the share of links
flagged (``suspicious`` or ``likely_scam``) and the share called ``likely_scam``. Every link goes through
``bot.cli.check.check_line``, the code path of ``verif-recouvrement check --jsonl``. ``--misses`` lists
the unflagged phishing links and the flagged legitimate ones of the tuning part only: the held-out part is
measured, never inspected.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.cli.check import check_line
from tests.realdata.split import Part, items

PHISHING_FILES = ("phishing_domains_train", "phishing_urls_train")
LEGIT_FILES = ("legit_domains_train", "legit_public_sector_train")
LINK_FILES = PHISHING_FILES + LEGIT_FILES
FLAGGED = frozenset({"suspicious", "likely_scam"})

#: The corpora's brand tags grouped by the kind of organisation imitated (the catalogue's categories).
CATEGORY_OF_TAG = {
    "ameli": "public_body",
    "impots": "public_body",
    "antai": "public_body",
    "ants": "public_body",
    "gouv": "public_body",
    "caf": "public_body",
    "urssaf": "public_body",
    "francetravail": "public_body",
    "cpf": "public_body",
    "laposte": "carrier",
    "chronopost": "carrier",
    "mondialrelay": "carrier",
    "bnp": "bank",
    "credit_agricole": "bank",
    "societe_generale": "bank",
    "lcl": "bank",
    "boursorama": "bank",
    "caisse_epargne": "bank",
    "credit_mutuel": "bank",
    "orange": "telecom",
    "sfr": "telecom",
    "free": "telecom",
    "bouygues": "telecom",
    "energy": "energy",
    "toll": "toll",
    "leboncoin": "marketplace",
    "vinted": "marketplace",
    "huissier": "commissaire_de_justice",
    # Tags of the later batches (fresh, blind), grouped the same way.
    "banque_postale": "bank",
    "banque_populaire": "bank",
    "credit_du_nord": "bank",
    "cic": "bank",
    "bred": "bank",
    "fortuneo": "bank",
    "nickel": "bank",
    "banque_de_france": "public_body",
    "cetelem": "credit",
    "cofidis": "credit",
    "oney": "credit",
    "douane": "public_body",
    "retraite": "public_body",
    "msa": "public_body",
    "justice": "public_body",
    "dgccrf": "public_body",
    "education": "public_body",
    "police": "public_body",
    "france_travail": "public_body",
    "navigo": "public_body",
    "mutuelle": "insurer",
    "macif": "insurer",
    "ups": "carrier",
    "dhl": "carrier",
    "dpd": "carrier",
    "amazon": "marketplace",
    "fnac": "marketplace",
    "castorama": "marketplace",
    "kiabi": "marketplace",
    "paypal": "marketplace",
    "transcash": "marketplace",
    "edenred": "marketplace",
    "canalplus": "online_service",
    "doctolib": "online_service",
}
NO_BRAND = "sans_marque"


@dataclass
class Tally:
    total: int = 0
    flagged: int = 0
    scam: int = 0

    def add(self, verdict: str) -> None:
        self.total += 1
        self.flagged += verdict in FLAGGED
        self.scam += verdict == "likely_scam"

    def flagged_pct(self) -> float:
        return 100.0 * self.flagged / self.total if self.total else 0.0

    def scam_pct(self) -> float:
        return 100.0 * self.scam / self.total if self.total else 0.0


@dataclass
class FileReport:
    name: str
    part: Part
    overall: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (text, verdict, codes)


def category_of(item: dict[str, Any]) -> str:
    brands = item.get("brands") or []
    return CATEGORY_OF_TAG.get(str(brands[0]), "autre") if brands else NO_BRAND


def verdict_of_item(item: dict[str, Any]) -> tuple[str, list[str]]:
    """The verdict and finding codes of one corpus link, through the ``check --jsonl`` code path."""
    out = check_line(json.dumps({"text": item["text"], "kind": "link"}))
    if "error" in out:
        return "error", [str(out["error"]["code"])]
    return str(out["verdict"]), [str(f["code"]) for f in out["findings"]]


def measure(name: str, part: Part) -> FileReport:
    report = FileReport(name, part)
    scam_file = name in PHISHING_FILES
    for item in items(name, part):
        verdict, codes = verdict_of_item(item)
        report.overall.add(verdict)
        report.by_category.setdefault(category_of(item), Tally()).add(verdict)
        if (verdict in FLAGGED) != scam_file:
            report.misses.append((str(item["text"]), verdict, codes))
    return report


def _row(label: str, tally: Tally) -> str:
    return f"| {label} | {tally.total} | {tally.flagged_pct():.1f} % | {tally.scam_pct():.1f} % |"


def table(reports: Iterable[FileReport]) -> str:
    lines = ["| fichier / catégorie | liens | signalés | likely_scam |", "|---|---|---|---|"]
    for report in reports:
        lines.append(_row(f"**{report.name}** ({report.part})", report.overall))
        for category in sorted(report.by_category):
            lines.append(_row(f"  {category}", report.by_category[category]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the errors of the tuning part")
    parser.add_argument("--part", choices=("tuning", "held_out"), help="only this part (default: both)")
    args = parser.parse_args(argv)
    parts: tuple[Part, ...] = (args.part,) if args.part else ("tuning", "held_out")
    for part in parts:
        reports = [measure(name, part) for name in LINK_FILES]
        print(f"\n## {part}\n")
        print(table(reports))
        if args.misses and part == "tuning":
            for report in reports:
                for text, verdict, codes in report.misses:
                    print(f"MISS {report.name}\t{verdict}\t{text}\t{','.join(codes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
