"""Per-user rate limit: a token bucket, pure (the caller passes ``now``), with bounded memory.

Each user may send ``burst`` messages at once, then ``per_minute`` messages per minute on average. A refused
message carries how long to wait, and ``notify`` is true only for the first refusal in a row, so a flood of
50 messages gets one friendly "slow down" reply instead of 30.

Memory: users are kept in least-recently-seen order; a user idle long enough for their bucket to be full
again is dropped (a fresh bucket is identical), and beyond ``max_users`` the most idle user is dropped,
which can only be more lenient, never stricter.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

_EPSILON = 1e-9  # waiting exactly ``retry_after`` must be enough despite floating-point rounding


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: float  # seconds until the next message would be allowed; 0.0 when allowed
    notify: bool  # first refusal since the last allowed message: tell the user once


@dataclass
class _Bucket:
    tokens: float
    last: float
    refused: bool = False


class RateLimiter:
    def __init__(self, per_minute: int, *, burst: int | None = None, max_users: int = 10_000) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.rate = per_minute / 60.0  # tokens per second
        self.capacity = float(burst if burst is not None else per_minute)
        if self.capacity < 1:
            raise ValueError("burst must be at least 1")
        if max_users < 1:
            raise ValueError("max_users must be at least 1")
        self.max_users = max_users
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def __len__(self) -> int:
        """Users remembered (the memory bound the tests hold it to)."""
        return len(self._buckets)

    def _refill(self, bucket: _Bucket, now: float) -> None:
        elapsed = max(0.0, now - bucket.last)  # a clock going backwards gives nothing, takes nothing
        bucket.tokens = min(self.capacity, bucket.tokens + elapsed * self.rate)
        bucket.last = max(bucket.last, now)

    def check(self, user_key: str, now: float) -> Decision:
        """Spend one token if there is one; otherwise say how long to wait."""
        self._evict_idle(now)
        bucket = self._buckets.pop(user_key, None) or _Bucket(tokens=self.capacity, last=now)
        self._buckets[user_key] = bucket  # most recently seen at the end
        self._refill(bucket, now)
        if bucket.tokens >= 1.0 - _EPSILON:
            bucket.tokens = max(0.0, bucket.tokens - 1.0)
            bucket.refused = False
            decision = Decision(allowed=True, retry_after=0.0, notify=False)
        else:
            decision = Decision(
                allowed=False, retry_after=(1.0 - bucket.tokens) / self.rate, notify=not bucket.refused
            )
            bucket.refused = True
        while len(self._buckets) > self.max_users:
            self._buckets.popitem(last=False)
        return decision

    def _evict_idle(self, now: float) -> None:
        full_after = self.capacity / self.rate  # an empty bucket is full again after this long
        while self._buckets:
            key, bucket = next(iter(self._buckets.items()))
            if now - bucket.last < full_after:
                break  # the rest were seen more recently
            del self._buckets[key]
