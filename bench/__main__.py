"""``make bench``: one table of figures, measured now on this machine.

Each check's median time is shown next to the bare library call underneath it, as a ratio, so the figures
mean something on any machine.
"""

from __future__ import annotations

import asyncio
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence

from bench.table import Row


def bench_checks() -> list[Row]:
    import phonenumbers
    import tldextract

    from bench import samples
    from bench.timing import mean_median_us
    from checks.links import check_link
    from checks.message import analyse_message
    from checks.numbers import check_number

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    rows = []

    def parse(text: str) -> object:
        return phonenumbers.parse(text, "FR")

    def against_bare(
        name: str,
        check: Callable[[str], object],
        items: Sequence[str],
        bare: str,
        bare_us: float,
        cold_target: str,
    ) -> None:
        for cold in (True, False):
            check_us = mean_median_us(check, items, cold=cold)
            label = "cold" if cold else "warm (cached)"
            rows.append(
                Row(
                    f"{name}, {label}",
                    f"{check_us:.1f} µs",
                    f"{bare} {bare_us:.1f} µs",
                    f"{check_us / bare_us:.2f}x",
                    cold_target if cold else "",
                )
            )

    numbers_bare = mean_median_us(parse, samples.NUMBERS, cold=False)
    against_bare("check_number", check_number, samples.NUMBERS, "phonenumbers.parse", numbers_bare, "<= 3x")
    links_bare = mean_median_us(extract, samples.LINKS, cold=False)
    against_bare("check_link", check_link, samples.LINKS, "tldextract call", links_bare, "<= 5x")
    unknown_us = mean_median_us(check_link, samples.UNKNOWN_LINKS, cold=True)
    unknown_bare = mean_median_us(extract, samples.UNKNOWN_LINKS, cold=False)
    rows.append(
        Row(
            "check_link, cold, links of no official site",
            f"{unknown_us:.1f} µs",
            f"tldextract call {unknown_bare:.1f} µs",
            f"{unknown_us / unknown_bare:.2f}x",
            "<= 50 µs",
        )
    )
    open_us = mean_median_us(check_link, samples.OPEN_LINKS, cold=True)
    open_bare = mean_median_us(extract, samples.OPEN_LINKS, cold=False)
    rows.append(
        Row(
            "check_link, cold, links the rules leave open (the lexical model is asked)",
            f"{open_us:.1f} µs",
            f"tldextract call {open_bare:.1f} µs",
            f"{open_us / open_bare:.2f}x",
            "<= 50 µs",
        )
    )
    m_check = mean_median_us(analyse_message, [samples.SMS], cold=True, runs=200)
    parts = mean_median_us(check_number, samples.SMS_NUMBERS, cold=True) + mean_median_us(
        check_link, samples.SMS_LINKS, cold=True
    )
    rows.append(
        Row(
            "analyse_message, 300-char SMS, cold",
            f"{m_check / 1000:.2f} ms",
            f"its number + link checks {parts:.1f} µs",
            f"{m_check / parts:.1f}x",
            "<= 2 ms",
        )
    )
    return rows


def _jsonl_in_process(lines: list[str]) -> float:
    import io

    from bot.cli.check import iter_results

    start = time.perf_counter()
    count = sum(1 for _ in iter_results(io.StringIO("\n".join(lines) + "\n")))
    assert count == len(lines)
    return len(lines) / (time.perf_counter() - start)


def _jsonl_process(lines: list[str]) -> float:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as feed:
        feed.write("\n".join(lines) + "\n")
        feed.seek(0)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bot", "check", "--jsonl"], stdin=feed, capture_output=True, check=True
        )
        elapsed = time.perf_counter() - start
    produced = done.stdout.count(b"\n")
    assert produced == len(lines), f"check --jsonl answered {produced} lines for {len(lines)}"
    return len(lines) / elapsed


def bench_jsonl() -> list[Row]:
    from bench.samples import jsonl, mixed_number_link_lines, varied_messages

    mixed = mixed_number_link_lines(20000)
    messages = jsonl(varied_messages(3000))
    return [
        Row(
            "check --jsonl, 20,000 distinct numbers and links, in process",
            f"{_jsonl_in_process(mixed):,.0f} /s",
            target=">= 5,000 /s",
        ),
        Row(
            "check --jsonl, same, whole process incl. start-up",
            f"{_jsonl_process(mixed):,.0f} /s",
            target=">= 5,000 /s",
        ),
        Row(
            "check --jsonl, 3,000 distinct SMS, in process",
            f"{_jsonl_in_process(messages):,.0f} /s",
            target=">= 1,000 /s",
        ),
    ]


def bench_chat() -> list[Row]:
    from bench import chat

    core = asyncio.run(chat.core_updates_per_second(300))
    telegram = asyncio.run(chat.telegram_updates_per_second(100))
    mix = "numbers, links, SMS, button presses, prescription dialogue; distinct per user"
    return [
        Row(
            "conversation core (`Conversation.handle`, in-memory store), updates/s",
            f"{core:,.0f} /s",
            mix,
            target=">= 1,000 /s",
        ),
        Row(
            "Telegram adapter in process (`Application.process_update`, real Update JSON, fake Bot API "
            "over httpx.MockTransport), updates/s",
            f"{telegram:,.0f} /s",
            "same mix, replies sent through HTTPXRequest",
        ),
    ]


def bench_process() -> list[Row]:
    from bench.process import memory_rows, startup_rows

    return [*startup_rows(), *memory_rows()]


def bench_load() -> list[Row]:
    """The load test's figures (``bench/load.py``)."""
    from bench import load

    return load.rows()


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


SECTIONS: tuple[Callable[[], list[Row]], ...] = (
    bench_checks,
    bench_jsonl,
    bench_chat,
    bench_process,
    bench_load,
)


def main() -> int:
    started = time.perf_counter()
    load_before = load_average()
    rows: list[Row] = []
    for section in SECTIONS:
        rows.extend(section())
    print(f"Machine: {machine()}")
    print(
        f"Load average (1/5/15 min) before: {load_before}, after: {load_average()}; "
        f"bench took {time.perf_counter() - started:.0f} s\n"
    )
    print("| what | figure | reference (bare library call, workload) | ratio | target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.what} | {row.figure} | {row.reference} | {row.ratio} | {row.target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
