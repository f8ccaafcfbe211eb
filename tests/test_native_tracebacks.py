"""A failure whose traceback pytest cannot format ends as one failed test, and the tests after it still run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# pytest's formatter breaks as it does on a traceback entry without a line number (CPython 3.11, a timeout signal).
_BROKEN_SUITE = """
from _pytest._code.code import TracebackEntry


def _no_line_number(self):
    raise TypeError("unsupported operand type(s) for -: 'NoneType' and 'int'")


TracebackEntry.lineno = property(_no_line_number)


def test_before():
    pass


def test_interrupted():
    raise RuntimeError("Timeout")


def test_after():
    pass
"""


def _run(tmp_path: Path, *plugins: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_broken.py").write_text(_BROKEN_SUITE, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_default_fixture_loop_scope = function\n", encoding="utf-8"
    )
    root = Path(__file__).resolve().parent.parent
    args = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *plugins, str(tmp_path)]
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=120, check=False)


def test_an_unformattable_failure_is_one_failed_test_and_the_run_goes_on(tmp_path: Path) -> None:
    result = _run(tmp_path, "-p", "tests.native_tracebacks")
    assert "INTERNALERROR" not in result.stdout + result.stderr
    assert "1 failed, 2 passed" in result.stdout
    assert "RuntimeError: Timeout" in result.stdout
    assert result.returncode == 1


def test_without_the_plugin_pytest_aborts_the_run(tmp_path: Path) -> None:
    """The reason the plugin exists: if pytest ever formats such entries itself, this test says the plugin can go."""
    result = _run(tmp_path)
    assert "unsupported operand type(s)" in result.stdout + result.stderr
    assert "2 passed" not in result.stdout  # test_after never ran
