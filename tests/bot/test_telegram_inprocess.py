"""The Telegram adapter through python-telegram-bot's real HTTP layer, against an in-process fake Bot API.

``HTTPXRequest`` gets an ``httpx.MockTransport``: every Bot API call PTB makes lands in ``FakeBotApi``, which
records it and answers like Telegram. Real ``Update`` JSON goes through ``Application.process_update``.
No network at all: the transport cannot reach one.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from telegram import Update
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.services import CheckView
from bot.privacy import KeyedHasher
from bot.ratelimit import RateLimiter
from bot.telegram_app import TelegramFront, build_application, split_html
from tests.chat_harness import memory_store

TOKEN = "123456789:AAHfakeFAKEfakeFAKEfakeFAKEfake_x-1"
CHAT = 555
USER = 777
DATE = 1763820000  # 22/11/2026
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


class FakeBotApi:
    """Answers Bot API calls like Telegram and records them (method, parameters)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.message_id = 100

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.startswith("/file/"):
            return httpx.Response(200, content=PNG_1PX)
        method = path.rsplit("/", 1)[-1]
        params = self._params(request)
        self.calls.append((method, params))
        return httpx.Response(200, json={"ok": True, "result": self._result(method, params)})

    @staticmethod
    def _params(request: httpx.Request) -> dict[str, Any]:
        content_type = request.headers.get("content-type", "")
        body = request.read()
        if content_type.startswith("multipart/"):
            return {"_multipart": body}
        if content_type.startswith("application/json"):
            return dict(json.loads(body or b"{}"))
        raw = urllib.parse.parse_qs(body.decode(), keep_blank_values=True)
        out: dict[str, Any] = {}
        for key, values in raw.items():
            value = values[0]
            try:
                out[key] = json.loads(value) if value[:1] in "{[" else value
            except json.JSONDecodeError:
                out[key] = value
        return out

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        self.message_id += 1
        return {
            "message_id": self.message_id,
            "date": DATE,
            "chat": {"id": CHAT, "type": "private"},
            **extra,
        }

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": 1, "is_bot": True, "first_name": "Vérif", "username": "verif_bot"}
        if method == "sendMessage":
            return self._message(params, text=params.get("text", ""))
        if method == "sendDocument":
            return self._message(params, document={"file_id": "d", "file_unique_id": "du"})
        if method == "getFile":
            return {
                "file_id": "p",
                "file_unique_id": "pu",
                "file_size": len(PNG_1PX),
                "file_path": "photos/p.png",
            }
        return True  # setMyCommands, sendChatAction, answerCallbackQuery…

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]

    @property
    def texts(self) -> list[str]:
        return [str(p["text"]) for p in self.sent()]

    def clear(self) -> None:
        self.calls.clear()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _request(api: FakeBotApi) -> HTTPXRequest:
    return HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(api.handler)})


class Harness:
    def __init__(self, app: Application, api: FakeBotApi, front: TelegramFront) -> None:  # type: ignore[type-arg]
        self.app, self.api, self.front = app, api, front
        self.update_id = 0
        self.errors: list[BaseException] = []

    def _next(self) -> int:
        self.update_id += 1
        return self.update_id

    def _message(self, **fields: Any) -> dict[str, Any]:
        return {
            "message_id": self._next(),
            "date": DATE,
            "chat": {"id": CHAT, "type": "private"},
            "from": {"id": USER, "is_bot": False, "first_name": "Marie"},
            **fields,
        }

    async def feed(self, data: dict[str, Any]) -> None:
        await self.app.process_update(Update.de_json({"update_id": self._next(), **data}, self.app.bot))

    async def send(self, text: str, **extra: Any) -> None:
        await self.feed({"message": self._message(text=text, **extra)})

    async def send_media(self, **media: Any) -> None:
        await self.feed({"message": self._message(**media)})

    async def press(self, data: str) -> None:
        query = {
            "id": f"cb{self._next()}",
            "from": {"id": USER, "is_bot": False, "first_name": "Marie"},
            "chat_instance": "ci",
            "data": data,
            "message": self._message(text="menu"),
        }
        await self.feed({"callback_query": query})


def buttons(payload: dict[str, Any]) -> list[str]:
    markup = payload.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def _harness(services: DefaultServices | None = None, per_minute: int = 30) -> AsyncIterator[Harness]:
    api = FakeBotApi()
    store = await memory_store()
    conversation = Conversation(services or DefaultServices(), store)
    clock = Clock()
    front = TelegramFront(conversation, KeyedHasher("k" * 32), RateLimiter(per_minute), monotonic=clock)
    app = build_application(
        front,
        TOKEN,
        base_url="http://bot-api.invalid/bot",
        base_file_url="http://bot-api.invalid/file/bot",
        request=_request(api),
        get_updates_request=_request(api),
        reminder_interval=0,
    )
    harness = Harness(app, api, front)
    harness.clock = clock  # type: ignore[attr-defined]
    async with app:
        yield harness


