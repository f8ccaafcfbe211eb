"""``make test-scale``: PostgreSQL, N webhook workers behind HAProxy and a fake Telegram, on 127.0.0.1.

200 simulated users x 10 updates (the load test's scripts, every fifth user sending all ten at once) go
through HAProxy to 3 workers; one worker (the jobs leader, started first) is SIGKILLed in the middle of the
run and started again. Checked chat by chat against an oracle (the same scripts through the conversation core
in memory): every update answered exactly once, each user's answers in order; reminders (seeded before the
run and after the kill) each delivered once. The last line printed is the summary; exit status 1 unless
duplicates, lost and out of order are all 0 (and nothing unexpected was sent).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.privacy import user_key
from bot.store.postgres import open_postgres_store
from tests.load.fake_bot_api import FakeBotApi, Sent
from tests.load.harness import plan
from tests.load.scenario import Expected, Step
from tests.scale.cluster import HaProxy, Worker, free_port, haproxy_config
from tests.scale.webhook_sender import WebhookSender
from tests.store_contract.postgres_server import PostgresServer

SECRET = "scale-test-secret-" + "s" * 32
WEBHOOK_SECRET = "scale-webhook-secret_0123456789"
REMINDER_CHAT_BASE = 900_000
RUN_TIMEOUT = 600.0


@dataclass
class Verdict:
    updates: int = 0
    answered_once: int = 0
    duplicates: int = 0
    lost: int = 0
    out_of_order: int = 0
    unexpected: int = 0
    problems: list[str] = field(default_factory=list)


def check_chat(chat: int, got: list[Sent], blocks: list[list[Expected]], verdict: Verdict) -> None:
    """Match a chat's messages against its updates' expected answers, in order.

    An update is answered once when its block of messages appears exactly once; a block seen again is a
    duplicate; a block never seen is lost; blocks seen in another order than the updates are out of order.
    Any other message is unexpected (e.g. an error notice).
    """
    received = [Expected(s.text, s.buttons) for s in got]
    used = [False] * len(received)
    positions: list[int] = []
    for index, block in enumerate(blocks):
        verdict.updates += 1
        starts = [
            i
            for i in range(len(received) - len(block) + 1)
            if received[i : i + len(block)] == block and not any(used[i : i + len(block)])
        ]
        if not starts:
            verdict.lost += 1
            verdict.problems.append(f"chat {chat}: update {index} not answered")
            continue
        after = [s for s in starts if not positions or s > positions[-1]]
        first = after[0] if after else starts[0]
        if positions and first < positions[-1]:
            verdict.out_of_order += 1
            verdict.problems.append(f"chat {chat}: update {index} answered before update {index - 1}")
        positions.append(first)
        for i in range(first, first + len(block)):
            used[i] = True
        verdict.answered_once += 1
    leftovers = [received[i] for i in range(len(received)) if not used[i]]
    doubled: set[int] = set()
    for message in leftovers:
        owner = next((i for i, block in enumerate(blocks) if message in block), None)
        if owner is None:
            verdict.unexpected += 1
            verdict.problems.append(f"chat {chat}: unexpected {message.text[:60]!r}")
            continue
        verdict.duplicates += 1
        verdict.problems.append(f"chat {chat}: update {owner} answered again {message.text[:60]!r}")
        doubled.add(owner)
    verdict.answered_once -= len(doubled)  # answered, but not once


async def drive(
    sender: WebhookSender,
    api: FakeBotApi,
    plans: dict[int, tuple[list[Step], list[list[Expected]]]],
    *,
    seed: int = 15,
) -> dict[int, float]:
    """Users at once: most wait for each answer, then take 1-3 s to type or tap the next one (people do);
    every fifth sends its ten at once, back to back.

    Returns, per update id, the complete-answer latency (first POST to last message of the answer).
    """
    rng = random.Random(seed)
    latency: dict[int, float] = {}

    async def interactive(chat: int, steps: list[Step], answers: list[list[Expected]], delay: float) -> None:
        await asyncio.sleep(delay)
        have = len(api.messages(chat))
        for step, answer in zip(steps, answers, strict=True):
            update_id = (
                sender.send_text(chat, step.value) if step.kind == "text" else sender.press(chat, step.value)
            )
            need = have + len(answer)
            try:
                got = await api.wait_messages(chat, need, 240.0)
            except TimeoutError:
                return
            start = sender.deliveries[update_id].first_post_at or sender.deliveries[update_id].created_at
            latency[update_id] = got[need - 1].at - start
            have = need
            await asyncio.sleep(rng.uniform(1.0, 3.0))

    async def burst(chat: int, steps: list[Step], answers: list[list[Expected]], delay: float) -> None:
        await asyncio.sleep(delay)
        have = len(api.messages(chat))
        ids = []
        for step in steps:
            ids.append(
                sender.send_text(chat, step.value) if step.kind == "text" else sender.press(chat, step.value)
            )
        end = have
        for update_id, answer in zip(ids, answers, strict=True):
            end += len(answer)
            try:
                got = await api.wait_messages(chat, end, 240.0)
            except TimeoutError:
                return
            start = sender.deliveries[update_id].first_post_at or sender.deliveries[update_id].created_at
            latency[update_id] = got[end - 1].at - start

    tasks = []
    for position, (chat, (steps, answers)) in enumerate(plans.items()):
        if position % 5 == 4:
            tasks.append(burst(chat, steps, answers, rng.uniform(0, 15.0)))  # at any moment of the run
        else:
            tasks.append(interactive(chat, steps, answers, rng.uniform(0, 1.0)))
    await asyncio.gather(*tasks)
    return latency


async def seed_reminders(dsn: str, first: int, count: int) -> list[int]:
    store = await open_postgres_store(dsn, secret=SECRET)
    try:
        chats = list(range(REMINDER_CHAT_BASE + first, REMINDER_CHAT_BASE + first + count))
        for chat in chats:
            await store.add_reminder(
                user_key(chat, SECRET),
                chat,
                date.today(),
                "bot.letter.reminder_text",
                {"what": f"réponse RGPD {chat}", "due": date.today().strftime("%d/%m/%Y")},
            )
        return chats
    finally:
        await store.close()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(sorted(values), n=100, method="inclusive")[round(q * 100) - 1]


async def run(workers_count: int, users: int, per_user: int, workdir: Path) -> int:
    plans = await plan(users, per_user)
    load_before = f"{os.getloadavg()[0]:.1f}"
    with PostgresServer.start(durable=True, log=workdir / "postgres.log") as pg:
        dsn = pg.dsn()
        reminder_chats = await seed_reminders(dsn, 0, 20)  # also migrates, before any worker starts
        async with FakeBotApi(max_poll_timeout=1.0) as api:
            lb_port = free_port()
            ports = [free_port() for _ in range(workers_count)]
            env = {
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "WORKER_"))
            }
            env.update(
                NO_PROXY="127.0.0.1,localhost",
                TELEGRAM_BOT_TOKEN=api.token,
                TELEGRAM_API_BASE_URL=api.base_url,
                TELEGRAM_API_FILE_URL=api.file_url,
                DATABASE_URL=dsn,
                USER_ID_HASH_SECRET=SECRET,
                WEBHOOK_URL=f"http://127.0.0.1:{lb_port}/telegram",
                WEBHOOK_SECRET_TOKEN=WEBHOOK_SECRET,
                RATE_LIMIT_PER_MINUTE="1000",
                WORKER_JOBS_INTERVAL_SECONDS="1",
                LOG_LEVEL="WARNING",
            )
            workers = [Worker(port, env, workdir / f"worker-{port}.log") for port in ports]
            config = workdir / "haproxy.cfg"
            config.write_text(haproxy_config(lb_port, ports))
            haproxy = HaProxy(config, lb_port, log_path=workdir / "haproxy.log")
            sender = WebhookSender(api, f"http://127.0.0.1:{lb_port}/telegram", WEBHOOK_SECRET)
            try:
                for worker in workers:  # the first one started leads the jobs: it is the one killed
                    worker.start()
                    await asyncio.to_thread(worker.wait_ready)
                await asyncio.to_thread(haproxy.start)
                began = time.monotonic()
                driver_cpu = time.process_time()
                total = users * per_user
                driving = asyncio.create_task(drive(sender, api, plans))
                await sender.wait_acked(int(total * 0.4), RUN_TIMEOUT)
                killed_at = sender.acked_count()
                cpu = workers[0].cpu_seconds()
                workers[0].kill()
                reminder_chats += await seed_reminders(dsn, 20, 20)  # for whichever worker leads now
                await asyncio.sleep(2.0)
                workers[0].start()
                await asyncio.to_thread(workers[0].wait_ready)
                latency = await asyncio.wait_for(driving, RUN_TIMEOUT)
                seconds = time.monotonic() - began
                cpu += sum(w.cpu_seconds() for w in workers)
                driver_cpu = time.process_time() - driver_cpu
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline and any(not api.messages(c) for c in reminder_chats):
                    await asyncio.sleep(0.5)
                await asyncio.sleep(3.0)  # late duplicates, a reminder sent twice, would arrive now
            finally:
                await sender.close()
                haproxy.stop()
                for worker in workers:
                    worker.stop()

    verdict = Verdict()
    for chat, (_, answers) in plans.items():
        check_chat(chat, api.messages(chat), answers, verdict)
    reminders_once = sum(1 for c in reminder_chats if len(api.messages(c)) == 1)
    reminders_extra = sum(max(0, len(api.messages(c)) - 1) for c in reminder_chats)
    reminders_lost = sum(1 for c in reminder_chats if not api.messages(c))
    failures = [
        line
        for w in workers
        for line in w.log().splitlines()
        if "update failed" in line or "Traceback" in line
    ]
    p95 = percentile(list(latency.values()), 0.95) * 1000
    p50 = percentile(list(latency.values()), 0.50) * 1000
    print(f"workdir: {workdir}; load average before {load_before}, after {os.getloadavg()[0]:.1f}")
    print(f"SIGKILL of the jobs leader after {killed_at} acknowledged updates, restarted after 2 s")
    print(f"deliveries: {dict(sender.status_counts)}; re-deliveries {sender.retries}")
    print(
        f"reminders: {len(reminder_chats)} due, delivered once {reminders_once}, extra {reminders_extra}, lost {reminders_lost}"
    )
    print(
        f"unexpected messages {verdict.unexpected}; worker failures logged {len(failures)}; unknown methods {sorted(set(api.unknown_methods))}"
    )
    for problem in verdict.problems[:20]:
        print(f"  {problem}")
    for line in failures[:10]:
        print(f"  {line}")
    print(
        f"workers' CPU: {cpu:.1f} s in all, {cpu / max(1, verdict.updates) * 1000:.1f} ms per update; "
        f"fake Telegram and users (this process): {driver_cpu:.1f} s"
    )
    print(
        f"throughput {verdict.answered_once / seconds:.1f} updates/s over {seconds:.1f} s; complete-answer latency p50 {p50:.0f} ms, p95 {p95:.0f} ms"
    )
    ok = (
        verdict.duplicates == 0
        and verdict.lost == 0
        and verdict.out_of_order == 0
        and verdict.unexpected == 0
        and reminders_extra == 0
        and reminders_lost == 0
        and verdict.updates == users * per_user
    )
    print(
        f"scale: {workers_count} workers, {verdict.updates} updates, answered once {verdict.answered_once}, "
        f"duplicates {verdict.duplicates}, lost {verdict.lost}, out of order {verdict.out_of_order}, p95 {p95:.0f} ms"
    )
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=10)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="verif-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    return asyncio.run(run(args.workers, args.users, args.per_user, workdir))


if __name__ == "__main__":
    sys.exit(main())
