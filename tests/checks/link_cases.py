"""What the link round tests share (rounds 13 to 15): the flagged verdicts, the codes a link raises, and the
assertions each trick repeats with its own names. Pure: each helper only runs ``check_link``."""

from __future__ import annotations

from collections.abc import Collection

from checks.links import LinkResult, check_link
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


def assert_flagged_with(link: str, *wanted: str) -> None:
    """At least suspicious, with every ``wanted`` code among its findings."""
    result = check_link(link)
    assert set(wanted) <= codes(result)
    assert result.verdict in FLAGGED


def assert_flagged_with_one_of(link: str, wanted: Collection[str]) -> None:
    """At least suspicious, with one of the ``wanted`` codes among its findings."""
    result = check_link(link)
    assert codes(result) & set(wanted)
    assert result.verdict in FLAGGED


def assert_suspicious_with(link: str, *wanted: str) -> None:
    """Suspicious exactly (weak signs, never "likely_scam" on their own), with every ``wanted`` code."""
    result = check_link(link)
    assert set(wanted) <= codes(result)
    assert result.verdict is Verdict.suspicious


def assert_not_flagged(link: str) -> None:
    assert check_link(link).verdict not in FLAGGED


def assert_quiet_without(link: str, code: str) -> None:
    """Not flagged, and ``code`` not among its findings."""
    result = check_link(link)
    assert code not in codes(result)
    assert result.verdict not in FLAGGED


def message_of(link: str, code: str) -> str:
    """The French explanation of the ``code`` finding of ``link``."""
    result = check_link(link)
    return next(f.message for f in result.findings if f.code == code)
