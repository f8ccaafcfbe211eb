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

from checks.url_parse import PublicSuffixes, defang, public_suffixes
from knowledge import link_model, link_signals

FEATURE_SET = "host-v1"
_PIECE_RE = re.compile(r"[a-z]{3,}")
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_GRAM_SIZES = (3, 4, 5)
_SHOWN = 3


@dataclass(frozen=True, slots=True)
class _Tables:
    """The shipped weights split by kind of feature, so a host is scored by looking its pieces up directly."""

    suffixes: PublicSuffixes
    cheap_tlds: frozenset[str]
    bias: float
    threshold: float
    weights: dict[str, float]
    by_kind: dict[
        str, dict[str, float]
    ]  # "d", "s", "w", "sw" -> the gram or word without its prefix -> weight


_PREPARED: list[_Tables] = []


def _tables() -> _Tables:
    if not _PREPARED:
        signals = link_signals.load()
        model = link_model.load()
        by_kind: dict[str, dict[str, float]] = {"d": {}, "s": {}, "w": {}, "sw": {}}
        for feat, weight in model.weights.items():
            kind, _, value = feat.partition(":")
            if kind in by_kind:
                by_kind[kind][value] = weight
        _PREPARED.append(
            _Tables(
                public_suffixes(),
                frozenset(signals.abused_tlds) | signals.catch_all_tlds,
                model.bias,
                model.threshold,
                model.weights,
                by_kind,
            )
        )
    return _PREPARED[0]


def _slices(size: int) -> tuple[slice, ...]:
    """Where the 3- to 5-grams of a marked label of ``size`` characters are."""
    return tuple(slice(i, i + n) for n in _GRAM_SIZES for i in range(size - n + 1))


# Prepared at import for every label a host name may have (63 characters, plus the two end marks).
_SLICES = tuple(_slices(size) for size in range(66))


def _grams(label: str) -> set[str]:
    marked = "<" + label.translate(_DIGITS_AS_ZERO) + ">"
    size = len(marked)
    return set(map(marked.__getitem__, _SLICES[size] if size < len(_SLICES) else _slices(size)))


_HYPHENS = ("hy:0", "hy:1", "hy:2", "hy:2+")
_LABELS = ("lb:0", "lb:1", "lb:2", "lb:2+")
_NO_DIGITS = str.maketrans("", "", "0123456789")


def _counts(label: str, subs: int) -> tuple[str, str, str, str]:
    """The count buckets: hyphens 0/1/2/more, digits 0/1-2/more, labels in front 0/1/2/more, length of the
    label up to 5/10/15/20/more."""
    digits = len(label) - len(label.translate(_NO_DIGITS))
    size = len(label)
    length = "len:5" if size <= 5 else "len:10" if size <= 10 else "len:15" if size <= 15 else "len:20"
    return (
        _HYPHENS[min(label.count("-"), 3)],
        "dg:0" if digits == 0 else "dg:2" if digits <= 2 else "dg:2+",
        _LABELS[min(subs, 3)],
        length if size <= 20 else "len:20+",
    )


def _parts(ascii_host: str) -> tuple[str, str, list[str]] | None:
    """(registrable label, public suffix, the other labels in front but ``www``), or None."""
    extracted = _tables().suffixes.split(ascii_host)
    if not extracted.domain or not extracted.suffix:
        return None
    subs = [s for s in extracted.subdomain.split(".") if s and s != "www"] if extracted.subdomain else []
    return extracted.domain, extracted.suffix, subs


def _is_cheap(suffix: str) -> bool:
    return suffix.rsplit(".", 1)[-1] in _tables().cheap_tlds


def features(ascii_host: str) -> frozenset[str]:
    """The features of a lower-case ASCII host name (what training reads); empty when it has no
    registrable part (an IP, an extension that does not exist)."""
    parts = _parts(ascii_host)
    if parts is None:
        return frozenset()
    label, suffix, subs = parts
    found = {f"t:{suffix}", *_counts(label, len(subs))}
    found.update("d:" + g for g in _grams(label))
    found.update("w:" + piece for piece in _PIECE_RE.findall(label))
    for sub in subs:
        found.update("s:" + g for g in _grams(sub))
        found.update("sw:" + piece for piece in _PIECE_RE.findall(sub))
    if _is_cheap(suffix):
        found.add("cheap")
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Estimate:
    score: float
    over: bool  # at or above the shipped threshold
    pieces: tuple[str, ...]  # what weighed most, as shown to a user (defanged)


def score(weights: dict[str, float], bias: float, feats: frozenset[str]) -> float:
    """The model's log-odds for a host: the bias plus the weight of each feature it knows."""
    return bias + sum(weights.get(f, 0.0) for f in feats)


def _fast_score(label: str, suffix: str, subs: list[str], tables: _Tables) -> float:
    """``score(weights, bias, features(host))`` without building the feature names: the same sum, by
    looking each gram and word up in the table of its kind (the link check's hot path)."""
    weights, kinds = tables.weights, tables.by_kind
    known = weights.keys() & {"t:" + suffix, *_counts(label, len(subs))}
    if _is_cheap(suffix):
        known.add("cheap")
    total = tables.bias + sum(map(weights.__getitem__, known))
    d, w = kinds["d"], kinds["w"]
    total += sum(map(d.__getitem__, d.keys() & _grams(label)))
    total += sum(map(w.__getitem__, w.keys() & set(_PIECE_RE.findall(label))))
    if subs:
        s, sw = kinds["s"], kinds["sw"]
        grams: set[str] = set()
        pieces: set[str] = set()
        for sub in subs:
            grams |= _grams(sub)
            pieces.update(_PIECE_RE.findall(sub))
        total += sum(map(s.__getitem__, s.keys() & grams)) + sum(map(sw.__getitem__, sw.keys() & pieces))
    return total


@lru_cache(maxsize=8192)
def estimate(ascii_host: str) -> Estimate | None:
    """The shipped model's opinion of a host, with the pieces that weighed most; None when it has none."""
    parts = _parts(ascii_host)
    if parts is None:
        return None
    tables = _tables()
    value = _fast_score(*parts, tables)
    if value < tables.threshold:
        return Estimate(value, False, ())
    return Estimate(value, True, strongest(ascii_host, tables.weights, features(ascii_host)))


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
