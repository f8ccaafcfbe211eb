"""A load run that crosses midnight in France compares each answer with the plan of either day."""

from __future__ import annotations

from tests.load.fake_bot_api import Sent
from tests.load.harness import compare_across_midnight
from tests.load.scenario import Expected


def _sent(*texts: str) -> list[Sent]:
    return [Sent("sendMessage", 1, n, text, (), 0.0) for n, text in enumerate(texts)]


BEFORE = [Expected("Quand ont-ils appelé ?", ()), Expected("Appel du dimanche 29 novembre à 22h00", ())]
AFTER = [Expected("Quand ont-ils appelé ?", ()), Expected("Appel du lundi 30 novembre à 22h00", ())]


def test_an_answer_dated_on_either_side_of_midnight_is_right() -> None:
    assert (
        compare_across_midnight(
            1, _sent("Quand ont-ils appelé ?", "Appel du lundi 30 novembre à 22h00"), BEFORE, AFTER
        )
        == []
    )
    assert (
        compare_across_midnight(
            1, _sent("Quand ont-ils appelé ?", "Appel du dimanche 29 novembre à 22h00"), BEFORE, AFTER
        )
        == []
    )


def test_a_wrong_order_or_a_missing_answer_is_still_reported() -> None:
    assert compare_across_midnight(
        1, _sent("Appel du lundi 30 novembre à 22h00", "Quand ont-ils appelé ?"), BEFORE, AFTER
    )
    assert compare_across_midnight(1, _sent("Quand ont-ils appelé ?"), BEFORE, AFTER)
