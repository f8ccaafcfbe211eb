"""Load through the real polling path, short version for ``make test`` (the full 200 x 10 is in ``make bench``
and ``python -m tests.load.run``): 50 users at once, most typing and waiting for each answer, one in five
sending everything back to back, every chat compared message by message with what it must receive."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.load.harness import run_load

pytestmark = pytest.mark.timeout(60)


async def test_fifty_users_get_every_answer_once_and_in_order(tmp_path: Path) -> None:
    report = await run_load(tmp_path, users=50, per_user=5, think=(0.05, 0.3))
    print("\n" + report.summary())
    assert report.problems == []  # none lost, none doubled, none out of order, none wrong
    assert report.answered == report.inputs == 250
    assert report.failures_logged == []
    # Not a timing target (a shared machine makes timed tests flaky): only that no answer hung.
    assert max(report.latencies(burst=None)) < 20.0
