"""The processes of a scale run, all on 127.0.0.1: webhook workers and HAProxy (PostgreSQL is
``tests.store_contract.postgres_server``). Every process dies with the runner (PR_SET_PDEATHSIG) and every
wait has a deadline."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.load.harness import _die_with_parent

ROOT = Path(__file__).resolve().parents[2]
HAPROXY_CFG = ROOT / "deploy" / "haproxy.cfg"
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def haproxy_config(listen_port: int, worker_ports: list[int]) -> str:
    """deploy/haproxy.cfg with the run's ports, without its system-only lines (user, log socket, daemon)."""
    lines = []
    for line in HAPROXY_CFG.read_text().splitlines():
        if line.rstrip().endswith("# system"):
            continue
        if re.match(r"\s*server\s", line):
            continue
        line = re.sub(r"^(\s*)bind 127\.0\.0\.1:\d+", rf"\g<1>bind 127.0.0.1:{listen_port}", line)
        lines.append(line)
        if line.strip().startswith("default-server"):
            lines += [f"    server w{port} 127.0.0.1:{port} check" for port in worker_ports]
    text = "\n".join(lines) + "\n"
    text = text.replace("    log global\n", "").replace("    option httplog\n", "")
    assert f"bind 127.0.0.1:{listen_port}" in text and all(f":{p} check" in text for p in worker_ports)
    return text


def wait_http(
    url: str, timeout: float = START_TIMEOUT, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class Worker:
    """``python -m bot bot`` in webhook mode with DATABASE_URL: the production entry point."""

    port: int
    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "bot", "--env-file", str(self.log_path.parent / "absent.env")],
                cwd=ROOT,
                env={**self.env, "WEBHOOK_PORT": str(self.port)},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(),
            )
        self.starts += 1

    def wait_ready(self) -> None:
        wait_http(f"http://127.0.0.1:{self.port}/healthz", process=self.process)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace") if self.log_path.exists() else ""

    def cpu_seconds(self) -> float:
        """User + system CPU time of the running process (Linux /proc), 0.0 if unknown."""
        if self.process is None or self.process.poll() is not None:
            return 0.0
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class HaProxy:
    config: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    log_path: Path = field(default_factory=lambda: Path(os.devnull))

    def start(self) -> None:
        binary = shutil.which("haproxy") or "/usr/sbin/haproxy"
        check = subprocess.run([binary, "-c", "-q", "-f", str(self.config)], capture_output=True, check=False)
        if check.returncode != 0:
            raise RuntimeError(f"HAProxy refuses the configuration: {check.stderr.decode(errors='replace')}")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [binary, "-db", "-f", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(),
            )
        wait_http(f"http://127.0.0.1:{self.port}/healthz", process=self.process)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
