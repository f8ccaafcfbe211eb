"""No text crashes message analysis; every finding points at words that are really in the text."""

from __future__ import annotations

import json
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.message import Lawfulness, MessageResult, analyse_message
from checks.result import Verdict
from checks.url_parse import defang

_PIECES = st.sampled_from(
    [
        "Intrum",
        "sous 24h",
        "huissier",
        "saisie",
        "frais de recouvrement",
        "https://intrum-paiement.com",
        "intrum .fr",
        "0899 12 34 56",
        "+33 (0)9 48 12 34 56",
        "FR76 3000 6000 0112 3456 7890 189",
        "\u200b",
        "\u202e",
        "\u200d",
        "а",
        "ο",
        "é",
        "É",
        "\x00",
        "🙂",
        "👨‍👩‍👧",
        "مرحبا",
        "\n",
        "  ",
        "ajd",
        "svp",
        "PCS",
        "cryptogramme",
        "’",
        "œ",
        "ﬁ",
        "İ",
        "ß",
        "\ufdfd",
        "0262 12 34 56",
    ]
)
_MESSAGES = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)
)


def _check(text: str, result: MessageResult) -> None:
    data = result.model_dump(mode="json")
    json.dumps(data)
    assert data["kind"] == "message"
    assert result.verdict in set(Verdict)
    assert result.lawfulness in set(Lawfulness)
    for item in [*result.findings, *result.lawfulness_findings]:
        assert item.span is not None
        start, end = item.span
        assert 0 <= start < end <= len(text)
        words = text[start:end]
        assert words in item.message or defang(words) in item.message


@settings(max_examples=250, deadline=None)
@given(_MESSAGES)
def test_any_text_gets_a_valid_answer_whose_quotes_exist(text: str) -> None:
    _check(text, analyse_message(text))


def test_edge_cases() -> None:
    for text in ["", " ", "\x00" * 50, "🙂" * 1000, "\u202e\u200b" * 100, "a" * 100_000, " " * 100_000]:
        _check(text, analyse_message(text))


def test_adversarial_long_inputs_finish_fast() -> None:
    inputs = [
        "a" * 100_000,
        " " * 100_000,
        "-" * 100_000,
        "1" * 100_000,
        "0 " * 50_000,
        "huissier " * 11_000,
        "compte " * 14_000,
        "fr76" * 25_000,
        "http://" * 14_000,
        "a." * 50_000,
        ("maman " + "x" * 45) * 1_800,
    ]
    for text in inputs:
        started = time.perf_counter()
        _check(text, analyse_message(text))
        assert time.perf_counter() - started < 10, text[:20]
