"""Detection on the held-out half of the fifth batch (``*_batch5.jsonl``).

That batch came from a feed no batch had read (HaGeZi's threat-intelligence list, 40 %) and from parts of known
feeds nobody had read (UT1, Phishing Army, red.flag.domains, PhishTank, 60 %), with easy legitimate sites (local
public bodies) and 41 messages quoted by public pages. Nobody tuned any rule on it: measured whole, its phishing
was 67.6 % flagged with the rules of the session start and 67.9 % after that session's rule changes. The link
model was then chosen by one pre-registered check on this whole batch (docs/detection.md), so the link floor below
is not blind for the model. The floors are what the held-out half gave on 1/12/2026 at 01:25; they guard against
losing ground and are far from the issue's targets.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import batch5_part_of

# 95/136 by the rules alone, the link model's opinion a caution since 1/12 at 06:20 (103/136 when it made links
# suspicious: it flagged 4 of the seventh batch's 120 held-out legitimate names).
PHISHING_FLAGGED_FLOOR = 0.764  # 104/136 after the catalogue of 2/12 (103 after links16); target 0.95
LEGIT_FLAGGED_CEILING = 0.0  # 0/138, easy sites (local public bodies); target 0.005
SCAMS_FLAGGED_FLOOR = 0.87  # 7/8, never tuned on; target 0.95, not reached
GENUINE_CALLED_SCAM_CEILING = 0.0  # 0/8 (5/8 "suspicious": security notices, collectors' letters)


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch5", "link", batch5_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch5", "link", batch5_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch5", "message", batch5_part_of)


def test_batch5_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) > 120
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_batch5_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) > 120
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"


def test_batch5_scam_messages_do_not_lose_ground(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 8
    hits, rate = share(scams, FLAGGED)
    assert rate >= SCAMS_FLAGGED_FLOOR, f"{hits}/{len(scams)}"


def test_no_batch5_genuine_message_is_called_a_scam(messages: list[tuple[str, str]]) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 8
    hits, rate = share(genuine, frozenset({"likely_scam"}))
    assert rate <= GENUINE_CALLED_SCAM_CEILING, f"{hits}/{len(genuine)}"
