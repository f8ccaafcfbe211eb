"""Fuzzing the conversation core and the Telegram rendering: any sequence of odd inputs, forged buttons and
unsupported media gets answers, never an exception; no answer carries a live link the user sent; Telegram
HTML is always escaped and every message fits Telegram's limit.
"""

from __future__ import annotations

import asyncio
import html
import re
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import InputKind, Reply, UserInput
from bot.conversation.safety import defang_untrusted
from bot.telegram_app import TELEGRAM_LIMIT, split_html
from tests.bot.test_telegram_inprocess import Harness, _harness
from tests.chat_harness import memory_store
from tests.growth import CEILING_SECONDS, assert_near_linear_async
from tests.strategies import FRENCH, HUGE_INPUTS, ODD, hostile_text

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EVIL = "evil-zq.example"  # a domain only the fuzzer sends: it must never come back clickable
COMMANDS = ["start", "menu", "annuler", "aide", "confidentialite", "mesdonnees", "oubli", "verifier", "check"]
FORGED_BUTTONS = [
    "L:../../etc/passwd",
    "r:p:../../x",
    "g:<b>",
    "p:t:'); DROP TABLE x;--",
    "p:e:zzz",
    "lc:999",
    "lc:-1",
    "n:nope",
    "m:",
    "o:maybe",
    "x" * 64,
    "é" * 32,
]
_ENTITY_RE = re.compile(r"&(?!(?:amp|lt|gt|quot|#x27);)")


def user_inputs(services: DefaultServices) -> st.SearchStrategy[UserInput]:
    texts = st.one_of(
        hostile_text(),
        hostile_text().map(lambda s: f"Payez sur https://{EVIL}/pay {s}"),
        st.sampled_from(FRENCH),
    )
    return st.one_of(
        texts.map(UserInput.of_text),
        st.builds(
            lambda text, origin: UserInput.of_text(text, forwarded_from=origin),
            texts,
            st.sampled_from(
                ["<b>Intrum</b>", f"https://{EVIL}", "\u202eServiceClient", "https://[Service", ""]
            ),
        ),
        st.builds(
            lambda name, arg: UserInput(kind=InputKind.command, command=name, text=arg),
            st.one_of(st.sampled_from(COMMANDS), hostile_text(max_pieces=2)),
            st.one_of(st.just(""), texts),
        ),
        st.sampled_from(FORGED_BUTTONS).map(UserInput.of_button),
        st.builds(
            lambda detail: UserInput(kind=InputKind.unsupported, detail=detail),
            st.sampled_from(["sticker", "voice", "video", "document", "other", "<b>"]),
        ),
        st.binary(max_size=64).map(lambda data: UserInput(kind=InputKind.image, payload=data)),
    )


def assert_replies(replies: list[Reply]) -> None:
    assert replies, "an input was met with silence"
    for reply in replies:
        assert reply.text.strip()
        assert EVIL not in reply.text, reply.text  # defanged (evil-zq[.]example) if quoted at all
        for row in reply.buttons:
            for button in row:  # (the data's 64 bytes are enforced when a Button is made)
                assert button.label.strip()


@FUZZ
@given(st.data())
def test_any_sequence_of_inputs_gets_answers_and_never_raises(data: st.DataObject) -> None:
    services = DefaultServices()

    async def run() -> None:
        conversation = Conversation(services, await memory_store())
        previous: list[Reply] = []
        for _ in range(data.draw(st.integers(1, 8), label="steps")):
            offered = [b.data for r in previous for row in r.buttons for b in row]
            press: bool = data.draw(st.booleans(), label="press an offered button")
            if offered and press:
                inp = UserInput.of_button(data.draw(st.sampled_from(offered), label="button"))
            else:
                inp = data.draw(user_inputs(services), label="input")
            previous = await conversation.handle("u-fuzz", inp, chat_id=7)
            assert_replies(previous)

    asyncio.run(run())


@FUZZ
@given(hostile_text(max_pieces=16))
def test_defang_untrusted_never_raises_and_leaves_no_live_foreign_link(text: str) -> None:
    out = defang_untrusted(f"{text} https://{EVIL}/x {text}")
    assert f"https://{EVIL}" not in out and EVIL not in out


async def test_a_forwarded_sender_named_like_a_broken_url_is_answered() -> None:
    """Found by atheris: urllib raised "Invalid IPv6 URL" inside the outgoing-link filter, failing the update."""
    conversation = Conversation(DefaultServices(), await memory_store())
    for origin in ["https://[Service", "http://a]b", "https://[::1"]:
        replies = await conversation.handle(
            "u-fwd", UserInput.of_text("Payez 245 EUR sous 24h", forwarded_from=origin), chat_id=1
        )
        assert_replies(replies)


