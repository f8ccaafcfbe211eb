"""Detection on the held-out half of the sixth batch (``*_batch6.jsonl``).

That batch came from red.flag.domains' daily publications (a repository no batch had read, 54 %) and from parts of
UT1 and HaGeZi nobody had read (46 %), with legitimate hosts of public and para-public bodies (42 of them "hard":
names holding scenario or brand-like words) and 27 messages quoted by public pages. Nobody tuned any rule on it:
measured whole on 1/12/2026, its phishing was 65.4 % flagged with the code of the session start and 65.7 % after
that session's changes (the link model adds 2.6 points); 4 of its 42 hard legitimate names were flagged (tuning
half), 0 of the 233 others. The floors are what the held-out half gave on 1/12/2026 at 03:20; they guard against
losing ground and are far from the issue's targets.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import batch6_part_of

PHISHING_FLAGGED_FLOOR = 0.722  # 104/144 after the catalogue of 2/12 (101 after links15); target 0.95
LEGIT_FLAGGED_CEILING = 0.0  # 0/142 (the 4 hard names flagged are all in the tuning half); target 0.005
SCAMS_FLAGGED_FLOOR = 0.54  # 6/11, never tuned on; target 0.95, not reached
GENUINE_CALLED_SCAM_CEILING = 0.0  # 0/2


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch6", "link", batch6_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch6", "link", batch6_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch6", "message", batch6_part_of)


def test_batch6_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) > 130
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_batch6_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) > 130
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"


def test_batch6_scam_messages_do_not_lose_ground(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 10
    hits, rate = share(scams, FLAGGED)
    assert rate >= SCAMS_FLAGGED_FLOOR, f"{hits}/{len(scams)}"


def test_no_batch6_genuine_message_is_called_a_scam(messages: list[tuple[str, str]]) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 2
    hits, rate = share(genuine, frozenset({"likely_scam"}))
    assert rate <= GENUINE_CALLED_SCAM_CEILING, f"{hits}/{len(genuine)}"
