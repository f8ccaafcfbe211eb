"""The delivering half of the fake Telegram: posts updates to the webhook as Telegram does.

The Bot API half (``sendMessage``…) is ``tests.load.fake_bot_api.FakeBotApi``; this module builds updates
shaped like that server's (same users, chats and message ids) and POSTs them to the load balancer:

- with the ``X-Telegram-Bot-Api-Secret-Token`` header;
- at most ``max_connections`` requests at once (Telegram's setWebhook default is 40);
- an update counts as delivered on a 2xx only; a non-2xx, a refused or dropped connection or no answer within
  ``timeout`` means it is delivered again after a back-off, up to ``give_up_after`` seconds;
- a 2xx may carry one Bot API request in its JSON body (``{"method": "sendMessage", …}``): it is carried out
  as Telegram does ("making requests when getting updates"), only for an answer that came back in time;
- one update per chat at a time, in update-id order: a chat's next update waits until the previous one was
  acknowledged. Telegram does not document how it orders one chat's updates over parallel connections; this
  is the assumption the workers' per-user order rests on (see deploy/README.md).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.load.fake_bot_api import BOT_USER, FakeBotApi

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass
class Delivery:
    update_id: int
    chat_id: int
    created_at: float
    first_post_at: float | None = None
    acked_at: float | None = None
    attempts: int = 0
    statuses: list[str] = field(default_factory=list)


@dataclass
class WebhookSender:
    api: FakeBotApi
    url: str
    secret_token: str
    max_connections: int = 40
    timeout: float = 20.0
    give_up_after: float = 180.0
    deliveries: dict[int, Delivery] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._user_message_ids = itertools.count(1_000_000)
        self._chat_queues: dict[int, asyncio.Queue[dict[str, Any]]] = {}
        self._chat_tasks: dict[int, asyncio.Task[None]] = {}
        self._slots = asyncio.Semaphore(self.max_connections)
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout, connect=5.0),
            limits=httpx.Limits(
                max_connections=self.max_connections, max_keepalive_connections=self.max_connections
            ),
            trust_env=False,
        )
        self.acked = asyncio.Condition()
        self.retries = 0
        self.status_counts: dict[str, int] = defaultdict(int)

    async def close(self) -> None:
        for task in self._chat_tasks.values():
            task.cancel()
        await asyncio.gather(*self._chat_tasks.values(), return_exceptions=True)
        await self._client.aclose()

    # --- what users do ---

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"Usager {user_id}", "language_code": "fr"}

    def _chat(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "type": "private", "first_name": f"Usager {user_id}"}

    def send_text(self, user_id: int, text: str) -> int:
        message = {
            "message_id": next(self._user_message_ids),
            "date": int(time.time()),
            "chat": self._chat(user_id),
            "from": self._user(user_id),
            "text": text,
        }
        return self._queue(user_id, {"message": message})

    def press(self, user_id: int, data: str) -> int:
        shown = self.api.messages(user_id)
        query = {
            "id": f"q{user_id}-{len(shown)}-{data}",
            "from": self._user(user_id),
            "chat_instance": f"ci{user_id}",
            "data": data,
            "message": {
                "message_id": shown[-1].message_id if shown else 1,
                "date": int(time.time()),
                "chat": self._chat(user_id),
                "from": BOT_USER,
                "text": shown[-1].text if shown else "…",
            },
        }
        return self._queue(user_id, {"callback_query": query})

    def _queue(self, chat_id: int, update: dict[str, Any]) -> int:
        update_id = next(self._ids)
        update["update_id"] = update_id
        self.deliveries[update_id] = Delivery(update_id, chat_id, time.monotonic())
        queue = self._chat_queues.get(chat_id)
        if queue is None:
            queue = self._chat_queues[chat_id] = asyncio.Queue()
            self._chat_tasks[chat_id] = asyncio.create_task(self._deliver_chat(queue))
        queue.put_nowait(update)
        return update_id

    # --- what Telegram does ---

    async def _deliver_chat(self, queue: asyncio.Queue[dict[str, Any]]) -> None:
        while True:
            update = await queue.get()
            await self._deliver(update)

    async def _deliver(self, update: dict[str, Any]) -> None:
        record = self.deliveries[update["update_id"]]
        backoff = 0.2
        while True:
            if (
                record.first_post_at is not None
                and time.monotonic() - record.first_post_at > self.give_up_after
            ):
                record.statuses.append("given up")
                return
            async with self._slots:
                record.attempts += 1
                now = time.monotonic()
                if record.first_post_at is None:
                    record.first_post_at = now
                try:
                    response = await self._client.post(
                        self.url, json=update, headers={SECRET_HEADER: self.secret_token}
                    )
                    status = str(response.status_code)
                    if status.startswith("2"):
                        execute_webhook_reply(self.api, response.content)
                except httpx.TimeoutException:
                    status = "timeout"
                except httpx.TransportError as exc:
                    status = type(exc).__name__
            record.statuses.append(status)
            self.status_counts[status] += 1
            if status.startswith("2"):
                record.acked_at = time.monotonic()
                async with self.acked:
                    self.acked.notify_all()
                return
            self.retries += 1
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 2.0)

    def acked_count(self) -> int:
        return sum(1 for d in self.deliveries.values() if d.acked_at is not None)

    async def wait_acked(self, count: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        async with self.acked:
            while self.acked_count() < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                try:
                    await asyncio.wait_for(self.acked.wait(), left)
                except TimeoutError:
                    return False
        return True


def execute_webhook_reply(api: FakeBotApi, body: bytes | dict[str, Any] | None) -> None:
    """Carry out the Bot API request a webhook's 200 carries, as Telegram does (sendMessage only here)."""
    if not body:
        return
    request = body if isinstance(body, dict) else json.loads(body)
    method = request.pop("method", None)
    if method is None:
        return
    if method != "sendMessage":
        api.unknown_methods.append(f"{method} (in a webhook answer)")
        return
    api._record(method, request)
