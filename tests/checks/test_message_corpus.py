"""The agreed thresholds over the labelled corpus (tests/corpus/messages.toml)."""

from __future__ import annotations

import pytest

from tests.corpus.report import FLAGGED, Outcome, load_corpus, matrix, misses, run


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    result = run()
    print("\n" + matrix(result))  # shown with pytest -s: the confusion matrix
    return result


def test_the_corpus_is_large_and_varied() -> None:
    entries = load_corpus()
    assert len(entries) >= 80
    assert len({e.id for e in entries}) == len(entries)
    assert {e.klass for e in entries} == {"scam", "genuine"}
    assert {
        "fake_collector",
        "fake_bailiff",
        "fake_fine",
        "fake_parcel",
        "fake_bank",
        "genuine_collector",
        "genuine_unlawful",
        "genuine_public",
        "ordinary",
    } <= {e.category for e in entries}
    # The two label-driven tests below pass trivially on an empty selection: keep them fed.
    assert sum(e.official for e in entries) >= 10
    assert sum(e.lawfulness is not None for e in entries) >= 15


def test_at_least_95_percent_of_scams_are_flagged(outcomes: list[Outcome]) -> None:
    scams = [o for o in outcomes if o.entry.klass == "scam"]
    flagged = [o for o in scams if o.verdict in FLAGGED]
    assert len(flagged) >= 0.95 * len(scams), misses(outcomes)


def test_at_most_3_percent_of_genuine_messages_are_called_scams(outcomes: list[Outcome]) -> None:
    genuine = [o for o in outcomes if o.entry.klass == "genuine"]
    called = [o for o in genuine if o.verdict == "likely_scam"]
    assert len(called) <= 0.03 * len(genuine), [o.entry.id for o in called]


def test_no_genuine_message_from_an_official_domain_is_called_a_scam(outcomes: list[Outcome]) -> None:
    assert [o.entry.id for o in outcomes if o.entry.official and o.verdict == "likely_scam"] == []


def test_lawfulness_matches_its_label(outcomes: list[Outcome]) -> None:
    wrong = [
        o.entry.id for o in outcomes if o.entry.lawfulness is not None and o.lawfulness != o.entry.lawfulness
    ]
    assert wrong == []
