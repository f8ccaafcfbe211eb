"""Real messages of every TUNING half: the scams flagged stay flagged, and no genuine one is "suspicious".

Measured on 01/12/2026 (issue 10, messages of round 9), through the ``check --jsonl`` path: scams flagged per tuning
half 78/82 (batch 1, both files), 31/32 (fresh), 12/13 (blind), 19/19 (batch 4), 14/15 (batch 5: 11 before, the
fake summons, the "hacker" blackmail and the social network's fake support told in one sentence); genuine messages
"suspicious" 0 of 34 (4 of batch 5 before: a bank's alert giving its own line, a breach notice, a collector
announcing an injonction de payer, an operator's answer). Aggregates only; held-out halves are never read here.
Measured again on 01/12/2026 (issue 10, messages of round 11), with the tuning halves of batches 6 and 7: their scams
flagged 3/4 and 1/4; genuine "suspicious" 3 of 48 before (two operators' contract-change notices, a mutuelle's breach
notice), 0 after a notice that asks nothing (nothing to open, no line but confirmed ones, no secret, no payment)
stopped being read as pressure or a scam's shape; scams flagged 4/4 and 3/4 after three sourced tricks (money said to
be owed to you, a Vitale card said to stop working, a summons citing its "cybergendarme"), the premium-rate call-back
left (its number is redacted in the corpus: the words alone are what genuine callers write).
Measured again on 01/12/2026 (issue 10, messages of round 12): unchanged, 78/82, 31/32, 12/13, 19/19, 14/15, 4/4, 3/4,
genuine "suspicious" 0 of 48; the floors of batches 6 and 7 raised to the 4 and 3 measured since round 11.
Measured again on 01/12/2026 (issue 10, messages of round 14), with the tuning half of batch 8: its scams flagged 4/11
before, 9/11 after five sourced tricks (a booking "en danger", a subscription known only by its price, an account "under
verification" to log back into, "votre vie privée est entre mes mains", a recruiter pressing on "cet emploi"); its
genuine "suspicious" 2/10 before (a commune's notice of planned water works, the gendarmerie warning against SMS scams),
0/10 after; every other half unchanged.
Measured again on 02/12/2026 (messages of round 15), with the tuning half of batch 9: its scams flagged 3/10 before, 9/10
after five sourced tricks (months of free travel on a card to obtain or a brand's "anniversary" gift, a gift "d'une
valeur de" hundreds of euros, savings said to be "secret", a grant "non remboursable" handed out, a parcel held up by an
"incomplete" address); its genuine "suspicious" 1/9 before (the CAF disowning the SMS sent in its name), 0/9 after;
every other half unchanged.
Measured again on 02/12/2026 (messages of round 16: general tricks written from the sources, none from a corpus item):
every half unchanged, 179/190 scams flagged, genuine "suspicious" 0 of 67.
Measured again on 02/12/2026 (messages of round 17), with the tuning half of batch 10: its scams flagged 9/19 before, 13/19
after five sourced shapes (pay a little to receive a lot, a win at a game never entered, "répondez OUI" for a credit, an
admission "arranged"); its genuine "suspicious" 5/19 before (1 "likely_scam": a police notice telling the scam it warns
against), 0/19 after warnings that tell a scam in the third person read as information; every other half unchanged.
Measured again on 02/12/2026 (messages of round 18: procedures seen in at least two batches): batch 10's scams flagged 13/19
-> 15/19 (a keyword to text to a surtaxed 5-digit number for a game, a sum for everyone who worked between two years);
every other half unchanged, 194/209 in all; genuine "suspicious" 0 of 86.
Measured again on 02/12/2026 (messages of round 19: the core French scenarios written from official descriptions and
tested on wordings written for them, tests/checks/test_message_round19.py), with the tuning half of batch 11: its scams
flagged 1/7 -> 4/7 (a wrong transfer "par erreur", "êtes-vous à l'origine… contactez ce numéro", a voucher for whoever
shares); every other half unchanged, 195/216 -> 198/216 in all; genuine "suspicious" 0 of 97.
Measured again on 02/12/2026 (messages of round 20: a story whose real senders never give a link or a line, told with an
unofficial one, tests/checks/message_blind_core.py): every half unchanged, 198/216 (likely_scam 40), genuine 0 of 97.
The floors are what was measured: raise them when detection improves, never lower one to let a change pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bot.cli.check import iter_results
from tests.realdata.split import (
    Part,
    batch4_part_of,
    batch5_part_of,
    batch6_part_of,
    batch7_part_of,
    batch8_part_of,
    batch9_part_of,
    batch10_part_of,
    batch11_part_of,
    blind_part_of,
    fresh_part_of,
    items,
    part_of,
)

FLAGGED = frozenset({"suspicious", "likely_scam"})
HALVES: dict[str, tuple[tuple[str, ...], Callable[[str], Part]]] = {
    "batch1": (("messages_real", "messages_extra"), part_of),
    "fresh": (("messages_fresh",), fresh_part_of),
    "blind": (("messages_blind",), blind_part_of),
    "batch4": (("messages_batch4",), batch4_part_of),
    "batch5": (("messages_batch5",), batch5_part_of),
    "batch6": (("messages_batch6",), batch6_part_of),
    "batch7": (("messages_batch7",), batch7_part_of),
    "batch8": (("messages_batch8",), batch8_part_of),
    "batch9": (("messages_batch9",), batch9_part_of),
    "batch10": (("messages_batch10",), batch10_part_of),
    "batch11": (("messages_batch11",), batch11_part_of),
}
SCAMS_FLAGGED_FLOOR = {
    "batch1": 78,
    "fresh": 31,
    "blind": 12,
    "batch4": 19,
    "batch5": 14,
    "batch6": 4,
    "batch7": 3,
    "batch8": 9,
    "batch9": 9,
    "batch10": 15,
    "batch11": 4,  # of 7 since round 19 (1 as measured whole once, 2/12 at 10 h, before any tuning)
}


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[tuple[str, str]]]:
    """(label, verdict) of every tuning message, by half."""
    found: dict[str, list[tuple[str, str]]] = {}
    for half, (files, part) in HALVES.items():
        entries = [item for name in files for item in items(name) if part(str(item["id"])) == "tuning"]
        lines = (json.dumps({"text": e["text"], "kind": "message"}, ensure_ascii=False) for e in entries)
        found[half] = [
            (str(entry["label"]), str(json.loads(line)["verdict"]))
            for entry, line in zip(entries, iter_results(lines), strict=True)
        ]
    return found


@pytest.mark.parametrize("half", sorted(HALVES))
def test_the_scams_of_each_tuning_half_stay_flagged(
    verdicts: dict[str, list[tuple[str, str]]], half: str
) -> None:
    flagged = sum(verdict in FLAGGED for label, verdict in verdicts[half] if label == "scam")
    assert flagged >= SCAMS_FLAGGED_FLOOR[half], f"{half}: {flagged}"


def test_no_genuine_message_of_a_tuning_half_is_flagged(verdicts: dict[str, list[tuple[str, str]]]) -> None:
    genuine = [verdict for half in verdicts.values() for label, verdict in half if label == "genuine"]
    assert len(genuine) >= 30
    assert [v for v in genuine if v in FLAGGED] == []
