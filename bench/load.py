"""``make bench`` section: replies through the real polling path, the bot started with its default options.

The bot runs as its own process (``python -m bot bot``) against the project's fake Bot API over HTTP on
127.0.0.1 (long polling, as Telegram does). Four runs:
- one user alone, each input sent as soon as the previous answer arrived: how long a first reply takes;
- 50 users at once doing the same (no pause at all): latency under concurrency, and the bot's CPU share;
- 200 users x 10 inputs pausing 1-3 s as people do, with every fifth user sending all inputs back to back:
  each chat's messages compared with what it must get (all answered, once, in order);
- the same with 0.2-0.8 s pauses, more than one core can answer: the throughput ceiling.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bench.table import Row

MS = 1000.0


def _run(users: int, per_user: int, think: tuple[float, float], burst_every: int) -> object:
    from tests.load.harness import run_load

    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        return asyncio.run(run_load(Path(tmp), users, per_user, think=think, burst_every=burst_every))


def _verdict(report: object) -> str:
    from tests.load.harness import LoadReport

    assert isinstance(report, LoadReport)
    if report.problems or report.failures_logged:
        return f"{len(report.problems)} PROBLEMS, {len(report.failures_logged)} failures logged"
    return "all answered once, in order"


def rows() -> list[Row]:
    from tests.load.harness import LoadReport
    from tests.load.run import PACED, SATURATING

    out: list[Row] = []
    alone = _run(1, 20, (0.0, 0.0), 0)
    assert isinstance(alone, LoadReport)
    out.append(
        Row(
            "Telegram polling, 1 user, 20 inputs back to back: first reply p50 / p95",
            f"{alone.percentile(0.5, first=True) * MS:.0f} / {alone.percentile(0.95, first=True) * MS:.0f} ms",
            _verdict(alone),
            target="p50 <= 100 ms",
        )
    )
    crowd = _run(50, 5, (0.0, 0.0), 0)
    assert isinstance(crowd, LoadReport)
    out.append(
        Row(
            "Telegram polling, 50 users x 5 inputs, each sent when the previous answer arrived: "
            "complete reply p50 / p95 / p99",
            f"{crowd.percentile(0.5) * MS:.0f} / {crowd.percentile(0.95) * MS:.0f} / "
            f"{crowd.percentile(0.99) * MS:.0f} ms",
            f"{_verdict(crowd)}; {crowd.throughput:.0f} inputs/s; bot on CPU {crowd.bot_cpu_seconds:.1f} s "
            f"({crowd.bot_cpu_seconds / max(crowd.answered, 1) * MS:.1f} ms per input), "
            f"waiting for a free CPU {crowd.bot_cpu_wait_seconds:.1f} s, in {crowd.seconds:.1f} s",
            target="p95 <= 400 ms",
        )
    )
    for think, label in ((PACED, "paced 1-3 s"), (SATURATING, "saturating 0.2-0.8 s")):
        report = _run(200, 10, think, 5)
        assert isinstance(report, LoadReport)
        out.append(
            Row(
                f"Telegram polling, 200 users x 10 inputs, {label}: reply latency p50 / p95 / p99",
                f"{report.percentile(0.5) * MS:.0f} / {report.percentile(0.95) * MS:.0f} / "
                f"{report.percentile(0.99) * MS:.0f} ms",
                _verdict(report),
                target="all answered once, in order" if think == PACED else "",
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
