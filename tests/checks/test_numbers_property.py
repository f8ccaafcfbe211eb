"""No string, however odd, crashes the number check or yields an inconsistent result."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.numbers import check_number
from checks.result import Verdict
from knowledge.numbering import Category

_ODD = st.sampled_from(
    ["", "\x00", "\u200b", "\u200e", "\u202e", "\ufeff", "😀", "+", "(0)", "00", "0", " ", "\n", "O", "tel:"]
)
_PHONEISH = st.lists(st.one_of(st.sampled_from("0123456789 .-+()"), _ODD), min_size=0, max_size=25).map(
    "".join
)


def _assert_consistent(text: str) -> None:
    result = check_number(text)
    data = result.model_dump(mode="json")
    json.dumps(data)
    assert Verdict(data["verdict"])
    category = Category(data["number"]["category"])
    assert (data["number"]["e164"] is None) == (category is Category.invalid)
    assert data["findings"], "every answer explains itself"
    assert data["summary"]


@settings(max_examples=250, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _assert_consistent(text)


@settings(max_examples=250, deadline=None)
@given(_PHONEISH)
def test_number_like_text(text: str) -> None:
    _assert_consistent(text)


def test_very_long_and_binary_inputs() -> None:
    for text in (
        "0" * 100_000,
        "\x00" * 1000,
        "😀" * 5000,
        "\u202e0612345678",
        "06\u200d12\u200d34\u200d56\u200d78",
    ):
        _assert_consistent(text)
