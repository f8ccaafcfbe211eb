"""The held-out half of the eighth batch (``phishing_batch8``, ``legit_batch8``, ``messages_batch8``): aggregates only.

That batch came from other kinds of source than batches 6 and 7: confirmed phishing (UT1's phishing list and PhishTank
windows of ``romainmarcoux/malicious-domains`` no batch read, addresses quoted by press pages, regulators' lists and
blocklist issue threads, CryptoFR, an Infoblox IOC file), legitimate French firms and shops (AdGuard's French filter,
UT1's shopping list; 54 of 206 "hard"), and 49 messages quoted by pages no message file used. Its split was fixed in
a5cf228 before any item existed; nobody tuned on it in the session that gathered it. Measured whole with the code of
the session start and again at its end (1/12/2026): phishing 97/167 (58.1 %) both times, legitimate 1/206, scam
messages 19/30, genuine 3/19 "suspicious" and none "likely_scam" — the rules tuned that session on older tuning halves
gained nothing here. The limits below are what the held-out half gave (read once, 09:27 UTC, same with both codes):
raise the floors when detection improves, never the other way to let a change pass.
"""

from __future__ import annotations

import pytest

from tests.realdata.fresh_report import FLAGGED
from tests.realdata.heldout import held_out_verdicts, share
from tests.realdata.split import batch8_part_of

PHISHING_FLAGGED_FLOOR = (
    0.577  # 52/90 after links14 (2/12; 51/90 after links13); target 0.95, far from reached
)
LEGIT_FLAGGED_CEILING = 0.01  # 1/106; target 0.005 (pooled with the other held-out halves: 4/1,209)
SCAMS_FLAGGED_FLOOR = 15  # of 19; target 95 %
GENUINE_SUSPICIOUS_CEILING = 1  # of 9
GENUINE_CALLED_SCAM_CEILING = 0


@pytest.fixture(scope="module")
def phishing() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("phishing_batch8", "link", batch8_part_of)]


@pytest.fixture(scope="module")
def legit() -> list[str]:
    return [verdict for _, verdict in held_out_verdicts("legit_batch8", "link", batch8_part_of)]


@pytest.fixture(scope="module")
def messages() -> list[tuple[str, str]]:
    return held_out_verdicts("messages_batch8", "message", batch8_part_of)


def test_batch8_phishing_links_do_not_lose_ground(phishing: list[str]) -> None:
    assert len(phishing) >= 80
    hits, rate = share(phishing, FLAGGED)
    assert rate >= PHISHING_FLAGGED_FLOOR, f"{hits}/{len(phishing)}"


def test_batch8_legitimate_sites_stay_quiet(legit: list[str]) -> None:
    assert len(legit) >= 100
    hits, rate = share(legit, FLAGGED)
    assert rate <= LEGIT_FLAGGED_CEILING, f"{hits}/{len(legit)}"


def test_the_held_out_scams_of_batch8_stay_flagged(messages: list[tuple[str, str]]) -> None:
    scams = [verdict for label, verdict in messages if label == "scam"]
    assert len(scams) >= 15
    assert sum(verdict in FLAGGED for verdict in scams) >= SCAMS_FLAGGED_FLOOR


def test_few_held_out_genuine_messages_of_batch8_are_suspicious_and_none_a_scam(
    messages: list[tuple[str, str]],
) -> None:
    genuine = [verdict for label, verdict in messages if label == "genuine"]
    assert len(genuine) >= 8
    assert sum(verdict == "likely_scam" for verdict in genuine) <= GENUINE_CALLED_SCAM_CEILING
    assert sum(verdict in FLAGGED for verdict in genuine) <= GENUINE_SUSPICIOUS_CEILING
