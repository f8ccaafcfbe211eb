"""Where a chat is, typed end to end: the running dialogue (one flow's data, with its step) and the last
result. Saved as JSON with a version; states saved by older versions are migrated, anything unreadable
starts afresh.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.conversation.flows.calltime import CalltimeData
from bot.conversation.flows.feedback import FeedbackData
from bot.conversation.flows.letter import LetterData
from bot.conversation.flows.prescription import PrescriptionData
from bot.conversation.flows.privacy import PrivacyData
from bot.conversation.model import LastResult

log = logging.getLogger(__name__)

STATE_VERSION = 2

Dialogue = Annotated[
    CalltimeData | PrescriptionData | LetterData | FeedbackData | PrivacyData, Field(discriminator="flow")
]


class State(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    v: int = STATE_VERSION
    dialogue: Dialogue | None = None
    last: LastResult | None = None

    @property
    def flow(self) -> str:
        """The running flow's name, "" when idle."""
        return self.dialogue.flow if self.dialogue is not None else ""

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, raw: object) -> State:
        """Rebuild a saved state, migrating older versions; anything unreadable starts afresh."""
        if not isinstance(raw, dict):
            return cls()
        try:
            if raw.get("v") == 1:
                return migrate_v1(raw)
            if raw.get("v") == STATE_VERSION:
                return cls.model_validate(raw)
        except (ValidationError, ValueError, TypeError, KeyError) as exc:
            log.info("saved state unreadable, starting afresh: %s", type(exc).__name__)
        return cls()


def migrate_v1(raw: dict[str, Any]) -> State:
    """Version 1 kept ``flow``, ``step`` and untyped ``data`` and ``last`` dicts."""
    last_raw = raw.get("last") or {}
    last = LastResult.model_validate(last_raw) if last_raw.get("kind") else None
    flow, step = raw.get("flow") or "", raw.get("step") or ""
    data: dict[str, Any] = raw.get("data") or {}
    dialogue: Any = None
    if flow == "calltime":
        dialogue = CalltimeData(step=step)
    elif flow == "feedback":
        dialogue = FeedbackData(step=step)
    elif flow == "prescription":
        dialogue = PrescriptionData(
            step=step,
            debt_type=str(data.get("type", "")),
            start=date.fromisoformat(data["start"]) if data.get("start") else None,
            events=[{"kind": kind, "on": day} for kind, day in data.get("events", [])],
            pending=str(data.get("pending", "")),
        )
    elif flow == "letter":
        dialogue = LetterData(
            step=step,
            letter=str(data.get("letter", "")),
            field=str(data.get("field", "")),
            asked=[str(n) for n in data.get("asked", [])],
            values={str(k): str(v) for k, v in dict(data.get("values", {})).items()},
            due=date.fromisoformat(data["due"]) if data.get("due") else None,
            what=str(data.get("what", "")),
        )
    elif flow:
        raise ValueError(f"unknown flow {flow!r}")
    return State(dialogue=dialogue, last=last)
