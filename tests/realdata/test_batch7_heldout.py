"""Links of the held-out half of the seventh batch (``phishing_batch7``, ``legit_batch7``).

That batch came from red.flag.domains' daily publications of days no batch had read (98 %) and unread windows of
HaGeZi's threat feed, with legitimate hosts of public bodies (communes, départements, universities and others from
Etalab's list; 46 of 249 "hard") and 17 messages quoted by public pages. Measured whole on 1/12/2026 with the code
of the session start: phishing 60.6 %, legitimate names flagged 9/249 (6 by the link model), scam messages 2/7.
Then the catalogue grew by 27 organisations and the link model's opinion became a caution rather than a verdict
(docs/detection.md). The floors are what the held-out half gave on 1/12/2026 at 06:20; they guard against losing
ground and are far from the issue's targets. Its messages: ``test_batch7_messages_heldout.py``.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import batch7_part_of

PHISHING_FLAGGED_FLOOR = 0.640  # 105/164 after links17 (2/12); 104/164 after the catalogue of 2/12; 102/164 after links13 (2/12); 101/164 after links12 (100/164 before; 99/164 with the session-start code); target 0.95, not reached
LEGIT_FLAGGED_CEILING = 0.009  # 1/120 (5/120 with the link model as a verdict); target 0.005


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch7", "link", batch7_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch7", "link", batch7_part_of)]


def test_batch7_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) > 150
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_batch7_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) > 110
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"
