"""Train the word model of message analysis (knowledge/data/message_model.json) on the TUNING part only.

``python -m tests.realdata.messages_train`` reads the tuning part of the real message corpora
(``tests/realdata/split.py``; the held-out part is never read) and the project's labelled corpus
(``tests/corpus/messages.toml``), and writes the model. Deterministic: the same data gives the same file.

The model is a presence-only naive Bayes: for each word and pair of words seen in at least ``MIN_DOCS``
messages, its weight is log(P(present | scam) / P(present | genuine)) with add-one smoothing; a message's score
is the sum of the weights of the features it contains. Only the ``KEEP`` most telling features are shipped.
The threshold is chosen on out-of-fold scores (5 folds by a hash of the id): above the highest score of a
genuine message, so that no genuine message of the training data is flagged even when it was not trained on.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from checks.message_model import features
from checks.text_normalise import normalise
from knowledge.base import DATA_DIR
from tests.corpus.report import load_corpus
from tests.realdata.messages_report import MESSAGE_FILES
from tests.realdata.split import items

MIN_DOCS = 2
KEEP = 1500
MIN_WORDS = 4
FOLDS = 5
MARGIN = 0.5
OUT = DATA_DIR / "message_model.json"

Example = tuple[str, set[str], bool]  # id, features, is scam

# The corpora's anonymisation marks ([NOM], [TEL]…) are not words people receive: the model must not learn them.
_PLACEHOLDER_RE = re.compile(
    r"\[(?:NOM|TEL|EMAIL|ADRESSE|IBAN|lien[^\]]{0,30}|site[^\]]{0,40})\]", re.IGNORECASE
)


def _features(text: str) -> set[str]:
    return features(normalise(_PLACEHOLDER_RE.sub(" ", text)).folded)


def examples() -> list[Example]:
    """Tuning part of the real corpora + the project corpus, as (id, features, is_scam)."""
    found: list[Example] = []
    for name in MESSAGE_FILES:
        for item in items(name, "tuning"):
            found.append((str(item["id"]), _features(item["text"]), item["label"] == "scam"))
    for entry in load_corpus():
        found.append((entry.id, _features(entry.text), entry.klass == "scam"))
    return found


def train(data: Iterable[Example]) -> dict[str, float]:
    data = list(data)
    scams = [f for _, f, s in data if s]
    genuine = [f for _, f, s in data if not s]
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
    return dict(sorted(ranked[:KEEP]))


def score(weights: dict[str, float], feats: set[str]) -> tuple[float, int]:
    known = [weights[f] for f in feats if f in weights]
    return sum(known), len(known)


def _fold(item_id: str) -> int:
    return int.from_bytes(hashlib.sha256(item_id.encode("utf-8")).digest()[:4], "big") % FOLDS


def out_of_fold(data: list[Example]) -> list[tuple[str, bool, float, int]]:
    scored: list[tuple[str, bool, float, int]] = []
    for fold in range(FOLDS):
        weights = train(e for e in data if _fold(e[0]) != fold)
        for item_id, feats, is_scam in data:
            if _fold(item_id) == fold:
                scored.append((item_id, is_scam, *score(weights, feats)))
    return scored


def main(argv: list[str]) -> int:
    data = examples()
    oof = out_of_fold(data)
    genuine_top = max((s for _, is_scam, s, n in oof if not is_scam and n >= MIN_WORDS), default=0.0)
    threshold = round(max(genuine_top + MARGIN, 1.0), 2)
    caught = sum(1 for _, is_scam, s, n in oof if is_scam and s >= threshold and n >= MIN_WORDS)
    total = sum(1 for _, is_scam, _, _ in oof if is_scam)
    flagged = sum(1 for _, is_scam, s, n in oof if not is_scam and s >= threshold and n >= MIN_WORDS)
    summary = (
        f"{FOLDS}-fold out-of-fold on the training data: scams over the threshold {caught}/{total}, "
        f"genuine {flagged}/{len(oof) - total}"
    )
    weights = {k: round(v, 3) for k, v in train(data).items()}
    model = {
        "threshold": threshold,
        "min_words": MIN_WORDS,
        "weights": weights,
        "training": {
            "sources": [f"{name}.jsonl (tuning part)" for name in MESSAGE_FILES]
            + ["tests/corpus/messages.toml"],
            "scams": total,
            "genuine": len(oof) - total,
            "trained": date.today().isoformat(),
            "out_of_fold": summary,
        },
    }
    Path(OUT).write_text(
        json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(summary, f"; {len(weights)} features written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
