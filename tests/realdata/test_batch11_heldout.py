"""The held-out half of the eleventh batch (``phishing_batch11``, ``legit_batch11``, ``messages_batch11``): aggregates only.

That batch (docs/detection.md, "Lot 11") came from lists and pages no batch read, gathered on 2/12/2026 by a helper
who measured nothing; its split was fixed in ad06b44 before any item existed. Measured whole once by the integrator
at 10 h (code of a merge of link round 16 and message round 18), before anyone tuned on it: phishing 75/112 (67.0 %),
legitimate 0/148, scam messages 6/18 (received in France 6/15), genuine 2/19 "suspicious", none "likely_scam". Its
held-out half then: phishing 44/58, legitimate 0/74, scams 5/11, genuine 2/8 "suspicious", none "likely_scam". These
limits are those figures: raise the floors when detection improves, never the other way to let a change pass.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts
from tests.realdata.split import batch11_part_of

PHISHING_FLAGGED_FLOOR = 44  # of 58, measured whole once before any tuning; target 95 %, not reached
LEGIT_FLAGGED_CEILING = 0  # of 74
SCAMS_FLAGGED_FLOOR = 5  # of 11
GENUINE_SUSPICIOUS_CEILING = 2  # of 8
GENUINE_CALLED_SCAM_CEILING = 0


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch11", "link", batch11_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch11", "link", batch11_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch11", "message", batch11_part_of)


def test_batch11_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) >= 55
    assert sum(verdict in FLAGGED for verdict in phishing) >= PHISHING_FLAGGED_FLOOR


def test_batch11_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) >= 70
    assert sum(verdict in FLAGGED for verdict in legit) <= LEGIT_FLAGGED_CEILING


def test_the_held_out_scams_of_batch11_stay_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 10
    assert sum(verdict in FLAGGED for verdict in scams) >= SCAMS_FLAGGED_FLOOR


def test_few_held_out_genuine_messages_of_batch11_are_suspicious_and_none_a_scam(
    messages: list[tuple[str, str]],
) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 8
    assert sum(verdict == "likely_scam" for verdict in genuine) <= GENUINE_CALLED_SCAM_CEILING
    assert sum(verdict in FLAGGED for verdict in genuine) <= GENUINE_SUSPICIOUS_CEILING