async def test_a_letter_answer_shaped_like_a_broken_url_reaches_the_preview() -> None:
    conversation = Conversation(DefaultServices(), await memory_store())
    user = "u-broken-url"
    await conversation.handle(user, UserInput.of_button("m:letter"), chat_id=1)
    await conversation.handle(user, UserInput.of_button("L:stop_calls"), chat_id=1)
    answers = [
        "https://[Zoé",
        "12 rue des Lilas\n69003 Lyon",
        "Intrum",
        "97 allée\n69800 Saint-Priest",
        "Lyon",
    ]
    replies: list[Reply] = []
    for answer in answers:
        replies = await conversation.handle(user, UserInput.of_text(answer), chat_id=1)
        assert_replies(replies)
    for _ in range(10):  # the optional fields, however many the letter has
        if "Aperçu" in replies[0].text:
            break
        replies = await conversation.handle(user, UserInput.of_text("passer"), chat_id=1)
        assert_replies(replies)
    assert "Aperçu" in replies[0].text and "hxxps://[Zoé" in replies[0].text


@pytest.mark.parametrize(
    "name", ["letters", "zero-space", "http", "defanged-dots", "closer-dot", "a-dot", "emoji", "www", "mixed"]
)
async def test_the_core_answers_a_100kb_paste_with_near_linear_work(name: str) -> None:
    conversation = Conversation(DefaultServices(), await memory_store())

    async def run(text: str) -> None:
        replies = await conversation.handle("u-huge", UserInput.of_text(text), chat_id=1)
        assert replies and all(r.text.strip() for r in replies)

    await assert_near_linear_async(run, HUGE_INPUTS[name], f"conversation on {name!r}")


async def test_a_letter_preview_full_of_dotted_words_stays_fast() -> None:
    """The preview echoes answers of up to 1200 characters: every outgoing text is scanned for links."""
    conversation = Conversation(DefaultServices(), await memory_store())
    user = "u-letter"
    await conversation.handle(user, UserInput.of_button("m:letter"), chat_id=1)
    await conversation.handle(user, UserInput.of_button("L:contest_debt"), chat_id=1)
    started = time.process_time()
    for _ in range(12):
        await conversation.handle(user, UserInput.of_text("a." * 600), chat_id=1)
    assert (
        time.process_time() - started < CEILING_SECONDS
    )  # CPU, not wall clock: a quadratic scan takes minutes


@FUZZ
@given(
    st.text(alphabet=st.sampled_from(list("&<>\"' \nab;é#x")), max_size=600) | hostile_text(),
    st.integers(min_value=16, max_value=400),
)
def test_split_html_escapes_everything_and_keeps_every_visible_character(text: str, limit: int) -> None:
    parts = split_html(text, limit)
    assert parts
    for part in parts:
        assert len(part) <= limit
        assert "<" not in part and ">" not in part
        assert not _ENTITY_RE.search(part), part  # every "&" starts a whole entity
    assert "".join(html.unescape("".join(parts)).split()) == "".join(text.split())


ATTACKS = [
    *ODD,
    "<b>gras</b> & <i>it</i>",
    '<a href="tg://user?id=1">clic</a>',
    "<pre>x</pre><code>y</code>",
    "**gras** __it__ `code` [lien](https://evil-zq.example)",
    "&lt;b&gt; &amp;amp; &#60;",
    "a" * 4096,
    "<" * 3000,
    "&" * 2000,
    f"Payez 245 EUR sur https://{EVIL}/<script> sous 24h",
]


async def test_every_message_sent_to_telegram_is_escaped_html_under_the_limit() -> None:
    harness: Harness
    async for harness in _harness(per_minute=1000):
        for attack in ATTACKS:
            if attack.strip():
                await harness.send(attack)
        await harness.send("/menu")
        await harness.press("m:letter")
        await harness.press("L:stop_calls")
        for attack in ATTACKS[-6:]:
            await harness.send(attack[:120])
        sent: list[dict[str, Any]] = harness.api.sent()
        assert len(sent) >= len(ATTACKS)
        for payload in sent:
            text = str(payload["text"])
            assert payload["parse_mode"] == "HTML"
            assert payload["link_preview_options"] == {"is_disabled": True}
            assert 0 < len(text) <= TELEGRAM_LIMIT
            assert "<" not in text and ">" not in text, text[:200]
            assert not _ENTITY_RE.search(text), text[:200]
            assert EVIL not in html.unescape(text)
