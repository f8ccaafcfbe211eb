"""The held-out half of a batch through the ``check --jsonl`` path, for the tests that lock its floors."""

from __future__ import annotations

from collections.abc import Callable

from tests.realdata.fresh_report import verdicts
from tests.realdata.split import Part


def held_out_verdicts(name: str, kind: str, part_of: Callable[[str], Part]) -> list[tuple[str, str]]:
    """(label, verdict) of each held-out item of one corpus file."""
    return [
        (str(entry["label"]), verdict)
        for entry, verdict in verdicts(name, kind)
        if part_of(str(entry["id"])) == "held_out"
    ]


def share(found: list[str], wanted: frozenset[str]) -> tuple[int, float]:
    """How many verdicts are in ``wanted``, and their share."""
    hits = sum(verdict in wanted for verdict in found)
    return hits, hits / len(found)
