"""Test-wide hooks: system tools (Tesseract, Node.js) are required through ``tests/system_tools.py``."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from tests import native_tracebacks
from tests.chat_harness import close_memory_stores
from tests.system_tools import MARKER, require_marked


def pytest_configure(config: pytest.Config) -> None:
    # The validated knowledge snapshot (knowledge/cache.py) of a test run stays in a folder of its own, never
    # in the user's cache; the bots and commands the tests start inherit it.
    if "KNOWLEDGE_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="verif-recouvrement-knowledge-")
        os.environ["KNOWLEDGE_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    if not config.pluginmanager.is_registered(native_tracebacks):
        config.pluginmanager.register(native_tracebacks, "native-tracebacks")
    config.addinivalue_line(
        "markers", f"{MARKER}(*tools): needs system tools; fails under CI=true, skips elsewhere, when missing"
    )


_SLOW_FOLDERS = {"load": "load", "scale": "load", "e2e": "e2e"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the load and end-to-end tests by their folder, so ``make unit`` can run the fast part alone."""
    for item in items:
        parts = item.path.parts
        folder = parts[parts.index("tests") + 1] if "tests" in parts[:-1] else ""
        marker = _SLOW_FOLDERS.get(folder)
        if marker is not None:
            item.add_marker(marker)


def pytest_runtest_setup(item: pytest.Item) -> None:
    require_marked(item)


def pytest_runtest_teardown(item: pytest.Item) -> None:
    close_memory_stores()  # the in-memory SQLite stores a test opened (``tests.chat_harness.memory_store``)
