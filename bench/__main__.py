"""``make bench``: one table of figures, measured now on this machine.

Each check's median time is shown next to the bare library call underneath it, as a ratio, so the figures
mean something on any machine.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Row:
    what: str
    figure: str
    reference: str = ""
    ratio: str = ""
    target: str = ""


def bench_checks() -> list[Row]:
    import phonenumbers
    import tldextract

    from bench import samples
    from bench.timing import total_median_us
    from checks.links import check_link
    from checks.message import analyse_message
    from checks.numbers import check_number

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    rows = []
    n_check = total_median_us(check_number, samples.NUMBERS) / len(samples.NUMBERS)
    n_bare = total_median_us(lambda s: phonenumbers.parse(s, "FR"), samples.NUMBERS) / len(samples.NUMBERS)
    rows.append(
        Row(
            "check_number (median per input)",
            f"{n_check:.1f} µs",
            f"phonenumbers.parse {n_bare:.1f} µs",
            f"{n_check / n_bare:.2f}x",
            "<= 3x",
        )
    )
    l_check = total_median_us(check_link, samples.LINKS) / len(samples.LINKS)
    l_bare = total_median_us(extract, samples.LINKS) / len(samples.LINKS)
    rows.append(
        Row(
            "check_link (median per input)",
            f"{l_check:.1f} µs",
            f"tldextract call {l_bare:.1f} µs",
            f"{l_check / l_bare:.2f}x",
            "<= 5x",
        )
    )
    m_check = total_median_us(analyse_message, [samples.SMS], rounds=15, number=20)
    parts = total_median_us(check_number, samples.SMS_NUMBERS) + total_median_us(
        check_link, samples.SMS_LINKS
    )
    rows.append(
        Row(
            "analyse_message (300-char SMS)",
            f"{m_check / 1000:.2f} ms",
            f"its number+link checks {parts:.1f} µs",
            f"{m_check / parts:.2f}x",
            "<= 2 ms",
        )
    )
    return rows


def bench_jsonl() -> list[Row]:
    import io

    from bench.samples import mixed_lines
    from bot.cli.check import iter_results

    lines = mixed_lines(5000)
    start = time.perf_counter()
    for _ in iter_results(io.StringIO("\n".join(lines) + "\n")):
        pass
    in_process = len(lines) / (time.perf_counter() - start)

    big = mixed_lines(20000)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as feed:
        feed.write("\n".join(big) + "\n")
        feed.seek(0)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "bot", "check", "--jsonl"], stdin=feed, capture_output=True, check=True
        )
        elapsed = time.perf_counter() - start
    produced = done.stdout.count(b"\n")
    assert produced == len(big), f"check --jsonl answered {produced} lines for {len(big)}"
    return [
        Row("check --jsonl, in process (mixed inputs)", f"{in_process:,.0f} /s", target=">= 5,000 /s"),
        Row(
            "check --jsonl, whole process incl. start-up (20,000 lines)",
            f"{len(big) / elapsed:,.0f} /s",
            target=">= 5,000 /s",
        ),
    ]


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


def main() -> int:
    rows: list[Row] = []
    for section in (bench_checks, bench_jsonl):
        rows.extend(section())
    print(f"Machine: {machine()}\n")
    print("| what | figure | bare library call | ratio | target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.what} | {row.figure} | {row.reference} | {row.ratio} | {row.target} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
