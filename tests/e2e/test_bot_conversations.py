"""A user talks to the real bot process over real polling: a number, a scam SMS, a prescription question."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.e2e.conftest import BotProcess, Chat, bot_calls, shown

NEXT_STEPS = ("Quand ont-ils appelé", "Que faire maintenant", "Signaler", "Ce verdict est faux")
MESSAGE_NEXT_STEPS = NEXT_STEPS[1:]  # a message is received, not a call: no "when did they call?"


def labels(chat: Chat) -> list[str]:
    return [label for m in chat.replies() for label, _ in m.buttons]


def transcript(chat: Chat) -> str:
    return "\n".join(shown(m) for m in chat.replies())


async def test_start_presents_the_bot_and_its_menu(bot_chat: Chat) -> None:
    await bot_chat.send("/start")
    await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    text = transcript(bot_chat)
    assert "jamais de conseil pour payer ou ne pas payer" in text
    assert "/confidentialite" in text
    assert any("Ma dette est-elle prescrite" in label for label in labels(bot_chat))


async def test_a_caller_number_gets_a_verdict_and_next_steps(bot_chat: Chat) -> None:
    await bot_chat.send("04 72 80 14 14")
    verdict = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    text = transcript(bot_chat)
    assert "04 72 80 14 14" in text
    assert "Impossible de conclure" in text  # a press-cited number is never vouched for (issue 14)
    assert "Intrum" in text and "cité par la presse, non confirmé" in text
    assert "usurpé" in text  # a displayed number can be spoofed: always said
    for step in NEXT_STEPS:
        verdict.button(step)


async def test_a_scam_sms_gets_both_verdicts(bot_chat: Chat) -> None:
    sms = "INTRUM : dernier avis avant saisie, réglez sous 24h sur myintrum-fr.com ou au 08 99 02 12 34"  # an allocated 0899 block (ARCEP)
    await bot_chat.send(sms)
    verdict = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    text = transcript(bot_chat)
    who, _, lawful = text.partition("Ce qu'on vous demande est-il légal ?")
    assert "Qui vous contacte ?" in who
    assert "Probablement une arnaque" in who
    assert "33700" in who
    assert "Contraire à la loi" in lawful
    assert "myintrum-fr.com" not in text  # defanged: never a clickable link
    for step in MESSAGE_NEXT_STEPS:
        verdict.button(step)
    # The short answer has at most three reasons; all of them, with sources, behind "Pourquoi ?".
    await bot_chat.press(verdict, "Pourquoi")
    await bot_chat.wait_for_text("surtaxé")
    details = transcript(bot_chat)
    who, _, lawful = details.partition("Ce qu'on vous demande est-il légal ?")
    assert "surtaxé" in who
    assert "L121-6" in lawful or "L121-2" in lawful
    assert "myintrum-fr[.]com" in details
    assert "myintrum-fr.com" not in details


async def test_what_to_do_now_after_a_verdict(bot_chat: Chat) -> None:
    await bot_chat.send("04 72 80 14 14")
    verdict = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    await bot_chat.press(verdict, "Que faire maintenant")
    await bot_chat.wait_for_reply()
    assert transcript(bot_chat).strip()


async def test_a_prescription_question_is_a_short_dialogue_with_buttons(bot_chat: Chat) -> None:
    await bot_chat.send("ma dette est-elle prescrite ?")
    question = await bot_chat.wait_for_text("type de dette")
    assert "seul un juge peut trancher" in transcript(bot_chat)
    await bot_chat.press(question, "Télécom")
    await bot_chat.wait_for_text("Depuis quand")
    await bot_chat.send("mars 2022")
    events = await bot_chat.wait_for_text("s'est-il passé")
    await bot_chat.press(events, "Rien de tout ça")
    by_instalment = await bot_chat.wait_for_text("Une seule somme")
    await bot_chat.press(by_instalment, "Une seule somme")
    answer_message = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    answer = transcript(bot_chat)
    assert "prescrite depuis le 2 mars 2023" in answer.splitlines()[0]  # the answer first
    assert "L34-2" in answer
    assert "1 an" in answer  # not the 2-year myth
    await bot_chat.press(answer_message, "Pourquoi")
    await bot_chat.wait_for_text("pas un conseil juridique")


async def test_the_bot_registers_its_commands_in_french(bot: BotProcess, http: httpx.AsyncClient) -> None:
    response = await http.post(f"/bot{bot.token}/getMyCommands")
    commands = {c["command"]: c["description"] for c in response.json()["result"]}
    assert {"start", "menu", "annuler", "confidentialite", "mesdonnees", "oubli"} <= set(commands)
    assert all(description.strip() for description in commands.values())
    assert "setMyCommands" in await bot_calls(http, bot.token)


async def test_a_failing_update_is_logged_without_secrets_and_the_user_is_told(
    bot: BotProcess, http: httpx.AsyncClient, new_chat: Callable[[str], Chat]
) -> None:
    """Telegram refuses one answer: the user hears that something failed, the log names the error without
    the token or what the user wrote, and the next message is answered normally."""
    chat = new_chat(bot.token)
    private = "Gaspard Lefebvre-Quintin me réclame 1234 euros au 04 72 80 14 14"
    armed = {
        "token": bot.token,
        "method": "sendMessage",
        "chatId": chat.chat_id,
        "description": "chat not found",
    }
    (await http.post("/e2e/fail", json=armed)).raise_for_status()
    errors_before = len(bot.errors_logged())

    await chat.send(private)
    assert "quelque chose n'a pas marché" in shown(await chat.wait_for_text("Désolé"))
    await chat.send("04 72 80 14 14")
    assert "Impossible de conclure" in shown(await chat.wait_for_text("04 72 80 14 14"))

    errors = bot.errors_logged()[errors_before:]
    assert any("BadRequest" in line for line in errors), bot.log_tail()
    log = bot.log()
    assert bot.token not in log and bot.token.split(":", 1)[1] not in log
    assert "Lefebvre-Quintin" not in log and "1234" not in log and "chat not found" not in log.casefold()
    assert bot.alive()


async def test_a_forwarded_sms_is_checked_and_its_origin_shown_as_plain_text(bot_chat: Chat) -> None:
    origin = {"type": "hidden_user", "date": 1_795_300_000, "sender_user_name": "<b>Intrum</b> & Co"}
    await bot_chat.send_raw(
        text="INTRUM : dernier avis avant saisie, réglez sous 24h sur myintrum-fr.com",
        forward_origin=origin,
    )
    await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    raw = "\n".join(m.text for m in bot_chat.replies())
    assert "origine : &lt;b&gt;Intrum&lt;/b&gt; &amp; Co" in raw
    assert "Probablement une arnaque" in transcript(bot_chat)
