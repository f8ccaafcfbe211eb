"""Features of a host name for the lexical link model that was evaluated (``link_model_eval``) and not shipped.

A host is cut into (``FEATURE_SET`` names the version):
- ``d:`` character 3- to 5-grams of the registrable label, ``<`` and ``>`` marking its ends (digits read as
  ``0``), ``s:`` the same for the other labels in front of it (``www`` left out);
- ``w:`` / ``sw:`` the word pieces of those labels, runs of three letters or more;
- ``t:`` the public suffix, ``cheap`` when the extension is a cheap or catch-all one of ``link_signals``;
- ``hy:``, ``dg:``, ``lb:``, ``len:`` the number of hyphens, of digits, of labels in front and the label's
  length, in a few buckets.
The path is not read: the legitimate examples are host names, so a model could only learn that a path is a
sign of phishing.

``may_judge`` is the gate such a model would need in the link check: it may speak only where no label holds a
brand name, a typo of one or a scam-story word of our lists, since there the rules weighed the word and found
an ordinary name (mondial-assistance, livraison-fleurs-martin, chronopst-horlogerie).
"""

from __future__ import annotations

import re
from functools import lru_cache

from checks.links import _knowledge, _token_typo  # the rules' own tables: the gate asks what they know
from checks.url_parse import PublicSuffixes
from knowledge import link_signals

FEATURE_SET = "host-v1"
_PIECE_RE = re.compile(r"[a-z]{3,}")
_WORD_SPLIT_RE = re.compile(r"[-_0-9]+")
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_GRAM_SIZES = (3, 4, 5)
_HYPHENS = ("hy:0", "hy:1", "hy:2", "hy:2+")
_LABELS = ("lb:0", "lb:1", "lb:2", "lb:2+")


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixes:
    return PublicSuffixes()


@lru_cache(maxsize=1)
def _cheap_tlds() -> frozenset[str]:
    signals = link_signals.load()
    return frozenset(signals.abused_tlds) | signals.catch_all_tlds


def registrable_label(ascii_host: str) -> str:
    return _suffixes().split(ascii_host).domain


def _grams(label: str) -> set[str]:
    marked = "<" + label.translate(_DIGITS_AS_ZERO) + ">"
    return {marked[i : i + n] for n in _GRAM_SIZES for i in range(len(marked) - n + 1)}


def _counts(label: str, subs: int) -> tuple[str, str, str, str]:
    """Hyphens 0/1/2/more, digits 0/1-2/more, labels in front 0/1/2/more, label length to 5/10/15/20/more."""
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
    extracted = _suffixes().split(ascii_host)
    if not extracted.domain or not extracted.suffix:
        return None
    subs = [s for s in extracted.subdomain.split(".") if s and s != "www"] if extracted.subdomain else []
    return extracted.domain, extracted.suffix, subs


def features(ascii_host: str) -> frozenset[str]:
    """The features of a lower-case ASCII host name; empty when it has no registrable part (an IP, an
    extension that does not exist)."""
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
    if suffix.rsplit(".", 1)[-1] in _cheap_tlds():
        found.add("cheap")
    return frozenset(found)


def score(weights: dict[str, float], bias: float, feats: frozenset[str]) -> float:
    """A linear model's log-odds for a host: the bias plus the weight of each feature it knows."""
    return bias + sum(weights.get(f, 0.0) for f in feats)


def may_judge(ascii_host: str) -> bool:
    """Whether a model may speak on a host the rules left open: no label holds a brand name (or a name a
    letter off one) or a scam-story word of the rules' lists."""
    know = _knowledge()
    extracted = know.suffixes.split(ascii_host)
    labels = (
        [*extracted.subdomain.split("."), extracted.domain] if extracted.subdomain else [extracted.domain]
    )
    for label in labels:
        if not label or label == "www":
            continue
        if know.brands.brand_in(label) is not None or know.brands.imitation(label) is not None:
            return False
        words = [word for word in _WORD_SPLIT_RE.split(label) if word]
        if any(word in know.scenario_words for word in words) or _token_typo(words, know) is not None:
            return False
    return True
