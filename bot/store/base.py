"""The store interface the conversation codes against, and the plain models it returns.

The conversation never sees a database: it sees ``Store`` (a ``typing.Protocol``), so SQLite can be swapped
for another database and the conversation core tested against the SQLite store on ``":memory:"``.

Privacy rules every implementation keeps:
- ``user_key`` is already a keyed hash (``bot.privacy.user_key``); the store refuses a key made only of digits,
  because that is a raw Telegram id passed by mistake;
- a reported number or domain is stored only as a keyed hash (the store hashes it with its secret);
- a chat id is stored only with a reminder the user asked for, and erased with it, or in the pending-input
  journal while the bot answers a message (one row per update: ids, keyed user, time; never the text);
- message texts are stored only when the caller passes them (feedback the user agreed to share).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, NamedTuple, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

TargetKind = Literal["number", "domain"]
Clock = Callable[[], datetime]

#: Bounds that keep one user from filling the disk; longer values are cut, not refused (feedback must not fail).
MAX_COMMENT_CHARS = 2_000
MAX_FEEDBACK_TEXT_CHARS = 20_000
MAX_CODES = 100
#: A state bigger than this is a bug in the conversation (it should keep plain, small data).
MAX_STATE_BYTES = 64_000
#: A pending-input row older than this is dropped by the purge: a notice that late would make no sense.
#: Processed-update rows too: Telegram keeps an unconfirmed update for at most 24 hours.
JOURNAL_RETENTION = timedelta(days=1)
#: The last verdict's details (behind "Pourquoi ?") can quote words of the checked message: the purge drops
#: them from any state left untouched this long, whatever ``RETENTION_DAYS`` keeps of the rest.
DETAILS_RETENTION = timedelta(days=1)


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """Timestamps are compared across implementations: refuse naive ones rather than guess their zone."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware (e.g. datetime.now(UTC))")
    return moment.astimezone(UTC)


class StoreError(RuntimeError):
    """The store could not do what was asked; the message says what and why (never a secret or a raw id)."""


class StoreUnavailableError(StoreError):
    """The database stayed locked or unreachable after the bounded retries: the write was NOT done."""


