"""A failure pytest cannot format is still reported as a failure, never an INTERNALERROR that stops the run.

On CPython 3.11 a traceback entry can have no line number (seen when pytest-timeout interrupted a load test on a
machine at load 11): pytest's own formatter then raises ``TypeError`` while building the report, and the whole
session aborts with the remaining tests unrun. This plugin, registered by ``tests/conftest.py``, formats such a
failure with the standard library instead, which accepts a missing line number.
"""

from __future__ import annotations

import traceback
from collections.abc import Generator

import pytest


@pytest.hookimpl(wrapper=True, trylast=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    try:
        return (yield)
    except TypeError:
        if call.excinfo is None or call.when == "collect":
            raise
        longrepr = "".join(traceback.format_exception(call.excinfo.value))
        return pytest.TestReport(
            nodeid=item.nodeid,
            location=item.location,
            keywords=dict.fromkeys(item.keywords, 1),
            outcome="failed",
            longrepr="pytest could not format this failure; the standard library's traceback:\n" + longrepr,
            when=call.when,
            duration=call.duration,
            start=call.start,
            stop=call.stop,
            user_properties=item.user_properties,
        )
