"""Routing accuracy of the understanding layer on the labelled messages: ``python -m tests.understanding.report``.

Prints, for the held-out part (and the tuning part with ``--tuning``), the share of messages routed as
labelled, per route, and every miss with ``-v``. The held-out figure is the one the README reports.
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date

from checks.understand import understand
from knowledge import intents
from tests.understanding.dataset import Labelled, load

TODAY = date(2026, 11, 30)


def routed(item: Labelled) -> str:
    return understand(item.text, TODAY).route


def destination(route: str) -> tuple[str, str]:
    """Where a route leads: two intents that open the same card or flow ("overindebtedness" and
    "overindebted_file": the money-short card) are the same answer for the person."""
    intent = next((i for i in intents.load().intents if i.id == route), None)
    if intent is None:
        return (route, "")
    return (str(intent.action), intent.target)


def accuracy(items: list[Labelled]) -> tuple[int, int, list[tuple[Labelled, str]]]:
    misses = [(item, got) for item in items if destination(got := routed(item)) != destination(item.route)]
    return len(items) - len(misses), len(items), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--tuning", action="store_true", help="also report the tuning part")
    args = parser.parse_args(argv)
    everything = load()
    parts = ["held_out", "tuning"] if args.tuning else ["held_out"]
    for part in parts:
        items = [i for i in everything if i.part == part]
        good, total, misses = accuracy(items)
        print(f"{part}: {good}/{total} routed as labelled ({100 * good / total:.1f} %)")
        wrong = Counter(item.route for item, _ in misses)
        per_route = Counter(item.route for item in items)
        for route, count in sorted(per_route.items()):
            print(f"  {route:<20} {count - wrong[route]:>3}/{count}")
        if args.verbose:
            for item, got in misses:
                print(f"  MISS {item.id} expected {item.route}, got {got}: {item.text[:110]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
