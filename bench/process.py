"""Figures that need a fresh process: start-up time and resident memory.

Each is measured in a new interpreter (``python -m bench.process <what>``), so nothing imported or loaded
by the rest of the benchmark flatters it. Memory is the resident set size (VmRSS) read from /proc.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.table import Row

RUNS = 5


def _run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median_wall(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and CPU times over RUNS runs. CPU time tells how much of the wall time was the process's
    own work when other processes share the cores."""
    # The first run fills the OS file cache and the knowledge snapshot: not what a restart sees.
    subprocess.run(argv, check=True, capture_output=True, env=env)
    runs = [_run(argv, env) for _ in range(RUNS)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def _write_bytecode() -> None:
    """Compile the project once, as a restart finds it (even when PYTHONDONTWRITEBYTECODE is set here)."""
    root = Path(__file__).resolve().parent.parent
    packages = [str(root / name) for name in ("bot", "checks", "knowledge", "bench")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], check=True, capture_output=True)


def startup_rows() -> list[Row]:
    python = sys.executable
    _write_bytecode()
    bare, _ = _median_wall([python, "-c", "pass"])
    load_all = [python, "-c", "import knowledge; knowledge.load_all()"]
    knowledge = _median_wall(load_all)
    # Without the validated snapshot: the first start after a change of the data or of the knowledge code.
    validated = _median_wall(load_all, env={**os.environ, "KNOWLEDGE_CACHE_DIR": ""})
    bot_ready = _median_wall([python, "-m", "bench.process", "bot_ready"])
    first_answer = _median_wall([python, "-m", "bot", "check", "04 72 80 14 14"])
    reference = f"bare interpreter {bare * 1000:.0f} ms"

    def row(what: str, times: tuple[float, float], target: str = "") -> Row:
        wall, cpu = times
        return Row(what, f"{wall:.2f} s", f"{reference}; CPU {cpu:.2f} s", "", target)

    return [
        row("start-up: knowledge loaded and validated (validated snapshot)", knowledge, "<= 1 s"),
        row("start-up: knowledge validated again (no snapshot: data or knowledge code changed)", validated),
        row(
            "start-up: bot ready (knowledge, checks, conversation, Telegram adapter imported)",
            bot_ready,
            "<= 1 s",
        ),
        row('start-up: first answer of `check "04 72 80 14 14"`', first_answer),
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
    "bot.store.sqlite",
    "bot.telegram_app",
)


def _bot_ready() -> None:
    import gc

    import knowledge

    gc.disable()  # as `verif-recouvrement bot` starts (bot/cli/run_bot.py)
    knowledge.load_all()
    for name in BOT_MODULES:
        importlib.import_module(name)
    gc.enable()


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
