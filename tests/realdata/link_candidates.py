"""Candidate link models for the seventh batch's pre-registered check: written next to the shipped one, never loaded.

``python -m tests.realdata.link_candidates`` trains ``host-v1`` candidates on the TUNING halves of every batch
measured so far (batch 1, fresh, the extra legitimate hosts whole, blind, batches 4, 5 and 6 tuning halves; never a
held-out half, never the seventh batch), measures each with a leave-one-batch-out on those tuning halves and
writes ``tests/realdata/candidates/link_model_<name>.json``. The shipped model (``knowledge/data/link_model.json``),
its gate and ``checks.link_model.ENABLED`` are not touched: ``tests/realdata/batch7_model_check.py`` decides, on the
seventh batch whole, whether a candidate replaces it.

Candidates (at most three, brief of 1/12/2026):
- ``retrain``: the shipped recipe as it is (same features, settings, gate and threshold rule), batches 5 and 6's
  tuning halves added;
- ``strict``: the same weights, the threshold raised so that (1) no legitimate tuning host the gate lets through
  scores at or over it, out of fold (batch 6's ``hard`` legitimate names among them), and (2) it flags no more of
  the calibration names (random names of French words, ``CALIBRATION_FILE``) than the shipped model does;
- ``scenario``: ``strict``, and a second, stricter threshold on hosts the gate holds back ONLY for a scenario word
  (colis, suivi, sante, carte…: no brand, no typo of one, no other word the rules weighed and cleared), the threshold
  leaving no legitimate tuning host of that kind, and no calibration name of that kind, at or over it.
Every threshold of a left-out fold is chosen the same way from that fold's own model and training hosts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks import link_model
from checks.links import _knowledge, _token_typo, check_link
from tests.realdata import link_model_eval as evaluation
from tests.realdata.split import CORPORA_DIR, batch6_part_of

FEATURE_SET = "host-v1"
CANDIDATES_DIR = Path(__file__).resolve().parent / "candidates"
NAMES = ("retrain", "strict", "scenario")
BATCH6 = evaluation.Source("batch6", (("phishing_batch6", True), ("legit_batch6", False)), batch6_part_of)
#: Every source a candidate is trained on (tuning halves only; ``extra`` whole, as for the shipped model).
SOURCES = (*evaluation.SOURCES, BATCH6)
#: The batches left out in turn (``extra`` holds legitimate hosts only: it is never left out).
LEFT_OUT = ("batch1", "fresh", "blind", "batch4", "batch5", "batch6")
#: The 60 ordinary French names written for the tenth series of link rules (businesses, clubs, services whose
#: names hold words the rules weigh: abonnement, regularisation, espace client, livraison…; none from a corpus).
ORDINARY_FILE = CANDIDATES_DIR / "ordinary_links10.txt"
#: 10,000 random names of one to three French dictionary words (wfrench's /usr/share/dict/french, accents dropped,
#: seed 20261201, extensions fr/com/net/info; none of the 120,000 names of the dictionary probe): what a model that
#: learned "long names of ordinary words" flags among ordinary names, used to CALIBRATE the ``strict`` threshold
#: (no more of them flagged than by the shipped model). Not a guard: the probe and the ordinary names are.
CALIBRATION_FILE = CANDIDATES_DIR / "calibration_names.txt"


def ordinary_names() -> tuple[str, ...]:
    """Every ordinary-name guard: the 44 of ``link_model_eval`` and the 60 of the tenth series."""
    more = [line.strip() for line in ORDINARY_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return (*evaluation.ORDINARY_NAMES, *evaluation.MORE_ORDINARY_NAMES, *more)


# --- the gates ---------------------------------------------------------------------------------------------------


def may_judge(ascii_host: str) -> bool:
    """The shipped gate."""
    return link_model.may_judge(ascii_host)


def scenario_only(ascii_host: str) -> bool:
    """Whether the shipped gate holds this host back ONLY because a label holds a scenario or lure word of the
    rules' lists (colis, suivi, sante, carte…): no brand, no name a letter off one, no other word the rules
    weighed and cleared (action and sign-in words, ordinary words holding a brand, pieces of brand names)."""
    know = _knowledge()
    cleared = link_model._cleared_words()
    extracted = know.suffixes.split(ascii_host)
    labels = (
        [*extracted.subdomain.split("."), extracted.domain] if extracted.subdomain else [extracted.domain]
    )
    scenario = False
    for label in labels:
        if not label or label == "www":
            continue
        if know.brands.brand_in(label) is not None or know.brands.imitation(label) is not None:
            return False
        words = [word for word in link_model._WORD_SPLIT_RE.split(label) if word]
        if _token_typo(words, know) is not None:
            return False
        for word in words:
            if word in know.scenario_words or word in know.lure_words:
                scenario = True
            elif link_model._rules_cleared(word, cleared):
                return False
    return scenario


# --- a candidate as data, and what it flags -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate model: ``host-v1`` weights, the shipped gate's threshold and, optionally, the scenario gate's."""

    name: str
    bias: float
    weights: dict[str, float]
    threshold: float
    scenario_threshold: float | None
    inputs_sha256: str

    def score(self, ascii_host: str) -> float | None:
        feats = link_model.features(ascii_host)
        return link_model.score(self.weights, self.bias, feats) if feats else None

    def speaks(self, ascii_host: str) -> bool:
        """Whether the candidate flags a host the rules left open (through one of its gates)."""
        value = self.score(ascii_host)
        if value is None:
            return False
        if value >= self.threshold and may_judge(ascii_host):
            return True
        return (
            self.scenario_threshold is not None
            and value >= self.scenario_threshold
            and scenario_only(ascii_host)
        )


