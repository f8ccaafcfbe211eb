"""The typed state and the registry of button actions: states saved by the previous version (untyped
dicts, version 1) still resume where the user was; callback data is encoded and decoded in one place."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.conversation.actions import (
    ARGUMENT,
    MAX_CALLBACK_BYTES,
    Act,
    CallbackTooLong,
    Command,
    command_of,
    decode,
    encode,
)
from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import UserInput
from bot.conversation.state import STATE_VERSION, State
from bot.store import ConversationState, Store, open_store
from tests.chat_harness import NOW

USER = "u-" + "b" * 62
# Saved by the conversation before the flows were declared (bot/conversation/core.py, state version 1).
V1_LAST_NUMBER = {
    "kind": "number",
    "verdict": "likely_legit",
    "codes": ["number.known_collector"],
    "target_kind": "number",
    "target": "+33472801414",
    "official": True,
}
V1_LAST_SCAM_LINK = {
    "kind": "link",
    "verdict": "likely_scam",
    "codes": ["link.brand_bait"],
    "target_kind": "domain",
    "target": "intrum-paiement.top",
    "official": False,
}


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path / "bot.db", secret="s" * 32)
    yield opened
    await opened.close()


async def resume(store: Store, saved: dict[str, Any], inp: UserInput) -> str:
    await store.save_state(USER, ConversationState(data=saved, version=1))
    conversation = Conversation(DefaultServices(), store, clock=lambda: NOW)
    replies = await conversation.handle(USER, inp, chat_id=5)
    return "\n\n".join(r.text for r in replies)


async def test_a_v1_prescription_with_an_event_resumes_at_the_events_question(store: Store) -> None:
    saved = {
        "v": 1,
        "flow": "prescription",
        "step": "events",
        "data": {"type": "civil", "start": "2019-03-01", "events": [["payment", "2020-09-01"]]},
        "last": {},
    }
    answer = await resume(store, saved, UserInput.of_button("p:e:none"))
    assert "2224" in answer and "Une seule somme" in answer  # computed from the saved dates, then asked on
    after = await store.get_state(USER)
    assert after is not None and after.version == STATE_VERSION
    state = State.from_json(after.data)
    assert state.last is not None and state.last.kind == "prescription"
    assert (
        state.dialogue is None or state.dialogue.step == "last_due"
    )  # the answer given, at most one question


async def test_a_v1_prescription_waiting_for_an_event_date_takes_it(store: Store) -> None:
    saved = {
        "v": 1,
        "flow": "prescription",
        "step": "event_date",
        "data": {"type": "rent", "start": "2022-03-01", "events": [], "pending": "payment"},
        "last": {},
    }
    answer = await resume(store, saved, UserInput.of_text("juin 2023"))
    assert "Autre chose depuis" in answer


async def test_a_v1_letter_resumes_at_the_field_it_asked(store: Store) -> None:
    saved = {
        "v": 1,
        "flow": "letter",
        "step": "field",
        "data": {"letter": "rgpd_access", "field": "sender_name"},
        "last": V1_LAST_NUMBER,
    }
    answer = await resume(store, saved, UserInput.of_text("Marie Dupont"))
    assert "Adresse" in answer or "adresse" in answer
    after = await store.get_state(USER)
    assert after is not None
    state = State.from_json(after.data)
    assert state.dialogue is not None and state.dialogue.flow == "letter"
    assert state.last is not None and state.last.target == "+33472801414"


async def test_a_v1_call_time_question_takes_the_answer(store: Store) -> None:
    saved = {"v": 1, "flow": "calltime", "step": "when", "data": {}, "last": {}}
    answer = await resume(store, saved, UserInput.of_text("samedi 21h30"))
    assert "samedi 21 novembre 2026 à 21h30" in answer


async def test_a_v1_feedback_text_is_kept_with_the_v1_verdict(store: Store) -> None:
    saved = {"v": 1, "flow": "feedback", "step": "text", "data": {}, "last": V1_LAST_SCAM_LINK}
    await resume(store, saved, UserInput.of_text("c etait vraiment intrum"))
    [kept] = await store.list_feedback()
    assert (kept.kind, kept.verdict, kept.text) == ("link", "likely_scam", "c etait vraiment intrum")


async def test_a_v1_verdict_still_offers_the_vote_on_its_site(store: Store) -> None:
    saved = {"v": 1, "flow": "", "step": "", "data": {}, "last": V1_LAST_SCAM_LINK}
    await store.save_state(USER, ConversationState(data=saved, version=1))
    conversation = Conversation(DefaultServices(), store, clock=lambda: NOW)
    replies = await conversation.handle(USER, UserInput.of_button("n:report"), chat_id=5)
    assert "r:vote" in [b.data for r in replies for row in r.buttons for b in row]


@pytest.mark.parametrize(
    "raw",
    [
        {"v": 999, "flow": "letter"},
        "garbage",
        None,
        {"v": 1, "flow": "zzz", "step": "x", "data": {}, "last": {}},
        {"v": 1, "flow": "prescription", "step": "nope", "data": {}, "last": {}},
        {"v": 1, "flow": "prescription", "step": "start", "data": {"start": "hier"}, "last": {}},
        {"v": 1, "flow": 3, "data": "x"},
        {"v": STATE_VERSION, "dialogue": {"flow": "calltime", "step": "later"}},
        {"v": STATE_VERSION, "last": {"kind": "number", "codes": ["x"] * 51}},
    ],
)
def test_an_unreadable_saved_state_starts_afresh(raw: object) -> None:
    assert State.from_json(raw) == State()


def test_a_state_survives_its_json() -> None:
    state = State.from_json({"v": 1, "flow": "calltime", "step": "when", "data": {}, "last": V1_LAST_NUMBER})
    assert state.flow == "calltime"
    assert State.from_json(state.to_json()) == state


@pytest.mark.parametrize("act", list(Act))
def test_every_action_decodes_to_what_was_encoded(act: Act) -> None:
    arg = "telecom" if act in ARGUMENT else ""
    press = decode(encode(act, arg))
    assert press is not None and (press.act, press.arg) == (act, arg)


def test_callback_data_over_64_bytes_cannot_be_made() -> None:
    encode(Act.card, "x" * (MAX_CALLBACK_BYTES - len(Act.card.value)))
    with pytest.raises(CallbackTooLong):
        encode(Act.card, "é" * 32)  # 2 + 64 bytes
    with pytest.raises(ValueError):
        encode(Act.card)  # a card button names its card
    with pytest.raises(ValueError):
        encode(Act.menu, "x")


@pytest.mark.parametrize("data", ["", "m:", "g:", "zz", "m:pizza", "r:votes", "x" * 65, "p:t"])
def test_data_the_bot_never_wrote_decodes_to_nothing(data: str) -> None:
    assert decode(data) is None


def test_command_spellings() -> None:
    assert command_of("annuler") is command_of("cancel") is command_of("STOP") is Command.cancel
    assert command_of("check") is Command.verify
    assert command_of("pizza") is None
