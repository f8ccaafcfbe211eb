"""Small timing helpers: medians of repeated runs, in microseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def median_us(func: Callable[[], Any], *, rounds: int = 15, number: int = 50) -> float:
    """Median over ``rounds`` of the mean time of ``number`` calls, in microseconds."""
    func()  # warm caches (knowledge loading, regex compilation) outside the measure
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            func()
        samples.append((time.perf_counter() - start) / number * 1e6)
    return statistics.median(samples)


def total_median_us(func: Callable[[str], Any], inputs: Sequence[str], **kwargs: int) -> float:
    """Sum over ``inputs`` of the median time of ``func(input)``: one figure for a mixed workload."""
    return sum(median_us(lambda item=item: func(item), **kwargs) for item in inputs)  # type: ignore[misc]
