"""Detection on the held-out half of the fourth batch (``*_batch4.jsonl``).

That batch came from feeds the rules had barely met (PhishTank, Phishing Army, OpenPhish and AlienVault
entries aimed at France, red.flag.domains and UT1; the Liste FR ad-blocking list and UT1's ``liste_bu`` as
legitimate sites; press quotes). It was measured whole twice before anyone tuned on it: 56.3 % of its phishing
flagged with the code of the session start, 56.6 % after a round of changes made without it. Then only its
tuning half was listed and tuned on (``split.batch4_part_of``). The floors are what the held-out half gave on
30/11/2026 at 23:00; they guard against losing ground and are far from the issue's targets. Tuning and
held-out halves share sources and campaigns, so a gain here is a gain on those feeds, not proof for the next
source.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import batch4_part_of

# 265/357 on 1/12 at 06:20, once the link model's opinion became a caution, not a verdict (it flagged 4 of the seventh
# batch's 120 held-out legitimate names); 273 when it made links suspicious; 60.8 % before any tuning on this batch.
PHISHING_FLAGGED_FLOOR = 0.778  # 278/357 after the catalogue of 2/12 (277 after links13); target 0.95
LEGIT_FLAGGED_CEILING = 0.01  # 1/107 "suspicious", there before any tuning on this batch; target 0.005
SCAMS_FLAGGED_FLOOR = 0.62  # 10/16, unchanged by tuning on the other half; target 0.95, not reached
GENUINE_CALLED_SCAM_CEILING = 0.0  # 0/3 (1/3 "suspicious")


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch4", "link", batch4_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch4", "link", batch4_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch4", "message", batch4_part_of)


def test_batch4_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) > 300
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_batch4_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) > 90
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"
    assert "likely_scam" not in legit


def test_batch4_scam_messages_do_not_lose_ground(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) > 10
    hits, rate = share(scams, FLAGGED)
    assert rate >= SCAMS_FLAGGED_FLOOR, f"{hits}/{len(scams)}"


def test_no_batch4_genuine_message_is_called_a_scam(messages: list[tuple[str, str]]) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert genuine
    hits, rate = share(genuine, frozenset({"likely_scam"}))
    assert rate <= GENUINE_CALLED_SCAM_CEILING, f"{hits}/{len(genuine)}"
