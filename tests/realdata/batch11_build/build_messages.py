"""Build ``messages_batch11.jsonl`` from the gathered candidates (deterministic; never runs detection).

    .venv/bin/python -m tests.realdata.batch11_build.build_messages

The rules (dedup against every other message file and the test fixtures, anonymisation, ``why_genuine``) are
``tests.realdata.page_messages_build``'s. Each item also carries ``country``: where the message was received (ISO
code, ``FR`` for France and its overseas departments and territories), read from the page with the candidate.
"""

from __future__ import annotations

from typing import Any

from tests.realdata.batch11_build.messages_batch11_pages import MESSAGES, Row
from tests.realdata.corpus_build import print_message_summary, write
from tests.realdata.page_messages_build import Page, PageBatch

OUTPUT = "messages_batch11"


def _page(row: Row) -> Page:
    label, channel, brand, scenario, _country, text, url, why = row
    return (label, channel, brand, scenario, text, url, why)


BATCH = PageBatch(OUTPUT, "b11-msg-", "2026-12-02", tuple(_page(row) for row in MESSAGES))
#: page url -> country of the message it quotes (one message per page: the tests check it).
COUNTRY = {row[6]: row[4] for row in MESSAGES}


def with_country(item: dict[str, Any]) -> dict[str, Any]:
    """The item with ``country`` right after ``scenario``."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        out[key] = value
        if key == "scenario":
            out["country"] = COUNTRY[item["source"]["url"]]
    return out


def build() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    rows, dropped = BATCH.build()
    return [with_country(item) for item in rows], dropped


def main() -> None:
    rows, dropped = build()
    write(OUTPUT, rows)
    print("candidates:", len(MESSAGES), "kept:", len(rows))
    print_message_summary(rows, dropped)


if __name__ == "__main__":
    main()
