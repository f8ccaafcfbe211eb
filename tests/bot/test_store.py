"""Behaviour of the store, run against BOTH implementations (SQLite and memory): they must not drift."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import (
    ConversationState,
    OfficialTargetError,
    Store,
    StoreError,
    open_store,
)
from tests.store_support import ALICE, ALICE_ID, BOB, CAROL, SECRET, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sqlite-memory", "sqlite"])
async def store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Store]:
    if request.param == "sqlite-memory":
        opened: Store = await open_store(":memory:", secret=SECRET, clock=clock)
    else:
        opened = await open_store(tmp_path / "var" / "bot.db", secret=SECRET, clock=clock)
    yield opened
    await opened.close()


async def test_the_sqlite_store_satisfies_the_protocol() -> None:
    store = await open_store(":memory:", secret=SECRET)
    assert isinstance(store, Store)
    await store.close()


# --- conversation state ---


async def test_a_new_user_has_no_state(store: Store) -> None:
    assert await store.get_state(ALICE) is None


async def test_state_round_trip_keeps_data_version_and_sets_updated_at(
    store: Store, clock: FakeClock
) -> None:
    data = {
        "flow": "prescription",
        "step": "ask_date",
        "debt_type": "telecom",
        "answers": ["mars 2022", None, 3],
    }
    await store.save_state(ALICE, ConversationState(data=data, version=2))
    state = await store.get_state(ALICE)
    assert state is not None
    assert state.data == data
    assert state.version == 2
    assert state.updated_at == clock.now


async def test_saving_again_replaces_the_state(store: Store, clock: FakeClock) -> None:
    await store.save_state(ALICE, ConversationState(data={"step": "ask_type"}))
    clock.advance(minutes=3)
    await store.save_state(ALICE, ConversationState(data={"step": "ask_date"}))
    state = await store.get_state(ALICE)
    assert state is not None and state.data == {"step": "ask_date"} and state.updated_at == clock.now


async def test_states_are_per_user_and_clear_removes_only_one(store: Store) -> None:
    await store.save_state(ALICE, ConversationState(data={"step": "a"}))
    await store.save_state(BOB, ConversationState(data={"step": "b"}))
    await store.clear_state(ALICE)
    await store.clear_state(CAROL)  # nothing to clear: no error
    assert await store.get_state(ALICE) is None
    bob = await store.get_state(BOB)
    assert bob is not None and bob.data == {"step": "b"}


async def test_state_keeps_french_text_emoji_and_rtl_marks(store: Store) -> None:
    data = {"draft": "Madame, je conteste la créance 😟 \u200f\u200bIntrum", "nul": "a\x00b"}
    await store.save_state(ALICE, ConversationState(data=data))
    state = await store.get_state(ALICE)
    assert state is not None and state.data == data


async def test_a_state_returned_is_a_copy(store: Store) -> None:
    await store.save_state(ALICE, ConversationState(data={"answers": ["x"]}))
    first = await store.get_state(ALICE)
    assert first is not None
    first.data["answers"].append("mutated")
    again = await store.get_state(ALICE)
    assert again is not None and again.data == {"answers": ["x"]}


@pytest.mark.parametrize(
    "data",
    [{"when": datetime(2026, 1, 1)}, {"n": float("nan")}, {"big": "x" * 70_000}, {"obj": object()}],
    ids=["datetime", "nan", "too-big", "object"],
)
async def test_state_must_be_plain_small_json(store: Store, data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="state"):
        await store.save_state(ALICE, ConversationState(data=data))
    assert await store.get_state(ALICE) is None


@pytest.mark.parametrize("bad_key", ["", "418276935", "x" * 129])
async def test_a_raw_telegram_id_or_empty_key_is_refused(store: Store, bad_key: str) -> None:
    with pytest.raises(ValueError, match="user_key"):
        await store.save_state(bad_key, ConversationState())
    with pytest.raises(ValueError, match="user_key"):
        await store.report(bad_key, "number", "+33948123456", official=False)


# --- community reports ---


async def test_first_report_counts_one(store: Store, clock: FakeClock) -> None:
    stats = await store.report(ALICE, "number", "+33948123456", official=False)
    assert (stats.count, stats.already_reported_by_this_user) == (1, False)
    assert stats.first_seen == stats.last_seen == clock.now
    assert stats.target_kind == "number"


async def test_one_vote_per_user(store: Store, clock: FakeClock) -> None:
    first = await store.report(ALICE, "number", "+33948123456", official=False)
    clock.advance(hours=1)
    again = await store.report(ALICE, "number", "+33948123456", official=False)
    assert again.count == 1
    assert again.already_reported_by_this_user is True
    assert again.last_seen == first.last_seen  # a repeated vote does not refresh "last seen"


async def test_votes_from_several_users_count_with_first_and_last_seen(
    store: Store, clock: FakeClock
) -> None:
    start = clock.now
    await store.report(ALICE, "domain", "intrum-paiement.fr", official=False)
    clock.advance(days=2)
    await store.report(BOB, "domain", "intrum-paiement.fr", official=False)
    clock.advance(days=1)
    stats = await store.report(CAROL, "domain", "intrum-paiement.fr", official=False)
    assert stats.count == 3
    assert stats.first_seen == start
    assert stats.last_seen == clock.now


async def test_report_stats_of_an_unknown_target_is_none(store: Store) -> None:
    assert await store.report_stats("number", "+33948123456") is None


async def test_report_stats_says_whether_this_user_already_reported(store: Store) -> None:
    await store.report(ALICE, "number", "+33948123456", official=False)
    for_alice = await store.report_stats("number", "+33948123456", user_key=ALICE)
    for_bob = await store.report_stats("number", "+33948123456", user_key=BOB)
    anonymous = await store.report_stats("number", "+33948123456")
    assert for_alice is not None and for_alice.already_reported_by_this_user
    assert for_bob is not None and not for_bob.already_reported_by_this_user
    assert anonymous is not None and anonymous.count == 1


async def test_numbers_and_domains_are_separate_targets(store: Store) -> None:
    await store.report(ALICE, "number", "+33948123456", official=False)
    assert await store.report_stats("domain", "intrum-paiement.fr") is None
    stats = await store.report_stats("number", "+33948123456")
    assert stats is not None and stats.count == 1


async def test_domain_case_and_trailing_dot_are_the_same_target(store: Store) -> None:
    await store.report(ALICE, "domain", "Intrum-Paiement.FR.", official=False)
    stats = await store.report(BOB, "domain", " intrum-paiement.fr", official=False)
    assert stats.count == 2


async def test_an_official_target_is_never_recorded(store: Store) -> None:
    with pytest.raises(OfficialTargetError):
        await store.report(ALICE, "domain", "intrum.fr", official=True)
    assert await store.report_stats("domain", "intrum.fr") is None
    summary = await store.describe_user_data(ALICE)
    assert summary.reports_count == 0


@pytest.mark.parametrize(
    ("kind", "target"),
    [
        ("number", "04 72 80 14 14"),
        ("number", "+33 (0)9 48 12 34 56"),
        ("number", ""),
        ("domain", "https://intrum-paiement.fr/payer"),
        ("domain", "pas un domaine"),
        ("domain", "localhost"),
        ("url", "example.fr"),
    ],
)
async def test_unnormalised_targets_are_refused_clearly(store: Store, kind: str, target: str) -> None:
    with pytest.raises(ValueError, match=r"E\.164|registered domain|target_kind"):
        await store.report(ALICE, kind, target, official=False)  # type: ignore[arg-type]


# --- feedback ---


async def test_feedback_is_kept_with_codes_and_no_text_by_default(store: Store, clock: FakeClock) -> None:
    fid = await store.add_feedback(
        ALICE, "sms", "likely_scam", ["link.lookalike", "number.not_listed"], "c'était vraiment Intrum", None
    )
    [item] = await store.list_feedback()
    assert item.id == fid
    assert (item.kind, item.verdict) == ("sms", "likely_scam")
    assert item.codes == ("link.lookalike", "number.not_listed")
    assert item.comment == "c'était vraiment Intrum"
    assert item.text is None
    assert item.created_at == clock.now


async def test_feedback_text_kept_only_when_given_and_clipped(store: Store) -> None:
    await store.add_feedback(ALICE, "sms", "suspicious", [], None, "Intrum : payez sous 24h " * 2000)
    [item] = await store.list_feedback()
    assert item.text is not None and len(item.text) == 20_000
    summary = await store.describe_user_data(ALICE)
    assert (summary.feedback_count, summary.feedback_with_text_count) == (1, 1)


async def test_feedback_codes_must_be_a_list(store: Store) -> None:
    with pytest.raises(ValueError, match="codes"):
        await store.add_feedback(ALICE, "sms", "suspicious", "link.lookalike", None, None)


async def test_feedback_lists_newest_first_with_a_limit(store: Store) -> None:
    for verdict in ("inconclusive", "suspicious", "likely_scam"):
        await store.add_feedback(ALICE, "number", verdict, [], None, None)
    listed = await store.list_feedback(limit=2)
    assert [f.verdict for f in listed] == ["likely_scam", "suspicious"]


# --- reminders ---


async def test_reminder_is_due_on_its_day_not_before(store: Store) -> None:
    rid = await store.add_reminder(
        ALICE, ALICE_ID, date(2026, 12, 22), "rgpd.reminder.answer_due", {"org": "Intrum"}
    )
    assert await store.due_reminders(date(2026, 12, 21)) == []
    [due] = await store.due_reminders(date(2026, 12, 22))
    assert (due.id, due.user_key, due.chat_id, due.due) == (rid, ALICE, ALICE_ID, date(2026, 12, 22))
    assert due.text_key == "rgpd.reminder.answer_due" and due.params == {"org": "Intrum"}
    assert due.sent_at is None


async def test_overdue_reminders_still_come_in_date_order(store: Store) -> None:
    late = await store.add_reminder(BOB, -100123, date(2026, 12, 5), "k.late", {})
    early = await store.add_reminder(ALICE, 42, date(2026, 12, 1), "k.early", {})
    assert [r.id for r in await store.due_reminders(date(2027, 1, 10))] == [early, late]


async def test_a_sent_reminder_is_not_due_again(store: Store, clock: FakeClock) -> None:
    rid = await store.add_reminder(ALICE, 42, date(2026, 12, 1), "k", {})
    await store.mark_sent(rid)
    await store.mark_sent(rid)  # idempotent
    await store.mark_sent(999_999)  # unknown: no error
    assert await store.due_reminders(date(2026, 12, 1)) == []
    [info] = (await store.describe_user_data(ALICE)).reminders
    assert info.sent is True


async def test_reminder_params_must_be_json(store: Store) -> None:
    with pytest.raises(ValueError, match="params"):
        await store.add_reminder(ALICE, 42, date(2026, 12, 1), "k", {"when": date(2026, 1, 1)})


# --- /mesdonnees and /oubli ---


async def _fill(store: Store, clock: FakeClock) -> None:
    await store.save_state(ALICE, ConversationState(data={"flow": "letter", "step": "preview"}))
    await store.report(ALICE, "number", "+33948123456", official=False)
    await store.report(ALICE, "domain", "intrum-paiement.fr", official=False)
    await store.report(BOB, "number", "+33948123456", official=False)
    await store.add_feedback(ALICE, "sms", "likely_scam", ["link.lookalike"], None, "le texte partagé")
    await store.add_feedback(ALICE, "number", "inconclusive", [], "bof", None)
    await store.add_reminder(ALICE, ALICE_ID, date(2026, 12, 22), "rgpd.reminder.answer_due", {})


async def test_describe_user_data_lists_what_is_kept(store: Store, clock: FakeClock) -> None:
    assert (await store.describe_user_data(ALICE)).is_empty
    await _fill(store, clock)
    summary = await store.describe_user_data(ALICE)
    assert summary.has_state and summary.state_updated_at == clock.now
    assert summary.reports_count == 2
    assert (summary.feedback_count, summary.feedback_with_text_count) == (2, 1)
    [reminder] = summary.reminders
    assert (reminder.due, reminder.text_key, reminder.sent) == (
        date(2026, 12, 22),
        "rgpd.reminder.answer_due",
        False,
    )
    assert summary.chat_ids == (ALICE_ID,)
    assert not summary.is_empty


async def test_forget_erases_everything_and_votes_stop_counting(store: Store, clock: FakeClock) -> None:
    await _fill(store, clock)
    summary = await store.forget_user(ALICE)
    assert (summary.states, summary.reports, summary.feedback, summary.reminders) == (1, 2, 2, 1)
    assert summary.total == 6
    assert (await store.describe_user_data(ALICE)).is_empty
    assert await store.get_state(ALICE) is None
    number = await store.report_stats("number", "+33948123456")
    assert number is not None and number.count == 1  # Bob's vote remains
    assert await store.report_stats("domain", "intrum-paiement.fr") is None
    assert await store.due_reminders(date(2027, 1, 1)) == []
    assert await store.list_feedback() == []


async def test_forget_twice_or_for_an_unknown_user_is_harmless(store: Store, clock: FakeClock) -> None:
    await _fill(store, clock)
    await store.forget_user(ALICE)
    assert (await store.forget_user(ALICE)).total == 0
    assert (await store.forget_user(CAROL)).total == 0
    bob = await store.describe_user_data(BOB)
    assert bob.reports_count == 1


async def test_purge_removes_old_states_feedback_and_sent_reminders(store: Store, clock: FakeClock) -> None:
    await store.save_state(ALICE, ConversationState(data={"step": "old"}))
    await store.add_feedback(ALICE, "sms", "suspicious", [], None, None)
    sent = await store.add_reminder(ALICE, 42, date(2026, 11, 25), "k.sent", {})
    pending = await store.add_reminder(ALICE, 42, date(2027, 6, 1), "k.pending", {})
    await store.mark_sent(sent)
    await store.report(ALICE, "number", "+33948123456", official=False)
    clock.advance(days=40)
    await store.save_state(BOB, ConversationState(data={"step": "recent"}))
    await store.add_feedback(BOB, "sms", "likely_scam", [], None, None)

    removed = await store.purge(clock.now - timedelta(days=30))

    assert removed == 3  # Alice's state, her feedback, the sent reminder
    assert await store.get_state(ALICE) is None
    assert await store.get_state(BOB) is not None
    assert [f.verdict for f in await store.list_feedback()] == ["likely_scam"]
    alice = await store.describe_user_data(ALICE)
    assert [r.id for r in alice.reminders] == [pending]  # a reminder still to send is kept
    assert alice.reports_count == 1  # community votes are not part of the retention purge
    assert await store.purge(clock.now - timedelta(days=30)) == 0


async def test_purge_drops_a_verdicts_quoted_details_after_a_day_and_keeps_the_rest(
    store: Store, clock: FakeClock
) -> None:
    last = {"kind": "message", "verdict": "likely_scam", "codes": ["msg.x"], "details": "« Votre colis… »"}
    await store.save_state(ALICE, ConversationState(data={"dialogue": None, "last": last}, version=2))
    clock.advance(hours=25)
    await store.save_state(BOB, ConversationState(data={"dialogue": None, "last": last}, version=2))

    assert await store.purge(clock.now - timedelta(days=30)) == 0  # nothing deleted: only details dropped

    alice, bob = await store.get_state(ALICE), await store.get_state(BOB)
    assert alice is not None and bob is not None
    assert alice.data["last"] == {k: v for k, v in last.items() if k != "details"}
    assert bob.data["last"] == last  # answered just now: "Pourquoi ?" still works


async def test_purge_refuses_a_naive_datetime(store: Store) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.purge(datetime(2026, 11, 1))


async def test_timestamps_are_utc_whatever_the_clock_zone(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    paris = FakeClock(datetime(2026, 11, 22, 10, 30, tzinfo=ZoneInfo("Europe/Paris")))
    for opened in (
        await open_store(":memory:", secret=SECRET, clock=paris),
        await open_store(tmp_path / "z.db", secret=SECRET, clock=paris),
    ):
        await opened.save_state(ALICE, ConversationState())
        state = await opened.get_state(ALICE)
        assert state is not None and state.updated_at == datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
        await opened.close()


async def test_a_closed_store_says_so(store: Store) -> None:
    await store.close()
    with pytest.raises(StoreError, match="closed"):
        await store.get_state(ALICE)
