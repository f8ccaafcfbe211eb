"""Review of 02/12/2026 (contacts x overpay): a call-hour question that also says a debt with a regime of its own is
old (a Caf or France Travail overpayment, an URSSAF debt, a fine) answers the hour first, and the debt's point must
not open the date-by-date dialogue, whose debt types would compute a date the regime refuses to compute
(knowledge/data/understanding/regimes.toml: "Je ne calcule pas de date"). A private debt keeps its button."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat


@pytest.mark.parametrize(
    "typed",
    [
        "mon trop percu caf de 2020 est prescrit et ils m appellent a 22h c normal ?",
        "ma dette urssaf est prescrite et ils m envoient des sms a 23h c normal ?",
        "mon indu pole emploi de 2019 est prescrit, ils m appellent a 21h c legal ?",
    ],
)
async def test_the_old_debt_point_of_a_regime_does_not_open_the_date_dialogue(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert "m:prescription" not in chat.buttons(), chat.text[:300]
    assert "régime" in chat.replies[0].text  # the point is still said, before the hour's answer


async def test_a_private_old_debt_keeps_the_date_dialogue_button() -> None:
    chat = Chat()
    await chat.send("ma dette est forclose et ils m'ont envoyé un sms a 3h05 c normal ?")
    assert "m:prescription" in chat.buttons()
