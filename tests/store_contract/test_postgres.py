"""What only the PostgreSQL store does: migrations shared by workers, erasure on disk, user turns (one update
of one user at a time, exactly once), the rate limit shared by workers, and the jobs leader."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from datetime import date, timedelta

import asyncpg
import pytest

from bot.settings import Settings, SettingsError, load_settings
from bot.store import ConversationState, StoreError
from bot.store.factory import open_configured_store, uses_postgres
from bot.store.postgres import PostgresStore, open_postgres_store
from bot.store.postgres_schema import LATEST_VERSION
from tests.store_contract.postgres_server import PostgresServer
from tests.store_support import ALICE, ALICE_ID, BOB, SECRET, FakeClock, begin_input


@pytest.fixture
async def store(pg_dsn: str) -> AsyncIterator[PostgresStore]:
    opened = await open_postgres_store(pg_dsn, secret=SECRET)
    yield opened
    await opened.close()


async def _versions(dsn: str) -> list[int]:
    conn = await asyncpg.connect(dsn)
    try:
        return [r[0] for r in await conn.fetch("SELECT version FROM schema_version ORDER BY version")]
    finally:
        await conn.close()


# --- migrations ---


async def test_workers_starting_together_migrate_once(pg_dsn: str) -> None:
    stores = await asyncio.gather(*(open_postgres_store(pg_dsn, secret=SECRET) for _ in range(5)))
    try:
        assert await _versions(pg_dsn) == list(range(1, LATEST_VERSION + 1))
        await stores[0].save_state(ALICE, ConversationState(data={"step": "ask_date"}))
        state = await stores[4].get_state(ALICE)
        assert state is not None and state.data == {"step": "ask_date"}
    finally:
        for opened in stores:
            await opened.close()


async def test_a_database_newer_than_the_code_is_refused(pg_dsn: str) -> None:
    await (await open_postgres_store(pg_dsn, secret=SECRET)).close()  # the latest schema
    conn = await asyncpg.connect(pg_dsn)
    await conn.execute("INSERT INTO schema_version (version, description) VALUES (999, 'from the future')")
    await conn.close()
    with pytest.raises(StoreError, match="newer than this code"):
        await open_postgres_store(pg_dsn, secret=SECRET)


async def test_an_unreachable_database_is_a_clear_error_without_the_password(
    pg_server: PostgresServer,
) -> None:
    dsn = pg_server.dsn().replace(str(pg_server.port), "1")
    with pytest.raises(StoreError) as caught:
        await open_postgres_store(dsn, secret=SECRET, connect_timeout=2)
    assert pg_server.password not in str(caught.value)


# --- settings and factory ---


def test_database_url_selects_postgres_and_must_be_postgres(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:motdepasse@db.interne/verif")
    settings = load_settings(None)
    assert uses_postgres(settings)
    assert "motdepasse" not in repr(settings)
    monkeypatch.setenv("DATABASE_URL", "mysql://bot@db/verif")
    with pytest.raises(SettingsError, match="DATABASE_URL") as caught:
        load_settings(None)
    assert "mysql://bot@db" not in str(caught.value)
    monkeypatch.delenv("DATABASE_URL")
    assert not uses_postgres(load_settings(None))


async def test_the_factory_opens_the_store_the_settings_name(pg_dsn: str, tmp_path: object) -> None:
    opened = await open_configured_store(Settings(_env_file=None, database_url=pg_dsn), secret=SECRET)
    try:
        assert isinstance(opened, PostgresStore)
    finally:
        await opened.close()


# --- privacy: erasure that erases ---


async def _all_rows(dsn: str) -> str:
    conn = await asyncpg.connect(dsn)
    try:
        tables = [
            r[0]
            for r in await conn.fetch(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            )
        ]
        dump = []
        for table in tables:
            dump += [str(tuple(r)) for r in await conn.fetch(f"SELECT * FROM {table}")]
        return "\n".join(dump)
    finally:
        await conn.close()


async def test_only_keyed_hashes_are_stored_and_forget_erases_every_table(
    store: PostgresStore, pg_dsn: str
) -> None:
    await store.save_state(ALICE, ConversationState(data={"flow": "letter"}))
    await store.report(ALICE, "number", "+33948123456", official=False)
    await store.report(ALICE, "domain", "intrum-paiement.top", official=False)
    await store.add_feedback(ALICE, "message", "likely_scam", ["x"], "faux", "mon texte privé 7391")
    await store.add_reminder(ALICE, ALICE_ID, date(2026, 12, 1), "letter.reminder_text", {})
    await begin_input(store, 88_001, ALICE, ALICE_ID)
    async with store.user_turn(ALICE, 88_002) as turn, turn.work():
        await store.rate_check(ALICE, 20)
        await turn.queue(ALICE_ID, [({"text": "réponse 7392"}, None)])
    await store.save_state(BOB, ConversationState(data={"flow": "menu"}))
    dump = await _all_rows(pg_dsn)
    for raw in ("+33948123456", "33948123456", "intrum-paiement", str(ALICE_ID - 1)):
        assert raw not in dump
    summary = await store.forget_user(ALICE)
    assert (summary.states, summary.reports, summary.feedback, summary.reminders) == (1, 2, 1, 1)
    dump = await _all_rows(pg_dsn)
    assert ALICE not in dump and str(ALICE_ID) not in dump and "7391" not in dump and "7392" not in dump
    assert BOB in dump


async def test_erased_rows_are_gone_from_the_table_files(
    store: PostgresStore, pg_server: PostgresServer, pg_dsn: str
) -> None:
    marker = "texte-a-effacer-5f2c9a"
    await store.add_feedback(ALICE, "message", "likely_scam", [], None, marker)
    await store.forget_user(ALICE)
    conn = await asyncpg.connect(pg_dsn)
    try:
        await conn.execute("CHECKPOINT")
        relation = await conn.fetchval("SELECT pg_relation_filepath('feedback')")
    finally:
        await conn.close()
    assert marker.encode() not in (pg_server.data / relation).read_bytes()


async def test_the_purge_drops_old_bookkeeping_rows(pg_dsn: str) -> None:
    clock = FakeClock()
    store = await open_postgres_store(pg_dsn, secret=SECRET, clock=clock)
    try:
        async with store.user_turn(ALICE, 1) as turn, turn.work():
            await turn.queue(ALICE_ID, [({"text": "x"}, None)])
        clock.advance(days=2)
        await store.purge(clock.now - timedelta(days=30))
        dump = await _all_rows(pg_dsn)
        assert ALICE not in dump
    finally:
        await store.close()


# --- user turns: one at a time, exactly once ---


async def test_an_update_is_handled_once_then_only_acknowledged(store: PostgresStore) -> None:
    async with store.user_turn(ALICE, 501) as turn:
        assert not turn.handled
        async with turn.work():
            await store.save_state(ALICE, ConversationState(data={"n": 1}))
            await turn.queue(ALICE_ID, [({"text": "un"}, None), ({"text": "deux"}, b"%PDF")])
        assert [m.message["text"] for m in await turn.undelivered()] == ["un", "deux"]
        first = (await turn.undelivered())[0]
        await turn.delivered(first.id)
    async with store.user_turn(ALICE, 501) as again:
        assert again.handled
        left = await again.undelivered()
        assert [(m.message["text"], m.document) for m in left] == [("deux", b"%PDF")]
        with pytest.raises(StoreError):
            async with again.work():
                pass


async def test_a_failure_while_handling_leaves_no_trace(store: PostgresStore) -> None:
    with pytest.raises(RuntimeError):
        async with store.user_turn(ALICE, 502) as turn, turn.work():
            await store.save_state(ALICE, ConversationState(data={"n": 2}))
            await store.add_reminder(ALICE, ALICE_ID, date(2026, 12, 1), "k", {})
            await turn.queue(ALICE_ID, [({"text": "x"}, None)])
            raise RuntimeError("crash in the conversation")
    assert await store.get_state(ALICE) is None
    assert (await store.describe_user_data(ALICE)).reminders == ()
    async with store.user_turn(ALICE, 502) as retry:
        assert not retry.handled and await retry.undelivered() == []


async def test_one_users_updates_wait_for_each_other_across_workers(pg_dsn: str) -> None:
    worker_a = await open_postgres_store(pg_dsn, secret=SECRET)
    worker_b = await open_postgres_store(pg_dsn, secret=SECRET)
    order: list[str] = []
    try:
        inside = asyncio.Event()

        async def first() -> None:
            async with worker_a.user_turn(ALICE, 601):
                inside.set()
                await asyncio.sleep(0.3)
                order.append("a-done")

        async def second() -> None:
            await inside.wait()
            async with worker_b.user_turn(ALICE, 602):
                order.append("b-in")

        async def other_user() -> None:
            await inside.wait()
            async with worker_b.user_turn(BOB, 603):
                order.append("bob-in")

        await asyncio.gather(first(), second(), other_user())
        assert order == ["bob-in", "a-done", "b-in"]
    finally:
        await worker_a.close()
        await worker_b.close()


async def test_a_killed_worker_releases_its_users_lock(pg_dsn: str) -> None:
    worker_a = await open_postgres_store(pg_dsn, secret=SECRET)
    worker_b = await open_postgres_store(pg_dsn, secret=SECRET)
    try:
        turn = worker_a.user_turn(ALICE, 701)
        await turn.__aenter__()
        assert turn._conn is not None
        turn._conn.terminate()  # what PostgreSQL sees when the worker process is SIGKILLed
        async with asyncio.timeout(10), worker_b.user_turn(ALICE, 701) as taken:
            assert not taken.handled
    finally:
        await worker_b.close()
        await worker_a.close()


# --- shared rate limit and jobs leader ---


async def test_the_rate_limit_is_shared_by_the_workers(pg_dsn: str) -> None:
    workers = [await open_postgres_store(pg_dsn, secret=SECRET) for _ in range(2)]
    try:
        decisions = []
        for index in range(5):
            worker = workers[index % 2]
            async with worker.user_turn(ALICE, 800 + index) as turn, turn.work():
                decisions.append(await worker.rate_check(ALICE, per_minute=60, burst=3))
        assert [d.allowed for d in decisions] == [True, True, True, False, False]
        assert [d.notify for d in decisions[3:]] == [True, False]
        assert 0 < decisions[3].retry_after <= 1.0
        async with workers[0].user_turn(BOB, 900) as turn, turn.work():
            assert (await workers[0].rate_check(BOB, per_minute=60, burst=3)).allowed
    finally:
        for worker in workers:
            await worker.close()


async def test_one_worker_leads_the_jobs_and_another_takes_over_when_it_dies(store: PostgresStore) -> None:
    leaders = [store.job_leader() for _ in range(3)]
    try:
        assert [await leader.lead() for leader in leaders] == [True, False, False]
        assert await leaders[0].lead()  # still leading
        assert leaders[0]._conn is not None
        leaders[0]._conn.terminate()  # the leader's process died
        await asyncio.sleep(0.2)
        assert [await leader.lead() for leader in leaders[1:]] == [True, False]
    finally:
        for leader in leaders:
            await leader.close()


async def test_a_jobs_leader_stopped_while_connecting_leaves_no_connection_open(
    store: PostgresStore, pg_dsn: str
) -> None:
    """Workers stop their jobs at any moment (SIGTERM, tests): a cancelled attempt must close its socket."""

    async def sessions() -> int:
        conn = await asyncpg.connect(pg_dsn)
        try:
            return int(
                await conn.fetchval(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                )
            )
        finally:
            await conn.close()

    before = await sessions()
    for step in range(0, 40):  # cancel 0, 0.25, 0.5… ms in: every step of the attempt, handshake included
        leader = store.job_leader()
        task = asyncio.create_task(leader.lead())
        await asyncio.sleep(step / 4000)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await leader.close()
    gc.collect()  # a socket left open would be reported here (ResourceWarning is an error in the tests)
    await asyncio.sleep(0.2)  # the server notices closed sockets
    assert await sessions() == before
