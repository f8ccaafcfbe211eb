"""The store contract on PostgreSQL: the very behaviour tests SQLite and memory pass, on the same inputs.

The tests are those of ``tests/bot/test_store.py``, ``tests/bot/test_store_journal.py``,
``tests/bot/test_hostile_store.py`` and ``tests/bot/test_store_exactly_once.py`` that take a ``store`` fixture (they run
there on in-memory and file SQLite); this
module collects them again with a ``store`` opened on PostgreSQL, so the three stores cannot drift apart.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator

import pytest

import tests.bot.test_hostile_store
import tests.bot.test_store
import tests.bot.test_store_exactly_once
import tests.bot.test_store_journal
from bot.store import Store
from bot.store.postgres import open_postgres_store
from tests.store_support import SECRET, FakeClock

SHARED_MODULES = (
    tests.bot.test_store,
    tests.bot.test_store_journal,
    tests.bot.test_hostile_store,
    tests.bot.test_store_exactly_once,
)


def _shared_tests() -> dict[str, object]:
    found: dict[str, object] = {}
    for module in SHARED_MODULES:
        for name, value in vars(module).items():
            if name.startswith("test_") and callable(value) and "store" in _parameters(value):
                assert name not in found, f"two shared tests are named {name}"
                found[name] = value
    return found


def _parameters(function: object) -> set[str]:
    target = getattr(function, "hypothesis", None)
    inner = getattr(target, "inner_test", None) if target is not None else None
    return set(inspect.signature(inner or function).parameters)  # type: ignore[arg-type]


globals().update(_shared_tests())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(pg_dsn: str, clock: FakeClock) -> AsyncIterator[Store]:
    opened = await open_postgres_store(pg_dsn, secret=SECRET, clock=clock)
    yield opened
    await opened.close()


def test_the_shared_suite_is_collected_here() -> None:
    """A rename in the shared modules must not silently empty this suite."""
    assert len(_shared_tests()) >= 40
