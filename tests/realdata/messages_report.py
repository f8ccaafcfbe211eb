"""Detection on the REAL message corpora, by label and scenario, tuning part vs held-out part.

``python -m tests.realdata.messages_report`` prints, for each part, the share of messages flagged
(``suspicious`` or ``likely_scam``) and called ``likely_scam``, per label and per scenario. Every message
goes through the same path as ``verif-recouvrement check --jsonl`` (one JSON line in, one JSON result out).

``-v`` lists the misses of the TUNING part only: held-out misses are never printed, so nobody tunes on them.
``--tuning`` prints the tuning columns only, for whoever tunes rules and must not see held-out figures at all.
``--only-suspicious`` lists the TUNING scams flagged ``suspicious`` but not called ``likely_scam`` (held-out never).
The split is ``tests/realdata/split.py`` (a stable hash of each id), never changed.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.cli.check import iter_results
from tests.realdata.report_help import asked_for_help
from tests.realdata.split import Part, items, part_of

#: The corpus files of real messages: the original one and the items gathered later from public pages.
MESSAGE_FILES = ("messages_real", "messages_extra")
FLAGGED = frozenset({"suspicious", "likely_scam"})
PARTS: tuple[Part, ...] = ("tuning", "held_out")


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    file: str
    part: Part
    label: str
    scenario: str
    verdict: str
    codes: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return self.verdict in FLAGGED

    @property
    def scam_called(self) -> bool:
        return self.verdict == "likely_scam"


def run(files: Iterable[str] = MESSAGE_FILES) -> list[Outcome]:
    """Every message of ``files`` through the ``check --jsonl`` path, with its part of the split."""
    entries = [(name, item) for name in files for item in items(name)]
    lines = (json.dumps({"text": item["text"], "kind": "message"}, ensure_ascii=False) for _, item in entries)
    outcomes: list[Outcome] = []
    for (name, item), line in zip(entries, iter_results(lines), strict=True):
        result = json.loads(line)
        if "error" in result:
            raise AssertionError(f"{item['id']}: {result['error']}")
        outcomes.append(
            Outcome(
                id=str(item["id"]),
                file=name,
                part=part_of(str(item["id"])),
                label=str(item["label"]),
                scenario=str(item.get("scenario") or "-"),
                verdict=str(result["verdict"]),
                codes=tuple(str(f["code"]) for f in result["findings"]),
            )
        )
    return outcomes


def rate(selected: list[Outcome], flagged: bool) -> tuple[int, int]:
    """(hits, total): flagged messages, or messages called likely_scam."""
    hits = sum(o.flagged if flagged else o.scam_called for o in selected)
    return hits, len(selected)


def _cell(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f} %)" if total else "-"


def table(outcomes: list[Outcome], parts: tuple[Part, ...] = PARTS) -> str:
    """Markdown table: per label, then per label and scenario, flagged and likely_scam per part."""
    names = {"tuning": "tuning", "held_out": "held-out"}
    columns = [f"{names[part]} {what}" for part in parts for what in ("flagged", "likely_scam")]
    rows = ["| label | scenario | " + " | ".join(columns) + " |", "|---|---|" + "---|" * len(columns)]
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[(o.label, "(all)")].append(o)
        groups[(o.label, o.scenario)].append(o)

    def order(key: tuple[str, str]) -> tuple[int, int, str]:
        label, scenario = key
        return (0 if label == "scam" else 1, 0 if scenario == "(all)" else 1, scenario)

    for key in sorted(groups, key=order):
        mine = groups[key]
        if not any(o.part in parts for o in mine):
            continue  # a scenario only the other part has: not even its name is shown
        cells = []
        for part in parts:
            in_part = [o for o in mine if o.part == part]
            cells += [_cell(*rate(in_part, True)), _cell(*rate(in_part, False))]
        rows.append(f"| {key[0]} | {key[1]} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def tuning_misses(outcomes: list[Outcome]) -> list[str]:
    """Scams not flagged and genuine messages flagged, in the TUNING part only."""
    return [
        f"{o.id} [{o.label}/{o.scenario}] {o.verdict} {list(o.codes)}"
        for o in outcomes
        if o.part == "tuning" and ((o.label == "scam") != o.flagged)
    ]


def tuning_only_suspicious(outcomes: list[Outcome]) -> list[str]:
    """Scams of the TUNING part flagged but only ``suspicious``: why they stop short of ``likely_scam``."""
    return [
        f"{o.id} [{o.scenario}] {list(o.codes)}"
        for o in outcomes
        if o.part == "tuning" and o.label == "scam" and o.verdict == "suspicious"
    ]


def main(argv: list[str]) -> int:
    if asked_for_help(argv, __doc__):
        return 0
    outcomes = run()
    print(table(outcomes, ("tuning",) if "--tuning" in argv else PARTS))
    if "-v" in argv:
        print("\nTuning-part misses (held-out misses are never listed):")
        print("\n".join(tuning_misses(outcomes)) or "(none)")
    if "--only-suspicious" in argv:
        print("\nTuning-part scams only 'suspicious' (held-out ones are never listed):")
        print("\n".join(tuning_only_suspicious(outcomes)) or "(none)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
