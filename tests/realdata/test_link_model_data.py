"""The shipped link model comes from its training items, the tuning parts only, and cannot name a domain.

Retraining takes a few seconds: the test retrains and compares the weights, bias and header byte for byte
with ``knowledge/data/link_model.json``, then recomputes the cross-validated false alarms at the shipped
threshold with today's rules (a rule change that leaves more legitimate hosts to the model shows here).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pytest

from checks import link_model as features_of
from checks.url_parse import PublicSuffixes
from knowledge import link_model
from tests.realdata import train_link_model as train
from tests.realdata.split import CORPORA_DIR, FILES, FRESH_FILES, fresh_items, items


@pytest.fixture(scope="module")
def data() -> list[train.Example]:
    return train.examples(train.raw_items(with_fresh=True))


def test_the_shipped_model_is_what_its_training_items_give() -> None:
    assert train.check_shipped()


def test_the_training_hash_in_the_header_is_the_items(data: list[train.Example]) -> None:
    assert link_model.load().training.training_hash == train.training_hash(data)
    assert link_model.load().training.phishing == sum(e.phishing for e in data)


def test_no_held_out_item_is_in_the_training_set(data: list[train.Example]) -> None:
    trained = {e.host for e in data}
    tuning_texts = {text for text, _ in train.raw_items(with_fresh=True)}
    held_out = [str(i["text"]) for name in FILES if name != "messages_real" for i in items(name, "held_out")]
    held_out += [str(i["text"]) for i in fresh_items("phishing_fresh", "held_out")]
    assert held_out
    # No held-out text is read; a held-out host may be trained on only through a tuning item of the same host.
    assert not set(held_out) & tuning_texts
    same_host = [t for t in held_out if train.host_of(t) in trained]
    assert all(any(train.host_of(t) == train.host_of(u) for u in tuning_texts) for t in same_host), (
        "a held-out host reached the training set on its own"
    )
    assert "phishing_fresh" in FRESH_FILES


def _lines(name: str) -> list[dict[str, Any]]:
    text = (CORPORA_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_extra_legitimate_hosts_are_in_no_corpus_file() -> None:
    extra = {str(item["text"]) for item in _lines(train.EXTRA_LEGIT)}
    assert len(extra) > 500
    for path in sorted(CORPORA_DIR.glob("*.jsonl")):
        if path.stem == train.EXTRA_LEGIT or "message" in path.stem:
            continue
        hosts = {train.host_of(str(item["text"])) for item in _lines(path.stem)}
        assert not extra & hosts, path.name


def test_no_whole_registrable_label_of_a_phishing_host_is_a_feature() -> None:
    # Every phishing file, both parts: the model must not be a blocklist of names (only a count is shown).
    weights = link_model.load().weights
    texts = [str(i["text"]) for name in train.PHISHING for i in items(name)]
    texts += [str(i["text"]) for i in fresh_items(train.FRESH)]
    suffixes = PublicSuffixes()
    labels = {suffixes.split(host).domain for host in map(train.host_of, texts) if host}
    assert len(labels) > 500
    named = sum(1 for label in labels if train.whole_label_features(label) & weights.keys())
    assert named == 0, f"{named} labels are features"


def test_every_feature_is_carried_by_at_least_three_names(data: list[train.Example]) -> None:
    carriers: dict[str, set[str]] = defaultdict(set)
    for e in data:
        for feat in e.feats:
            carriers[feat].add(e.label)
    weights = link_model.load().weights
    assert all(len(carriers[f]) >= train.MIN_LABELS for f in weights)
    assert len(weights) <= train.KEEP


def test_cross_validated_false_alarms_stay_under_two_per_thousand(data: list[train.Example]) -> None:
    scored = train.out_of_fold(data)
    _, left_open = train.open_to_the_model(data)
    threshold = link_model.load().threshold
    legit = [s for e, s in scored if not e.phishing and e.host in left_open]
    assert len(legit) > 1000
    assert sum(s >= threshold for s in legit) / len(legit) <= train.MAX_LEGIT_SHARE


def test_the_features_of_training_and_of_the_check_are_the_same_function(data: list[train.Example]) -> None:
    sample = data[:: max(1, len(data) // 50)]
    assert all(tuple(sorted(features_of.features(e.host))) == e.feats for e in sample)
