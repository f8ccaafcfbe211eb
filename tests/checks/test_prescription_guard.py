"""The calculator itself withholds "prescribed" after a reported seizure or for a public creditor (fiche juridique
0.2, 0.3, 0.8), so every caller (CLI, JSON, conversation) gets the same answer."""

from __future__ import annotations

from datetime import date

import pytest

from checks import prescription_guard as guard
from checks.prescription import Event, compute

TODAY = date(2026, 12, 1)


def test_a_seizure_withholds_the_verdict_of_an_old_private_debt() -> None:
    result = compute(
        "consumer_credit", date(2010, 1, 10), [Event(kind="enforcement", on=date(2012, 3, 1))], TODAY
    )
    assert result.prescribed and result.withheld == guard.SEIZURE_REPORTED
    assert "ne peut pas conclure" in result.explanation and "juge de l'exécution" in result.explanation
    assert not any(guard.says_prescribed(c) for c in result.caveats)


@pytest.mark.parametrize("debt_type", ["state_tax", "local_public"])
def test_a_public_debt_answered_by_instalment_is_withheld_too(debt_type: str) -> None:
    result = compute(debt_type, date(2015, 1, 10), [], TODAY)
    assert result.open_from is not None and result.withheld == guard.PUBLIC_UNSETTLED
    assert not guard.says_prescribed(result.explanation)
    assert not any(
        guard.says_prescribed(c) for c in result.caveats
    )  # no "s'il s'agit d'une seule somme … prescrite"


def test_a_private_debt_without_seizure_is_still_answered() -> None:
    result = compute("telecom", date(2015, 1, 10), [], TODAY, last_due=date(2015, 1, 10))
    assert result.prescribed and result.withheld is None and guard.says_prescribed(result.explanation)


def test_a_debt_still_running_is_never_withheld() -> None:
    result = compute("state_tax", date(2024, 5, 10), [Event(kind="enforcement", on=date(2025, 1, 2))], TODAY)
    assert not result.prescribed and result.open_from is None and result.withheld is None


def test_a_public_creditor_named_in_words_counts_like_its_debt_type() -> None:
    assert guard.withheld("civil", [], public=True) == guard.PUBLIC_UNSETTLED
    assert guard.withheld("civil", ["payment"]) is None
    assert guard.withheld("state_tax", ["enforcement"]) == guard.SEIZURE_REPORTED  # the seizure speaks first
