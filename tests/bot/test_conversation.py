"""The conversation core with no channel: what a user sees, step by step."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.conversation.model import UserInput
from bot.conversation.state import STATE_VERSION, State
from tests.chat_harness import USER, Chat, memory_store

MENU = ["m:check", "m:calltime", "m:prescription", "m:rights", "m:report", "m:letter", "m:distress"]


async def test_start_says_what_the_bot_does_and_keeps_and_shows_the_menu():
    chat = Chat()
    await chat.send("/start")
    assert "jamais de conseil pour payer ou ne pas payer" in chat.text
    assert "/confidentialite" in chat.text
    assert chat.buttons() == MENU


async def test_question_about_prescription_starts_the_guided_dialogue():
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    assert "seul un juge peut trancher" in chat.text
    assert "type de dette" in chat.text and "p:t:telecom" in chat.buttons()


async def test_sunday_calls_question_asks_when_then_explains_the_hours():
    chat = Chat()
    await chat.send("ils m'appellent le dimanche")
    assert "À quelle heure" in chat.text  # the day was said: only the hour is asked (01/12/2026)
    await chat.send("dimanche 21h")
    assert "15 novembre 2026 à 21h00" in chat.text
    assert "n:todo" in chat.buttons() and "n:wrong" in chat.buttons()
    await chat.press("n:details")  # the collector rule, at length, behind "Pourquoi ?"
    assert "aucune loi ne fixe d'horaires précis" in chat.text


async def test_a_call_in_the_future_is_asked_again_not_analysed():
    chat = Chat()
    await chat.send("ils m'appellent le dimanche")
    await chat.send("31/12/2099 à 21h")
    assert "dans le futur" in chat.text
    assert "aucune loi ne fixe" not in chat.text  # no analysis of a call that cannot have happened
    await chat.send("dimanche 21h")  # still in the dialogue: the corrected answer is judged
    assert "15 novembre 2026 à 21h00" in chat.text


async def test_call_time_given_at_once_is_answered_without_a_question():
    chat = Chat()
    await chat.send("ils m'ont appelé samedi à 7h15")
    assert "samedi 21 novembre 2026 à 7h15" in chat.text


async def test_what_is_intrum_opens_the_intrum_card():
    chat = Chat()
    await chat.send("c'est quoi Intrum ?")
    assert "intrum.fr" in chat.text
    assert "Non vérifié" in chat.text


@pytest.mark.parametrize(
    "text",
    ["Je n'en peux plus de ces appels", "j'ai envie d'en finir", "je pense au suicide", "je suis à bout"],
)
async def test_distress_is_answered_first_with_3114(text: str):
    chat = Chat()
    replies = await chat.send(text)
    assert "3114" in replies[0].text
    assert "24h/24" in replies[0].text


async def test_distress_with_another_question_gets_the_distress_card_alone():
    chat = Chat()
    replies = await chat.send("je n'en peux plus, ma dette est-elle prescrite ?")
    assert len(replies) == 1 and "3114" in replies[0].text
    assert "p:t:telecom" not in chat.buttons()  # nothing appended: the question waits


async def test_distress_inside_a_dialogue_is_answered_alone_and_the_dialogue_goes_on():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:calltime")
    replies = await chat.send("je suis a bout")
    assert len(replies) == 1 and "3114" in replies[0].text
    await chat.send("hier à 22h30")  # the question asked before is still open
    assert "samedi 21 novembre 2026 à 22h30" in chat.text


async def test_unexpected_answer_in_a_dialogue_gets_help_not_silence():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:calltime")
    await chat.send("bof")
    assert "Je n'ai pas compris la réponse" in chat.text
    assert "m:cancel" in chat.buttons()
    await chat.send("hier à 22h30")
    assert "samedi 21 novembre 2026 à 22h30" in chat.text


async def test_cancel_and_menu_work_in_every_dialogue_state():
    for opener in ["m:calltime", "m:prescription", "m:letter", "m:check", "m:rights", "m:distress"]:
        for escape in ["/annuler", "/menu"]:
            chat = Chat()
            await chat.send("/start")
            await chat.press(opener)
            await chat.send(escape)
            assert chat.buttons() == MENU, (opener, escape)
            saved = await chat.store.get_state(USER)
            assert saved is None or State.from_json(saved.data).flow == ""


async def test_cancel_button_leaves_the_dialogue():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:calltime")
    await chat.press("m:cancel")
    assert "annulé" in chat.text
    assert chat.buttons() == MENU


async def test_unknown_command_explains_and_shows_the_menu():
    chat = Chat()
    await chat.send("/pizza")
    assert "/pizza" in chat.text
    assert chat.buttons() == MENU


async def test_unknown_command_is_never_echoed_with_markup():
    chat = Chat()
    await chat.send("/<b>x</b>")
    assert "<" not in chat.text


async def test_stale_button_gets_the_menu():
    chat = Chat()
    replies = await (await chat.start()).handle(USER, UserInput.of_button("p:e:payment"))
    assert "plus valable" in replies[0].text


@pytest.mark.parametrize(
    ("detail", "expected"),
    [
        ("sticker", "autocollant"),
        ("voice", "vocaux"),
        ("video", "vidéos"),
        ("location", "ce type de contenu"),
    ],
)
async def test_stickers_voice_notes_and_others_get_a_sensible_answer(detail: str, expected: str):
    chat = Chat()
    await chat.send_other(detail)
    assert expected in chat.text


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200f", "\x00"])
async def test_empty_or_invisible_input_asks_for_something_to_check(text: str):
    chat = Chat()
    await chat.send(text) if text.strip() else await chat._do(UserInput(kind="text", text=text))
    assert "rien reçu" in chat.text


async def test_emoji_only_gets_a_friendly_answer():
    chat = Chat()
    await chat.send("😡😡😡")
    assert "émojis" in chat.text


async def test_greeting_gets_the_help():
    chat = Chat()
    await chat.send("Bonjour")
    assert "Comment m'utiliser" in chat.text


async def test_gibberish_gets_help_and_the_menu():
    chat = Chat()
    await chat.send("xqzt")
    assert "pas bien compris" in chat.text
    assert chat.buttons() == MENU


async def test_rights_menu_lists_guide_cards_and_opens_one():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:rights")
    assert "g:fees_stay_with_creditor" in chat.buttons()
    await chat.press("g:fees_stay_with_creditor")
    assert "L111-8" in chat.text  # the answer first, in a few lines
    assert "Sources" not in chat.text and len(chat.text) < 600
    await chat.press("gf:fees_stay_with_creditor")  # the whole card, one button away
    assert "Sources" in chat.text


async def test_report_menu_offers_problems_then_routes():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:report")
    assert "r:p:scam_or_phishing" in chat.buttons()
    await chat.press("r:p:scam_or_phishing")
    assert "33700" in chat.text


async def test_privacy_commands_show_and_erase_what_is_kept():
    chat = Chat()
    await chat.send("/confidentialite")
    assert "30 jours" in chat.text
    await chat.send("/mesdonnees")
    assert "Je ne garde rien" in chat.text
    await chat.send("/menu")
    await chat.press("m:calltime")
    await chat.send("/mesdonnees")
    await chat.send("/menu")
    await chat.press("m:calltime")  # a dialogue in progress is kept
    await chat.send("/oubli")
    assert chat.buttons() == ["o:yes", "o:no"]
    await chat.press("o:no")
    assert "rien n'a été effacé" in chat.text
    await chat.send("/oubli")
    await chat.press("o:yes")
    assert "effacé" in chat.text
    assert await chat.store.get_state(USER) is None
    summary = await chat.store.describe_user_data(USER)
    assert summary.is_empty


async def test_restart_resumes_the_dialogue_where_the_user_was():
    store = await memory_store()
    first = Chat(store)
    await first.send("/menu")
    await first.press("m:calltime")
    saved = await store.get_state(USER)
    assert saved is not None and saved.version == STATE_VERSION
    second = Chat(store)  # a new core, as after a restart
    await second.send("samedi 23h")
    assert "samedi 21 novembre 2026 à 23h00" in second.text


async def test_state_from_another_version_starts_afresh():
    assert State.from_json({"v": 999, "flow": "letter"}) == State()
    assert State.from_json("garbage") == State()
    assert State.from_json({"v": STATE_VERSION, "flow": 3, "data": "x"}) == State()


async def test_restart_on_sqlite_resumes_the_prescription_dialogue(tmp_path):
    from bot.store import open_store

    store = await open_store(tmp_path / "bot.db", secret="s" * 32)
    first = Chat(store)
    await first.send("ma dette est-elle prescrite ?")
    await first.press("p:t:telecom")
    await store.close()

    reopened = await open_store(tmp_path / "bot.db", secret="s" * 32)
    second = Chat(reopened)  # a new process: new store connection, new core
    await second.send("mars 2022")
    assert "p:e:none" in second.buttons()
    await second.press("p:e:none")
    assert "L34-2" in second.text
    await reopened.close()


async def test_forget_erases_votes_and_feedback_too():
    chat = Chat()
    await chat.send("https://intrum-paiement.top/payer")
    await chat.press("n:report")
    await chat.press("r:vote")
    await chat.send("https://intrum-paiement.top/payer")
    await chat.press("n:wrong")
    await chat.press("f:codes")
    await chat.send("/mesdonnees")
    assert "Signalements de numéros ou de sites : 1" in chat.text
    assert "Retours sur un verdict : 1" in chat.text
    await chat.send("/oubli")
    await chat.press("o:yes")
    assert (await chat.store.describe_user_data(USER)).is_empty
    assert await chat.store.report_stats("domain", "intrum-paiement.top") is None


_ANY_INPUT = st.one_of(
    st.text(max_size=300).map(UserInput.of_text),
    st.sampled_from(
        [
            "m:check",
            "m:calltime",
            "m:prescription",
            "m:letter",
            "p:t:telecom",
            "p:e:none",
            "n:wrong",
            "f:text",
            "o:yes",
            "x",
        ]
    ).map(UserInput.of_button),
    st.sampled_from(["/start", "/annuler", "/menu", "/oubli", "/mesdonnees", "/zzz", "/"]).map(
        UserInput.of_text
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ANY_INPUT, min_size=1, max_size=6))
def test_any_sequence_of_inputs_gets_answers_and_never_crashes(inputs: list[UserInput]):
    async def talk() -> None:
        chat = Chat()
        for inp in inputs:
            await chat._do(inp)  # asserts an answer; button data cannot exceed 64 bytes (Button refuses it)

    asyncio.run(talk())
