"""Would a learned lexical model of host names catch the phishing links the rules miss? Measured, not shipped.

``python -m tests.realdata.link_model_eval`` trains a small linear model on the TUNING parts of the real link
corpora (``tests/realdata/split.py``; held-out parts never read) and measures what it would add to the link
check. Its answer on 30/11/2026 was "too little": the README's detection section gives the figures and why
nothing was wired into ``check_link``. The tool stays so that the question can be asked again with more data.

- Training items: the tuning parts of the phishing and legitimate link files, the tuning half of
  ``phishing_fresh`` and the extra legitimate hosts of ``legit_extra.jsonl`` (a public top list).
- Model: an L2-regularised logistic regression over ``link_features.features`` (character grams, word pieces,
  extension, counts), fitted by stochastic gradient descent in a fixed order (the same items give the same
  weights). A feature is kept only when at least ``MIN_LABELS`` distinct registrable labels carry it, and never
  when it names a whole label of a phishing host, so the model cannot memorise a domain; the ``KEEP``
  strongest are kept and the model refitted on them.
- Threshold: the lowest at which at most 0.2 % of the legitimate hosts the model would be asked about score
  above it, out of fold (5 folds grouped by registrable label: one name never sits on both sides).
- Two gates are measured: the model asked about every host the rules leave open ("ungated"), or only about
  those with no brand name, typo of one or scam-story word (``link_features.may_judge``, "gated"): where the
  rules weighed such a word, the project's own tests say the name is ordinary.
- ``--blind-from DIR``: the rules of another checkout (e.g. ``git archive 81e19bc | tar -x -C DIR``, the rules
  before anyone tuned on ``phishing_fresh``) give the blind cross-source figure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.links import check_link
from checks.url_parse import parse_link, split_host
from tests.realdata import link_features
from tests.realdata.split import CORPORA_DIR, fresh_items, items

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

#: Ordinary French names written for the project's tests of the rules (none from the corpora): the rules leave
#: them inconclusive on purpose; a model that flags them overrules a judgement the team made.
ORDINARY_NAMES = (
    "mondial-assistance.fr",
    "mondial-tissus.fr",
    "amelie.fr",
    "amelie-poulain.fr",
    "fondation-orange.fr",
    "la-france-agricole.fr",
    "livraison-fleurs-martin.fr",
    "livraison-express-dupont.com",
    "renouvellement-menuiserie.fr",
    "chronopst-horlogerie.com",
    "boulangerie-martin.fr",
    "club-handball-rennes.fr",
    "mairie-de-saint-andre.fr",
    "plombier-chauffagiste-lyon.com",
)


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
    out = []
    for host in sorted(labels):
        feats = link_features.features(host)
        if len(labels[host]) == 1 and feats:
            out.append(
                Example(
                    host,
                    texts[host],
                    link_features.registrable_label(host),
                    labels[host].pop(),
                    tuple(sorted(feats)),
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
            (e, link_features.score(model.weights, model.bias, frozenset(e.feats)))
            for e in data
            if _fold(e.label) == fold
        ]
    return sorted(scored, key=lambda es: es[0].host)


Gate = Callable[[str], bool]


def ungated(host: str) -> bool:
    return True


GATES: dict[str, Gate] = {"gated": link_features.may_judge, "ungated": ungated}


def rules_alone(text: str) -> tuple[bool, bool, str]:
    """(flagged by the rules, left open by them (``link.unknown``), ASCII host) for one link."""
    result = check_link(text)
    open_ = "link.unknown" in {f.code for f in result.findings} and bool(result.link.host)
    return result.verdict.value in ("suspicious", "likely_scam"), open_, result.link.host


def rules_verdicts(data: list[Example]) -> tuple[set[str], set[str]]:
    """(hosts the rules flag, hosts they leave open) among the examples."""
    flagged: set[str] = set()
    left_open: set[str] = set()
    for e in data:
        by_rules, open_, _ = rules_alone(e.text)
        if by_rules:
            flagged.add(e.host)
        if open_:
            left_open.add(e.host)
    return flagged, left_open


def pick_threshold(scored: list[tuple[Example, float]], asked: set[str]) -> float:
    """The lowest threshold (two decimals) leaving at most 0.2 % of the legitimate hosts the model is asked
    about at or above it, out of fold."""
    legit = sorted((s for e, s in scored if not e.phishing and e.host in asked), reverse=True)
    allowed = math.floor(MAX_LEGIT_SHARE * len(legit))
    return math.floor(legit[allowed] * 100 + 1) / 100 if len(legit) > allowed else 0.0


@dataclass(frozen=True, slots=True)
class Measure:
    threshold: float
    legit_asked: int
    legit_flagged: int
    phishing: int
    by_rules: int
    by_both: int

    def line(self) -> str:
        share = 100 * self.legit_flagged / max(self.legit_asked, 1)
        return (
            f"threshold {self.threshold}: legitimate hosts flagged by the model {self.legit_flagged}/"
            f"{self.legit_asked} asked ({share:.2f} %); phishing flagged by the rules alone {self.by_rules}/"
            f"{self.phishing}, by the rules and the model {self.by_both}/{self.phishing}"
        )


def cross_validate(data: list[Example], gate: Gate) -> Measure:
    """(b): out-of-fold scores, the threshold they give and what rules + model would flag."""
    scored = out_of_fold(data)
    flagged, left_open = rules_verdicts(data)
    asked = {host for host in left_open if gate(host)}
    threshold = pick_threshold(scored, asked)
    legit = [s for e, s in scored if not e.phishing and e.host in asked]
    phishing = [(e.host, s) for e, s in scored if e.phishing]
    return Measure(
        threshold,
        len(legit),
        sum(s >= threshold for s in legit),
        len(phishing),
        sum(host in flagged for host, _ in phishing),
        sum(host in flagged or (host in asked and s >= threshold) for host, s in phishing),
    )


def old_rules(folder: Path) -> list[tuple[bool, bool, str]]:
    """What the rules of another checkout say of the fresh tuning half: (flagged, left open, host)."""
    program = (
        "import json; from checks.links import check_link; from tests.realdata.split import fresh_items\n"
        "for i in fresh_items('phishing_fresh', 'tuning'):\n"
        "    r = check_link(i['text']); codes = {f.code for f in r.findings}\n"
        "    print(json.dumps([r.verdict.value in ('suspicious', 'likely_scam'), 'link.unknown' in codes,"
        " r.link.host]))\n"
    )
    env = {"PYTHONPATH": str(folder), "KNOWLEDGE_CACHE_DIR": "", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", program], cwd=folder, env=env, capture_output=True, text=True, check=True
    ).stdout
    return [(bool(a), bool(b), str(c)) for a, b, c in map(json.loads, out.splitlines())]


def cross_source(gate: Gate, blind_from: Path | None) -> str:
    """(a): a model trained on the old corpora only, measured on the fresh tuning half (another source)."""
    old = examples(raw_items(with_fresh=False))
    measure = cross_validate(old, gate)
    model = train(old)
    fresh = [str(i["text"]) for i in fresh_items(FRESH, "tuning")]
    lines = []
    verdicts = {"today's rules (tuned on this half)": [rules_alone(text) for text in fresh]}
    if blind_from is not None:
        verdicts[f"the rules of {blind_from} (blind)"] = old_rules(blind_from)
    for name, found in verdicts.items():
        by_rules = by_both = 0
        for flagged, open_, host in found:
            feats = link_features.features(host) if host else frozenset()
            over = bool(feats) and link_features.score(model.weights, model.bias, feats) >= measure.threshold
            by_rules += flagged
            by_both += flagged or (open_ and gate(host) and over)
        lines.append(f"{name}: rules alone {by_rules}/{len(found)}, rules + model {by_both}/{len(found)}")
    return f"threshold {measure.threshold}; " + "; ".join(lines)


def ordinary_flagged(data: list[Example], gate: Gate, threshold: float) -> list[str]:
    """The project's ordinary test names the model (trained on everything) would flag."""
    model = train(data)
    found = []
    for name in ORDINARY_NAMES:
        _, open_, host = rules_alone(name)
        feats = link_features.features(host)
        if open_ and gate(host) and link_features.score(model.weights, model.bias, feats) >= threshold:
            found.append(name)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind-from", type=Path, help="a checkout whose rules give the blind figure")
    args = parser.parse_args(argv)
    data = examples(raw_items(with_fresh=True))
    print(
        f"training items: {sum(e.phishing for e in data)} phishing, {sum(not e.phishing for e in data)} "
        f"legitimate hosts; {len(train(data).weights)} features kept"
    )
    for name, gate in GATES.items():
        measure = cross_validate(data, gate)
        print(f"\n## {name}\n(b) {FOLDS}-fold cross-validation: {measure.line()}")
        print(f"(a) cross-source: {cross_source(gate, args.blind_from)}")
        flagged = ordinary_flagged(data, gate, measure.threshold)
        print(f"ordinary test names flagged: {len(flagged)}/{len(ORDINARY_NAMES)} {', '.join(flagged)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
