"""The statistical layer of the link check: a small linear model of how phishing host names are written.

The hand rules know brand and scenario words; the links they miss are written with words they do not know
(invented names, typos of words never listed, odd extensions). ``knowledge/data/link_model.json`` holds the
weights of a logistic regression trained on real phishing and legitimate hosts
(``python -m tests.realdata.train_link_model``); here the host is cut into the same features and the weights
are summed: pure dictionary lookups, no numbers library at run time.

Features of a host (``FEATURE_SET`` names the version; changing them means retraining):
- ``d:`` character 3- to 5-grams of the registrable label, with ``<`` and ``>`` marking its ends (digits
  read as ``0``), ``s:`` the same for the other labels in front of it (``www`` left out);
- ``w:`` / ``sw:`` the word pieces of those labels, cut at hyphens and digits (three letters or more);
- ``t:`` the public suffix, ``cheap`` when the extension is a cheap or catch-all one of our list;
- ``hy:``, ``dg:``, ``lb:``, ``len:`` the number of hyphens, of digits, of labels and the label's length, in
  a few buckets.
The path is not read: the legitimate examples are host names, so the model could only learn that a path
is a sign of phishing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.url_parse import PublicSuffixes, defang
from knowledge import link_model, link_signals

FEATURE_SET = "host-v1"
_PIECE_RE = re.compile(r"[a-z]{3,}")
_DIGIT_RE = re.compile(r"[0-9]")
_MIN_GRAM = 3
_MAX_GRAM = 5
_SHOWN = 3


@dataclass(frozen=True, slots=True)
class _Tables:
    suffixes: PublicSuffixes
    cheap_tlds: frozenset[str]


_PREPARED: list[_Tables] = []


def _tables() -> _Tables:
    if not _PREPARED:
        signals = link_signals.load()
        _PREPARED.append(_Tables(PublicSuffixes(), frozenset(signals.abused_tlds) | signals.catch_all_tlds))
    return _PREPARED[0]


def _grams(prefix: str, label: str) -> list[str]:
    marked = "<" + _DIGIT_RE.sub("0", label) + ">"
    return [
        prefix + marked[i : i + n]
        for n in range(_MIN_GRAM, _MAX_GRAM + 1)
        for i in range(len(marked) - n + 1)
    ]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f"{edges[-1]}+"


@lru_cache(maxsize=8192)
def features(ascii_host: str) -> frozenset[str]:
    """The features of a lower-case ASCII host name; empty when it has no registrable part (an IP, an
    extension that does not exist)."""
    tables = _tables()
    extracted = tables.suffixes.split(ascii_host)
    label, suffix = extracted.domain, extracted.suffix
    if not label or not suffix:
        return frozenset()
    found = {f"t:{suffix}"}
    found.update(_grams("d:", label))
    found.update(f"w:{piece}" for piece in _PIECE_RE.findall(label))
    subs = [s for s in extracted.subdomain.split(".") if s and s != "www"]
    for sub in subs:
        found.update(_grams("s:", sub))
        found.update(f"sw:{piece}" for piece in _PIECE_RE.findall(sub))
    if suffix.rsplit(".", 1)[-1] in tables.cheap_tlds:
        found.add("cheap")
    found.add("hy:" + _bucket(label.count("-"), (0, 1, 2)))
    found.add("dg:" + _bucket(len(_DIGIT_RE.findall(label)), (0, 2)))
    found.add("lb:" + _bucket(len(subs), (0, 1, 2)))
    found.add("len:" + _bucket(len(label), (5, 10, 15, 20)))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Estimate:
    score: float
    over: bool  # at or above the shipped threshold
    pieces: tuple[str, ...]  # what weighed most, as shown to a user (defanged)


def score(weights: dict[str, float], bias: float, feats: frozenset[str]) -> float:
    """The model's log-odds for a host: the bias plus the weight of each feature it knows."""
    return bias + sum(weights.get(f, 0.0) for f in feats)


@lru_cache(maxsize=8192)
def estimate(ascii_host: str) -> Estimate | None:
    """The shipped model's opinion of a host, with the pieces that weighed most; None when it has none."""
    feats = features(ascii_host)
    if not feats:
        return None
    model = link_model.load()
    value = score(model.weights, model.bias, feats)
    if value < model.threshold:
        return Estimate(value, False, ())
    return Estimate(value, True, strongest(ascii_host, model.weights, feats))


_HOST_PIECE_RE = re.compile(r"[a-z0-9]+")
_LETTERS_RE = re.compile(r"[a-z]+")


def strongest(ascii_host: str, weights: dict[str, float], feats: frozenset[str]) -> tuple[str, ...]:
    """The few pieces of the name that weighed most: each feature's positive weight goes to the word of the
    host it was read from (a run of letters and digits), the extension to ``.tld``; counts are not shown."""
    pieces = _HOST_PIECE_RE.findall(ascii_host)
    tld = next((f[2:] for f in sorted(feats) if f.startswith("t:")), "")
    totals: dict[str, float] = {}
    for feat in sorted(feats):
        weight = weights.get(feat, 0.0)
        if weight > 0:
            piece = _piece_of(feat, pieces, tld)
            if piece:
                totals[piece] = totals.get(piece, 0.0) + weight
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:_SHOWN]
    return tuple(defang(_short(piece)) for piece, _ in ranked)


_MAX_PIECE = 30


def _short(piece: str) -> str:
    return piece if len(piece) <= _MAX_PIECE else piece[: _MAX_PIECE - 1] + "…"


def _piece_of(feat: str, pieces: list[str], tld: str) -> str:
    kind, _, value = feat.partition(":")
    if kind in ("w", "sw"):
        return next((p for p in pieces if value in p), value)
    if kind in ("d", "s"):
        runs = _LETTERS_RE.findall(value)
        if not runs:
            return ""
        run = max(runs, key=len)
        return next((p for p in pieces if run in p), "")
    if kind == "t" or feat == "cheap":
        return "." + tld if tld else ""
    return ""
