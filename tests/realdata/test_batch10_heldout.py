"""The held-out half of the tenth batch (``phishing_batch10``, ``legit_batch10``, ``messages_batch10``): aggregates only.

That batch (docs/detection.md, "Lot 10") came from lists and pages no batch read, gathered on 2/12/2026 by a helper
who measured nothing; its split was fixed in d399419 before any item existed. Measured whole once by the integrator,
before anyone tuned on it, with the code of the session start (e8b6557) and with message round 16 merged (d83b259):
phishing 43/126 (34.1 %) both times — 41/84 (48.8 %) without the 42 look-alikes of a game's site (Dofus) —,
legitimate 0/153, scam messages 19/42 then 20/42 (France 5/10 both times), genuine 7/29 flagged, 1 "likely_scam" (a
Quebec notice, in the tuning half). The held-out half with the second code: phishing 28/71, legitimate 0/78, scams
11/23, genuine 2/10 "suspicious", none "likely_scam". These limits are those figures: raise the floors when detection
improves, never the other way to let a change pass.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts
from tests.realdata.split import batch10_part_of

PHISHING_FLAGGED_FLOOR = 31  # of 71 after links16 (2/12; 30 after links15, 28 before; read once each); target 95 %, far from reached
LEGIT_FLAGGED_CEILING = 0  # of 78
SCAMS_FLAGGED_FLOOR = 12  # of 23 since message round 20 (2/12, read once at its end; 11 before)
GENUINE_SUSPICIOUS_CEILING = 2  # of 10
GENUINE_CALLED_SCAM_CEILING = 0


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch10", "link", batch10_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch10", "link", batch10_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch10", "message", batch10_part_of)


def test_batch10_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) >= 70
    assert sum(verdict in FLAGGED for verdict in phishing) >= PHISHING_FLAGGED_FLOOR


def test_batch10_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) >= 75
    assert sum(verdict in FLAGGED for verdict in legit) <= LEGIT_FLAGGED_CEILING


def test_the_held_out_scams_of_batch10_stay_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 20
    assert sum(verdict in FLAGGED for verdict in scams) >= SCAMS_FLAGGED_FLOOR


def test_few_held_out_genuine_messages_of_batch10_are_suspicious_and_none_a_scam(
    messages: list[tuple[str, str]],
) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 10
    assert sum(verdict == "likely_scam" for verdict in genuine) <= GENUINE_CALLED_SCAM_CEILING
    assert sum(verdict in FLAGGED for verdict in genuine) <= GENUINE_SUSPICIOUS_CEILING
