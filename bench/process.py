"""Figures that need a fresh process: start-up time and resident memory.

Each is measured in a new interpreter (``python -m bench.process <what>``), so nothing imported or loaded
by the rest of the benchmark flatters it. Memory is the resident set size (VmRSS) read from /proc.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import statistics
import subprocess
import sys
import time

from bench.table import Row

RUNS = 5


def _wall(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def _median_wall(argv: list[str]) -> float:
    _wall(argv)  # the first run fills the OS file cache and writes bytecode: not what a restart sees
    return statistics.median(_wall(argv) for _ in range(RUNS))


def startup_rows() -> list[Row]:
    python = sys.executable
    bare = _median_wall([python, "-c", "pass"])
    knowledge = _median_wall([python, "-c", "import knowledge; knowledge.load_all()"])
    bot_ready = _median_wall([python, "-m", "bench.process", "bot_ready"])
    first_answer = _median_wall([python, "-m", "bot", "check", "04 72 80 14 14"])
    reference = f"bare interpreter {bare * 1000:.0f} ms"
    return [
        Row("start-up: knowledge loaded and validated", f"{knowledge:.2f} s", reference, "", "<= 1 s"),
        Row(
            "start-up: bot ready (knowledge, checks, conversation, Telegram adapter imported)",
            f"{bot_ready:.2f} s",
            reference,
            "",
            "<= 1 s",
        ),
        Row('start-up: first answer of `check "04 72 80 14 14"`', f"{first_answer:.2f} s", reference),
    ]


def memory_rows() -> list[Row]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.process", "memory"], check=True, capture_output=True, text=True
    )
    figures = json.loads(done.stdout)
    per_input = (figures["after"] - figures["warm"]) / (figures["inputs"] - 1000)
    return [
        Row("resident memory after knowledge load", f"{figures['loaded'] / 1024:.0f} MB"),
        Row(
            "resident memory after 1,000 mixed inputs (100 users) through the conversation core",
            f"{figures['warm'] / 1024:.0f} MB",
        ),
        Row(
            f"resident memory after {figures['inputs']:,} mixed inputs ({figures['users']:,} users, "
            "in-memory store)",
            f"{figures['after'] / 1024:.0f} MB",
            "growth after warm-up (stored chat states, bounded check caches filling)",
            f"{per_input * 1024:.0f} bytes/input",
        ),
    ]


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


BOT_MODULES = (
    "checks.dispatch",
    "bot.conversation.core",
    "bot.conversation.default_services",
    "bot.store.sqlite",  # the store the bot opens by default (bot.store.memory was removed)
    "bot.telegram_app",
)


def _bot_ready() -> None:
    import knowledge

    knowledge.load_all()
    for name in BOT_MODULES:
        importlib.import_module(name)


def _memory() -> None:
    import knowledge
    from bench import chat

    knowledge.load_all()
    for name in BOT_MODULES[:-1]:  # the Telegram adapter is not part of the conversation core
        importlib.import_module(name)
    loaded = rss_kb()
    figures: dict[str, int] = {"loaded": loaded}

    async def run() -> None:
        # 100 users (1,000 inputs) warm the lazily built tables and caches; 900 more users follow.
        first, store_a = await chat.core_runner(100)
        figures["inputs"] = await first()
        figures["warm"] = rss_kb()
        rest, store_b = await chat.core_runner(900)
        figures["inputs"] += await rest()
        figures["after"] = rss_kb()
        figures["users"] = 1000
        await store_a.close()
        await store_b.close()

    asyncio.run(run())
    print(json.dumps(figures))


if __name__ == "__main__":
    {"bot_ready": _bot_ready, "memory": _memory}[sys.argv[1]]()
