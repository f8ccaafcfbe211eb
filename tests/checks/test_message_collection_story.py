"""A collection story with no collector named, a deadline and a line to call back (fifth hunt, docs/usertest-2026-11-30.md).

"Votre dossier de recouvrement n° 78451 est transféré au service contentieux. Contactez le 01 76 54 32 10 avant le
05/12" names no company, no creditor, no sum: a real collector names itself, the creditor and the amount (R124-4 CPC
exéc.), so a vague story with a number to call is at least suspicious. A real collector's SMS that names creditor,
amount and reference, or a story with no number to call, stays quiet.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def codes(text: str) -> set[str]:
    return {f.code for f in analyse_message(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Votre dossier de recouvrement n° 78451 est transféré au service contentieux. Contactez le 01 76 54 32 10 "
        "avant le 05/12",
        "votre dossier de recouvrement est transfere au service contentieux contactez le 0176543210 avant le 05/12",
        "Dossier n 4512 transmis a l huissier, merci de rappeler au 01 76 54 32 10 sous 48h",
        "service contentieux: votre dossier est ouvert, appelez le 0176543210",
    ],
)
def test_a_collection_story_naming_no_one_with_a_line_to_call_is_suspicious(text: str) -> None:
    assert analyse_message(text).verdict in FLAGGED
    assert "message.collection_story_vague_callback" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # A real collector's SMS: itself, the creditor, the amount and the reference of its letter.
        "Intrum France, pour le compte de SFR : votre dossier de recouvrement ref. 55821, facture impayee de 245,30 "
        "euros. Contactez-nous au 0972101010",
        # The same story with no number to call: nothing to check.
        "Votre dossier de recouvrement n° 78451 est transféré au service contentieux.",
        # The reader's own question.
        "mon dossier de recouvrement est passe au service contentieux, c est grave ?",
    ],
)
def test_a_collection_story_naming_creditor_and_amount_or_asking_no_call_gets_no_such_finding(
    text: str,
) -> None:
    assert "message.collection_story_vague_callback" not in codes(text)
