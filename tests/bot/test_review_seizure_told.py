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
    if "p:j:unknown" in chat.buttons():
        await chat.press("p:j:unknown")
    await chat.press("p:e:none")
    assert "forclose" not in chat.text and "dépassé depuis" not in chat.text
    codes = await _codes(chat)
    assert "prescription.seizure_reported" in codes and "prescription.prescribed" not in codes