class OfficialTargetError(StoreError, ValueError):
    """A vote on an official number or domain: votes must never mark a real organisation."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ConversationState(_Model):
    """Where a chat is in its dialogue, as plain JSON data so it survives restarts and upgrades.

    ``version`` is the conversation's own format version (not the schema's): bump it when the meaning of
    ``data`` changes, and treat an unknown version as "start again". ``updated_at`` is set by the store when
    saving (the value passed in is ignored) and drives the retention purge.
    """

    data: dict[str, Any] = Field(default_factory=dict)
    version: int = 1
    updated_at: datetime = Field(default_factory=utc_now)


class ReportStats(_Model):
    """Community reports on one number or domain: information ("signalé N fois"), never proof."""

    target_kind: TargetKind
    count: int
    first_seen: datetime
    last_seen: datetime
    already_reported_by_this_user: bool = False


class Feedback(_Model):
    """A "this verdict is wrong" note, kept for review."""

    id: int
    kind: str
    verdict: str
    codes: tuple[str, ...]
    comment: str | None
    text: str | None  # the raw message, only if the user agreed to share it
    created_at: datetime


class Reminder(_Model):
    """A deadline the user asked to be reminded of (e.g. the date an RGPD answer is due)."""

    id: int
    user_key: str
    chat_id: int
    due: date
    text_key: str  # a knowledge.wording key, rendered with ``params`` when sent
    params: dict[str, Any]
    created_at: datetime
    sent_at: datetime | None = None


class ReminderInfo(_Model):
    """A reminder as shown to its owner in /mesdonnees."""

    id: int
    due: date
    text_key: str
    chat_id: int
    sent: bool


class PendingInput(_Model):
    """An update the bot started handling and had not answered yet: left over, it means a crash lost it.

    Only what is needed to tell the user "please send it again": never the message text.
    """

    update_id: int
    user_key: str
    chat_id: int
    received_at: datetime


class UserDataSummary(_Model):
    """Everything kept about one user, for /mesdonnees.

    ``pending_inputs`` counts journal rows (messages being answered right now, the /mesdonnees request itself
    included; erased once answered): they do not make the summary non-empty, since they live for seconds.
    """

    has_state: bool
    state_updated_at: datetime | None
    reports_count: int
    feedback_count: int
    feedback_with_text_count: int
    reminders: tuple[ReminderInfo, ...]
    pending_inputs: int = 0

    @property
    def chat_ids(self) -> tuple[int, ...]:
        """Chat ids kept only because a reminder must be delivered there."""
        return tuple(sorted({r.chat_id for r in self.reminders}))

    @property
    def is_empty(self) -> bool:
        return not (self.has_state or self.reports_count or self.feedback_count or self.reminders)


class ForgetSummary(_Model):
    """What /oubli erased (rows per kind); ``total`` leaves out the journal rows (the /oubli press is one)."""

    states: int
    reports: int
    feedback: int
    reminders: int
    pending_inputs: int = 0

    @property
    def total(self) -> int:
        return self.states + self.reports + self.feedback + self.reminders


@dataclass
class UpdateScope:
    """The Telegram update being handled in this task; ``recorded`` once a store wrote it as processed."""

    update_id: int
    recorded: bool = False


_current_update: ContextVar[UpdateScope | None] = ContextVar("current_update", default=None)


@contextlib.contextmanager
def handling_update(update_id: int) -> Iterator[UpdateScope]:
    """Mark the running task as handling ``update_id``: see "Exactly once" in ``Store``'s docstring."""
    scope = UpdateScope(int(update_id))
    token = _current_update.set(scope)
    try:
        yield scope
    finally:
        _current_update.reset(token)


def current_update() -> UpdateScope | None:
    """For implementations: the update a write belongs to, or None (terminal, jobs, tests)."""
    scope = _current_update.get()
    return None if scope is None or scope.recorded else scope


@runtime_checkable
class Store(Protocol):
    """Persistence of the bot. All methods are safe to call concurrently from many chats.

    Exactly once (Telegram may hand an update over again after a crash): while a task runs inside
    ``handling_update(update_id)``, the first write it makes (state, vote, feedback, reminder, /oubli) also
    records ``update_id`` as processed, in the same transaction, and sets the scope's ``recorded``. So a state
    change and "this update is done" are committed together or not at all. An update that changes nothing is
    recorded with ``mark_processed`` before its answer is sent; ``is_processed`` tells a redelivered one.
    """

    # Conversation state
    async def get_state(self, user_key: str) -> ConversationState | None: ...
    async def save_state(self, user_key: str, state: ConversationState) -> None: ...
    async def clear_state(self, user_key: str) -> None: ...

    # Community reports (one vote per user and target; ``official=True`` raises OfficialTargetError)
    async def report(
        self, user_key: str, target_kind: TargetKind, target: str, *, official: bool
    ) -> ReportStats: ...
    async def report_stats(
        self, target_kind: TargetKind, target: str, *, user_key: str | None = None
    ) -> ReportStats | None: ...

    # Feedback
    async def add_feedback(
        self,
        user_key: str,
        kind: str,
        verdict: str,
        codes: Sequence[str],
        comment: str | None,
        text: str | None,
    ) -> int: ...
    async def list_feedback(self, limit: int = 100) -> list[Feedback]: ...

    # Reminders
    async def add_reminder(
        self, user_key: str, chat_id: int, due: date, text_key: str, params: dict[str, Any]
    ) -> int: ...
    async def due_reminders(self, today: date) -> list[Reminder]: ...
    async def mark_sent(self, reminder_id: int) -> None: ...

    # Pending-input journal: an update is noted before it is handled and removed once the answer (or the error
    # notice) was delivered; what is pending at start-up was lost by a crash and its chat is told to send it
    # again. The bot batches begins and ends in one transaction (an id in both is simply not kept).
    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None: ...
    async def journal_pending(self) -> list[PendingInput]: ...
    async def journal_clear(self, update_ids: Iterable[int]) -> int: ...

    # Exactly once: see the class docstring. Rows older than ``JOURNAL_RETENTION`` go with the purge.
    async def is_processed(self, update_id: int) -> bool: ...
    async def mark_processed(self, update_id: int) -> None: ...

    # Privacy
    async def describe_user_data(self, user_key: str) -> UserDataSummary: ...
    async def forget_user(self, user_key: str) -> ForgetSummary: ...
    async def purge(self, older_than: datetime) -> int: ...  # journal rows: older than a day, too

    async def close(self) -> None: ...


