"""The channel-free conversation: one user input and the saved state in, replies and the next state out.

What answers which input is declared in the flow tables (``bot/conversation/flows/``, drawn in
docs/flows/) and read by ``router.route``; this module loads and saves the state around it and makes every
outgoing text safe (``safety.defang_untrusted``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from pydantic import BaseModel

from bot.conversation.context import Context
from bot.conversation.env import Env
from bot.conversation.model import Reply, UserInput
from bot.conversation.router import next_state, route
from bot.conversation.safety import defang_untrusted
from bot.conversation.services import Services, ServiceUnavailable
from bot.conversation.state import STATE_VERSION, State
from bot.conversation.texts import main_menu, t
from bot.store.base import ConversationState, Store

log = logging.getLogger(__name__)


class Turn(BaseModel):
    """The answer to one input: replies to send, the state to save (none at all after an erasure)."""

    replies: list[Reply]
    state: State
    forgotten: bool = False


class Conversation:
    """The bot's brain, shared by every channel."""

    def __init__(
        self,
        services: Services,
        store: Store,
        *,
        retention_days: int = 30,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.services = services
        self.store = store
        self.retention_days = retention_days
        self.clock = clock

    async def handle(self, user_key: str, inp: UserInput, *, chat_id: int = 0) -> list[Reply]:
        """Load the chat's state, answer, save the next state (so a restart resumes here)."""
        saved = await self.store.get_state(user_key)
        state = State.from_json(saved.data) if saved is not None else State()
        ctx = Context(user_key=user_key, chat_id=chat_id, now=self.clock())
        result = await self.respond(state, inp, ctx)
        replies = [
            reply.model_copy(update={"text": defang_untrusted(reply.text)}) for reply in result.replies
        ]
        if result.forgotten:
            return replies
        if result.state == State():
            if saved is not None:
                await self.store.clear_state(user_key)
        else:
            await self.store.save_state(
                user_key, ConversationState(data=result.state.to_json(), version=STATE_VERSION)
            )
        return replies

    async def respond(self, state: State, inp: UserInput, ctx: Context) -> Turn:
        env = Env(services=self.services, store=self.store, ctx=ctx, retention_days=self.retention_days)
        try:
            outcome = await route(env, state, inp)
        except ServiceUnavailable as exc:
            log.warning("feature unavailable: %s", type(exc).__name__)
            idle = State(last=state.last)
            return Turn(replies=[Reply(text=t("check.unavailable"), buttons=main_menu())], state=idle)
        return Turn(replies=outcome.replies, state=next_state(state, outcome), forgotten=outcome.forget)
