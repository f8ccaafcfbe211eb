"""Run the real bot process against the fake Bot API and drive simulated users through it.

The bot is the production entry point (``python -m bot bot``, default options) in its own process, on a
temporary SQLite database: the same settings, store, PTB polling loop and adapter as in production, on its
own core (the machine has two), and a process that can really be SIGKILLed. Every address is 127.0.0.1,
every wait has a deadline, and the process is killed at the end (and by Linux if the test runner dies).
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.load.fake_bot_api import FakeBotApi, Sent
from tests.load.scenario import Expected, Step, expected_answers, script

ROOT = Path(__file__).resolve().parents[2]
SECRET = "load-test-secret-" + "k" * 32
START_TIMEOUT = 30.0
RATE_LIMIT = "1000"  # the maximum the settings accept: 10 inputs per user never meet it


def _die_with_parent() -> Callable[[], None] | None:
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def preexec() -> None:
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: no orphan bot if the runner dies

    return preexec


@dataclass
class BotRun:
    """The bot as a real process, pointed at ``api``; ``module`` may wrap it (fault injection)."""

    api: FakeBotApi
    workdir: Path
    module: str = "bot"
    env_extra: dict[str, str] = field(default_factory=dict)
    python_args: tuple[str, ...] = ()  # e.g. ("-m", "cProfile", "-o", "bot.prof") before "-m bot"
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def database(self) -> Path:
        return self.workdir / "bot.db"

    @property
    def log_path(self) -> Path:
        return self.workdir / "bot.log"

    def env(self) -> dict[str, str]:
        drop = (
            "TELEGRAM_",
            "WEBHOOK_",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "http_proxy",
            "https_proxy",
        )
        keep = {k: v for k, v in os.environ.items() if not k.startswith(drop) and k != "all_proxy"}
        return {
            **keep,
            "NO_PROXY": "127.0.0.1,localhost",
            "TELEGRAM_BOT_TOKEN": self.api.token,
            "TELEGRAM_API_BASE_URL": self.api.base_url,
            "TELEGRAM_API_FILE_URL": self.api.file_url,
            "DATABASE_PATH": str(self.database),
            "USER_ID_HASH_SECRET": SECRET,
            "RATE_LIMIT_PER_MINUTE": RATE_LIMIT,
            "LOG_LEVEL": "WARNING",
            **self.env_extra,
        }

    def start(self) -> float:
        """Start the process; returns the monotonic time it was started at."""
        assert self.process is None or self.process.poll() is not None, "already running"
        self.workdir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with self.log_path.open("ab") as log:
            command = [sys.executable, *self.python_args, "-m", self.module, "bot"]
            command += ["--env-file", str(self.workdir / "absent.env")]
            self.process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(),  # only prctl: safe in the child
            )
        self.starts += 1
        return started

    async def start_and_wait(self, timeout: float = START_TIMEOUT) -> float:
        """Start and wait until the bot polls; returns the start-up time in seconds."""
        started = self.start()
        await self.api.wait_call("getUpdates", timeout, after=started)
        return time.monotonic() - started

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM (a clean PTB shutdown), SIGKILL if it does not end in ``timeout``."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode

    async def stop_async(self, timeout: float = 15.0) -> int | None:
        return await asyncio.to_thread(self.stop, timeout)

    def cpu_seconds(self) -> float:
        """User + system CPU time of the running process so far (Linux /proc), 0.0 if unknown."""
        if self.process is None:
            return 0.0
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def cpu_wait_seconds(self) -> float:
        """Time the process's threads were ready to run but waited for a CPU (Linux schedstat), 0.0 if unknown.

        Large next to ``cpu_seconds``: the machine, not the bot, limits the figures."""
        if self.process is None:
            return 0.0
        total = 0
        try:
            for task in Path(f"/proc/{self.process.pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            return 0.0
        return total / 1e9

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace") if self.log_path.exists() else ""

    def failures_logged(self) -> list[str]:
        return [line for line in self.log().splitlines() if "update failed" in line or "Traceback" in line]


@dataclass
class Outcome:
    """One input of one user: when it was sent, when its first and last expected message arrived."""

    user: int
    index: int
    sent_at: float
    first_at: float | None = None
    done_at: float | None = None
    burst: bool = False

    @property
    def latency(self) -> float | None:
        return None if self.done_at is None else self.done_at - self.sent_at


@dataclass
class LoadReport:
    users: int
    inputs: int
    messages: int
    seconds: float
    outcomes: list[Outcome]
    problems: list[str]
    failures_logged: list[str]
    bot_cpu_seconds: float = 0.0  # CPU time the bot process used during the run
    bot_cpu_wait_seconds: float = 0.0  # time it was ready to run but waited for a CPU (a busy machine)

    def latencies(self, *, burst: bool | None = False, first: bool = False) -> list[float]:
        """Complete-answer latencies (``first``: until the first message of each answer)."""
        return [
            (o.first_at - o.sent_at if first and o.first_at is not None else o.latency)
            for o in self.outcomes
            if o.latency is not None and (burst is None or o.burst == burst)
        ]

    def percentile(self, q: float, *, burst: bool | None = False, first: bool = False) -> float:
        values = sorted(self.latencies(burst=burst, first=first))
        if not values:
            return float("nan")
        if len(values) == 1:
            return values[0]
        return statistics.quantiles(values, n=1000, method="inclusive")[round(q * 1000) - 1]

    @property
    def answered(self) -> int:
        return sum(1 for o in self.outcomes if o.done_at is not None)

    @property
    def throughput(self) -> float:
        return self.answered / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        ms = 1000.0
        return (
            f"{self.users} users, {self.inputs} inputs, {self.answered} answered, {self.messages} messages "
            f"in {self.seconds:.2f} s: {self.throughput:.0f} inputs/s; complete-answer latency "
            f"p50 {self.percentile(0.5) * ms:.1f} ms, p95 {self.percentile(0.95) * ms:.1f} ms, "
            f"p99 {self.percentile(0.99) * ms:.1f} ms (interactive users); burst users p95 "
            f"{self.percentile(0.95, burst=True) * ms:.1f} ms; problems {len(self.problems)}"
        )


def compare(chat: int, sent: Sequence[Sent], expected: Sequence[Expected]) -> list[str]:
    """Differences between what a chat received and what it should have, in order."""
    got = [Expected(s.text, s.buttons) for s in sent]
    if got == list(expected):
        return []
    for index, (have, want) in enumerate(zip(got, expected, strict=False)):
        if have != want:
            where = "duplicated" if have in expected[:index] else "out of order or wrong"
            return [f"chat {chat}: message {index} {where}: got {have.text[:60]!r}, want {want.text[:60]!r}"]
    if len(got) < len(expected):
        return [f"chat {chat}: {len(expected) - len(got)} message(s) missing of {len(expected)}"]
    return [f"chat {chat}: {len(got) - len(expected)} extra message(s) (duplicates?)"]


def compare_across_midnight(
    chat: int, sent: Sequence[Sent], before: Sequence[Expected], after: Sequence[Expected]
) -> list[str]:
    """``compare`` for a run that crossed midnight in France: an answer that names a date ("hier à 22h" ->
    "dimanche 29 novembre") may come from either side, so each message may match either plan."""
    got = [Expected(s.text, s.buttons) for s in sent]
    if len(got) == len(before) == len(after) and all(
        have in (first, second) for have, first, second in zip(got, before, after, strict=True)
    ):
        return []
    return compare(chat, sent, before)


def french_day() -> date:
    """Today in France: the day the bot's answers about "hier" or "aujourd'hui" are computed from."""
    return datetime.now(ZoneInfo("Europe/Paris")).date()


