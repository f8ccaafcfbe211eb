"""Updates per second through the conversation core and through the in-process Telegram adapter.

The workload is what people do with the bot: each simulated user opens the bot, pastes a caller number,
asks what to do, pastes a link and an SMS, then runs the prescription dialogue with buttons and a typed
date. Every user's number, link and SMS is distinct, so no memoised check flatters the figure. One event
loop, one core, no network: the Telegram side talks to an ``httpx.MockTransport`` fake Bot API.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bench import samples

# Sunday 22 November 2026, 15:00 UTC: a fixed clock keeps the dialogue's answers reproducible.
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
TOKEN = "123456789:AAHfakeFAKEfakeFAKEfakeFAKEfake_x-1"
DATE = 1763820000


@dataclass(frozen=True, slots=True)
class Step:
    """One update: typed text, or a button press (callback data)."""

    text: str = ""
    button: str = ""


def script(user: int, number: str, link: str, sms: str) -> list[Step]:
    """The ten inputs of one user (mixed: 1 command, 5 texts to check or understand, 4 button presses)."""
    del user
    return [
        Step(text="/start"),
        Step(text=number),
        Step(button="n:todo"),
        Step(text=link),
        Step(text=sms),
        Step(text="ma dette est-elle prescrite ?"),
        Step(button="p:t:telecom"),
        Step(text="mars 2022"),
        Step(button="p:e:none"),
        Step(text="ils m'appellent le dimanche, c'est légal ?"),
    ]


WARM_UP_USERS = 5  # imports and knowledge loading happen on first use; start-up is measured on its own


def scripts(users: int, seed: int = 7) -> list[list[Step]]:
    numbers = samples.varied_numbers(users, seed)
    links = samples.varied_links(users, seed + 1)
    messages = samples.varied_messages(users, seed + 2)
    return [script(u, numbers[u], links[u], messages[u]) for u in range(users)]


def interleaved(all_scripts: list[list[Step]], group: int = 50) -> list[tuple[int, Step]]:
    """Users take turns in groups (as concurrent chats do), each keeping their own order."""
    order: list[tuple[int, Step]] = []
    for first in range(0, len(all_scripts), group):
        members = range(first, min(first + group, len(all_scripts)))
        for position in range(max(len(all_scripts[u]) for u in members)):
            order.extend((u, all_scripts[u][position]) for u in members if position < len(all_scripts[u]))
    return order


# --- conversation core --------------------------------------------------------------------------------


def _input(step: Step) -> Any:
    from bot.conversation.model import UserInput

    return UserInput.of_button(step.button) if step.button else UserInput.of_text(step.text)


async def core_runner(users: int) -> tuple[Callable[[], Awaitable[int]], Any]:
    """A coroutine factory that plays every user's script through ``Conversation.handle``; and the store."""
    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.store.sqlite import open_store

    store = await open_store(":memory:", secret="s" * 32)
    conversation = Conversation(DefaultServices(), store, clock=lambda: NOW)
    warm_up = [
        (f"w-{user:062d}", _input(step)) for user, step in interleaved(scripts(WARM_UP_USERS, seed=99))
    ]
    for user_key, inp in warm_up:
        await conversation.handle(user_key, inp, chat_id=1)
    inputs = [(f"u-{user:062d}", _input(step)) for user, step in interleaved(scripts(users))]

    async def play() -> int:
        for user_key, inp in inputs:
            replies = await conversation.handle(user_key, inp, chat_id=1)
            if not replies:
                raise AssertionError(f"no answer to {inp!r}")
        return len(inputs)

    return play, store


async def core_updates_per_second(users: int = 300) -> float:
    play, store = await core_runner(users)
    start = time.perf_counter()
    count = await play()
    elapsed = time.perf_counter() - start
    await store.close()
    return count / elapsed


# --- Telegram adapter (python-telegram-bot's real HTTP layer, fake Bot API in process) ---------------


class FakeBotApi:
    """Answers every Bot API call like Telegram does; counts the messages sent."""

    def __init__(self) -> None:
        self.message_id = 100
        self.sent = 0

    def handler(self, request: Any) -> Any:
        import httpx

        method = request.url.path.rsplit("/", 1)[-1]
        if method == "getMe":
            result: Any = {"id": 1, "is_bot": True, "first_name": "Vérif", "username": "verif_bot"}
        elif method == "sendMessage":
            self.sent += 1
            self.message_id += 1
            result = {
                "message_id": self.message_id,
                "date": DATE,
                "chat": {"id": 1, "type": "private"},
                "text": "ok",
            }
        else:
            result = True  # sendChatAction, answerCallbackQuery, editMessageReplyMarkup…
        return httpx.Response(200, json={"ok": True, "result": result})


def _update(update_id: int, user: int, step: Step) -> dict[str, Any]:
    sender = {"id": 1000 + user, "is_bot": False, "first_name": "Marie"}
    chat = {"id": 1000 + user, "type": "private"}
    message = {"message_id": update_id, "date": DATE, "chat": chat, "from": sender}
    if step.button:
        query = {
            "id": f"cb{update_id}",
            "from": sender,
            "chat_instance": "ci",
            "data": step.button,
            "message": {**message, "text": "menu"},
        }
        return {"update_id": update_id, "callback_query": query}
    return {"update_id": update_id, "message": {**message, "text": step.text}}


async def telegram_updates_per_second(users: int = 100) -> float:
    """Real Update JSON through ``Application.process_update``; replies go out through HTTPXRequest."""
    from telegram import Update

    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.privacy import KeyedHasher
    from bot.ratelimit import RateLimiter
    from bot.store.sqlite import open_store
    from bot.telegram_app import TelegramFront
    from tests.offline_telegram import offline_application

    api = FakeBotApi()
    conversation = Conversation(
        DefaultServices(), await open_store(":memory:", secret="s" * 32), clock=lambda: NOW
    )
    # The rate limit is the bot's own flood guard; the benchmark's users are not flooding.
    front = TelegramFront(conversation, KeyedHasher("k" * 32), RateLimiter(10_000))
    app = offline_application(front, TOKEN, api.handler)
    warm_up = interleaved(scripts(WARM_UP_USERS, seed=99))
    order = interleaved(scripts(users))
    raw = [json.dumps(_update(i + 1, u + 100_000, step)) for i, (u, step) in enumerate(warm_up)]
    raw += [json.dumps(_update(len(raw) + i + 1, user, step)) for i, (user, step) in enumerate(order)]
    async with app:
        for line in raw[: len(warm_up)]:
            await app.process_update(Update.de_json(json.loads(line), app.bot))
        raw = raw[len(warm_up) :]
        api.sent = 0
        start = time.perf_counter()
        for line in raw:
            await app.process_update(Update.de_json(json.loads(line), app.bot))
        elapsed = time.perf_counter() - start
    await conversation.store.close()
    if api.sent < len(raw):
        raise AssertionError(f"{api.sent} messages sent for {len(raw)} updates")
    return len(raw) / elapsed
