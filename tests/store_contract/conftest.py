"""One PostgreSQL server per test session, and a fresh schema (so a fresh database) for every test.

Without PostgreSQL the PostgreSQL tests skip, saying why; under ``CI=true`` they fail instead: CI must run
the contract on both stores.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Iterator

import asyncpg
import pytest

from tests.store_contract.postgres_server import PostgresServer, find_binaries
from tests.system_tools import in_ci

_schemas = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bindir, why = find_binaries()
    if bindir is None:
        if in_ci():
            pytest.fail(f"CI=true and {why}", pytrace=False)
        pytest.skip(why)
    server = PostgresServer.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def pg_dsn(pg_server: PostgresServer) -> AsyncIterator[str]:
    """A DSN whose tables live in a schema of their own: every test starts from an empty database."""
    schema = f"contract_{os.getpid()}_{next(_schemas)}"
    admin = await asyncpg.connect(pg_server.dsn())
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        yield pg_server.dsn(search_path=schema)
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        await admin.close()
