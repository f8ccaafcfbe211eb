"""SQL-looking and markup input typed into the bot, end to end through the conversation core into SQLite:
stored as data (feedback text, letter answers in the state), never as SQL; the schema survives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import UserInput
from bot.store import open_store

SQL = "Robert'); DROP TABLE feedback;-- <b>x</b> {today}"
USER = "u-sql"


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


async def test_sql_typed_into_the_bot_is_stored_as_text_and_the_schema_survives(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite"
    store = await open_store(path, secret="s" * 32)
    before = schema(path)
    conversation = Conversation(DefaultServices(), store)

    async def say(inp: UserInput) -> str:
        replies = await conversation.handle(USER, inp, chat_id=9)
        assert replies
        return "\n".join(r.text for r in replies)

    try:
        # A scam link, reported by the user, then "this verdict is wrong" with a hostile comment.
        await say(UserInput.of_text("https://intrum-paiement.top/');DROP%20TABLE%20report_vote;--"))
        await say(UserInput.of_button("n:report"))
        await say(UserInput.of_button("r:vote"))
        await say(UserInput.of_button("n:wrong"))
        await say(UserInput.of_button("f:text"))
        await say(UserInput.of_text(SQL))
        [feedback] = await store.list_feedback()
        assert feedback.text == SQL
        stats = await store.report_stats("domain", "intrum-paiement.top")
        assert stats is not None and stats.count == 1

        # Letter answers live in the saved state while the dialogue runs: stored and read back verbatim.
        await say(UserInput.of_button("m:letter"))
        await say(UserInput.of_button("L:stop_calls"))
        await say(UserInput.of_text(SQL))
        saved = await store.get_state(USER)
        assert saved is not None and SQL in repr(saved.data)
        answers = ["12 rue des Lilas\n69003 Lyon", SQL, "97 allée Borodine\n69800 Saint-Priest", "Lyon"]
        shown = [await say(UserInput.of_text(answer)) for answer in answers]
        for _ in range(10):  # the optional fields, however many the letter has
            if "Aperçu" in shown[-1]:
                break
            shown.append(await say(UserInput.of_text("passer")))
        preview = shown[-1].replace("\u00a0", " ")
        assert preview.count("Robert'); DROP TABLE feedback;-- <b>x</b> {today}") >= 2  # sender and recipient
    finally:
        await store.close()
    assert schema(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM feedback").fetchone() == (1,)
