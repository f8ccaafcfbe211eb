"""Per-user rate limit: a flood gets one friendly warning, a calm user is never bothered, memory stays bounded."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ratelimit import RateLimiter
from tests.store_support import ALICE, BOB


def test_a_flood_of_50_messages_gets_the_burst_then_one_warning() -> None:
    limiter = RateLimiter(per_minute=20)
    decisions = [limiter.check(ALICE, now=1000.0 + i * 0.01) for i in range(50)]
    assert sum(d.allowed for d in decisions) == 20
    refused = [d for d in decisions if not d.allowed]
    assert len(refused) == 30
    assert [d.notify for d in refused] == [True] + [False] * 29  # tell the user once, then stay quiet
    assert all(d.retry_after > 0 for d in refused)


def test_the_wait_is_one_token_time_and_then_the_user_may_write_again() -> None:
    limiter = RateLimiter(per_minute=20, burst=2)
    assert limiter.check(ALICE, 0.0).allowed and limiter.check(ALICE, 0.0).allowed
    refused = limiter.check(ALICE, 0.0)
    assert not refused.allowed and refused.retry_after == pytest.approx(3.0)  # 20/min: one every 3 s
    assert not limiter.check(ALICE, 2.9).allowed
    after = limiter.check(ALICE, 3.0)
    assert after.allowed and after.retry_after == 0.0


def test_after_a_pause_the_next_refusal_warns_again() -> None:
    limiter = RateLimiter(per_minute=6, burst=1)
    assert limiter.check(ALICE, 0.0).allowed
    assert limiter.check(ALICE, 1.0).notify is True
    assert limiter.check(ALICE, 2.0).notify is False
    assert limiter.check(ALICE, 10.0).allowed
    assert limiter.check(ALICE, 11.0).notify is True


def test_users_are_limited_separately() -> None:
    limiter = RateLimiter(per_minute=60, burst=1)
    assert limiter.check(ALICE, 5.0).allowed
    assert not limiter.check(ALICE, 5.0).allowed
    assert limiter.check(BOB, 5.0).allowed


def test_a_calm_user_writing_every_few_seconds_is_never_refused() -> None:
    limiter = RateLimiter(per_minute=20)
    assert all(limiter.check(ALICE, t * 3.0).allowed for t in range(500))


def test_a_clock_going_backwards_neither_refills_nor_crashes() -> None:
    limiter = RateLimiter(per_minute=60, burst=1)
    assert limiter.check(ALICE, 100.0).allowed
    assert not limiter.check(ALICE, 50.0).allowed
    assert limiter.check(ALICE, 101.0).allowed


def test_idle_users_are_forgotten() -> None:
    limiter = RateLimiter(per_minute=20, max_users=1000)
    for i in range(100):
        limiter.check(f"user-{i}", now=0.0)
    assert len(limiter) == 100
    limiter.check(ALICE, now=61.0)  # a full minute later every earlier bucket is full again: dropped
    assert len(limiter) == 1


def test_memory_is_capped_even_when_everyone_is_active() -> None:
    limiter = RateLimiter(per_minute=20, max_users=50)
    for i in range(500):
        limiter.check(f"user-{i}", now=i * 0.001)
    assert len(limiter) == 50


@pytest.mark.parametrize(
    "kwargs", [{"per_minute": 0}, {"per_minute": 10, "burst": 0}, {"per_minute": 10, "max_users": 0}]
)
def test_nonsense_configuration_is_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        RateLimiter(**kwargs)


@settings(max_examples=200, deadline=None)
@given(
    per_minute=st.integers(1, 120),
    gaps=st.lists(st.floats(0.0, 30.0, allow_nan=False), min_size=1, max_size=200),
)
def test_never_more_than_burst_plus_rate_times_elapsed(per_minute: int, gaps: list[float]) -> None:
    limiter = RateLimiter(per_minute=per_minute)
    now, allowed = 0.0, 0
    for gap in gaps:
        now += gap
        allowed += limiter.check(ALICE, now).allowed
    assert allowed <= per_minute + now * per_minute / 60.0 + 1e-9
