"""The bot process dies mid-dialogue (SIGKILL: no clean shutdown), comes back on the same database, and the
user carries on where they were, without starting over."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.e2e.conftest import BotProcess, Chat, shown, telegram_problems


async def test_a_killed_bot_resumes_the_prescription_dialogue(
    fresh_bot: BotProcess, http: httpx.AsyncClient, new_chat: Callable[[str], Chat]
) -> None:
    fresh_bot.start()
    await fresh_bot.wait_polling(http)
    chat = new_chat(fresh_bot.token)

    await chat.send("ma dette est-elle prescrite ?")
    question = await chat.wait_for_text("type de dette")
    await chat.press(question, "Télécom")
    await chat.wait_for_text("Depuis quand")

    fresh_bot.kill()
    assert not fresh_bot.alive()
    fresh_bot.start()  # same token, same DATABASE_PATH
    await fresh_bot.wait_polling(http)

    await chat.send("15/03/2022")  # means something only inside the dialogue
    events = await chat.wait_for_text("s'est-il passé")
    await chat.press(events, "Rien de tout ça")
    await chat.press(await chat.wait_for_text("Une seule somme"), "Une seule somme")
    await chat.wait_for_reply(lambda m: bool(m.buttons))
    answer = "\n".join(shown(m) for m in chat.replies())
    assert "prescrite depuis le 16 mars 2023" in answer  # telecom: 1 year from 15 March 2022
    assert "L34-2" in answer

    assert all(not telegram_problems(m) for m in chat.seen)
    assert fresh_bot.starts == 2
    assert fresh_bot.errors_logged() == []
    assert fresh_bot.stop() == 0  # SIGTERM: a clean stop this time
