"""Resident memory stays flat while the conversation core answers 10,000 mixed inputs from 2,000 users
(measured in a separate process, SQLite store on disk: RAM growth would be the bot's own)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(120)
def test_resident_memory_does_not_grow_with_users_or_messages() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.load.memory_probe", "10000", "sqlite"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    rss = {int(k): v for k, v in figures["rss_mb"].items()}
    print(f"\nRSS (MB) after inputs: {rss} in {figures['seconds']} s")
    assert set(rss) >= {2000, 5000, 10_000}
    assert rss[10_000] - rss[5000] < 20.0  # generous: measured growth is about 1-2 MB
