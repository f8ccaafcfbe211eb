"""Hostile Telegram updates: path-like document names, markup in captions and names, forged callback data.
Files are read into memory only (nothing written to disk), every answer is escaped HTML.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from tests.bot.test_hostile_letters import WriteWatch
from tests.bot.test_hostile_letters import watch as watch  # the fixture that records file writes
from tests.bot.test_telegram_inprocess import PNG_1PX, Harness, _harness

_ENTITY_RE = re.compile(r"&(?!(?:amp|lt|gt|quot|#x27);)")


@pytest.fixture
async def tg() -> AsyncIterator[Harness]:
    async for harness in _harness(per_minute=1000):
        yield harness


def assert_escaped(tg: Harness) -> None:
    assert tg.api.texts
    for text in tg.api.texts:
        assert "<" not in text and ">" not in text, text[:200]
        assert not _ENTITY_RE.search(text)


@pytest.mark.parametrize(
    "file_name", ["../../etc/passwd", "..\\..\\boot.ini", "/dev/zero", "<b>x</b>.png", "a" * 300 + ".png", ""]
)
async def test_a_document_with_a_path_like_name_is_read_in_memory_only(
    tg: Harness, watch: WriteWatch, file_name: str
) -> None:
    document = {
        "file_id": "p",
        "file_unique_id": "pu",
        "file_name": file_name,
        "mime_type": "image/png",
        "file_size": len(PNG_1PX),
    }
    await tg.send_media(document=document, caption="<b>Payez</b> sur https://intrum-paiement.top")
    assert tg.api.sent("getFile")
    assert watch.writes == []
    assert_escaped(tg)


async def test_a_non_image_document_is_declined_without_download(tg: Harness, watch: WriteWatch) -> None:
    document = {"file_id": "d", "file_unique_id": "du", "file_name": "../../x.sh", "mime_type": "text/x-sh"}
    await tg.send_media(document=document)
    assert not tg.api.sent("getFile")
    assert watch.writes == []
    assert_escaped(tg)


@pytest.mark.parametrize(
    "data",
    ["L:../../etc/passwd", "r:p:<script>", "p:t:'); DROP TABLE x;--", "\u202e", "x" * 64, "lc:99999999999"],
)
async def test_forged_callback_data_gets_an_escaped_answer(tg: Harness, data: str) -> None:
    await tg.press(data)
    assert tg.api.sent("answerCallbackQuery")
    assert_escaped(tg)


async def test_markup_in_a_forwarded_sender_name_is_escaped(tg: Harness) -> None:
    origin = {
        "type": "hidden_user",
        "sender_user_name": "<a href='tg://x'>Intrum</a> & co",
        "date": 1763820000,
    }
    await tg.send("Réglez 245 EUR sous 24h sur https://intrum-paiement.top", forward_origin=origin)
    assert_escaped(tg)
    assert "&lt;a href='tg://x'&gt;Intrum&lt;/a&gt; &amp; co" in tg.api.texts[0]