# --- argument checks shared by the implementations (same errors whatever the database) ---

_E164 = re.compile(r"^\+[1-9][0-9]{3,14}$")
_DOMAIN = re.compile(r"^(?=.{3,253}$)(?!-)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$")


def utf8(value: str, what: str) -> bytes:
    """SQLite keeps UTF-8, which cannot hold a lone surrogate (a broken terminal or a forged JSON escape can
    make one): every store refuses it with this ValueError, instead of SQLite's raw UnicodeEncodeError on one
    side and a silent round trip in memory on the other."""
    try:
        return value.encode()
    except UnicodeEncodeError:
        raise ValueError(f"{what} is not valid text: it contains a lone surrogate") from None


def check_user_key(user_key: str) -> str:
    if not isinstance(user_key, str) or not user_key or len(user_key) > 128:
        raise ValueError("user_key must be a non-empty string of at most 128 characters")
    utf8(user_key, "user_key")
    if user_key.isdigit():
        raise ValueError("user_key looks like a raw Telegram id: pass bot.privacy.user_key(...) instead")
    return user_key


def normalise_target(target_kind: str, target: str) -> str:
    """Defence in depth: the caller normalises; the store refuses what is clearly not normalised."""
    value = target.strip()
    if target_kind == "number":
        if not _E164.match(value):
            raise ValueError("a reported number must be in E.164 form, e.g. +33948123456")
        return value
    if target_kind == "domain":
        value = value.lower().rstrip(".")
        if not _DOMAIN.match(value):
            raise ValueError("a reported domain must be a registered domain, e.g. example.fr")
        return value
    raise ValueError(f"target_kind must be 'number' or 'domain', not {target_kind!r}")


def state_json(state: ConversationState) -> str:
    try:
        encoded = json.dumps(state.data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"conversation state must be plain JSON data: {exc}") from exc
    if len(utf8(encoded, "conversation state")) > MAX_STATE_BYTES:
        raise ValueError(f"conversation state is larger than {MAX_STATE_BYTES} bytes")
    return encoded


def params_json(params: dict[str, Any]) -> str:
    try:
        encoded = json.dumps(params, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"reminder params must be plain JSON data: {exc}") from exc
    utf8(encoded, "reminder params")
    return encoded


class FeedbackFields(NamedTuple):
    kind: str
    verdict: str
    codes: tuple[str, ...]
    comment: str | None
    text: str | None


def feedback_fields(
    kind: str, verdict: str, codes: Sequence[str], comment: str | None, text: str | None
) -> FeedbackFields:
    """Feedback as every store keeps it: cut to the documented bounds (never refused for length), valid text."""
    if isinstance(codes, str):
        raise ValueError("codes must be a list of finding codes, not one string")
    fields = FeedbackFields(
        kind=kind[:100],
        verdict=verdict[:100],
        codes=tuple(str(c)[:100] for c in codes[:MAX_CODES]),
        comment=None if comment is None else comment[:MAX_COMMENT_CHARS],
        text=None if text is None else text[:MAX_FEEDBACK_TEXT_CHARS],
    )
    for value in (fields.kind, fields.verdict, fields.comment, fields.text, *fields.codes):
        if value is not None:
            utf8(value, "feedback")
    return fields
