"""``make profile``: where the bot's time goes while 50 users talk to it at once (py-spy, sampling).

The bot runs as in ``make bench`` (its own process, default options, the project's fake Bot API over HTTP);
after a warm-up round, py-spy samples it (``--idle``: waiting counts too, since a serialising wait is what
we look for) while 100 new users send 5 inputs each with no pause. Prints, per thread, the functions that
hold the most samples, and writes a flame graph to ``var/profile-bot.svg``.

``python -m bench.profile --cpu``: on-CPU samples only, and the main thread's share per layer (HTTP client,
PTB objects, conversation, checks, store…): where the CPU of each message goes.
"""

from __future__ import annotations

import asyncio
import collections
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = 25


def _py_spy() -> str:
    found = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if found is None:
        raise SystemExit("py-spy is missing: `make profile` installs it in .venv")
    return found


async def _record(raw: Path, svg: Path, *, idle: bool = True) -> str:
    from tests.load.fake_bot_api import FakeBotApi
    from tests.load.harness import BotRun, drive, plan

    warm = await plan(50, 5)
    measured = {chat + 100_000: steps for chat, steps in (await plan(100, 5)).items()}
    with tempfile.TemporaryDirectory(prefix="profile-") as tmp:
        async with FakeBotApi() as api:
            bot = BotRun(api, Path(tmp))
            try:
                await bot.start_and_wait()
                await drive(api, warm, think=(0.0, 0.0), burst_every=0)
                assert bot.process is not None
                spy_args = [_py_spy(), "record", "--pid", str(bot.process.pid), "--threads"]
                spy_args += ["--idle"] if idle else []
                spy_args += ["--rate", "200"]
                spies = [
                    subprocess.Popen(
                        [*spy_args, "--format", fmt, "-o", str(out)],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                    for fmt, out in (("raw", raw), ("flamegraph", svg))
                ]
                await asyncio.sleep(1.0)  # py-spy attaches
                report = await drive(api, measured, think=(0.0, 0.0), burst_every=0)
                for spy in spies:
                    spy.send_signal(signal.SIGINT)
                    spy.wait(timeout=30)
            finally:
                await bot.stop_async()
    return report.summary()


def _top(raw: Path) -> list[str]:
    """Inclusive samples per function and thread, from py-spy's collapsed stacks."""
    per_thread: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    totals: collections.Counter[str] = collections.Counter()
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        thread, samples = frames[0], int(count)
        totals[thread] += samples
        for name in dict.fromkeys(f.split(" (")[0] for f in frames[1:]):
            per_thread[thread][name] += samples
    lines = []
    for thread, total in totals.most_common():
        lines.append(f"{thread}: {total} samples")
        for name, samples in per_thread[thread].most_common(TOP):
            lines.append(f"  {samples / total:6.1%}  {name}")
    return lines


#: Layers of the main thread, tried from the innermost frame outwards: a sample counts for the first match.
LAYERS = (
    ("logging", ("/logging/",)),
    ("JSON", ("/json/",)),
    (
        "HTTP client (aiohttp, yarl, multidict; httpx, httpcore, anyio, h11)",
        ("aiohttp/", "yarl/", "multidict/", "httpx/", "httpcore/", "anyio/", "h11/"),
    ),
    ("PTB request layer", ("telegram/request/",)),
    ("PTB objects (Update, Message… to and from JSON)", ("telegram/_",)),
    ("PTB application (polling, handlers)", ("telegram/ext/",)),
    ("checks", ("checks/",)),
    ("knowledge", ("knowledge/",)),
    ("conversation", ("bot/conversation/",)),
    ("store", ("bot/store/", "aiosqlite/")),
    ("Telegram adapter, journal", ("bot/",)),
    ("event loop, sockets", ("asyncio/", "selectors")),
)


def _layers(raw: Path) -> list[str]:
    """The main thread's on-CPU samples per layer; other threads apart (py-spy counts a thread in fsync as
    active, so the store thread's share is mostly disk waits, not CPU)."""
    shares: collections.Counter[str] = collections.Counter()
    others: collections.Counter[str] = collections.Counter()
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        if "MainThread" not in frames[0]:
            others[frames[0].split(": ", 1)[-1]] += int(count)
            continue
        layer = next(
            (
                name
                for frame in reversed(frames[1:])
                for name, marks in LAYERS
                if any(mark in frame for mark in marks)
            ),
            "other",
        )
        shares[layer] += int(count)
    total = sum(shares.values()) or 1
    lines = [f"main thread: {total} samples"]
    lines += [f"  {samples / total:6.1%}  {name}" for name, samples in shares.most_common()]
    lines += [f"other thread {name}: {samples} samples" for name, samples in others.most_common()]
    return lines


def main() -> int:
    cpu = "--cpu" in sys.argv[1:]
    out = ROOT / "var"
    out.mkdir(exist_ok=True)
    raw, svg = out / "profile-bot.txt", out / "profile-bot.svg"
    print(asyncio.run(_record(raw, svg, idle=not cpu)))
    print("\n".join(_layers(raw) if cpu else _top(raw)))
    print(f"flame graph: {svg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
