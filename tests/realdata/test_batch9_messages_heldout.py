"""Messages of the held-out half of the ninth batch (``messages_batch9.jsonl``): aggregates only, never listed.

That batch (messages only: overseas press, fake offers on social networks, communes' warnings) was measured whole once
on 1/12/2026 (19:35 UTC, code a37d350) before anyone tuned on it: scams 10/26 flagged (tuning half 3/10, held-out 7/16),
genuine 4/24 "suspicious" (held-out 3/15), none "likely_scam". Round 15 (2/12/2026) tuned on its tuning half only; its
held-out half, read once at the end with that round's code (23:39 UTC): scams 8/16 flagged, genuine 3/15 "suspicious",
0/15 "likely_scam". Round 17 (2/12/2026, warnings that tell a scam in the third person read as information), read once
at its end: scams 8/16, genuine 2/15 "suspicious", 0/15 "likely_scam". The limits are what was measured: raise the floor or lower the ceilings when detection improves,
never the other way to let a change pass.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts
from tests.realdata.split import batch9_part_of

SCAMS_FLAGGED_FLOOR = 8  # of 16; target 95 %, far from reached
GENUINE_SUSPICIOUS_CEILING = 2  # of 15 (3 before round 17)
GENUINE_CALLED_SCAM_CEILING = 0


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch9", "message", batch9_part_of)


def test_the_held_out_scams_of_batch9_stay_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 16
    assert sum(verdict in FLAGGED for verdict in scams) >= SCAMS_FLAGGED_FLOOR


def test_few_held_out_genuine_messages_of_batch9_are_suspicious_and_none_a_scam(
    messages: list[tuple[str, str]],
) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 15
    assert sum(verdict == "likely_scam" for verdict in genuine) <= GENUINE_CALLED_SCAM_CEILING
    assert sum(verdict in FLAGGED for verdict in genuine) <= GENUINE_SUSPICIOUS_CEILING
