"""What a dialogue step may use: the services, the store and the turn's context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.conversation.context import Context
from bot.conversation.model import Reply, State, Turn
from bot.conversation.services import Services
from bot.store.base import Store


@dataclass(frozen=True)
class Env:
    services: Services
    store: Store
    ctx: Context


class Flow(Protocol):
    """A guided dialogue. ``state.flow`` names it; ``state.step`` is the question being asked."""

    name: str

    def hint_key(self, state: State) -> str:
        """The text key that explains what answer the current step expects."""

    async def start(self, env: Env, state: State, text: str = "") -> Turn: ...

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        """Handle a button of this flow; None when the button does not fit the current step."""

    async def on_text(self, env: Env, state: State, text: str) -> Turn | None:
        """Use the text as the answer; None when it is not an answer to the current step."""


def turn(state: State, *replies: Reply) -> Turn:
    return Turn(replies=list(replies), state=state)
