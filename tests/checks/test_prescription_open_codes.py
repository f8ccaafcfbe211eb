"""Which explanation a running delay gets, by its stable code (``PrescriptionResult.explanation_code``): a creditor
holding an enforceable title executes it, it does not go to court again (art. L111-4 CPC exéc., fiche juridique 0.3);
a public creditor recovers without a judge (fiche 0.8); any other creditor must still go to court."""

from __future__ import annotations

from datetime import date

import pytest

from checks.prescription import Event, compute

_AS_OF = date(2026, 12, 2)


def test_a_judgment_still_running_is_explained_as_a_title_to_execute() -> None:
    result = compute("judgment", date(2020, 3, 1), [], _AS_OF)
    assert not result.prescribed and result.expiry == date(2030, 3, 1)
    assert result.explanation_code == "prescription.explanation.open_title"
    assert "1er mars 2030" in result.explanation


def test_a_seizure_without_a_judgment_date_is_explained_as_a_title_too() -> None:
    result = compute("rent", date(2022, 3, 1), [Event(kind="enforcement", on=date(2025, 1, 10))], _AS_OF)
    assert result.rule.id == "judgment" and not result.prescribed
    assert result.explanation_code == "prescription.explanation.open_title"


def test_a_served_judgment_over_a_bill_is_explained_as_a_title() -> None:
    result = compute("telecom", date(2020, 3, 1), [Event(kind="judgment", on=date(2020, 9, 1))], _AS_OF)
    assert result.explanation_code == "prescription.explanation.open_title"


@pytest.mark.parametrize("debt_type", ["state_tax", "local_public"])
def test_a_public_debt_still_running_is_explained_as_recoverable_without_a_judge(debt_type: str) -> None:
    result = compute(debt_type, date(2024, 3, 1), [], _AS_OF)
    assert not result.prescribed
    assert result.explanation_code == "prescription.explanation.open_public"


def test_an_ordinary_bill_still_running_must_still_go_to_court() -> None:
    result = compute("rent", date(2025, 3, 1), [], _AS_OF)
    assert result.explanation_code == "prescription.explanation.open"


def test_a_consumer_credit_still_running_is_a_forclusion() -> None:
    result = compute("consumer_credit", date(2025, 3, 1), [], _AS_OF)
    assert result.explanation_code == "prescription.explanation.open_forclusion"


def test_an_expired_title_is_prescribed_by_code() -> None:
    result = compute("judgment", date(2010, 3, 1), [], _AS_OF)
    assert result.prescribed and result.explanation_code == "prescription.explanation.prescribed"


def test_old_bills_are_answered_by_instalment_by_code() -> None:
    result = compute("telecom", date(2020, 3, 1), [], _AS_OF)
    assert (
        result.open_from is not None and result.explanation_code == "prescription.explanation.by_instalment"
    )


def test_a_seized_prescribed_looking_debt_is_withheld_by_code() -> None:
    result = compute("local_public", date(2015, 3, 1), [], _AS_OF)
    assert result.explanation_code == "prescription.explanation.withheld_public"
