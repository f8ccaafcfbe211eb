"""Detection on the held-out half of the data gathered after the first tuning (``*_fresh.jsonl``).

These items came from other sources and years than the first corpora (a 2022 campaign against Ameli, tax and
bank customers, French blocklists, signal-arnaques reports), so they show how far the rules carry to links
and messages nobody tuned on. Only the tuning half of the fresh split was ever listed; the helpers that tuned
on it could see the held-out aggregate figures in the report, never its items. The floors are what was
reached at the third round (30/11/2026), far from the issue's targets for links: they guard against losing
ground, not a claim of success.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED, verdicts
from tests.realdata.split import fresh_part_of

# 95/121 on 01/12 at 06:20, the link model's opinion a caution, not a verdict (99/121 when it made links suspicious:
# it flagged 4 of the seventh batch's 120 held-out legitimate names); 78 before the rounds of tuning.
LINKS_FLAGGED_FLOOR = 0.826  # 100/121 after links14 (2/12; 97/121 after links12); target 0.95, not reached
SCAMS_FLAGGED_FLOOR = (
    0.95  # 44/46 (95.7 %) on 30/11 at 23:00 (43/46 before); target 0.95, reached by one message
)
GENUINE_CALLED_SCAM_CEILING = 0.0  # 0/6 reached (2/6 "suspicious")
SCAMS_CALLED_SCAM_FLOOR = 0.26  # 12/46 called likely_scam at round 6 (measured once, at its end)


def _held_out(name: str, kind: str) -> list[tuple[str, str]]:
    return [
        (str(entry["label"]), verdict)
        for entry, verdict in verdicts(name, kind)
        if fresh_part_of(str(entry["id"])) == "held_out"
    ]


@pytest.fixture(scope="module")
def links() -> list[tuple[str, str]]:
    return _held_out("phishing_fresh", "link")


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return _held_out("messages_fresh", "message")


def test_fresh_phishing_links_do_not_lose_ground(links: list[tuple[str, str]]) -> None:
    assert len(links) > 100
    flagged = sum(verdict in FLAGGED for _, verdict in links)
    assert flagged / len(links) >= LINKS_FLAGGED_FLOOR, f"{flagged}/{len(links)}"


def test_fresh_scam_messages_are_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) > 40
    flagged = sum(verdict in FLAGGED for verdict in scams)
    assert flagged / len(scams) >= SCAMS_FLAGGED_FLOOR, f"{flagged}/{len(scams)}"


def test_fresh_scams_called_likely_scam_do_not_lose_ground(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    called = sum(verdict == "likely_scam" for verdict in scams)
    assert called / len(scams) >= SCAMS_CALLED_SCAM_FLOOR, f"{called}/{len(scams)}"


def test_no_fresh_genuine_message_is_called_a_scam(messages: list[tuple[str, str]]) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert genuine
    called = sum(verdict == "likely_scam" for verdict in genuine)
    assert called / len(genuine) <= GENUINE_CALLED_SCAM_CEILING, f"{called}/{len(genuine)}"
