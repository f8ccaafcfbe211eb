"""'y m'appel tt les jrs meme le dim a 8h c legal ou pa': a weekday cut to three letters right before an hour is
that day (left by the second regression hunt: the dialogue asked "Quand ont-ils appelé ?" again)."""

from __future__ import annotations

from datetime import datetime

from checks.calltime import parse_spoken_calltime
from tests.chat_harness import Chat

MONDAY_NIGHT = datetime(2026, 11, 30, 23, 0)


def test_short_weekdays_before_an_hour_are_read_as_the_last_such_day() -> None:
    assert parse_spoken_calltime("le dim a 8h", MONDAY_NIGHT) == datetime(2026, 11, 29, 8, 0)
    assert parse_spoken_calltime("sam. 21h30", MONDAY_NIGHT) == datetime(2026, 11, 28, 21, 30)
    assert parse_spoken_calltime("lun 7h", MONDAY_NIGHT) == datetime(2026, 11, 30, 7, 0)


def test_ordinary_words_that_look_like_short_weekdays_are_not_days() -> None:
    assert parse_spoken_calltime("un jeu a 8h", MONDAY_NIGHT) is None
    assert parse_spoken_calltime("la mer a 8h", MONDAY_NIGHT) is None


async def test_the_call_is_judged_at_once_when_typed_in_sms_style() -> None:
    chat = Chat()
    await chat.send("y m'appel tt les jrs meme le dim a 8h c legal ou pa")
    assert "dimanche" in chat.text.lower()
    assert "Quand ont-ils appelé ?" not in chat.text
