"""'si je paye un petit peu ça repart la prescription ?' is answered before the prescription dialogue starts
(left by the second regression hunt): a payment restarts a running delay (art. 2240 C. civ.); after expiry it does
not revive it, is not refundable (2249) and may be argued to be a renunciation (2250-2251)."""

from __future__ import annotations

from tests.chat_harness import Chat


async def test_paying_a_little_gets_what_a_payment_does_to_the_delay_then_the_dialogue() -> None:
    for typed in (
        "si je paye un petit peu ça repart la prescription ?",
        "si je verse 10 euros est ce que ca relance le delai de prescription",
        "un petit reglement ca remet a zero la prescription ou pas",
    ):
        chat = Chat()
        await chat.send(typed)
        first = chat.text.split("\n")[0]
        assert first.startswith("💶 Un paiement, même d'1 €"), typed
        assert "2240" in first and "2249" in first and "2250" in first
        assert "payez" not in first.lower()  # facts, never an instruction to pay or not
        assert "De quel type de dette" in chat.text, typed  # the dialogue goes on


async def test_a_plain_prescription_question_gets_no_payment_line() -> None:
    chat = Chat()
    await chat.send(
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans"
    )
    assert "💶" not in chat.text


async def test_a_prescribed_debt_still_claimed_gets_what_prescription_does_then_the_dialogue() -> None:
    for typed in (
        "ma dette de 2015 chez sfr est prescrite mais ils continuent, je fais quoi",
        "elle est prescrite et ils me relancent encore",
    ):
        chat = Chat()
        await chat.send(typed)
        first = chat.text.split("\n")[0]
        assert first.startswith("📨 Une dette prescrite n'est pas effacée"), typed
        assert "invoquer" in first and "2247" in first
        assert "type de dette" in chat.text or "bon type" in chat.text, typed  # the dialogue goes on
