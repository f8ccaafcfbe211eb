"""The shipped scam-resemblance model is what its training gives from tuning halves only, and it holds cross-source.

``knowledge/data/message_model.json`` is written by ``python -m tests.realdata.messages_train``. These tests check
that no held-out item of any split is among its inputs, that the file is exactly what the script writes from
today's inputs (byte for byte, and its header's hash), and that on the tuning halves of batches it never saw it
still finds scams without flagging their genuine messages.
"""

from __future__ import annotations

import json

import pytest

from checks.message import analyse_message
from knowledge import message_model
from knowledge.base import DATA_DIR
from tests.realdata import messages_train as training
from tests.realdata.split import CORPORA_DIR

# The shipped model on the tuning halves of the batches it never saw (fresh, blind, fourth), 30/11/2026: 33/64 scams
# over the threshold, 0/10 genuine. A floor: raise it when the model improves, never lower it to let a change pass.
CROSS_SOURCE_SCAMS_FLOOR = 33


@pytest.fixture(scope="module")
def data() -> list[training.Example]:
    return training.examples()


def test_no_held_out_item_of_any_split_is_trained_on(data: list[training.Example]) -> None:
    by_source = {s.name: s for s in training.SOURCES}
    for source in training.SOURCES:
        held_out = set()
        with (CORPORA_DIR / f"{source.name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    item_id = str(json.loads(line)["id"])
                    if source.part_of(item_id) == "held_out":
                        held_out.add(item_id)
        assert held_out, f"{source.name}: a split without a held-out half"
        trained = {e.id for e in data if e.source == source.name}
        assert trained, f"{source.name}: nothing of its tuning half trained on"
        assert not trained & held_out, f"{source.name}: held-out items in the training set"
    real = [e for e in data if e.source != training.CORPUS]
    assert all(by_source[e.source].part_of(e.id) == "tuning" for e in real)


def test_every_message_corpus_with_a_split_is_a_training_source() -> None:
    names = {s.name for s in training.SOURCES}
    on_disk = {p.stem for p in CORPORA_DIR.glob("messages_*.jsonl")}
    # A batch gathered later (batches 5 to 11) is trained on only once its tuning half may be read: listed explicitly.
    later = {
        "messages_batch5",
        "messages_batch6",
        "messages_batch7",
        "messages_batch8",
        "messages_batch9",
        "messages_batch10",
        "messages_batch11",
    }
    assert on_disk - later <= names, on_disk - names


def test_the_shipped_model_is_byte_for_byte_what_the_training_writes(data: list[training.Example]) -> None:
    shipped = (DATA_DIR / "message_model.json").read_text(encoding="utf-8")
    header = json.loads(shipped)["training"]
    assert header["inputs_sha256"] == training.inputs_sha256(training.trained_on(data)), (
        "inputs changed: re-run python -m tests.realdata.messages_train"
    )
    assert training.render(training.build(data)) == shipped, "re-run: python -m tests.realdata.messages_train"


def test_training_twice_gives_the_same_bytes(data: list[training.Example]) -> None:
    assert training.render(training.build(data)) == training.render(training.build(list(reversed(data))))


def test_the_threshold_leaves_every_genuine_training_message_under_it_even_unseen(
    data: list[training.Example],
) -> None:
    model = message_model.load()
    oof = training.out_of_fold(training.trained_on(data), tuple(model.kinds))
    assert not [s for s in oof if not s.example.scam and s.over(model.threshold)]
    assert model.threshold >= max(s.score for s in oof if not s.example.scam) + training.MARGIN - 0.01


def test_on_batches_it_never_saw_it_finds_scams_and_spares_the_genuine(data: list[training.Example]) -> None:
    model = message_model.load()
    unseen = [e for e in data if e.source not in training.TRAINED_ON and e.source != training.CORPUS]
    assert {e.source for e in unseen} >= set(training.CROSS_SOURCE_TEST)
    scored = [training.Scored(e, *training.score(model.weights, e.features)) for e in unseen]
    scams = [s for s in scored if s.example.scam]
    genuine = [s for s in scored if not s.example.scam]
    assert scams and genuine
    assert sum(s.over(model.threshold) for s in scams) >= CROSS_SOURCE_SCAMS_FLOOR
    assert not [s for s in genuine if s.over(model.threshold)]


def test_held_apart_trains_without_the_sources_it_measures(data: list[training.Example]) -> None:
    threshold, scored = training.held_apart(data, training.CROSS_SOURCE_TEST)
    assert threshold >= 1.0
    assert {s.example.source for s in scored} == set(training.CROSS_SOURCE_TEST)


def test_a_word_seen_only_in_scams_weighs_for_scam() -> None:
    def example(item_id: str, feats: set[str], scam: bool) -> training.Example:
        return training.Example(item_id, "test", item_id, scam, frozenset(feats))

    data = [
        example("s1", {"mandat", "bonjour", "@sig_deadline"}, True),
        example("s2", {"mandat", "merci", "@sig_deadline"}, True),
        example("g1", {"bonjour", "facture"}, False),
        example("g2", {"facture", "merci"}, False),
    ]
    weights = training.train(data, training.ALL_KINDS)
    assert weights["mandat"] > 0 > weights["facture"]
    assert weights["@sig_deadline"] > 0
    assert abs(weights["bonjour"]) < weights["mandat"]


def test_signals_and_pieces_of_words_are_features_but_only_words_are_quoted() -> None:
    feats = training.message_features(
        "Dernier rappel : reglez 4,99 EUR de frais de livraison avant ce soir sur [lien] sinon retour du coliis"
    )
    assert {"@link", "@amount", "@amount_pay", "@lure_ask_pay", "~coli"} <= feats
    text = (
        "bonjour madame votre dossier est incomplet merci de nous transmettre rapidement les documents "
        "demandes par retour de ce message afin de finaliser le versement de votre aide"
    )
    for found in analyse_message(text).findings:
        if found.code == "message.model":
            assert "@" not in found.message and "~" not in found.message
            assert found.severity.value == "medium"  # the model alone never says more than "suspicious"
