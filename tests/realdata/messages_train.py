"""Train the scam-resemblance model of message analysis (knowledge/data/message_model.json) on TUNING halves only.

``python -m tests.realdata.messages_train`` reads the tuning half of every real message corpus, each by its own
split (``SOURCES``: batch 1 and its extra items, the fresh, blind and fourth batches; a held-out half is never
read, ``tests/realdata/test_messages_train.py`` checks it), and the project's labelled corpus
(``tests/corpus/messages.toml``), and writes the model. Deterministic: the same inputs give a byte-identical
file, and the file carries the SHA-256 of its inputs (texts, labels, settings) so a test can tell it is current.

The model is a presence-only naive Bayes: for each feature (``checks.message_model``: words, pairs of words,
four-letter pieces of words, signals) seen in at least ``MIN_DOCS`` messages, its weight is
log(P(present | scam) / P(present | genuine)) with add-one smoothing; a message's score is the sum of the weights
of the features it contains. Only the ``KEEP`` most telling features are shipped. The threshold is chosen on
out-of-fold scores (5 folds by a hash of the id): ``MARGIN`` above the highest score of a genuine message, so that
no genuine message of the training data is flagged even when it was not trained on.

``--cross-source`` judges the model on sources it never saw: trained without the blind and fourth batches'
tuning halves (threshold chosen the same way on what remains), scored on those two halves; then each source left
out in turn. It prints counts only, never an item.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from checks.message_links import find_and_check_links
from checks.message_model import features, signal_features
from checks.message_numbers import find_numbers
from checks.message_scan import advice_masked, scan
from checks.text_normalise import normalise
from knowledge.base import DATA_DIR
from tests.corpus.report import load_corpus
from tests.realdata.split import CORPORA_DIR, Part, batch4_part_of, blind_part_of, fresh_part_of, part_of

MIN_DOCS = 2
KEEP = 1500
MIN_WORDS = 4
FOLDS = 5
MARGIN = 0.5
#: Every kind of feature ``checks.message_model`` can compute, and the kinds the shipped model uses.
ALL_KINDS: tuple[str, ...] = ("words", "pairs", "grams", "signals")
KINDS: tuple[str, ...] = ("words", "pairs")
#: The day of the last training run, set by hand (a date read from the clock would change the bytes).
TRAINED = date(2026, 11, 30)
OUT = DATA_DIR / "message_model.json"
CORPUS = "tests/corpus/messages.toml"


@dataclass(frozen=True)
class Source:
    """A corpus file of real messages and the split that says which of its items are tuning data."""

    name: str
    part_of: Callable[[str], Part]


SOURCES = (
    Source("messages_real", part_of),
    Source("messages_extra", part_of),
    Source("messages_fresh", fresh_part_of),
    Source("messages_blind", blind_part_of),
    Source("messages_batch4", batch4_part_of),
)
#: The sources the shipped model is trained on (with the project corpus). Retraining on every tuning half was tried
#: on 30/11/2026 (words + signals or words + pairs + signals, margin 0.5 to 2.0): better when each source is left
#: out in turn (65 to 79 of 146 tuning scams over the threshold against 60, genuine 0 or 1 of 24 as before), but
#: the held-out floors of batch 1, the fresh batch and the fourth batch each lost one or two scams the model
#: trained on batch 1 alone catches (tests/realdata/test_*heldout.py, aggregates only). Until a retrained model
#: keeps them, the shipped one is trained on batch 1 as before; ``--cross-source`` and ``--kinds`` reproduce the
#: comparison.
TRAINED_ON = ("messages_real", "messages_extra")
#: The sources the cross-source check keeps out of training: the last two batches, gathered elsewhere.
CROSS_SOURCE_TEST = ("messages_blind", "messages_batch4")


@dataclass(frozen=True)
class Example:
    id: str
    source: str
    text: str
    scam: bool
    features: frozenset[str]


# The corpora's anonymisation marks ([NOM], [TEL]…) are not words people receive: the model must not learn them.
# A mark for a link or a number still says the message had one.
_PLACEHOLDER_RE = re.compile(
    r"\[(?:NOM|TEL|EMAIL|ADRESSE|IBAN|lien[^\]]{0,30}|site[^\]]{0,40})\]", re.IGNORECASE
)
_LINK_MARK_RE = re.compile(r"\[(?:lien|site)[^\]]{0,40}\]", re.IGNORECASE)
_NUMBER_MARK_RE = re.compile(r"\[TEL\]", re.IGNORECASE)


def message_features(text: str) -> frozenset[str]:
    """Every feature of every kind, computed as ``checks.message_model`` does at analysis time."""
    clean = _PLACEHOLDER_RE.sub(" ", text)
    norm = normalise(clean)
    masked = advice_masked(norm.folded)
    link = bool(find_and_check_links(clean)) or _LINK_MARK_RE.search(text) is not None
    number = bool(find_numbers(clean)) or _NUMBER_MARK_RE.search(text) is not None
    # Words are learnt from the whole text, advice clauses included, as the model shipped since round 3 was (the
    # analysis reads them on the advice-masked text): kept so that the shipped model is reproduced exactly.
    found = features(norm.folded, ALL_KINDS) | signal_features(masked, scan(norm), link, number)
    return frozenset(found)


def tuning_items(source: Source) -> Iterator[dict[str, Any]]:
    """The items of the tuning half of ``source``; a held-out item is skipped before its text is read."""
    with (CORPORA_DIR / f"{source.name}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item: dict[str, Any] = json.loads(line)
            if source.part_of(str(item["id"])) == "tuning":
                yield item


def examples(sources: Iterable[Source] = SOURCES, corpus: bool = True) -> list[Example]:
    """Tuning halves of the real corpora + the project corpus, sorted by id."""
    found: list[Example] = []
    for source in sources:
        for item in tuning_items(source):
            text = str(item["text"])
            found.append(
                Example(str(item["id"]), source.name, text, item["label"] == "scam", message_features(text))
            )
    if corpus:
        for entry in load_corpus():
            scam = entry.klass == "scam"
            found.append(Example(entry.id, CORPUS, entry.text, scam, message_features(entry.text)))
    return sorted(found, key=lambda e: (e.source, e.id))


def kind_of(feature: str) -> str:
    if feature.startswith("@"):
        return "signals"
    if feature.startswith("~"):
        return "grams"
    return "pairs" if " " in feature else "words"


def _restricted(feats: frozenset[str], kinds: tuple[str, ...]) -> frozenset[str]:
    return feats if set(kinds) >= set(ALL_KINDS) else frozenset(f for f in feats if kind_of(f) in kinds)


def train(data: Iterable[Example], kinds: tuple[str, ...] = KINDS) -> dict[str, float]:
    data = list(data)
    scams = [_restricted(e.features, kinds) for e in data if e.scam]
    genuine = [_restricted(e.features, kinds) for e in data if not e.scam]
    in_scam, in_genuine = Counter[str](), Counter[str]()
    for feats in scams:
        in_scam.update(feats)
    for feats in genuine:
        in_genuine.update(feats)
    weights: dict[str, float] = {}
    for feat in set(in_scam) | set(in_genuine):
        if in_scam[feat] + in_genuine[feat] < MIN_DOCS:
            continue
        p_scam = (in_scam[feat] + 1) / (len(scams) + 2)
        p_genuine = (in_genuine[feat] + 1) / (len(genuine) + 2)
        weights[feat] = math.log(p_scam / p_genuine)
    ranked = sorted(
        weights.items(), key=lambda kv: (-abs(kv[1]) * math.log1p(in_scam[kv[0]] + in_genuine[kv[0]]), kv[0])
    )
    return {k: round(v, 3) for k, v in sorted(ranked[:KEEP])}


def score(weights: dict[str, float], feats: Iterable[str]) -> tuple[float, int]:
    known = [weights[f] for f in feats if f in weights]
    return sum(known), len(known)


def _fold(item_id: str) -> int:
    return int.from_bytes(hashlib.sha256(item_id.encode("utf-8")).digest()[:4], "big") % FOLDS


@dataclass(frozen=True)
class Scored:
    example: Example
    score: float
    known: int

    def over(self, threshold: float) -> bool:
        return self.known >= MIN_WORDS and self.score >= threshold


def out_of_fold(data: list[Example], kinds: tuple[str, ...] = KINDS) -> list[Scored]:
    scored: list[Scored] = []
    for fold in range(FOLDS):
        weights = train((e for e in data if _fold(e.id) != fold), kinds)
        scored.extend(Scored(e, *score(weights, e.features)) for e in data if _fold(e.id) == fold)
    return scored


def threshold_of(oof: list[Scored]) -> float:
    """``MARGIN`` above the highest out-of-fold score of a genuine message (at least 1)."""
    top = max((s.score for s in oof if not s.example.scam and s.known >= MIN_WORDS), default=0.0)
    return round(max(top + MARGIN, 1.0), 2)


def tally(scored: list[Scored], threshold: float) -> str:
    scams = [s for s in scored if s.example.scam]
    genuine = [s for s in scored if not s.example.scam]
    caught = sum(s.over(threshold) for s in scams)
    alarms = sum(s.over(threshold) for s in genuine)
    return f"scams over the threshold {caught}/{len(scams)}, genuine {alarms}/{len(genuine)}"


def held_apart(
    data: list[Example], test: Iterable[str], kinds: tuple[str, ...] = KINDS
) -> tuple[float, list[Scored]]:
    """Trained without the ``test`` sources (threshold from its own out-of-fold scores), scored on them."""
    test = set(test)
    training = [e for e in data if e.source not in test]
    threshold = threshold_of(out_of_fold(training, kinds))
    weights = train(training, kinds)
    return threshold, [Scored(e, *score(weights, e.features)) for e in data if e.source in test]


def inputs_sha256(data: list[Example], kinds: tuple[str, ...] = KINDS) -> str:
    """The hash of what the model is made from: every example (source, id, label, text) and every setting."""
    digest = hashlib.sha256()
    settings = {"MIN_DOCS": MIN_DOCS, "KEEP": KEEP, "MIN_WORDS": MIN_WORDS, "FOLDS": FOLDS, "MARGIN": MARGIN}
    digest.update(json.dumps([settings, list(kinds), TRAINED.isoformat()], sort_keys=True).encode("utf-8"))
    for e in sorted(data, key=lambda e: (e.source, e.id)):
        digest.update(json.dumps([e.source, e.id, e.scam, e.text], ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def trained_on(data: list[Example]) -> list[Example]:
    """The examples the shipped model learns from: the ``TRAINED_ON`` tuning halves and the project corpus."""
    return [e for e in data if e.source in TRAINED_ON or e.source == CORPUS]


def build(data: list[Example], kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """The model file's content: weights, threshold and what it was trained on and how it measured.

    ``data`` holds every tuning half; the model learns from ``trained_on(data)`` and is measured on the others.
    """
    learnt = trained_on(data)
    oof = out_of_fold(learnt, kinds)
    threshold = threshold_of(oof)
    weights = train(learnt, kinds)
    unseen = [s.name for s in SOURCES if s.name not in TRAINED_ON]
    cross = [Scored(e, *score(weights, e.features)) for e in data if e.source in unseen]
    return {
        "threshold": threshold,
        "min_words": MIN_WORDS,
        "kinds": list(kinds),
        "weights": weights,
        "training": {
            "sources": [f"{name}.jsonl (tuning half)" for name in TRAINED_ON] + [CORPUS],
            "scams": sum(e.scam for e in learnt),
            "genuine": sum(not e.scam for e in learnt),
            "trained": TRAINED.isoformat(),
            "out_of_fold": f"{FOLDS}-fold out-of-fold on the training data: {tally(oof, threshold)}",
            "cross_source": (
                f"measured on the tuning halves of {', '.join(unseen)}, never trained on: {tally(cross, threshold)}"
            ),
            "inputs_sha256": inputs_sha256(learnt, kinds),
        },
    }


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def _cross_source_report(data: list[Example], kinds: tuple[str, ...]) -> None:
    threshold, scored = held_apart(data, CROSS_SOURCE_TEST, kinds)
    print(f"[{','.join(kinds)}] without {'+'.join(CROSS_SOURCE_TEST)} (threshold {threshold}):")
    for name in CROSS_SOURCE_TEST:
        print(f"  {name} tuning half: {tally([s for s in scored if s.example.source == name], threshold)}")
    for source in SOURCES:
        threshold, scored = held_apart(data, [source.name], kinds)
        print(f"  left out {source.name} (threshold {threshold}): {tally(scored, threshold)}")


def main(argv: list[str]) -> int:
    kinds = KINDS
    if "--kinds" in argv[:-1]:
        kinds = tuple(argv[argv.index("--kinds") + 1].split(","))
    data = examples()
    if "--cross-source" in argv:
        _cross_source_report(data, kinds)
        return 0
    model = build(data, kinds)
    Path(OUT).write_text(render(model), encoding="utf-8")
    print(model["training"]["out_of_fold"], ";", model["training"]["cross_source"])
    print(f"{len(model['weights'])} features written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
