"""Build ``messages_batch10.jsonl`` from the gathered candidates (deterministic; never runs detection).

    .venv/bin/python -m tests.realdata.batch10_build.build_messages

The rules (dedup against every other message file and the test fixtures, anonymisation, ``why_genuine``) are
``tests.realdata.page_messages_build``'s.
"""

from __future__ import annotations

from typing import Any

from tests.realdata.batch10_build.messages_batch10_pages import MESSAGES
from tests.realdata.page_messages_build import PageBatch

BATCH = PageBatch("messages_batch10", "b10-msg-", "2026-12-02", MESSAGES)


def build() -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    return BATCH.build()


if __name__ == "__main__":
    BATCH.main()
