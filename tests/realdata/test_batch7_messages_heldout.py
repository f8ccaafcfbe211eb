"""Messages of the held-out half of the seventh batch (``messages_batch7.jsonl``): aggregates only, never listed.

Measured whole on 1/12/2026 with the session-start code: scams 2/7 flagged, genuine 5/10 "suspicious" (8 of the 10
are data-breach notices mutuelles and firms published to their members), none "likely_scam". Its held-out half, read
once at the end of the messages round of 1/12/2026 (06:13 UTC), session-start code -> that round's code: scams 1/3 ->
1/3, genuine "suspicious" 4/6 -> 2/6, "likely_scam" 0/6 -> 0/6. The limits are what was measured: raise the floor or
lower the ceilings when detection improves, never the other way to let a change pass.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts
from tests.realdata.split import batch7_part_of

SCAMS_FLAGGED_FLOOR = 1  # of 3; target 95 %, far from reached
GENUINE_SUSPICIOUS_CEILING = 2  # of 6
GENUINE_CALLED_SCAM_CEILING = 0


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch7", "message", batch7_part_of)


def test_the_held_out_scams_of_batch7_stay_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 3
    assert sum(verdict in FLAGGED for verdict in scams) >= SCAMS_FLAGGED_FLOOR


def test_few_held_out_genuine_messages_of_batch7_are_suspicious_and_none_a_scam(
    messages: list[tuple[str, str]],
) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 6
    assert sum(verdict == "likely_scam" for verdict in genuine) <= GENUINE_CALLED_SCAM_CEILING
    assert sum(verdict in FLAGGED for verdict in genuine) <= GENUINE_SUSPICIOUS_CEILING