def load(path: Path) -> Candidate:
    """A candidate file, checked enough that a wrong file fails loudly rather than scoring nonsense."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    if raw.get("feature_set") != FEATURE_SET:
        raise ValueError(f"{path}: not a {FEATURE_SET} candidate")
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    if len(weights) < 100 or not all(math.isfinite(w) for w in weights.values()):
        raise ValueError(f"{path}: too few or non-finite weights")
    scenario = raw.get("scenario_threshold")
    return Candidate(
        str(raw["name"]),
        float(raw["bias"]),
        weights,
        float(raw["threshold"]),
        None if scenario is None else float(scenario),
        str(raw["training"]["inputs_sha256"]),
    )


@dataclass(frozen=True, slots=True)
class Verdicts:
    """What the shipped code and the candidate say of one link: flagged (suspicious or likely scam) or not."""

    shipped: bool
    candidate: bool


def verdicts(text: str, candidate: Candidate) -> Verdicts:
    """The shipped code (rules + shipped model, as by default) against rules + the candidate in its place."""
    shipped = check_link(text).verdict.value in ("suspicious", "likely_scam")
    rules = check_link(text, model=False)
    codes = {f.code for f in rules.findings}
    host = rules.link.host
    by_rules = rules.verdict.value in ("suspicious", "likely_scam")
    left_open = "link.unknown" in codes and bool(host)
    return Verdicts(shipped, by_rules or (left_open and candidate.speaks(host)))


# --- training and the leave-one-batch-out ---------------------------------------------------------------------------


def raw_items(leave_out: Iterable[str] = ()) -> list[tuple[str, bool, str]]:
    """(text, is phishing, source) of every tuning part the candidates learn from."""
    skip = set(leave_out)
    return [
        (text, phishing, source.name)
        for source in SOURCES
        if source.name not in skip
        for text, phishing in evaluation.tuning_items(source)
    ]


def examples() -> list[evaluation.Example]:
    return evaluation.examples(raw_items(), FEATURE_SET)


def hard_legit_hosts() -> set[str]:
    """The ``hard`` legitimate names of batch 6's tuning half (brand- or scenario-like words)."""
    found = set()
    with (CORPORA_DIR / "legit_batch6.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item.get("hard") and batch6_part_of(str(item["id"])) == "tuning":
                host = evaluation.host_of(str(item["text"]))
                if host:
                    found.add(host)
    return found


@dataclass(frozen=True, slots=True)
class Calibration:
    """The calibration names the rules leave open, by gate, and how many the shipped model flags."""

    judged: tuple[str, ...]  # through the shipped gate
    scenario: tuple[str, ...]  # held back by the shipped gate only for a scenario word
    shipped_flagged: int  # of ``judged``, at or over the shipped threshold


_CALIBRATION: list[Calibration] = []


def calibration() -> Calibration:
    if not _CALIBRATION:
        names = [n.strip() for n in CALIBRATION_FILE.read_text(encoding="utf-8").splitlines() if n.strip()]
        judged, scenario = [], []
        for name in names:
            _, open_, host, _ = evaluation.rule_view(name)
            if open_ and may_judge(host):
                judged.append(host)
            elif open_ and scenario_only(host):
                scenario.append(host)
        flagged = sum(link_model.opinion(host) is not None for host in judged)
        _CALIBRATION.append(Calibration(tuple(judged), tuple(scenario), flagged))
    return _CALIBRATION[0]


def calibrated_threshold(model: evaluation.Model, hosts: Iterable[str], allowed: int) -> float:
    """The lowest two-decimal threshold leaving at most ``allowed`` of ``hosts`` at or over it."""
    scores = sorted(
        (link_model.score(model.weights, model.bias, link_model.features(h)) for h in hosts), reverse=True
    )
    return math.floor(scores[allowed] * 100 + 1) / 100 if len(scores) > allowed else 0.0


def zero_legit_threshold(scored: list[tuple[evaluation.Example, float]], asked: set[str]) -> float:
    """The lowest two-decimal threshold over every legitimate host asked, out of fold (no tuning legit flagged)."""
    legit = [s for e, s in scored if not e.phishing and e.host in asked]
    return math.floor(max(legit, default=0.0) * 100 + 1) / 100


@dataclass(frozen=True, slots=True)
class Thresholds:
    threshold: float
    scenario_threshold: float | None


def thresholds(name: str, trained: evaluation.Trained) -> Thresholds:
    """A candidate's thresholds, from out-of-fold scores of its own training hosts only."""
    data, scored = trained.data, trained.scored
    asked = evaluation.asked_hosts(data, may_judge)
    if name == "retrain":
        return Thresholds(evaluation.pick_threshold(scored, asked), None)
    calibrate = calibration()
    strict = max(
        evaluation.pick_threshold(scored, asked),
        zero_legit_threshold(scored, asked),
        calibrated_threshold(trained.model, calibrate.judged, calibrate.shipped_flagged),
    )
    if name == "strict":
        return Thresholds(strict, None)
    scenario = evaluation.asked_hosts(data, scenario_only)
    return Thresholds(
        strict,
        max(
            strict,
            zero_legit_threshold(scored, scenario),
            calibrated_threshold(trained.model, calibrate.scenario, 0),
        ),
    )


def candidate_of(name: str, trained: evaluation.Trained, inputs: str) -> Candidate:
    limits = thresholds(name, trained)
    model = trained.model
    return Candidate(name, model.bias, model.weights, limits.threshold, limits.scenario_threshold, inputs)


@dataclass(frozen=True, slots=True)
class Fold:
    """One left-out batch's tuning half, judged by rules alone, the shipped model, and a candidate trained without it."""

    batch: str
    phishing: int
    by_rules: int
    by_candidate: int
    legit: int
    legit_by_rules: int
    legit_by_candidate: int
    by_shipped: (
        int  # phishing flagged by the rules and the SHIPPED model (trained on batch 1, fresh, blind, 4)
    )
    legit_by_shipped: int
    ordinary: tuple[str, ...]  # ordinary names the fold's candidate flags and the shipped model does not

    def line(self) -> str:
        gained = self.by_candidate - self.by_rules
        return (
            f"left out {self.batch}: phishing {self.by_rules} -> {self.by_candidate}/{self.phishing} "
            f"(+{gained}, {100 * gained / max(self.phishing, 1):+.1f} pts); legit added "
            f"{self.legit_by_candidate - self.legit_by_rules}/{self.legit}; ordinary names added "
            f"{len(self.ordinary)} {' '.join(self.ordinary)}; shipped model there: phishing {self.by_shipped}, "
            f"legit added {self.legit_by_shipped - self.legit_by_rules}"
        )


def ordinary_flagged(candidate: Candidate) -> tuple[str, ...]:
    """The ordinary names the candidate flags and the shipped model does not (both where the rules left them open)."""
    found = []
    for name in ordinary_names():
        _, open_, host, _ = evaluation.rule_view(name)
        if open_ and candidate.speaks(host) and link_model.opinion(host) is None:
            found.append(name)
    return tuple(found)


def fold(data: list[evaluation.Example], batch: str, name: str, without: evaluation.Trained) -> Fold:
    candidate = candidate_of(name, without, "fold")
    target = [e for e in data if batch in e.sources]

    def flags(e: evaluation.Example) -> bool:
        return e.by_rules or (e.left_open and candidate.speaks(e.host))

    def shipped(e: evaluation.Example) -> bool:
        return e.by_rules or (e.left_open and link_model.opinion(e.host) is not None)

    phishing = [e for e in target if e.phishing]
    legit = [e for e in target if not e.phishing]
    return Fold(
        batch,
        len(phishing),
        sum(e.by_rules for e in phishing),
        sum(flags(e) for e in phishing),
        len(legit),
        sum(e.by_rules for e in legit),
        sum(flags(e) for e in legit),
        sum(shipped(e) for e in phishing),
        sum(shipped(e) for e in legit),
        ordinary_flagged(candidate),
    )


def inputs_sha256(data: list[evaluation.Example]) -> str:
    """The shipped model's input hash recipe (``link_train.inputs_sha256``) over the candidates' inputs."""
    from tests.realdata import link_train

    return link_train.inputs_sha256(data)


def render(candidate: Candidate, data: list[evaluation.Example], folds: list[Fold]) -> str:
    body: dict[str, Any] = {
        "name": candidate.name,
        "feature_set": FEATURE_SET,
        "gate": "checks.link_model.may_judge"
        + (
            ", and tests.realdata.link_candidates.scenario_only at scenario_threshold"
            if candidate.scenario_threshold
            else ""
        ),
        "threshold": candidate.threshold,
        "scenario_threshold": candidate.scenario_threshold,
        "bias": candidate.bias,
        "weights": candidate.weights,
        "training": {
            "sources": [s.name for s in SOURCES],
            "parts": "tuning halves only (extra whole); never a held-out half, never batch 7",
            "phishing": sum(e.phishing for e in data),
            "legitimate": sum(not e.phishing for e in data),
            "leave_one_batch_out": [f.line() for f in folds],
            "retrain": f"python -m tests.realdata.link_candidates --write {candidate.name}",
            "inputs_sha256": candidate.inputs_sha256,
        },
    }
    return json.dumps(body, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", choices=NAMES, action="append", help="candidate(s) to write (default: all)"
    )
    args = parser.parse_args(argv)
    names = tuple(args.write or NAMES)
    data = examples()
    everything = evaluation.trained(data)
    inputs = inputs_sha256(data)
    without = {batch: evaluation.trained(evaluation.without_batch(data, batch)) for batch in LEFT_OUT}
    print(
        f"training: {sum(e.phishing for e in data)} phishing, {sum(not e.phishing for e in data)} legitimate hosts; "
        f"{len(everything.model.weights)} features"
    )
    CANDIDATES_DIR.mkdir(exist_ok=True)
    for name in names:
        folds = [fold(data, batch, name, without[batch]) for batch in LEFT_OUT]
        candidate = candidate_of(name, everything, inputs)
        print(
            f"\n## {name}: threshold {candidate.threshold}, scenario threshold {candidate.scenario_threshold}"
        )
        for f in folds:
            print(f.line())
        added = ordinary_flagged(candidate)
        print(f"all data: ordinary names added {len(added)}/{len(ordinary_names())} {' '.join(added)}")
        (CANDIDATES_DIR / f"link_model_{name}.json").write_text(
            render(candidate, data, folds), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