@pytest.fixture
async def tg() -> AsyncIterator[Harness]:
    async for harness in _harness():
        yield harness


async def test_start_sends_escaped_html_without_link_preview_and_a_menu(tg: Harness):
    await tg.send("/start")
    sent = tg.api.sent()
    assert len(sent) == 2
    for payload in sent:
        assert payload["parse_mode"] == "HTML"
        assert payload["link_preview_options"] == {"is_disabled": True}
        assert int(payload["chat_id"]) == CHAT
    assert "jamais de conseil pour payer" in sent[0]["text"]
    assert buttons(sent[1]) == [
        "m:check",
        "m:calltime",
        "m:prescription",
        "m:rights",
        "m:report",
        "m:letter",
        "m:distress",
    ]
    assert not [name for name, _ in tg.api.calls if name == "sendChatAction"]  # a fast answer: no "typing…"


async def test_commands_are_registered_in_french(tg: Harness):
    assert tg.app.post_init is not None
    await tg.app.post_init(tg.app)
    [commands] = tg.api.sent("setMyCommands")
    names = {c["command"]: c["description"] for c in commands["commands"]}
    assert set(names) == {"start", "menu", "annuler", "aide", "confidentialite", "mesdonnees", "oubli"}
    assert names["oubli"] == "Effacer toutes mes données"


async def test_scam_sms_verdict_has_next_step_buttons_and_no_live_link(tg: Harness):
    await tg.send("Réglez 245 EUR sous 24h sur https://intrum-paiement.top sinon saisie de vos biens.")
    [payload] = tg.api.sent()
    assert "intrum-paiement[.]top" in payload["text"]
    assert "https://intrum-paiement.top" not in payload["text"]
    assert payload["link_preview_options"] == {"is_disabled": True}
    assert buttons(payload) == ["n:details", "n:todo", "n:report", "n:letter", "n:wrong", "m:menu"]


async def test_button_press_is_answered_and_continues_the_dialogue(tg: Harness):
    await tg.press("m:prescription")
    assert tg.api.sent("answerCallbackQuery")
    assert "p:t:telecom" in buttons(tg.api.sent()[-1])
    await tg.press("p:t:telecom")
    await tg.send("mars 2022")
    await tg.press("p:e:none")
    assert "prescrite" in tg.api.texts[-1] or "prescrite" in " ".join(tg.api.texts[-2:])


async def test_forwarded_message_keeps_its_origin(tg: Harness):
    origin = {"type": "hidden_user", "sender_user_name": "Service <Client>", "date": DATE}
    await tg.send("Réglez 245 EUR sous 24h sur https://intrum-paiement.top", forward_origin=origin)
    assert "origine : Service &lt;Client&gt;" in tg.api.texts[0]


@pytest.mark.parametrize("attack", ["<b>x</b>", "<script>alert(1)</script> mon numéro", "a & b <i>"])
async def test_html_injection_is_escaped(tg: Harness, attack: str):
    await tg.send("/menu")
    await tg.press("m:letter")
    await tg.press("L:stop_calls")
    await tg.send(attack)  # the first field of the letter: echoed later in the preview
    for text in tg.api.texts:
        assert "<b>" not in text and "<script>" not in text and "<i>" not in text


async def test_unknown_command_with_markup_is_escaped(tg: Harness):
    await tg.send("/<script>")
    [payload] = tg.api.sent()
    assert "<script>" not in payload["text"]
    assert "m:check" in buttons(payload)


async def test_long_input_is_answered_in_messages_under_4096(tg: Harness):
    await tg.send(("Vous devez payer immédiatement sinon huissier. " * 100)[:4090])
    assert tg.api.texts
    assert all(len(text) <= 4096 for text in tg.api.texts)


def test_split_html_cuts_on_paragraphs_and_never_inside_an_entity():
    text = "\n\n".join(["<&>" * 500, "é" * 3000, "x" * 9000])
    parts = split_html(text)
    assert all(len(p) <= 4096 for p in parts)
    assert "".join(parts).count("&lt;&amp;&gt;") == 500
    assert not any(p.endswith("&") or p.endswith("&amp") for p in parts)


