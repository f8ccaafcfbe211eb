"""Run message analysis over the labelled corpus and print the confusion matrix.

``python -m tests.corpus.report`` (add ``-v`` to list every message that misses its label).
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from checks.message import analyse_message

CORPUS = Path(__file__).resolve().parent / "messages.toml"
VERDICTS = ("likely_scam", "suspicious", "inconclusive", "likely_legit")
FLAGGED = frozenset({"likely_scam", "suspicious"})


@dataclass(frozen=True)
class Entry:
    id: str
    klass: str
    category: str
    text: str
    official: bool
    lawfulness: str | None


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    verdict: str
    lawfulness: str
    codes: tuple[str, ...]


def load_corpus() -> list[Entry]:
    with CORPUS.open("rb") as handle:
        raw = tomllib.load(handle)
    return [
        Entry(
            id=item["id"],
            klass=item["class"],
            category=item["category"],
            text=item["text"],
            official=bool(item.get("official", False)),
            lawfulness=item.get("lawfulness"),
        )
        for item in raw["message"]
    ]


def run() -> list[Outcome]:
    outcomes = []
    for entry in load_corpus():
        result = analyse_message(entry.text)
        outcomes.append(
            Outcome(
                entry, result.verdict.value, result.lawfulness.value, tuple(f.code for f in result.findings)
            )
        )
    return outcomes


def matrix(outcomes: list[Outcome]) -> str:
    rows = ["class \\ verdict".ljust(18) + "".join(v.rjust(14) for v in VERDICTS) + "total".rjust(8)]
    for klass in ("scam", "genuine"):
        mine = [o for o in outcomes if o.entry.klass == klass]
        counts = [sum(o.verdict == v for o in mine) for v in VERDICTS]
        rows.append(klass.ljust(18) + "".join(str(c).rjust(14) for c in counts) + str(len(mine)).rjust(8))
    scams = [o for o in outcomes if o.entry.klass == "scam"]
    genuine = [o for o in outcomes if o.entry.klass == "genuine"]
    flagged = sum(o.verdict in FLAGGED for o in scams)
    called_scam = sum(o.verdict == "likely_scam" for o in genuine)
    official_scam = sum(o.verdict == "likely_scam" for o in genuine if o.entry.official)
    labelled = [o for o in outcomes if o.entry.lawfulness is not None]
    law_ok = sum(o.lawfulness == o.entry.lawfulness for o in labelled)
    rows.append("")
    rows.append(f"scams flagged: {flagged}/{len(scams)} ({100 * flagged / max(1, len(scams)):.1f} %)")
    rows.append(
        f"genuine called likely_scam: {called_scam}/{len(genuine)} ({100 * called_scam / max(1, len(genuine)):.1f} %)"
    )
    rows.append(f"genuine from an official domain called likely_scam: {official_scam}")
    rows.append(f"lawfulness as labelled: {law_ok}/{len(labelled)}")
    return "\n".join(rows)


def misses(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        wrong_verdict = (o.entry.klass == "scam" and o.verdict not in FLAGGED) or (
            o.entry.klass == "genuine" and o.verdict in FLAGGED
        )
        wrong_law = o.entry.lawfulness is not None and o.lawfulness != o.entry.lawfulness
        if wrong_verdict or wrong_law:
            lines.append(
                f"{o.entry.id}: {o.verdict} / {o.lawfulness} (expected law {o.entry.lawfulness}) {list(o.codes)}"
            )
    return lines


def main(argv: list[str]) -> int:
    outcomes = run()
    print(matrix(outcomes))
    if "-v" in argv:
        print("\n".join(["", "Not as labelled:", *misses(outcomes)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
