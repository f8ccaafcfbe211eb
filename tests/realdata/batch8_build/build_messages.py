"""Build ``messages_batch8.jsonl`` from the gathered candidates (deterministic; never runs detection).

    .venv/bin/python -m tests.realdata.batch8_build.build_messages

The rules (dedup against every other message file and the test fixtures, anonymisation, ``why_genuine``) are
``tests.realdata.page_messages_build``'s.
"""

from __future__ import annotations

from typing import Any

from tests.realdata.batch8_build.messages_batch8_pages import MESSAGES
from tests.realdata.page_messages_build import PageBatch

BATCH = PageBatch("messages_batch8", "b8-msg-", "2026-12-01", MESSAGES)


def build() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    return BATCH.build()


if __name__ == "__main__":
    BATCH.main()