@pytest.mark.parametrize(
    "text", ["😡😡😡", "\u200f\u202eتست\u200b", "\u200b\u200b", "‏‏ 04 72 80 14 14 \u200b"]
)
async def test_emoji_rtl_and_zero_width_get_an_answer(tg: Harness, text: str):
    await tg.send(text)
    assert tg.api.texts
    assert all(t.strip() for t in tg.api.texts)


async def test_sticker_and_voice_note_get_a_sensible_answer(tg: Harness):
    sticker = {
        "file_id": "s",
        "file_unique_id": "su",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    await tg.send_media(sticker=sticker)
    await tg.send_media(voice={"file_id": "v", "file_unique_id": "vu", "duration": 3})
    assert "autocollant" in tg.api.texts[0]
    assert "vocaux" in tg.api.texts[1]


async def test_photo_is_downloaded_and_read(tg: Harness):
    photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1, "file_size": len(PNG_1PX)}]
    await tg.send_media(photo=photo)
    assert tg.api.sent("getFile")
    assert tg.api.texts  # no readable text, or OCR unavailable: said plainly either way


async def test_letter_pdf_is_uploaded_as_a_document(tg: Harness):
    await tg.send("/menu")
    await tg.press("m:letter")
    await tg.press("L:rgpd_access")
    for answer in [
        "Marie Dupont",
        "12 rue des Lilas\n69003 Lyon",
        "Intrum France",
        "97 allée Alexandre Borodine\n69800 Saint-Priest",
        "Lyon",
        "passer",
        "passer",
    ]:
        await tg.send(answer)
    await tg.press("l:pdf")
    [upload] = tg.api.sent("sendDocument")
    body = upload["_multipart"]
    assert b"lettre-rgpd-access-" in body
    assert b"%PDF" in body


async def test_rate_limit_answers_once_politely(tg: Harness):
    async for limited in _harness(per_minute=3):
        for _ in range(6):
            await limited.send("bonjour")
        texts = limited.api.texts
        assert sum("beaucoup de messages" in t for t in texts) == 1
        notice = next(t for t in texts if "beaucoup de messages" in t)
        assert "renvoyez votre dernier message" in notice  # it was dropped: never "nothing lost"
        assert sum("Comment m'utiliser" in t for t in texts) == 3
        limited.clock.now += 120  # type: ignore[attr-defined]
        await limited.send("bonjour")
        assert "Comment m'utiliser" in limited.api.texts[-1]


async def test_flood_of_50_messages_never_crashes(tg: Harness):
    errors: list[object] = []

    async def collect(update: object, context: Any) -> None:
        errors.append(context.error)

    tg.app.add_error_handler(collect)
    for i in range(50):
        await tg.send(f"04 72 80 14 {i % 100:02d}")
    assert not errors
    texts = tg.api.texts
    assert sum("beaucoup de messages" in t for t in texts) == 1
    assert sum("📞 Numéro" in t for t in texts) == 30


class BrokenServices(DefaultServices):
    def check(self, text: str) -> CheckView:
        raise RuntimeError(f"boom with the user's text: {text}")


async def test_a_failing_update_is_logged_without_text_or_token_and_the_user_is_told(
    caplog: pytest.LogCaptureFixture,
):
    async for broken in _harness(BrokenServices()):
        await broken.send("04 72 80 14 14 secret-du-client")
        assert "quelque chose n'a pas marché" in broken.api.texts[-1]
        await broken.send("/menu")  # the bot goes on
        assert "m:check" in buttons(broken.api.sent()[-1])
    logged = caplog.text
    assert "RuntimeError" in logged
    assert "secret-du-client" not in logged
    assert TOKEN not in logged and TOKEN.split(":")[1] not in logged


async def test_group_messages_are_ignored(tg: Harness):
    group = {
        "message_id": 9,
        "date": DATE,
        "chat": {"id": -100, "type": "group", "title": "Famille"},
        "from": {"id": USER, "is_bot": False, "first_name": "Marie"},
        "text": "04 72 80 14 14",
    }
    await tg.feed({"message": group})
    assert tg.api.sent() == []


async def test_one_users_messages_are_handled_in_order_even_when_sent_together(tg: Harness):
    import asyncio

    await tg.send("/menu")
    await tg.press("m:prescription")
    await tg.press("p:t:telecom")
    tg.api.clear()
    first = tg.send("mars 2022")
    second = tg.press("p:e:none")
    await asyncio.gather(first, second)
    assert "L34-2" in tg.api.texts[-1] or any("L34-2" in t for t in tg.api.texts)
