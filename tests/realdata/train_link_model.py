"""Train the lexical link model (knowledge/data/link_model.json) on the TUNING parts of the real link corpora.

``python -m tests.realdata.train_link_model`` reads the tuning parts of the phishing and legitimate link
files (``tests/realdata/split.py``), the tuning half of ``phishing_fresh`` and the extra legitimate hosts of
``legit_extra.jsonl``; the held-out parts are never read. It measures the model first, then writes it:

- cross-source: a model trained on the OLD corpora only, measured on the fresh tuning half (another source it
  never saw): links flagged by the rules alone, then by the rules and the model;
- cross-validation: 5 folds grouped by registrable label (the same name never sits on both sides), the
  threshold being the lowest at which at most 0.2 % of the legitimate hosts out of fold score above it.

The model is an L2-regularised logistic regression over ``checks.link_model.features``, fitted by
stochastic gradient descent in a fixed order (no randomness: the same inputs give the same bytes). A
feature is kept only when at least ``MIN_LABELS`` distinct registrable labels of the training data carry it,
and never when it is a whole label of a phishing host: the model cannot memorise a domain. The
``KEEP`` strongest features are kept and the model refitted on them.
``--check`` retrains and compares with the shipped file instead of writing it.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

from checks import link_model
from checks.url_parse import PublicSuffixes, parse_link, split_host
from knowledge.base import DATA_DIR
from tests.realdata.split import CORPORA_DIR, fresh_items, items

OUT = DATA_DIR / "link_model.json"
PHISHING = ("phishing_domains_train", "phishing_urls_train")
LEGIT = ("legit_domains_train", "legit_public_sector_train")
FRESH = "phishing_fresh"
EXTRA_LEGIT = "legit_extra"
MIN_LABELS = 3
KEEP = 3000
EPOCHS = 40
RATE = 0.2
L2 = 0.01
FOLDS = 5
MAX_LEGIT_SHARE = 0.002
DIGITS = 4


@dataclass(frozen=True, slots=True)
class Example:
    host: str
    text: str  # the first corpus text of this host, as written
    label: str  # the registrable label: what "distinct domains" counts
    phishing: bool
    feats: tuple[str, ...]  # sorted, so sums run in one fixed order


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    bias: float


def host_of(text: str) -> str | None:
    """The ASCII host of a corpus link, read as the link check reads it (never opened)."""
    parsed = parse_link(text.strip())
    if parsed is None:
        return None
    names = split_host(parsed.host)
    return names[0] if names else None


def _extra_legit() -> Iterator[dict[str, Any]]:
    path = CORPORA_DIR / f"{EXTRA_LEGIT}.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())


def raw_items(with_fresh: bool) -> list[tuple[str, bool]]:
    """(text, is phishing) of the training items: tuning parts only."""
    found = [(str(i["text"]), True) for name in PHISHING for i in items(name, "tuning")]
    if with_fresh:
        found += [(str(i["text"]), True) for i in fresh_items(FRESH, "tuning")]
    found += [(str(i["text"]), False) for name in LEGIT for i in items(name, "tuning")]
    found += [(str(i["text"]), False) for i in _extra_legit()]
    return found


def examples(raw: Iterable[tuple[str, bool]]) -> list[Example]:
    """One example per host; a host seen with both labels is dropped. Sorted by host."""
    labels: dict[str, set[bool]] = defaultdict(set)
    texts: dict[str, str] = {}
    for text, phishing in raw:
        host = host_of(text)
        if host:
            labels[host].add(phishing)
            texts.setdefault(host, text)
    suffixes = PublicSuffixes()
    out = []
    for host in sorted(labels):
        feats = link_model.features(host)
        if len(labels[host]) == 1 and feats:
            out.append(
                Example(
                    host, texts[host], suffixes.split(host).domain, labels[host].pop(), tuple(sorted(feats))
                )
            )
    return out


def training_hash(data: Iterable[Example]) -> str:
    lines = "".join(f"{int(e.phishing)}\t{e.host}\n" for e in data)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def whole_label_features(label: str) -> set[str]:
    """The features that would name one whole label: what the model must never hold."""
    return {f"w:{label}", f"sw:{label}", f"d:<{label}>", f"s:<{label}>"}


def allowed_features(data: list[Example]) -> set[str]:
    carriers: dict[str, set[str]] = defaultdict(set)
    for e in data:
        for f in e.feats:
            carriers[f].add(e.label)
    banned: set[str] = set()
    for e in data:
        if e.phishing:
            banned |= whole_label_features(e.label)
    return {f for f, labels in carriers.items() if len(labels) >= MIN_LABELS and f not in banned}


def _order(data: list[Example], epoch: int) -> list[Example]:
    return sorted(data, key=lambda e: hashlib.sha256(f"{epoch}:{e.host}".encode()).digest())


def fit(data: list[Example], allowed: set[str]) -> Model:
    """Logistic regression by SGD, classes weighted to count equally, L2 applied on the features seen."""
    weights: dict[str, float] = dict.fromkeys(sorted(allowed), 0.0)
    bias = 0.0
    n_pos = sum(e.phishing for e in data) or 1
    n_neg = (len(data) - n_pos) or 1
    class_weight = {True: len(data) / (2 * n_pos), False: len(data) / (2 * n_neg)}
    rows = [(e, [f for f in e.feats if f in allowed]) for e in data]
    by_host = {e.host: feats for e, feats in rows}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + 0.25 * epoch)
        for e in _order(data, epoch):
            feats = by_host[e.host]
            z = bias + math.fsum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            grad = (p - float(e.phishing)) * class_weight[e.phishing]
            bias -= rate * grad
            for f in feats:
                weights[f] -= rate * (grad + L2 * weights[f])
    return Model({f: w for f, w in weights.items() if w != 0.0}, bias)


def train(data: list[Example]) -> Model:
    """Fit on every allowed feature, keep the ``KEEP`` strongest, refit on those, round the weights."""
    first = fit(data, allowed_features(data))
    strongest = sorted(first.weights, key=lambda f: (-abs(first.weights[f]), f))[:KEEP]
    model = fit(data, set(strongest))
    weights = {f: round(w, DIGITS) for f, w in sorted(model.weights.items()) if round(w, DIGITS) != 0.0}
    return Model(weights, round(model.bias, DIGITS))


def _fold(label: str) -> int:
    return int.from_bytes(hashlib.sha256(f"fold:{label}".encode()).digest()[:4], "big") % FOLDS


def out_of_fold(data: list[Example]) -> list[tuple[Example, float]]:
    scored: list[tuple[Example, float]] = []
    for fold in range(FOLDS):
        model = train([e for e in data if _fold(e.label) != fold])
        scored += [
            (e, link_model.score(model.weights, model.bias, frozenset(e.feats)))
            for e in data
            if _fold(e.label) == fold
        ]
    return sorted(scored, key=lambda es: es[0].host)


def rules_alone(text: str) -> tuple[bool, bool, str]:
    """(flagged by the rules, left open by the rules so the model may speak, ASCII host), the model off."""
    from checks.links import check_link, model_may_judge

    with mock.patch.object(link_model, "estimate", return_value=None):
        result = check_link(text)
    host = result.link.host
    open_ = "link.unknown" in {f.code for f in result.findings} and bool(host) and model_may_judge(host)
    return result.verdict.value in ("suspicious", "likely_scam"), open_, host


def open_to_the_model(data: list[Example]) -> tuple[set[str], set[str]]:
    """(hosts the rules flag, hosts the rules leave open) among the examples, the model off."""
    flagged: set[str] = set()
    left_open: set[str] = set()
    for e in data:
        by_rules, open_, _ = rules_alone(e.text)
        if by_rules:
            flagged.add(e.host)
        if open_:
            left_open.add(e.host)
    return flagged, left_open


def pick_threshold(scored: list[tuple[Example, float]], left_open: set[str]) -> float:
    """The lowest threshold (two decimals) leaving at most 0.2 % of the legitimate hosts that the rules leave
    open (the only ones the model is asked about) at or above it, out of fold."""
    legit = sorted((s for e, s in scored if not e.phishing and e.host in left_open), reverse=True)
    allowed = math.floor(MAX_LEGIT_SHARE * len(legit))
    return math.floor(legit[allowed] * 100 + 1) / 100 if len(legit) > allowed else 0.0


def measure(
    scored: list[tuple[Example, float]], threshold: float, flagged: set[str], left_open: set[str]
) -> str:
    """Out-of-fold false alarms on legitimate hosts and phishing caught, rules alone and with the model."""
    legit = [s for e, s in scored if not e.phishing and e.host in left_open]
    phishing = [(e.host, s) for e, s in scored if e.phishing]
    over = sum(s >= threshold for s in legit)
    by_rules = sum(host in flagged for host, _ in phishing)
    by_both = sum(host in flagged or (host in left_open and s >= threshold) for host, s in phishing)
    return (
        f"{FOLDS}-fold cross-validation grouped by registrable label, threshold {threshold}: legitimate hosts "
        f"left open by the rules that the model flags {over}/{len(legit)} ({100 * over / max(len(legit), 1):.2f} "
        f"%); phishing hosts flagged by the rules alone {by_rules}/{len(phishing)}, by the rules and the model "
        f"{by_both}/{len(phishing)}"
    )


def cross_source() -> str:
    """Train on the old corpora only; measure rules alone and rules + model on the fresh tuning half."""
    old = examples(raw_items(with_fresh=False))
    threshold = pick_threshold(out_of_fold(old), open_to_the_model(old)[1])
    model = train(old)
    fresh = [str(i["text"]) for i in fresh_items(FRESH, "tuning")]
    by_rules = by_both = by_model = 0
    for text in fresh:
        flagged, open_, host = rules_alone(text)
        feats = link_model.features(host) if host else frozenset()
        over = bool(feats) and link_model.score(model.weights, model.bias, feats) >= threshold
        by_rules += flagged
        by_model += over
        by_both += flagged or (open_ and over)
    n = len(fresh)
    return (
        f"trained on the old corpora's tuning parts only (threshold {threshold}), measured on phishing_fresh's "
        f"tuning half (another source, but today's rules were tuned on it): flagged by the rules alone "
        f"{by_rules}/{n}, by the rules and the model {by_both}/{n}, by the model alone {by_model}/{n}"
    )


def model_part(data: list[Example], trained: str) -> dict[str, Any]:
    """What depends on the training items only (weights, bias, header): byte-identical from the same items."""
    model = train(data)
    sources = [f"{name}.jsonl (tuning part)" for name in (*PHISHING, *LEGIT)]
    sources += [f"{FRESH}.jsonl (tuning half of the fresh split)", f"{EXTRA_LEGIT}.jsonl (all)"]
    return {
        "bias": model.bias,
        "weights": model.weights,
        "training": {
            "feature_set": link_model.FEATURE_SET,
            "sources": sources,
            "phishing": sum(e.phishing for e in data),
            "legit": sum(not e.phishing for e in data),
            "trained": trained,
            "training_hash": training_hash(data),
            "min_labels": MIN_LABELS,
            "retrain": "python -m tests.realdata.train_link_model; --check retrains and compares "
            "(tests/realdata/test_link_model_data.py does it too)",
        },
    }


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def build(trained: str) -> tuple[dict[str, Any], str]:
    """The whole document (model and measures: the threshold depends on what the rules leave open) and a
    summary of the measures."""
    data = examples(raw_items(with_fresh=True))
    scored = out_of_fold(data)
    flagged, left_open = open_to_the_model(data)
    threshold = pick_threshold(scored, left_open)
    document = model_part(data, trained)
    document["threshold"] = threshold
    document["training"]["cross_validated"] = measure(scored, threshold, flagged, left_open)
    document["training"]["cross_source"] = cross_source()
    summary = f"{document['training']['cross_validated']}\n{document['training']['cross_source']}"
    return document, f"{summary}\n{len(document['weights'])} features"


def _without_measures(document: dict[str, Any]) -> dict[str, Any]:
    training = {k: v for k, v in document["training"].items() if k not in ("cross_validated", "cross_source")}
    return {"bias": document["bias"], "weights": document["weights"], "training": training}


def check_shipped() -> bool:
    """Retrain on the same items: the shipped weights, bias and header must come out byte-identical."""
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    data = examples(raw_items(with_fresh=True))
    return dump(model_part(data, str(shipped["training"]["trained"]))) == dump(_without_measures(shipped))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        same = check_shipped()
        print("the shipped model matches its training inputs" if same else "the shipped model DIFFERS")
        return 0 if same else 1
    document, summary = build(date.today().isoformat())
    Path(OUT).write_text(dump(document), encoding="utf-8")
    print(summary, f"; written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
