"""What the message round tests share (rounds 14 to 17): the verdict groups, the codes a message raises, and the
assertions each family repeats with its own messages. Pure: each helper only runs ``analyse_message``."""

from __future__ import annotations

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}
QUIET = {Verdict.inconclusive, Verdict.likely_legit}


def codes(text: str) -> set[str]:
    return {f.code for f in analyse_message(text).findings}


def assert_flagged(text: str) -> None:
    """At least suspicious."""
    result = analyse_message(text)
    assert result.verdict in FLAGGED, [f.code for f in result.findings]


def assert_quiet(text: str) -> None:
    """Neither suspicious nor a likely scam."""
    result = analyse_message(text)
    assert result.verdict in QUIET, [f.code for f in result.findings]


def assert_flagged_as_a_scenario(text: str) -> None:
    """At least suspicious, and read as a known scam scenario."""
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert "message.scenario" in codes(text)


def assert_scam_by_its_decisive_ask(text: str) -> None:
    """A likely scam because of what it asks (the ask is the scam itself)."""
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert "message.scenario_decisive_ask" in codes(text)
