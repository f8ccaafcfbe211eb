"""Timing helpers: medians of single calls, in microseconds.

The checks memoise their parsing (the same scam link comes back again and again). A benchmark that calls
them on the same input would mostly time cache hits, so the headline figures are *cold*: every cache in
``checks`` is cleared before each timed call, outside the timed region.
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import checks


def check_caches() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every memoised function in the ``checks`` package."""
    clears: list[Callable[[], None]] = []
    for info in pkgutil.iter_modules(checks.__path__):
        module = importlib.import_module(f"checks.{info.name}")
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == module.__name__:
                clears.append(clear)
    return clears


def median_us(func: Callable[[], Any], *, runs: int = 400, before: Callable[[], None] | None = None) -> float:
    """Median time of one call of ``func``, in microseconds; ``before`` runs untimed before each call."""
    func()  # load knowledge, compile patterns: start-up costs are measured elsewhere
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def mean_median_us(
    func: Callable[[str], Any], inputs: Sequence[str], *, cold: bool, runs: int = 400
) -> float:
    """Mean over ``inputs`` of the median time of ``func(input)``."""
    before: Callable[[], None] | None = None
    if cold:
        clears = check_caches()

        def before() -> None:
            for clear in clears:
                clear()

    total = sum(median_us(lambda item=item: func(item), runs=runs, before=before) for item in inputs)  # type: ignore[misc]
    return total / len(inputs)
