"""The one place that decides what a test does when a system tool it needs is missing.

Some tests need programs outside the virtual env: Tesseract with its French data (OCR of screenshots),
Node.js and the npm package ``telegram-test-api`` (the end-to-end fake Bot API), HAProxy (its configuration
check for the multi-worker deployment). ``make test`` installs them.
Under ``CI=true`` a missing tool FAILS the test with a message naming it (a CI run that silently skipped the
OCR tests would prove nothing); on a developer's machine it is skipped, saying what is missing and how to
get it. Mark a test ``@needs_tesseract`` / ``@needs_node``; ``tests/conftest.py`` applies the rule.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARKER = "needs_tool"


def in_ci() -> bool:
    """``CI`` set to anything but an empty, ``0`` or ``false`` value (GitHub and GitLab set ``CI=true``)."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


@functools.cache
def _tesseract_missing() -> str | None:
    if shutil.which("tesseract") is None:
        return "Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-fra; `make sysdeps`)"
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"Tesseract does not run ({type(exc).__name__}); reinstall it with `make sysdeps`"
    if "fra" not in listed.stdout.split():
        return "Tesseract's French data is not installed (Debian: tesseract-ocr-fra; `make sysdeps`)"
    return None


@functools.cache
def _node_missing() -> str | None:
    if shutil.which("node") is None:
        return "Node.js is not installed (the end-to-end tests need `node`; Debian: nodejs npm)"
    if not (ROOT / "node_modules" / "telegram-test-api" / "package.json").is_file():
        return "the npm package telegram-test-api is missing from node_modules: run `make node` (npm ci)"
    return None


def haproxy_binary() -> str | None:
    """HAProxy's path: on PATH, or where Debian puts it (``/usr/sbin`` is not on every user's PATH)."""
    return shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)


def _haproxy_missing() -> str | None:
    if haproxy_binary() is None:
        return "HAProxy is not installed (Debian: haproxy; `make postgres` or `make test-scale` installs it)"
    return None


CHECKS: dict[str, Callable[[], str | None]] = {
    "tesseract": _tesseract_missing,
    "node": _node_missing,
    "haproxy": _haproxy_missing,
}


def missing(tool: str) -> str | None:
    """Why ``tool`` cannot be used here, or None when it is ready."""
    return CHECKS[tool]()


def require(tool: str) -> None:
    """Fail (in CI) or skip (elsewhere) the running test when ``tool`` is missing."""
    reason = missing(tool)
    if reason is None:
        return
    if in_ci():
        pytest.fail(f"CI=true and a system tool is missing: {reason}", pytrace=False)
    pytest.skip(reason)


def require_marked(item: pytest.Item) -> None:
    """``pytest_runtest_setup`` hook body: apply ``require`` to every tool the test is marked with."""
    for mark in item.iter_markers(MARKER):
        for tool in mark.args:
            if tool not in CHECKS:
                raise ValueError(f"unknown system tool {tool!r}; known: {sorted(CHECKS)}")
            require(tool)


needs_tesseract = pytest.mark.needs_tool("tesseract")
needs_node = pytest.mark.needs_tool("node")
