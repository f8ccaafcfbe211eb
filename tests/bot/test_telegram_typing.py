""" "Typing…" is shown only while an answer is slow (a screenshot being read), never before a fast one."""

from __future__ import annotations

import time

from bot.conversation.default_services import DefaultServices
from tests.bot.test_telegram_inprocess import CHAT, PNG_1PX, _harness


class SlowOcr(DefaultServices):
    def ocr(self, data: bytes) -> str:
        time.sleep(0.6)  # runs in a worker thread, as Tesseract does
        return "Intrum : reglez 245 EUR sous 24h sur https://intrum-paiement.top"


async def test_a_slow_screenshot_shows_typing_before_the_answer() -> None:
    async for tg in _harness(SlowOcr()):
        photo = [{"file_id": "p", "file_unique_id": "pu", "width": 1, "height": 1, "file_size": len(PNG_1PX)}]
        await tg.send_media(photo=photo)
        names = [name for name, _ in tg.api.calls]
        assert ("sendChatAction", {"chat_id": str(CHAT), "action": "typing"}) in tg.api.calls
        assert names.index("sendChatAction") < names.index("sendMessage")


async def test_a_fast_answer_sends_no_typing_action() -> None:
    async for tg in _harness():
        await tg.send("04 72 80 14 14")
        names = [name for name, _ in tg.api.calls]
        assert "sendMessage" in names and "sendChatAction" not in names