USER_BASE = 500_000


async def plan(users: int, per_user: int) -> dict[int, tuple[list[Step], list[list[Expected]]]]:
    """Each user's script and the answers it must get (chat id -> steps, expected messages per step)."""
    plans: dict[int, tuple[list[Step], list[list[Expected]]]] = {}
    for number in range(users):
        steps = script(number, per_user)
        answers = await expected_answers(steps)
        assert all(answers), "the oracle found an input with no answer"
        plans[USER_BASE + number] = (steps, answers)
    return plans


async def drive(
    api: FakeBotApi,
    plans: dict[int, tuple[list[Step], list[list[Expected]]]],
    *,
    think: tuple[float, float] = (0.2, 0.8),
    burst_every: int = 5,
    reply_timeout: float = 30.0,
    seed: int = 6,
    settle: float = 0.3,
) -> LoadReport:
    """All users at once: most type, wait for the answer, think, go on; every ``burst_every``-th user sends
    all their inputs back to back without waiting (the per-chat order is then the bot's job)."""
    rng = random.Random(seed)
    outcomes: list[Outcome] = []
    problems: list[str] = []

    def send(chat: int, step: Step) -> None:
        if step.kind == "text":
            api.send_text(chat, step.value)
        else:
            api.press(chat, step.value)

    async def interactive(chat: int, steps: list[Step], answers: list[list[Expected]], delay: float) -> None:
        await asyncio.sleep(delay)
        have = len(api.messages(chat))
        for index, (step, answer) in enumerate(zip(steps, answers, strict=True)):
            outcome = Outcome(chat, index, time.monotonic())
            outcomes.append(outcome)
            send(chat, step)
            need = have + len(answer)
            try:
                got = await api.wait_messages(chat, need, reply_timeout)
            except TimeoutError as exc:
                problems.append(f"timeout: {exc}")
                return
            outcome.first_at, outcome.done_at = got[have].at, got[need - 1].at
            have = need
            await asyncio.sleep(rng.uniform(*think))

    async def burst(chat: int, steps: list[Step], answers: list[list[Expected]], delay: float) -> None:
        await asyncio.sleep(delay)
        have = len(api.messages(chat))
        mine = [Outcome(chat, i, time.monotonic(), burst=True) for i in range(len(steps))]
        outcomes.extend(mine)
        for step in steps:
            send(chat, step)
        ends = list(_running_sum(have, [len(a) for a in answers]))
        try:
            got = await api.wait_messages(chat, ends[-1], reply_timeout)
        except TimeoutError as exc:
            problems.append(f"timeout: {exc}")
            return
        start = have
        for outcome, end in zip(mine, ends, strict=True):
            outcome.first_at, outcome.done_at = got[start].at, got[end - 1].at
            start = end

    began = time.monotonic()
    tasks = []
    spread = think[1]  # users arrive over the first think time, not all in the same millisecond
    session = (think[0] + think[1]) / 2 * max(len(s) for s, _ in plans.values())
    for position, (chat, (steps, answers)) in enumerate(plans.items()):
        if burst_every and position % burst_every == burst_every - 1:
            # A burst comes at any moment of the run, not all in the first second.
            tasks.append(asyncio.create_task(burst(chat, steps, answers, rng.uniform(0, session))))
        else:
            tasks.append(asyncio.create_task(interactive(chat, steps, answers, rng.uniform(0, spread))))
    await asyncio.gather(*tasks)
    ended = max((o.done_at for o in outcomes if o.done_at is not None), default=time.monotonic())
    await asyncio.sleep(settle)  # late duplicates would arrive now
    for chat, (_, answers) in plans.items():
        problems.extend(compare(chat, api.messages(chat), [m for a in answers for m in a]))
    return LoadReport(
        users=len(plans),
        inputs=sum(len(s) for s, _ in plans.values()),
        messages=sum(len(api.messages(chat)) for chat in plans),
        seconds=ended - began,
        outcomes=outcomes,
        problems=problems,
        failures_logged=[],
    )


