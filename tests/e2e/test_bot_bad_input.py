"""Bad input through the real path (emulator -> polling -> bot process -> Bot API): always a sensible,
well-formed answer, never a crash. Every message is also checked for Telegram validity by ``bot_chat``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.e2e.conftest import BotMessage, BotProcess, Chat, shown

STICKER = {
    "file_id": "CAACAgIAAxkBAAE",
    "file_unique_id": "AgADe2e",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
    "emoji": "😡",
}
VOICE = {"file_id": "AwACAgQAAxkBAAE", "file_unique_id": "AgADvoice", "duration": 4, "mime_type": "audio/ogg"}


async def reply_to(chat: Chat, text: str) -> str:
    await chat.send(text)
    await chat.wait_for_reply()
    return "\n".join(shown(m) for m in chat.replies())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("     ", "rien reçu", id="spaces only"),
        pytest.param("\u200f\u200b\u202e\u2066", "rien reçu", id="only RTL and zero-width marks"),
        pytest.param("😡😡😡🤬", "émojis", id="only emoji"),
        pytest.param("/pizza", "Je ne connais pas la commande /pizza", id="unknown command"),
    ],
)
async def test_odd_input_gets_a_friendly_answer(bot_chat: Chat, text: str, expected: str) -> None:
    assert expected in await reply_to(bot_chat, text)


async def test_a_number_wrapped_in_rtl_and_zero_width_marks_is_still_read(bot_chat: Chat) -> None:
    answer = await reply_to(bot_chat, "\u202b04\u200b72 80\u200c14 14\u202c")
    assert "Impossible de conclure" in answer
    assert "Intrum" in answer


async def test_markup_in_the_message_is_shown_as_text_never_rendered(bot_chat: Chat) -> None:
    attempt = "<b>gras</b> <script>alert(1)</script> *x* _y_ [lien](http://exemple.fr) &amp; &#60;"
    await bot_chat.send(attempt)
    await bot_chat.wait_for_reply()
    for message in bot_chat.replies():
        assert message.parse_mode == "HTML"  # so *x* and _y_ can never become Markdown
        assert "<b>gras" not in message.text and "<script" not in message.text.casefold()
    # Quoted back or not, the user input never turns into tags: what Telegram shows has no rendered markup.
    assert "alert(1)</script>" not in "".join(m.text for m in bot_chat.replies())


async def test_markup_quoted_back_by_the_bot_arrives_escaped(bot_chat: Chat) -> None:
    """The link check quotes the address it was given: the tags in it arrive as text, and defanged."""
    await bot_chat.send("https://myintrum-fr.com/<b>payer</b>?a=1&b=2")
    await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    raw = "\n".join(m.text for m in bot_chat.replies())
    assert "hxxps://myintrum-fr[.]com/&lt;b&gt;payer&lt;/b&gt;?a=1&amp;b=2" in raw
    assert "<b>" not in raw
    assert "hxxps://myintrum-fr[.]com/<b>payer</b>?a=1&b=2" in "\n".join(shown(m) for m in bot_chat.replies())


async def test_a_message_over_4000_characters_is_answered_within_telegram_limits(bot_chat: Chat) -> None:
    paragraph = (
        "Madame, Monsieur, nous vous informons que votre dossier n° 4521-887 reste impayé. "
        "Sans règlement sous 8 jours, nous transmettrons à notre service contentieux. "
    )
    text = (paragraph * 40)[:4500]
    assert len(text) > 4000
    await bot_chat.send(text)
    await bot_chat.wait_for_reply(lambda m: bool(m.buttons) or "trop long" in m.text)
    assert all(len(m.text) <= 4096 for m in bot_chat.replies())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param({"sticker": STICKER}, "autocollant", id="sticker"),
        pytest.param({"voice": VOICE}, "vocaux", id="voice note"),
    ],
)
async def test_stickers_and_voice_notes_get_an_explanation(
    bot_chat: Chat, content: dict[str, object], expected: str
) -> None:
    await bot_chat.send_raw(**content)
    await bot_chat.wait_for_reply()
    assert expected in "\n".join(shown(m) for m in bot_chat.replies())


async def test_a_flood_of_50_messages_gets_one_slow_down_and_the_bot_stays_up(
    bot: BotProcess, bot_chat: Chat, new_chat: Callable[[str], Chat]
) -> None:
    numbers = [f"04 72 80 14 {i:02d}" for i in range(10, 60)]
    for number in numbers:
        await bot_chat.send(number)
    bot_chat.cursor = 0  # look at everything the flood produced

    def is_verdict(m: BotMessage) -> bool:
        return shown(m).startswith("📞 Numéro")

    # RATE_LIMIT_PER_MINUTE=20: the burst of 20 is served, then the user is asked to slow down, once.
    await bot_chat.wait_for_count(is_verdict, 20, timeout=30)
    await bot_chat.wait_for_text("beaucoup de messages")

    # The bot is still up, and another user is served normally.
    other = new_chat(bot.token)
    await other.send("04 72 80 14 14")
    assert "Impossible de conclure" in shown(await other.wait_for_text("04 72 80 14 14"))
    await bot_chat.fetch()

    verdicts = [m for m in bot_chat.seen if is_verdict(m)]
    slow_down = [m for m in bot_chat.seen if "beaucoup de messages" in m.text]
    assert len(slow_down) == 1, "one friendly notice, not one per refused message"
    assert 20 <= len(verdicts) <= 30  # the burst, plus at most a few refilled while the flood lasts
    assert [shown(v).splitlines()[0] for v in verdicts[:20]] == [f"📞 Numéro {n}" for n in numbers[:20]]
    assert bot.alive()
