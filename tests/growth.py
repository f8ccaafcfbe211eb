"""Catastrophic-slowness guards that hold on a busy machine: how work GROWS with input size, in CPU time.

Wall-clock bounds ("100 kB in under 2 s") failed whenever other processes shared the two cores, and speed is
measured by ``make bench``, not by tests. What a test must catch is a quadratic loop or a backtracking regex
(``url_parse.trim`` once took 4.5 s on ``"]" * 100_000``). So: run the same input shape at a tenth of its size
and at full size, in this process's CPU time (other processes do not inflate it), and require growth close
to linear. Linear work grows ~10x between the two sizes, quadratic ~100x.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

#: Ten times the input: linear ~10, quadratic ~100. 30 leaves room for caches and allocator noise.
MAX_GROWTH = 30.0
#: Below this much CPU the small run is all fixed cost; comparing with it would only measure noise.
FLOOR_SECONDS = 0.005
#: Whatever the growth, a single call over this much CPU is a bug.
CEILING_SECONDS = 10.0


def _cpu(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


async def _cpu_async(run: Callable[[], Awaitable[object]]) -> float:
    started = time.process_time()
    await run()
    return time.process_time() - started


def _judge(small: float, large: float, what: str) -> None:
    assert large < CEILING_SECONDS, f"{what}: {large:.2f} s of CPU"
    growth = large / max(small, FLOOR_SECONDS)
    assert growth < MAX_GROWTH, (
        f"{what}: {growth:.0f}x the CPU for 10x the input ({small:.3f} s -> {large:.3f} s)"
    )


def assert_near_linear(run: Callable[[str], object], text: str, what: str) -> None:
    """``run(text)`` costs about ten times ``run(text[:len/10])``, never a hundred."""
    small = min(_cpu(lambda: run(text[: len(text) // 10])) for _ in range(3))
    # The large run is also taken at its best of three: a run can catch a collection or a stolen slice of the
    # VM (41x seen once on a loaded machine for a check that is 10x alone; 32x on 1/12/2026 in a fresh-clone
    # run for check_link on nested brackets, 15-19x alone); a real quadratic stays ~100x.
    _judge(small, min(_cpu(lambda: run(text)) for _ in range(3)), what)


async def assert_near_linear_async(run: Callable[[str], Awaitable[object]], text: str, what: str) -> None:
    small = min([await _cpu_async(lambda: run(text[: len(text) // 10])) for _ in range(3)])
    _judge(small, min([await _cpu_async(lambda: run(text)) for _ in range(3)]), what)
