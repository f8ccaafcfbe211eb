"""A throw-away PostgreSQL server for tests: Debian's binaries, initdb in a temporary folder, 127.0.0.1 only.

``make test`` installs the ``postgresql`` package (``make postgres``). The server listens on a free loopback
port with a random password (scram-sha-256) and its socket in its own folder; as root it runs as the
``postgres`` system user (PostgreSQL refuses to run as root). ``find_binaries`` says why it cannot start;
under ``CI=true`` the tests then fail instead of skipping.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 30.0


def find_binaries() -> tuple[Path | None, str]:
    """The folder holding initdb/postgres/pg_ctl (the newest Debian version first), or why there is none."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder, ""
    initdb = shutil.which("initdb")
    if initdb is not None and shutil.which("postgres") is not None:
        return Path(initdb).parent, ""
    return None, "PostgreSQL is not installed (Debian package 'postgresql'; `make postgres` installs it)"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """``with PostgresServer.start() as server``: ``server.dsn()`` for the default database."""

    bindir: Path
    root: Path
    port: int
    password: str
    process: subprocess.Popen[bytes]
    user: str = "verif"

    def dsn(self, database: str = "postgres", **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        url = f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"
        return f"{url}?{query}" if query else url

    @property
    def data(self) -> Path:
        return self.root / "data"

    @classmethod
    def start(
        cls, *, durable: bool = False, settings: dict[str, str] | None = None, log: Path | None = None
    ) -> PostgresServer:
        """initdb + postgres; ``durable=False`` turns fsync off (tests lose nothing but time to it)."""
        bindir, why = find_binaries()
        if bindir is None:
            raise RuntimeError(why)
        root = Path(tempfile.mkdtemp(prefix="verif-pg-"))
        demote = _demote(root)
        password = secrets.token_hex(16)
        (root / "pw").write_text(password)
        (root / "socket").mkdir()
        if demote is not None:
            for path in (root, root / "pw", root / "socket"):
                os.chown(path, *demote[1])
        try:
            subprocess.run(
                [
                    str(bindir / "initdb"),
                    "-D",
                    str(root / "data"),
                    "-U",
                    "verif",
                    "--auth=scram-sha-256",
                    f"--pwfile={root / 'pw'}",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync",
                ],
                check=True,
                capture_output=True,
                preexec_fn=demote[0] if demote else None,
                timeout=120,
            )
        except subprocess.CalledProcessError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError(f"initdb failed: {exc.stderr.decode(errors='replace')[-500:]}") from exc
        (root / "pw").unlink()
        options = {
            "listen_addresses": "127.0.0.1",
            "unix_socket_directories": str(root / "socket"),
            "max_connections": "200",
            "shared_buffers": "64MB",
            **({} if durable else {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}),
            **(settings or {}),
        }
        for _ in range(5):
            port = _free_port()
            command = [str(bindir / "postgres"), "-D", str(root / "data"), "-p", str(port)]
            for key, value in options.items():
                command += ["-c", f"{key}={value}"]
            out = log.open("ab") if log is not None else subprocess.DEVNULL
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                preexec_fn=demote[0] if demote else None,
            )
            server = cls(bindir, root, port, password, process)
            if server._wait_ready():
                return server
            if process.poll() is None:  # running but never ready: give up
                server.stop()
                break
            # it exited: most likely the port was taken meanwhile, try another
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError("PostgreSQL did not start on 127.0.0.1")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                ready = subprocess.run(
                    [str(self.bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-q"],
                    check=False,
                    timeout=10,
                )
                if ready.returncode == 0:
                    return True
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        """Fast shutdown (SIGINT), SIGKILL after 20 s; the folder is removed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def files(self) -> Iterator[Path]:
        """Every file of the cluster (data and WAL), for tests that look for erased data on disk."""
        yield from (p for p in self.data.rglob("*") if p.is_file())


def _demote(root: Path) -> tuple[Callable[[], None], tuple[int, int]] | None:
    """As root: run PostgreSQL as the ``postgres`` user of the Debian package (it refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root needs the 'postgres' system user (package postgresql)") from exc
    uid, gid = entry.pw_uid, entry.pw_gid

    def preexec() -> None:
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)

    return preexec, (uid, gid)
