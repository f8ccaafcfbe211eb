"""``python -m tests.load.memory_probe [inputs] [store]``: resident memory while the conversation core answers
many mixed inputs from many distinct users; prints one JSON object ``{"rss_mb": {"2000": ..., ...}}``.

Run in its own process so the figure is the bot's, not a test runner's. ``store`` is ``sqlite`` (the default:
the state goes to disk, so any growth in memory is the bot's own) or ``memory`` (the state stays in RAM).
Each user sends the first five inputs of their script (a dialogue stays a dialogue), so 10,000 inputs come
from 2,000 different users.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.privacy import KeyedHasher
from bot.store import Store, open_store
from tests.load.scenario import script

PER_USER = 5
CHECKPOINTS = (1000, 2000, 5000, 10_000)


def rss_mb() -> float:
    """Resident set size of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def probe(total: int, kind: str, workdir: Path) -> dict[str, object]:
    secret = "m" * 40
    store: Store = await open_store(workdir / "memory.db" if kind == "sqlite" else ":memory:", secret=secret)
    conversation = Conversation(DefaultServices(), store)
    hasher = KeyedHasher(secret)
    figures: dict[str, float] = {}
    started = time.perf_counter()
    try:
        for done in range(1, total + 1):
            user, step = divmod(done - 1, PER_USER)
            inp = script(user, PER_USER)[step].as_input()
            replies = await conversation.handle(hasher.user_key(900_000 + user), inp, chat_id=user)
            assert replies, "every input gets an answer"
            if done in CHECKPOINTS or done == total:
                gc.collect()
                figures[str(done)] = round(rss_mb(), 1)
    finally:
        await store.close()
    return {
        "store": kind,
        "inputs": total,
        "seconds": round(time.perf_counter() - started, 2),
        "rss_mb": figures,
    }


def main(argv: list[str]) -> int:
    total = int(argv[0]) if argv else 10_000
    kind = argv[1] if len(argv) > 1 else "sqlite"
    with tempfile.TemporaryDirectory(prefix="memprobe-") as tmp:
        print(json.dumps(asyncio.run(probe(total, kind, Path(tmp)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
