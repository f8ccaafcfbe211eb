"""Pending-input journal writes, batched, and the gate that keeps Telegram from forgetting an unjournaled update.

Why batched: PTB's updater queues a fetched batch one update at a time, awaiting each ``put``. Writing each
update's journal row there (one committed SQLite transaction each, queued behind every chat's own store work)
made the updater wait for the whole store before fetching the next batch: under 50 busy users it polled only
a few times a second, and every reply waited for that. Now ``put`` only notes the update; one task writes all
noted rows in one transaction, and handlers start at once.

What still holds: an update is on disk before Telegram may forget it. Polling confirms a batch through the
``offset`` of the next ``getUpdates``, and ``ConfirmAfterJournal`` holds that request until every noted row is
written; a webhook gets its 200 only after ``put`` returns, so there ``put`` waits for its row. A handler also
waits for its own row before touching the conversation (so a state change is never on disk without it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

from bot.store.base import PendingInput, Store, StoreError
from bot.wrapped_request import WrappedRequest

log = logging.getLogger(__name__)


class JournalWriter:
    """Notes journal begins and ends; a single background task writes them, many per transaction.

    Best effort, as before: a store that cannot write only logs a warning and lets the update through.
    """

    def __init__(self, store: Callable[[], Store]) -> None:
        self._store = store
        self._begun: list[PendingInput] = []
        self._ended: list[int] = []
        self._waiters: dict[int, asyncio.Future[None]] = {}
        self._task: asyncio.Task[None] | None = None
        #: True once polling was seen (``ConfirmAfterJournal``): then ``put`` need not wait for the disk.
        self.gated = False

    def begin(self, entry: PendingInput) -> asyncio.Future[None]:
        """Note an update to journal; the future is done once its row is written (or could not be)."""
        waiter = self._waiters.get(entry.update_id)
        if waiter is None:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters[entry.update_id] = waiter
        self._begun.append(entry)
        self._kick()
        return waiter

    def end(self, update_id: int) -> None:
        """Note that an update was answered; its row goes with the next write (a crash before only means one
        needless "please resend")."""
        self._ended.append(int(update_id))
        self._kick()

    async def written(self, update_id: int) -> None:
        """Wait until ``update_id``'s row was written, if it was noted and is not written yet."""
        waiter = self._waiters.get(update_id)
        if waiter is not None:
            await asyncio.shield(waiter)

    async def flushed(self) -> None:
        """Wait until every begin noted so far is written (ends do not count: under steady traffic they never
        stop arriving, and a confirmation must not wait for them)."""
        pending = [waiter for waiter in self._waiters.values() if not waiter.done()]
        if pending:
            await asyncio.gather(*(asyncio.shield(waiter) for waiter in pending))

    async def drained(self) -> None:
        """Wait until everything noted, ends included, is written (at shutdown, when nothing new arrives)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def _kick(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._write_all(), name="journal-writer")

    async def _write_all(self) -> None:
        while self._begun or self._ended:
            begun, self._begun = self._begun, []
            ended, self._ended = self._ended, []
            try:
                await self._store().journal_write(begun, ended)
            except (StoreError, ValueError):
                log.warning("pending-input journal: %d rows could not be written", len(begun) + len(ended))
            finally:
                for entry in begun:
                    waiter = self._waiters.pop(entry.update_id, None)
                    if waiter is not None and not waiter.done():
                        waiter.set_result(None)


class ConfirmAfterJournal(WrappedRequest):
    """The ``getUpdates`` request, held until the journal holds every update fetched so far.

    Its ``offset`` tells Telegram to forget the previous batch; only then may it go out.
    """

    def __init__(self, inner: BaseRequest, journal: JournalWriter) -> None:
        super().__init__(inner)
        self._journal = journal

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if url.rsplit("/", 1)[-1] == "getUpdates":
            self._journal.gated = True
            await self._journal.flushed()
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
