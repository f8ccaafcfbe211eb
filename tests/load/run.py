"""``python -m tests.load.run [users] [inputs per user] [--saturate]``: the full load run, figures printed.

Default: 200 users x 10 inputs, pausing 1-3 s between messages as people do; ``--saturate`` pauses only
0.2-0.8 s, more than one core of this bot can answer, to show the throughput ceiling.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from tests.load.harness import run_load

PACED = (1.0, 3.0)
SATURATING = (0.2, 0.8)


def main(argv: list[str]) -> int:
    numbers = [a for a in argv if not a.startswith("--")]
    users = int(numbers[0]) if numbers else 200
    per_user = int(numbers[1]) if len(numbers) > 1 else 10
    think = SATURATING if "--saturate" in argv else PACED
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        report = asyncio.run(run_load(Path(tmp), users, per_user, think=think))
    print(f"think time {think[0]}-{think[1]} s: {report.summary()}")
    for problem in report.problems[:20]:
        print("PROBLEM:", problem)
    for line in report.failures_logged[:20]:
        print("BOT LOG:", line)
    return 1 if report.problems or report.failures_logged else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
