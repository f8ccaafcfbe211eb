"""Review of 02/12/2026: a seizure told in the words of its act ("un pv de saisie", "procès-verbal de saisie") is a
seizure; the person is never told the debt is prescribed or forclosed on the dates alone (fiche juridique 0.2, 0.3).
Today is 22 November 2026 in the harness. The codes are read back as the "ce verdict est faux" feedback keeps them."""

from __future__ import annotations

from tests.chat_harness import Chat


async def _codes(chat: Chat) -> tuple[str, ...]:
    await chat.press("n:wrong")
    await chat.press("f:codes")
    [saved] = await chat.store.list_feedback()
    return tuple(saved.codes)


async def test_a_pv_de_saisie_for_an_old_credit_is_never_called_forclosed() -> None:
    chat = Chat()
    await chat.send("j ai recu un pv de saisie pour un credit conso de 2015 c prescrit ?")
    await chat.press("p:t:consumer_credit")
    await chat.send("octobre 2026")  # the seizure's date, asked
    assert "p:j:unknown" in chat.buttons()  # the title the seizure rests on is asked
    await chat.press("p:j:unknown")
    await chat.press("p:e:none")
    assert "forclose" not in chat.text and "dépassé depuis" not in chat.text
    codes = await _codes(chat)
    assert "prescription.seizure_reported" in codes and "prescription.prescribed" not in codes


_SEIZED_FIRST = "⚠️ Vous signalez une saisie"


async def test_a_benefit_overpayment_being_seized_is_not_left_to_read_as_prescribed() -> None:
    # The Caf's 2 years from 2019 would read "prescribed"; a seizure supposes a title that has its own time (fiche 0.3).
    for typed in (
        "la caf m a fait une saisie sur mon compte pour un trop percu de 2019 c prescrit",
        "j ai recu un pv de saisie de l urssaf c prescrit ?",
        "france travail a saisi mon compte pour un indu de 2020",
    ):
        chat = Chat()
        await chat.send(typed)
        # first, or first after the urgent points (the seizure card)
        assert any(reply.text.startswith(_SEIZED_FIRST) for reply in chat.replies), typed
        assert "Point-justice" in chat.text and "seul un juge" in chat.text


async def test_a_seizure_only_threatened_keeps_the_regime_first() -> None:
    for typed in ("l urssaf me menace de saisie", "la caf me reclame un trop percu de 2021 c prescrit ?"):
        chat = Chat()
        await chat.send(typed)
        assert _SEIZED_FIRST not in chat.text, typed


async def test_a_bailiff_told_beside_a_benefit_overpayment_is_said_before_the_regime() -> None:
    # The regime's story path skipped the urgent points the question path says first (review, 02/12/2026).
    chat = Chat()
    await chat.send("jai un trop percu france travail et un huissier est venu chez moi")
    assert len(chat.replies) == 2
    assert "gf:court_and_enforcement" in [
        b.data for row in chat.replies[0].buttons for b in row
    ]  # the card first
    assert "L5422-5" in chat.replies[1].text  # then the regime
