"""User test of 2/12/2026 (docs/usertest-2026-11-30.md, "Test utilisateur du 2/12/2026"): phrasings typed the way
stressed people type that went wrong, through the whole conversation."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "intrum ma envoye un sms, jdois payer ?",
        "g recu 1 lettre de kruk jdoi paye ?",
        "cofidis me relance dois je paye ?",
    ],
)
async def test_should_i_pay_typed_glued_or_without_its_r_gets_the_i_do_not_decide_answer(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("Je ne peux pas décider à votre place")
    assert "g:verify_collector" in chat.buttons()
    assert len(chat.buttons()) <= 8


@pytest.mark.parametrize(
    "typed",
    [
        "je veux savoir ce que vous avez sur moi",
        "je veux que vous supprimiez mon numero de votre base",
        "vous savez quoi sur moi",
    ],
)
async def test_a_rgpd_request_to_the_bot_itself_is_practised_not_misunderstood(typed: str) -> None:
    chat = await _chat(typed)
    assert "pas bien compris" not in chat.text
    assert "/mesdonnees" in chat.text and "/oubli" in chat.text
    # The bot's own data, not the card on a collector's RGPD duties.
    assert "gf:rgpd_rights" not in chat.buttons()


async def test_the_rgpd_card_on_a_collector_is_kept() -> None:
    chat = await _chat("je veux savoir ce que intrum a sur moi, rgpd")
    assert "gf:rgpd_rights" in chat.buttons() or "article 15" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai payé 50e a un mec qui disait etre de intrum par telephone, c grave ?",
        "jai vire 200e a un gars qui se faisait passer pour un huissier",
    ],
)
async def test_money_already_given_to_someone_who_claimed_to_be_a_collector_gets_what_to_do_now(
    typed: str,
) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("J'ai payé ou donné ma carte ou mes codes à un escroc")
