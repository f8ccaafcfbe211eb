"""The ``Store`` in memory: same behaviour as SQLite (the same tests run on both), nothing survives the process.

For tests of the conversation core, and for a throw-away terminal session. Targets are hashed here too, so
code that accidentally relies on raw values fails in tests as it would in production.
"""

from __future__ import annotations

import copy
import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.privacy import KeyedHasher, Secret
from bot.store import base
from bot.store.base import (
    Clock,
    ConversationState,
    Feedback,
    ForgetSummary,
    OfficialTargetError,
    PendingInput,
    Reminder,
    ReminderInfo,
    ReportStats,
    StoreError,
    TargetKind,
    UserDataSummary,
    utc_now,
)


@dataclass
class _Vote:
    target_kind: TargetKind
    created_at: datetime


@dataclass
class _Feedback:
    user_key: str
    item: Feedback


class MemoryStore:
    def __init__(self, secret: Secret | None = None, *, clock: Clock = utc_now) -> None:
        self._hasher = KeyedHasher(secret if secret is not None else secrets.token_bytes(32))
        self._clock = clock
        self._states: dict[str, tuple[str, int, datetime]] = {}
        self._votes: dict[str, dict[str, _Vote]] = {}  # target hash -> user key -> vote
        self._feedback: dict[int, _Feedback] = {}
        self._reminders: dict[int, Reminder] = {}
        self._pending: dict[int, PendingInput] = {}
        self._processed: dict[int, datetime] = {}
        self._next_id = 1
        self.closed = False

    def __repr__(self) -> str:
        return f"MemoryStore(closed={self.closed})"

    def _check_open(self) -> None:
        if self.closed:
            raise StoreError("the store is closed")

    def _now(self) -> datetime:
        return base.as_utc(self._clock())

    def _record_update(self) -> None:
        """A write inside ``base.handling_update``: the update is processed, atomically with the write (no
        await between this and the write it accompanies, so nothing can interleave)."""
        scope = base.current_update()
        if scope is not None:
            self._processed.setdefault(scope.update_id, self._now())
            scope.recorded = True

    def _new_id(self) -> int:
        value, self._next_id = self._next_id, self._next_id + 1
        return value

    # --- conversation state (kept as JSON text, so callers cannot mutate it behind the store's back) ---

    async def get_state(self, user_key: str) -> ConversationState | None:
        self._check_open()
        base.check_user_key(user_key)
        found = self._states.get(user_key)
        if found is None:
            return None
        data, version, updated_at = found
        return ConversationState(data=json.loads(data), version=version, updated_at=updated_at)

    async def save_state(self, user_key: str, state: ConversationState) -> None:
        self._check_open()
        base.check_user_key(user_key)
        self._states[user_key] = (base.state_json(state), state.version, self._now())
        self._record_update()

    async def clear_state(self, user_key: str) -> None:
        self._check_open()
        base.check_user_key(user_key)
        self._states.pop(user_key, None)
        self._record_update()

    # --- community reports ---

    def _target_hash(self, target_kind: str, target: str) -> str:
        return self._hasher.target_key(target_kind, base.normalise_target(target_kind, target))

    def _stats(self, target_kind: TargetKind, target_hash: str, *, already: bool) -> ReportStats | None:
        votes = self._votes.get(target_hash)
        if not votes:
            return None
        times = [v.created_at for v in votes.values()]
        return ReportStats(
            target_kind=target_kind,
            count=len(votes),
            first_seen=min(times),
            last_seen=max(times),
            already_reported_by_this_user=already,
        )

    async def report(
        self, user_key: str, target_kind: TargetKind, target: str, *, official: bool
    ) -> ReportStats:
        self._check_open()
        base.check_user_key(user_key)
        if official:
            raise OfficialTargetError("an official number or domain cannot be reported by votes")
        target_hash = self._target_hash(target_kind, target)
        votes = self._votes.setdefault(target_hash, {})
        already = user_key in votes
        if not already:
            votes[user_key] = _Vote(target_kind, self._now())
        self._record_update()
        stats = self._stats(target_kind, target_hash, already=already)
        assert stats is not None
        return stats

    async def report_stats(
        self, target_kind: TargetKind, target: str, *, user_key: str | None = None
    ) -> ReportStats | None:
        self._check_open()
        if user_key is not None:
            base.check_user_key(user_key)
        target_hash = self._target_hash(target_kind, target)
        already = user_key is not None and user_key in self._votes.get(target_hash, {})
        return self._stats(target_kind, target_hash, already=already)

    async def withdraw_report(
        self, user_key: str, target_kind: TargetKind, target: str
    ) -> ReportStats | None:
        self._check_open()
        base.check_user_key(user_key)
        target_hash = self._target_hash(target_kind, target)
        votes = self._votes.get(target_hash, {})
        votes.pop(user_key, None)
        if not votes:
            self._votes.pop(target_hash, None)
        self._record_update()
        return self._stats(target_kind, target_hash, already=False)

    # --- feedback ---

    async def add_feedback(
        self,
        user_key: str,
        kind: str,
        verdict: str,
        codes: Sequence[str],
        comment: str | None,
        text: str | None,
    ) -> int:
        self._check_open()
        base.check_user_key(user_key)
        fields = base.feedback_fields(kind, verdict, codes, comment, text)
        item = Feedback(id=self._new_id(), **fields._asdict(), created_at=self._now())
        self._feedback[item.id] = _Feedback(user_key, item)
        self._record_update()
        return item.id

    async def list_feedback(self, limit: int = 100) -> list[Feedback]:
        self._check_open()
        newest_first = sorted(self._feedback, reverse=True)[: max(0, limit)]
        return [self._feedback[i].item for i in newest_first]

    # --- reminders ---

    async def add_reminder(
        self, user_key: str, chat_id: int, due: date, text_key: str, params: dict[str, Any]
    ) -> int:
        self._check_open()
        base.check_user_key(user_key)
        base.utf8(text_key, "text_key")
        encoded = base.params_json(params)
        reminder = Reminder(
            id=self._new_id(),
            user_key=user_key,
            chat_id=int(chat_id),
            due=due,
            text_key=text_key,
            params=json.loads(encoded),
            created_at=self._now(),
        )
        self._reminders[reminder.id] = reminder
        self._record_update()
        return reminder.id

    async def due_reminders(self, today: date) -> list[Reminder]:
        self._check_open()
        pending = [r for r in self._reminders.values() if r.sent_at is None and r.due <= today]
        return [copy.deepcopy(r) for r in sorted(pending, key=lambda r: (r.due, r.id))]

    async def mark_sent(self, reminder_id: int) -> None:
        self._check_open()
        reminder = self._reminders.get(reminder_id)
        if reminder is not None and reminder.sent_at is None:
            self._reminders[reminder_id] = reminder.model_copy(update={"sent_at": self._now()})

    async def cancel_reminder(self, user_key: str, reminder_id: int) -> bool:
        self._check_open()
        base.check_user_key(user_key)
        reminder = self._reminders.get(reminder_id)
        self._record_update()
        if reminder is None or reminder.user_key != user_key:
            return False
        del self._reminders[reminder_id]
        return True

    # --- pending-input journal ---

    async def journal_begin(self, update_id: int, user_key: str, chat_id: int) -> None:
        self._check_open()
        base.check_user_key(user_key)
        self._pending[int(update_id)] = PendingInput(
            update_id=int(update_id), user_key=user_key, chat_id=int(chat_id), received_at=self._now()
        )

    async def journal_end(self, update_id: int) -> None:
        await self.journal_clear((update_id,))

    async def journal_pending(self) -> list[PendingInput]:
        self._check_open()
        return [self._pending[i] for i in sorted(self._pending)]

    async def journal_clear(self, update_ids: Iterable[int]) -> int:
        self._check_open()
        return sum(self._pending.pop(int(i), None) is not None for i in update_ids)

    async def journal_write(self, begun: Sequence[PendingInput], ended: Iterable[int]) -> None:
        self._check_open()
        ended_ids = {int(i) for i in ended}
        for entry in begun:
            base.check_user_key(entry.user_key)
        for entry in begun:
            if entry.update_id not in ended_ids:
                self._pending[entry.update_id] = entry
        for update_id in ended_ids:
            self._pending.pop(update_id, None)

    # --- exactly once ---

    async def is_processed(self, update_id: int) -> bool:
        self._check_open()
        return int(update_id) in self._processed

    async def mark_processed(self, update_id: int) -> None:
        self._check_open()
        self._processed.setdefault(int(update_id), self._now())

    # --- privacy ---

    async def describe_user_data(self, user_key: str) -> UserDataSummary:
        self._check_open()
        base.check_user_key(user_key)
        state = self._states.get(user_key)
        feedback = [f.item for f in self._feedback.values() if f.user_key == user_key]
        reminders = sorted(
            (r for r in self._reminders.values() if r.user_key == user_key), key=lambda r: (r.due, r.id)
        )
        return UserDataSummary(
            has_state=state is not None,
            state_updated_at=None if state is None else state[2],
            reports_count=sum(1 for votes in self._votes.values() if user_key in votes),
            feedback_count=len(feedback),
            feedback_with_text_count=sum(1 for f in feedback if f.text is not None),
            reminders=tuple(
                ReminderInfo(
                    id=r.id, due=r.due, text_key=r.text_key, chat_id=r.chat_id, sent=r.sent_at is not None
                )
                for r in reminders
            ),
            pending_inputs=sum(1 for p in self._pending.values() if p.user_key == user_key),
        )

    async def forget_user(self, user_key: str) -> ForgetSummary:
        self._check_open()
        base.check_user_key(user_key)
        states = 1 if self._states.pop(user_key, None) is not None else 0
        reports = 0
        for target_hash in list(self._votes):
            if self._votes[target_hash].pop(user_key, None) is not None:
                reports += 1
            if not self._votes[target_hash]:
                del self._votes[target_hash]
        feedback_ids = [i for i, f in self._feedback.items() if f.user_key == user_key]
        for i in feedback_ids:
            del self._feedback[i]
        reminder_ids = [i for i, r in self._reminders.items() if r.user_key == user_key]
        for i in reminder_ids:
            del self._reminders[i]
        pending_ids = [i for i, p in self._pending.items() if p.user_key == user_key]
        for i in pending_ids:
            del self._pending[i]
        self._record_update()
        return ForgetSummary(
            states=states,
            reports=reports,
            feedback=len(feedback_ids),
            reminders=len(reminder_ids),
            pending_inputs=len(pending_ids),
        )

    async def purge(self, older_than: datetime) -> int:
        self._check_open()
        cutoff = base.as_utc(older_than)
        old_states = [k for k, (_, _, at) in self._states.items() if at < cutoff]
        old_feedback = [i for i, f in self._feedback.items() if f.item.created_at < cutoff]
        old_reminders = [
            i for i, r in self._reminders.items() if r.sent_at is not None and r.sent_at < cutoff
        ]
        for k in old_states:
            del self._states[k]
        for i in old_feedback:
            del self._feedback[i]
        for i in old_reminders:
            del self._reminders[i]
        journal_cutoff = max(cutoff, self._now() - base.JOURNAL_RETENTION)
        old_pending = [i for i, p in self._pending.items() if p.received_at < journal_cutoff]
        for i in old_pending:
            del self._pending[i]
        old_processed = [i for i, at in self._processed.items() if at < journal_cutoff]
        for i in old_processed:
            del self._processed[i]
        removed = len(old_states) + len(old_feedback) + len(old_reminders) + len(old_pending)
        return removed + len(old_processed)

    async def close(self) -> None:
        self.closed = True
