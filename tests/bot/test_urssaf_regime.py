"""URSSAF debts have no debt type of the calculator: their delays run from the URSSAF's own acts (mises en demeure),
and the URSSAF recovers without a judge (contrainte). Asked about as people type it, the answer is their sourced
regime, "cannot settle it" and who to ask; never a computed date nor a guessed debt type (leftover of 02/12/2026).
Today is 22 November 2026 in the harness."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_URSSAF_FIRST = "Une dette de cotisations URSSAF"


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "c est l urssaf qui me reclame des cotisations de 2019",
        "l'urssaf me réclame des cotisations de 2018 c prescrit ?",
        "urssaf cotisations 2019 c prescrit ?",
        "jai une dette urssaf de 2017 est elle prescrite",
        "lurssaf me demande de payer mes cotisations de 2016 alors que jai arreté mon auto entreprise",
    ],
)
async def test_an_urssaf_debt_gets_its_own_regime_and_no_date(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith(_URSSAF_FIRST), chat.text[:200]
    assert "L244-3" in chat.text and "L244-8-1" in chat.text  # the delays, with their articles
    assert "contrainte" in chat.text and "sans juge" in chat.text  # recovered without a judge
    assert "Je ne calcule pas de date" in chat.text
    assert "3039" in chat.text and "courrier de l'URSSAF" in chat.text  # who to ask
    assert not any(b.startswith("p:t:") for b in chat.buttons())  # no debt type asked or guessed
    assert "prescrite depuis" not in chat.text and "est prescrite" not in chat.text


async def test_an_urssaf_sms_with_a_link_is_still_a_message_to_check_not_the_regime() -> None:
    chat = await _chat("jai recu un sms de lurssaf avec un lien pour payer mes cotisations")
    assert not chat.text.startswith(_URSSAF_FIRST)


async def test_an_ordinary_bill_is_not_the_urssaf_regime() -> None:
    chat = await _chat("ma facture edf de 2019 est elle prescrite ?")
    assert _URSSAF_FIRST not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu une mise en demeure de l urssaf pour 2019",
        "l urssaf me menace de saisie pour des cotisations de 2018",
        "l urssaf m a envoyé une contrainte pour mes cotisations de 2019",
    ],
)
async def test_an_urssaf_claim_told_is_its_regime_not_a_private_collector_s_cards(typed: str) -> None:
    # Not the amicable collector's card (R124-4) nor "a seizure needs a judgment" (true only of private creditors,
    # fiche juridique 0.8): the URSSAF's own acts, mise en demeure then contrainte, without a judge.
    chat = await _chat(typed)
    assert chat.text.startswith(_URSSAF_FIRST), chat.text[:200]
    assert "gf:verify_collector" not in chat.buttons() and "gf:court_and_enforcement" not in chat.buttons()


async def test_a_message_from_the_urssaf_naming_none_of_its_acts_is_asked_for_not_answered_by_the_regime() -> (
    None
):
    chat = await _chat("j ai recu un message de l urssaf")
    assert not chat.text.startswith(_URSSAF_FIRST)
