"""The shipped link model is what its training gives from tuning halves only.

``knowledge/data/link_model.json`` is written by ``python -m tests.realdata.link_train`` (about 15 s, so the
bytes are compared in the ordinary test run). These tests check that no held-out item of any split and nothing
of the fifth batch is among its inputs, that the file is exactly what the script writes from today's inputs
(its header's hash, then byte for byte), and that the header says how it was made.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from knowledge import link_model
from knowledge.base import DATA_DIR
from tests.realdata import link_model_eval as evaluation
from tests.realdata import link_train as training
from tests.realdata.split import CORPORA_DIR


@pytest.fixture(scope="module")
def data() -> list[evaluation.Example]:
    return training.examples()


def _lines(name: str) -> list[dict[str, Any]]:
    text = (CORPORA_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_no_held_out_item_and_nothing_of_the_fifth_batch_is_trained_on(
    data: list[evaluation.Example],
) -> None:
    trained = {e.host for e in data}
    tuning: set[str] = set()
    held_out: set[str] = set()
    for source in evaluation.SOURCES:
        if source.name in training.NOT_TRAINED_ON:
            continue
        for name, _ in source.files:
            for item in _lines(name):
                host = evaluation.host_of(str(item["text"]))
                if host is None:
                    continue
                whole = source.part_of is None or source.part_of(str(item["id"])) == "tuning"
                (tuning if whole else held_out).add(host)
    assert len(held_out) > 500
    # A host listed in both parts (the same site twice) is trained on only through its tuning copy.
    assert trained <= tuning
    assert not trained & (held_out - tuning)
    batch5 = [p.stem for p in CORPORA_DIR.glob("*batch5*.jsonl") if "message" not in p.stem]
    assert batch5, "the fifth batch's link files are where this test expects them"
    fifth = {evaluation.host_of(str(i["text"])) for name in batch5 for i in _lines(name)}
    assert not trained & (fifth - tuning), "a host of the fifth batch only is trained on"
    assert not [e for e in data if any("batch5" in s for s in e.sources)]


def test_the_shipped_model_is_byte_for_byte_what_the_training_writes(data: list[evaluation.Example]) -> None:
    shipped = (DATA_DIR / "link_model.json").read_text(encoding="utf-8")
    header = json.loads(shipped)["training"]
    assert header["inputs_sha256"] == training.inputs_sha256(data), (
        "inputs changed: re-run python -m tests.realdata.link_train"
    )
    assert training.render(training.build(data)) == shipped, "re-run: python -m tests.realdata.link_train"


def test_the_header_says_what_it_was_trained_on_and_how_to_retrain() -> None:
    model = link_model.load()
    assert model.feature_set == "host-v1"
    assert model.training.trained.isoformat() == "2026-11-30"
    sources = " ".join(model.training.sources)
    assert all(batch in sources for batch in ("batch 1", "fresh", "legit_extra", "blind", "batch 4"))
    assert "batch5" not in sources and "tests.realdata.link_train" in model.training.retrain
    assert "may_judge" in model.gate and 0 < model.threshold < 10
