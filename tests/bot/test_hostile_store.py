"""The store under hostile values: SQL-looking, markup, control characters, huge, nested — each round-trips
unchanged or is refused with a ValueError, and the schema survives. Both implementations (SQLite and memory)
must behave the same.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.store import Store, open_store
from bot.store.base import MAX_COMMENT_CHARS, MAX_STATE_BYTES, ConversationState
from tests.store_support import begin_input
from tests.strategies import ODD, hostile_text

SECRET = "s" * 32
SQL = [
    "'); DROP TABLE reports;--",
    "'); DROP TABLE report_vote;--",
    '" OR 1=1 --',
    "x'; DELETE FROM feedback WHERE '1'='1",
    "1; ATTACH DATABASE '/tmp/pwn.db' AS pwn;--",
    "Robert'); DROP TABLE conversation_state;--",
]
ODD_VALUES = [*SQL, *(s for s in ODD if s and not ("\ud800" <= s[:1] <= "\udfff")), "<b>x</b>", "é" * 5000]


@pytest.fixture(params=["sqlite", "sqlite-memory"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    opened: Store
    if request.param == "sqlite":
        opened = await open_store(tmp_path / "bot.sqlite", secret=SECRET)
    else:
        opened = await open_store(":memory:", secret=SECRET)
    try:
        yield opened
    finally:
        await opened.close()


def tables(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


@pytest.mark.parametrize("value", ODD_VALUES)
async def test_state_values_and_keys_round_trip_unchanged(store: Store, value: str) -> None:
    data: dict[str, Any] = {
        "flow": value,
        value: [value, {"nested": value}],
        "answers": {"sender_name": value, "place": value[:60]},
    }
    await store.save_state("user-a", ConversationState(data=data))
    saved = await store.get_state("user-a")
    assert saved is not None and saved.data == data
    assert await store.get_state("user-b") is None


@pytest.mark.parametrize("value", SQL)
async def test_sql_as_a_user_key_is_just_a_key(store: Store, value: str) -> None:
    await store.save_state(value, ConversationState(data={"k": 1}))
    await store.save_state("other-user", ConversationState(data={"k": 2}))
    mine = await store.get_state(value)
    other = await store.get_state("other-user")
    assert mine is not None and mine.data == {"k": 1}
    assert other is not None and other.data == {"k": 2}
    forgotten = await store.forget_user(value)
    assert forgotten.states == 1
    assert await store.get_state("other-user") is not None


@pytest.mark.parametrize("value", ODD_VALUES)
async def test_feedback_round_trips_every_field_unchanged(store: Store, value: str) -> None:
    await store.add_feedback("user-a", value, value, [value, "message.x"], value, value)
    [item] = await store.list_feedback()
    assert item.kind == value[:100] and item.verdict == value[:100]  # documented bounds, same in both
    assert item.codes[0] == value[:100] and item.codes[1] == "message.x"
    assert item.comment == value[:MAX_COMMENT_CHARS]
    assert item.text == value


@pytest.mark.parametrize("value", SQL)
async def test_sql_as_a_report_target_is_refused_and_nothing_is_dropped(store: Store, value: str) -> None:
    before = await store.report("user-a", "domain", "intrum-paiement.top", official=False)
    for kind in ("domain", "number"):
        with pytest.raises(ValueError):
            await store.report("user-b", kind, value, official=False)
        with pytest.raises(ValueError):
            await store.report_stats(kind, value)
    after = await store.report_stats("domain", "intrum-paiement.top")
    assert after is not None and after.count == before.count == 1


@pytest.mark.parametrize("value", ODD_VALUES)
async def test_reminder_params_round_trip_unchanged(store: Store, value: str) -> None:
    params = {"what": value, value: [value]}
    await store.add_reminder("user-a", 42, date(2026, 12, 22), "letter.reminder_text", params)
    [due] = await store.due_reminders(date(2026, 12, 22))
    assert due.params == params and due.chat_id == 42


async def test_the_schema_survives_every_injection(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite"
    store = await open_store(path, secret=SECRET)
    try:
        schema = tables(path)
        assert ("table", "report_vote") in schema and ("table", "feedback") in schema
        for value in SQL:
            await store.save_state(value, ConversationState(data={value: value}))
            await store.add_feedback(value, value, value, [value], value, value)
            await store.add_reminder(value, 1, date(2026, 12, 1), value, {value: value})
            await store.report(value, "number", "+33948123456", official=False)
            with pytest.raises(ValueError):
                await store.report(value, "domain", value, official=False)
        stats = await store.report_stats("number", "+33948123456")
        assert stats is not None and stats.count == len(SQL)
        assert len(await store.list_feedback()) == len(SQL)
    finally:
        await store.close()
    assert tables(path) == schema
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not Path("/tmp/pwn.db").exists()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | hostile_text(max_pieces=4),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(hostile_text(max_pieces=3), inner, max_size=4)
    ),
    max_leaves=12,
)
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


async def _round_trip(store: Store, data: dict[str, Any], comment: str) -> None:
    try:
        await store.save_state("user-fuzz", ConversationState(data=data))
    except ValueError as refused:  # the one allowed refusal: over the documented size bound
        assert f"larger than {MAX_STATE_BYTES} bytes" in str(refused)
    else:
        saved = await store.get_state("user-fuzz")
        assert saved is not None and saved.data == data
    await store.add_feedback("user-fuzz", "message", "suspicious", ["a.b"], comment, comment)
    feedback = await store.list_feedback(limit=1)
    assert feedback[0].comment == comment[:MAX_COMMENT_CHARS]


def _strip_surrogates(value: Any) -> Any:
    """Lone surrogates cannot be encoded in UTF-8; Telegram and a UTF-8 terminal never deliver them."""
    if isinstance(value, str):
        return "".join(ch for ch in value if not "\ud800" <= ch <= "\udfff")
    if isinstance(value, list):
        return [_strip_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_strip_surrogates(k): _strip_surrogates(v) for k, v in value.items()}
    return value


@FUZZ
@given(st.dictionaries(hostile_text(max_pieces=3), JSON, max_size=5), hostile_text())
def test_any_json_state_and_comment_round_trip_in_the_store(data: dict[str, Any], comment: str) -> None:
    data, comment = _strip_surrogates(data), _strip_surrogates(comment)

    async def run() -> None:
        sqlite_store = await open_store(":memory:", secret=SECRET)
        try:
            await _round_trip(sqlite_store, data, comment)
        finally:
            await sqlite_store.close()

    asyncio.run(run())


LONE_SURROGATE = "a\ud800b"  # a broken terminal or a forged JSON escape; not valid text, UTF-8 cannot hold it


async def test_lone_surrogates_are_refused_the_same_way_by_both_stores(store: Store) -> None:
    value = LONE_SURROGATE
    attempts = [
        store.save_state("user-s", ConversationState(data={"v": value})),
        store.save_state("user-s", ConversationState(data={value: 1})),
        store.save_state(value, ConversationState(data={"v": 1})),
        store.add_feedback("user-s", "message", "suspicious", [], value, None),
        store.add_feedback("user-s", "message", "suspicious", [], None, value),
        store.add_feedback("user-s", value, "suspicious", [value], None, None),
        store.add_reminder("user-s", 1, date(2026, 12, 1), "letter.reminder_text", {"v": value}),
        store.add_reminder("user-s", 1, date(2026, 12, 1), value, {}),
        begin_input(store, 1, value, 1),
    ]
    for attempt in attempts:
        with pytest.raises(ValueError, match="lone surrogate") as refused:
            await attempt
        assert type(refused.value) is ValueError  # not a raw UnicodeEncodeError from the driver
    assert await store.get_state("user-s") is None
    assert await store.list_feedback() == []
    assert await store.due_reminders(date(2026, 12, 1)) == []
    assert await store.journal_pending() == []


INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


@pytest.mark.parametrize("user_key", SQL)
async def test_journal_keeps_sql_looking_keys_and_extreme_ids_as_data(store: Store, user_key: str) -> None:
    ids = [2**63 - 1, -(2**63), 0, 1]
    for update_id in ids:
        await begin_input(store, update_id, user_key, -(2**52))
    pending = await store.journal_pending()
    assert sorted(p.update_id for p in pending) == sorted(ids)
    assert {p.user_key for p in pending} == {user_key} and {p.chat_id for p in pending} == {-(2**52)}
    assert await store.journal_clear([*ids, 12345]) == len(ids)
    assert await store.journal_pending() == []


@FUZZ
@given(st.lists(st.tuples(INT64, hostile_text(max_pieces=3), INT64), max_size=8))
def test_journal_round_trips_any_int64_ids_and_keys(rows: list[tuple[int, str, int]]) -> None:
    async def run() -> None:
        stores: list[Store] = [await open_store(":memory:", secret=SECRET)]
        try:
            for store in stores:
                expected: dict[int, tuple[str, int]] = {}
                for update_id, key, chat_id in rows:
                    try:
                        await begin_input(store, update_id, key, chat_id)
                    except ValueError:
                        continue  # an invalid key (empty, digits only, too long, lone surrogate) is refused
                    expected[update_id] = (key, chat_id)
                got = {p.update_id: (p.user_key, p.chat_id) for p in await store.journal_pending()}
                assert got == expected
        finally:
            for store in stores:
                await store.close()

    asyncio.run(run())
