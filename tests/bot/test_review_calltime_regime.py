"""Review of 02/12/2026 (contacts x overpay): a call-hour question that also says a debt with a regime of its own is
old (a Caf or France Travail overpayment, an URSSAF debt, a fine) answers the hour first, and the debt's point must
not open the date-by-date dialogue, whose debt types would compute a date the regime refuses to compute
(knowledge/data/understanding/regimes.toml: "Je ne calcule pas de date"). A private debt keeps its button."""

from __future__ import annotations

import pytest

from bot.conversation.texts import t
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


@pytest.mark.parametrize(
    "typed",
    [
        "la caf me reclame un trop percu et ils m appellent a 22h c normal ?",
        "l urssaf m appelle tous les jours a 21h c legal",
        "france travail m appelle a 21h pour un indu c legal ?",
    ],
)
async def test_a_call_hour_question_about_a_public_body_is_not_answered_as_a_collectors(typed: str) -> None:
    # The Caf, the URSSAF or France Travail are not "une société de recouvrement amiable"; a late call in their name
    # may also be a scam: called back on the official number.
    chat = Chat()
    await chat.send(typed)
    assert t("calltime.no_fixed_hours_body") in chat.text
    assert t("calltime.no_fixed_hours") not in chat.text


async def test_a_collectors_late_call_keeps_the_collectors_answer() -> None:
    chat = Chat()
    await chat.send("intrum m appelle a 22h c normal ?")
    assert t("calltime.no_fixed_hours") in chat.text