def _running_sum(start: int, sizes: list[int]) -> list[int]:
    out = []
    for size in sizes:
        start += size
        out.append(start)
    return out


async def run_load(
    workdir: Path,
    users: int,
    per_user: int,
    *,
    think: tuple[float, float] = (0.2, 0.8),
    burst_every: int = 5,
) -> LoadReport:
    """The whole run: plan, fake server, bot process, users, verification, clean stop."""
    planned_on = french_day()
    plans = await plan(users, per_user)
    async with FakeBotApi() as api:
        bot = BotRun(api, workdir)
        try:
            await bot.start_and_wait()
            cpu_before, wait_before = bot.cpu_seconds(), bot.cpu_wait_seconds()
            report = await drive(api, plans, think=think, burst_every=burst_every)
            report.bot_cpu_seconds = bot.cpu_seconds() - cpu_before
            report.bot_cpu_wait_seconds = bot.cpu_wait_seconds() - wait_before
        finally:
            await bot.stop_async()
        report.failures_logged = bot.failures_logged()
        if report.problems and french_day() != planned_on:
            later = await plan(users, per_user)
            report.problems = [p for p in report.problems if not p.startswith("chat ")] + [
                problem
                for chat, (_, answers) in plans.items()
                for problem in compare_across_midnight(
                    chat,
                    api.messages(chat),
                    [m for a in answers for m in a],
                    [m for a in later[chat][1] for m in a],
                )
            ]
        if api.unknown_methods:
            report.problems.append(f"methods the fake does not know: {sorted(set(api.unknown_methods))}")
        return report
