"""Detection on the held-out half of the third, blind batch (``*_blind.jsonl``).

That batch came from sources the rules had never met (red.flag.domains and UT1 lists of French phishing
names, press pages; public bodies outside .gouv.fr and banks as legitimate sites). It was measured whole once
before any change made for it, then split (``split.blind_part_of``); only its tuning half was ever listed.
The floors are what the held-out half gave at the end of round 6 (30/11/2026): far from the issue's targets,
they guard against losing ground, not a claim of success.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import blind_part_of

PHISHING_FLAGGED_FLOOR = 0.766  # 82/107 after links14 (2/12); 81/107 after links12 (1/12); 80/107 on 1/12 at 01:20 with the link model (77/107 on 30/11 at 23:00 (73 earlier that day; 61.7 % before any tuning on it); target 0.95, not reached
LEGIT_FLAGGED_CEILING = (
    0.02  # 2/114: 1 likely_scam found blind and left as found, and since 1/12 one "suspicious" by the
)
# link model (espace-initiativesmirepoix.com, a public body): the price of +3 to +17 phishing links on every held-out
# half; all held-out legit sites together 3/841 (0.36 %, 2/841 without the model); target 0.005
SCAMS_FLAGGED_FLOOR = 0.62  # 10/16; target 0.95, not reached
GENUINE_CALLED_SCAM_CEILING = 0.0  # 0/3 (1/3 "suspicious")


def _held_out(name: str, kind: str) -> list[tuple[str, str]]:
    return held_out_verdicts(name, kind, blind_part_of)


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in _held_out("phishing_blind", "link")]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in _held_out("legit_blind", "link")]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return _held_out("messages_blind", "message")


def test_blind_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) > 90
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_blind_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) > 90
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"


def test_blind_scam_messages_do_not_lose_ground(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) > 10
    hits, rate = share(scams, FLAGGED)
    assert rate >= SCAMS_FLAGGED_FLOOR, f"{hits}/{len(scams)}"


def test_no_blind_genuine_message_is_called_a_scam(messages: list[tuple[str, str]]) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert genuine
    hits, rate = share(genuine, frozenset({"likely_scam"}))
    assert rate <= GENUINE_CALLED_SCAM_CEILING, f"{hits}/{len(genuine)}"
