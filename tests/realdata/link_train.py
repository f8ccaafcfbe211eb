"""Train the shipped link model: ``python -m tests.realdata.link_train`` writes ``knowledge/data/link_model.json``.

The model is the one ``link_model_eval`` measured (``host-v1`` features, gated by ``checks.link_model.may_judge``)
trained on every tuning half it reads (batch 1, fresh, the extra legitimate hosts whole, blind, fourth batch;
never a held-out half, never the fifth batch). The threshold is the lowest that leaves at most 0.2 % of the
legitimate hosts the gated model would be asked about at or over it, out of fold, and never under the floor of
``legit_floor``: above every legitimate host of the later batches' tuning halves (5, 6, 7: not trained on) that
the gated model would flag. The same inputs give the same
bytes: SGD in a fixed order, weights rounded, the date fixed, the JSON sorted. The rules the threshold is chosen
against are the rules alone (``check_link(..., model=False)``).

The script refuses to write a model that flags one of the ordinary names of ``link_model_eval``.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from checks.link_model import FEATURE_SET, may_judge
from knowledge.base import DATA_DIR
from tests.realdata import link_features
from tests.realdata import link_model_eval as evaluation
from tests.realdata.split import CORPORA_DIR, Part, batch5_part_of, batch6_part_of, batch7_part_of

OUT = DATA_DIR / "link_model.json"
TRAINED = date(2026, 11, 30)
GATE = (
    "checks.link_model.may_judge: asked only about a host the rules leave open (link.unknown) where no label "
    "holds a brand name, a name one letter off one, or a scam-story word of the rules' lists"
)
SOURCES = (
    "batch 1: tuning parts of phishing_domains_train, phishing_urls_train, legit_domains_train, "
    "legit_public_sector_train (split.part_of)",
    "fresh: tuning half of phishing_fresh (split.fresh_part_of)",
    "extra: legit_extra (a public top list, whole; no host of it in any corpus)",
    "blind: tuning halves of phishing_blind, legit_blind (split.blind_part_of)",
    "batch 4: tuning halves of phishing_batch4, legit_batch4 (split.batch4_part_of)",
)
BATCH5_CHECK = (
    "pre-registered one-shot check by the integrator on 1/12/2026 (the fifth batch, a source neither the rules "
    "nor the model had seen; decision rule fixed before the run): phishing flagged by the rules 197/290, by the "
    "rules and this model 221/290 (+8.3 points); 0 of 273 legitimate hosts added; 0 of the 44 ordinary names. "
    "The fifth batch is therefore no longer blind for this model."
)
RETRAIN = (
    "python -m tests.realdata.link_train (about 15 s); tests/realdata/test_link_train.py checks the bytes"
)


#: The sources ``link_model_eval`` reads that the shipped model is NOT trained on. A retrain with the fifth batch's
#: tuning half was measured on 1/12/2026 and not shipped: on the held-out parts it added a false alarm on a
#: legitimate public-sector site, over the 0 % ceiling of test_links_heldout.py (docs/detection.md).
NOT_TRAINED_ON = ("batch5",)

#: Legitimate hosts the threshold must stay above: the TUNING halves of batches the model is not trained on. Added
#: on 1/12/2026 after the seventh batch, measured whole once, showed the shipped model flagging 6 of its 249
#: legitimate names (local public bodies) for 11 of its 330 phishing hosts; two of the six are in its tuning half
#: (scores 2.78 and 2.83 against a threshold of 2.74). Only tuning halves are read; the held-out halves are not.
FLOOR_FILES: tuple[tuple[str, Callable[[str], Part]], ...] = (
    ("legit_batch5", batch5_part_of),
    ("legit_batch6", batch6_part_of),
    ("legit_batch7", batch7_part_of),
)


def legit_floor(model: evaluation.Model) -> float:
    """The lowest two-decimal score above every legitimate host of ``FLOOR_FILES``' tuning halves that the rules
    leave open, the gate lets the model judge and ``model`` scores at all (0.0 when there is none)."""
    highest = 0.0
    for name, part_of in FLOOR_FILES:
        path = CORPORA_DIR / f"{name}.jsonl"
        for item in (
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ):
            if part_of(str(item["id"])) != "tuning":
                continue
            _, left_open, host, codes = evaluation.rule_view(str(item["text"]))
            if not left_open or not may_judge(host):
                continue
            feats = link_features.features(host, FEATURE_SET, codes)
            highest = max(highest, link_features.score(model.weights, model.bias, frozenset(feats)))
    return math.floor(highest * 100 + 1) / 100 if highest > 0 else 0.0


def examples() -> list[evaluation.Example]:
    return evaluation.examples(evaluation.raw_items(leave_out=NOT_TRAINED_ON), FEATURE_SET)


def inputs_sha256(data: list[evaluation.Example]) -> str:
    """The hash of what the model is made from: every host, its label, whether the gated model is asked about it
    (the threshold depends on it), and every setting."""
    digest = hashlib.sha256()
    settings = {
        "feature_set": FEATURE_SET,
        "MIN_LABELS": evaluation.MIN_LABELS,
        "KEEP": evaluation.KEEP,
        "EPOCHS": evaluation.EPOCHS,
        "RATE": evaluation.RATE,
        "L2": evaluation.L2,
        "FOLDS": evaluation.FOLDS,
        "MAX_LEGIT_SHARE": evaluation.MAX_LEGIT_SHARE,
        "DIGITS": evaluation.DIGITS,
        "trained": TRAINED.isoformat(),
    }
    digest.update(json.dumps(settings, sort_keys=True).encode("utf-8"))
    asked = evaluation.asked_hosts(data, may_judge)
    for e in sorted(data, key=lambda e: e.host):
        digest.update(f"{int(e.phishing)}\t{int(e.host in asked)}\t{e.host}\n".encode())
    return digest.hexdigest()


def build(data: list[evaluation.Example]) -> dict[str, Any]:
    everything = evaluation.trained(data)
    floor = legit_floor(everything.model)
    measure = evaluation.cross_validate(data, may_judge, everything.scored, floor=floor)
    ordinary = evaluation.ordinary_flagged(everything.model, may_judge, measure.threshold, FEATURE_SET)
    if ordinary:
        raise SystemExit(f"the model flags ordinary names: {', '.join(ordinary)}; nothing written")
    return {
        "feature_set": FEATURE_SET,
        "gate": GATE,
        "threshold": measure.threshold,
        "bias": everything.model.bias,
        "weights": everything.model.weights,
        "training": {
            "sources": list(SOURCES),
            "phishing": sum(e.phishing for e in data),
            "legitimate": sum(not e.phishing for e in data),
            "trained": TRAINED.isoformat(),
            "threshold_rule": (
                f"lowest two-decimal score leaving at most {100 * evaluation.MAX_LEGIT_SHARE:.1f} % of the "
                f"legitimate training hosts the gated model is asked about at or over it, "
                f"{evaluation.FOLDS}-fold out of fold, folds grouped by registrable label; never under {floor}, "
                "just above every legitimate host of the tuning halves of batches 5, 6 and 7 (not trained on) "
                "the gated model would flag"
            ),
            "out_of_fold": measure.line(),
            "batch5_check": BATCH5_CHECK,
            "retrain": RETRAIN,
            "inputs_sha256": inputs_sha256(data),
        },
    }


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    model = build(examples())
    OUT.write_text(render(model), encoding="utf-8")
    print(model["training"]["out_of_fold"])
    print(f"{len(model['weights'])} features, threshold {model['threshold']}, written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
