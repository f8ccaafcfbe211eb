"""``python -m tests.load.run [users] [inputs per user]``: the full load run (200 x 10), figures printed."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from tests.load.harness import run_load


def main(argv: list[str]) -> int:
    users = int(argv[0]) if argv else 200
    per_user = int(argv[1]) if len(argv) > 1 else 10
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        report = asyncio.run(run_load(Path(tmp), users, per_user))
    print(report.summary())
    for problem in report.problems[:20]:
        print("PROBLEM:", problem)
    for line in report.failures_logged[:20]:
        print("BOT LOG:", line)
    return 1 if report.problems or report.failures_logged else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
