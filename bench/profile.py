"""``make profile``: where the bot's time goes while 50 users talk to it at once (py-spy, sampling).

The bot runs as in ``make bench`` (its own process, default options, the project's fake Bot API over HTTP);
after a warm-up round, py-spy samples it (``--idle``: waiting counts too, since a serialising wait is what
we look for) while 100 new users send 5 inputs each with no pause. Prints, per thread, the functions that
hold the most samples, and writes a flame graph to ``var/profile-bot.svg``.
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


async def _record(raw: Path, svg: Path) -> str:
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
                spy_args = [_py_spy(), "record", "--pid", str(bot.process.pid), "--idle", "--threads"]
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


def main() -> int:
    out = ROOT / "var"
    out.mkdir(exist_ok=True)
    raw, svg = out / "profile-bot.txt", out / "profile-bot.svg"
    print(asyncio.run(_record(raw, svg)))
    print("\n".join(_top(raw)))
    print(f"flame graph: {svg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
