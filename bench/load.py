"""``make bench`` section: the 200 users x 10 inputs load through the real polling path.

The bot runs as its own process (``python -m bot bot``) against the project's fake Bot API on 127.0.0.1.
Two runs: users pausing 1-3 s between messages, as people do (the latency target applies), then users
pausing only 0.2-0.8 s, which saturates one core and shows the throughput ceiling.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bench.table import Row


def _run(think: tuple[float, float]) -> object:
    from tests.load.harness import run_load

    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        return asyncio.run(run_load(Path(tmp), 200, 10, think=think))


def rows() -> list[Row]:
    from tests.load.harness import LoadReport
    from tests.load.run import PACED, SATURATING

    out: list[Row] = []
    for think, label in ((PACED, "paced 1-3 s"), (SATURATING, "saturating 0.2-0.8 s")):
        report = _run(think)
        assert isinstance(report, LoadReport)
        ok = "all answered once, in order" if not report.problems else f"{len(report.problems)} PROBLEMS"
        ms = 1000.0
        out.append(
            Row(
                f"Telegram polling, 200 users x 10 inputs, {label}: reply latency p50 / p95 / p99",
                f"{report.percentile(0.5) * ms:.0f} / {report.percentile(0.95) * ms:.0f} / "
                f"{report.percentile(0.99) * ms:.0f} ms",
                ok,
                target="p95 <= 150 ms" if think == PACED else "",
            )
        )
        out.append(
            Row(
                f"Telegram polling, 200 users x 10 inputs, {label}: throughput",
                f"{report.throughput:.0f} inputs/s",
                f"{report.answered} inputs, {report.messages} messages in {report.seconds:.1f} s",
            )
        )
    return out


if __name__ == "__main__":
    for row in rows():
        print(row)
