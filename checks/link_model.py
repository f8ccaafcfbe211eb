"""The lexical link model (``host-v1``, gated): a second opinion on a host the rules leave open.

A logistic regression over the letters and shape of a host name, trained at build time on the tuning halves of
the real link corpora (``tests/realdata/link_train.py``) and shipped as ``knowledge/data/link_model.json``. It
was shipped after a pre-registered check on the fifth batch, a source neither the rules nor the model had seen
(``docs/detection.md``): +8.3 points of phishing flagged, no legitimate host and no ordinary name added.

It speaks only where the rules concluded nothing and no label of the host holds a brand name, a typo of one or
a scam-story word (``may_judge``): there the rules weighed the word and found an ordinary name. Its opinion is
a caution shown with the answer, never a verdict: the link stays "impossible de conclure" (finding ``link.model``,
evidence neutral). It made links ``suspicious`` until 1/12/2026, when the seventh batch, measured whole, showed it
flagging 6 of 249 legitimate names (communes, public bodies; 4 of 120 in the held-out half), past the issue's
0.5 % (docs/detection.md). Inference is dictionary lookups, cached per host.

Features of a host (``FEATURE_SET``):
- ``d:`` character 3- to 5-grams of the registrable label, ``<`` and ``>`` marking its ends (digits read as
  ``0``), ``s:`` the same for the other labels in front of it (``www`` left out);
- ``w:`` / ``sw:`` the word pieces of those labels, runs of three letters or more;
- ``t:`` the public suffix, ``cheap`` when the extension is a cheap or catch-all one of ``link_signals``;
- ``hy:``, ``dg:``, ``lb:``, ``len:`` the number of hyphens, of digits, of labels in front and the label's
  length, in a few buckets.
The path is not read: the legitimate examples are host names, so a model could only learn that a path is a
sign of phishing.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from checks.lookalike import trie_pattern
from checks.url_parse import PublicSuffixes
from knowledge import link_model, link_signals

FEATURE_SET = "host-v1"
#: Whether ``check_link`` asks the model by default. On since 1/12/2026, with the gate narrowed to names whose
#: words the rules did not weigh (``_rules_cleared``): with the first gate the model flagged 11 ordinary names the
#: rules' own tests keep quiet (cabinet-recouvrement-martin.fr, ameliorer-sa-maison.com…; docs/detection.md).
ENABLED = True
_PIECE_RE = re.compile(r"[a-z]{3,}")
_WORD_SPLIT_RE = re.compile(r"[-_0-9]+")
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_GRAM_SIZES = (3, 4, 5)
_HYPHENS = ("hy:0", "hy:1", "hy:2", "hy:2+")
_LABELS = ("lb:0", "lb:1", "lb:2", "lb:2+")
#: How many of the pieces that weigh most the finding names.
SHOWN = 3


_SUFFIXES: list[PublicSuffixes] = []


def suffixes() -> PublicSuffixes:
    """The Public Suffix List reader, built once (start-up work, not a per-input memo)."""
    if not _SUFFIXES:
        _SUFFIXES.append(PublicSuffixes())
    return _SUFFIXES[0]


_CHEAP: list[frozenset[str]] = []


def cheap_tlds() -> frozenset[str]:
    """The abused and catch-all extensions of ``link_signals``."""
    if not _CHEAP:
        signals = link_signals.load()
        _CHEAP.append(frozenset(signals.abused_tlds) | signals.catch_all_tlds)
    return _CHEAP[0]


def registrable_label(ascii_host: str) -> str:
    return suffixes().split(ascii_host).domain


def grams(label: str) -> set[str]:
    marked = "<" + label.translate(_DIGITS_AS_ZERO) + ">"
    return {marked[i : i + n] for n in _GRAM_SIZES for i in range(len(marked) - n + 1)}


def counts(label: str, subs: int) -> tuple[str, str, str, str]:
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


def parts(ascii_host: str) -> tuple[str, str, list[str]] | None:
    """(registrable label, public suffix, the other labels in front but ``www``), or None."""
    extracted = suffixes().split(ascii_host)
    if not extracted.domain or not extracted.suffix:
        return None
    subs = [s for s in extracted.subdomain.split(".") if s and s != "www"] if extracted.subdomain else []
    return extracted.domain, extracted.suffix, subs


def features(ascii_host: str) -> frozenset[str]:
    """The ``host-v1`` features of a lower-case ASCII host name; empty when it has no registrable part (an IP,
    an extension that does not exist)."""
    found = parts(ascii_host)
    if found is None:
        return frozenset()
    return _features_of(found)


def _features_of(found: tuple[str, str, list[str]]) -> frozenset[str]:
    label, suffix, subs = found
    out = {f"t:{suffix}", *counts(label, len(subs))}
    out.update("d:" + g for g in grams(label))
    out.update("w:" + piece for piece in _PIECE_RE.findall(label))
    for sub in subs:
        out.update("s:" + g for g in grams(sub))
        out.update("sw:" + piece for piece in _PIECE_RE.findall(sub))
    if suffix.rsplit(".", 1)[-1] in cheap_tlds():
        out.add("cheap")
    return frozenset(out)


def score(weights: dict[str, float], bias: float, feats: frozenset[str]) -> float:
    """A linear model's log-odds for a host: the bias plus the weight of each feature it knows (an exact sum,
    so the set's order never changes the last bit)."""
    return bias + math.fsum(weights[f] for f in feats if f in weights)


def may_judge(ascii_host: str) -> bool:
    """Whether the model may speak on a host the rules left open: no label holds a brand name (or a name a
    letter off one) or a scam-story word of the rules' lists."""
    from checks.links import _knowledge  # the rules' own tables (imported late: links uses us)

    know = _knowledge()
    extracted = know.suffixes.split(ascii_host)
    labels = (
        [*extracted.subdomain.split("."), extracted.domain] if extracted.subdomain else [extracted.domain]
    )
    return _may_judge_labels(labels)


def _may_judge_labels(labels: list[str]) -> bool:
    """``may_judge`` on the host's labels (each label answers alone: their order only changes which one says no)."""
    from checks.links import _knowledge, _token_typo  # the rules' own tables (imported late: links uses us)

    know = _knowledge()
    cleared = _cleared_words()
    for label in labels:
        if not label or label == "www":
            continue
        if know.brands.brand_in(label) is not None or know.brands.imitation(label) is not None:
            return False
        words = [word for word in _WORD_SPLIT_RE.split(label) if word]
        if any(word in know.scenario_words for word in words) or _token_typo(words, know) is not None:
            return False
        if any(_rules_cleared(word, cleared) for word in words):
            return False
    return True


class _Cleared(NamedTuple):
    """Words the rules weighed in a name and found ordinary: where they did, the model does not overrule them."""

    weighed: frozenset[str]  # lure, action and sign-in words (recouvrement, securisation, securite)
    ordinary: tuple[str, ...]  # ordinary words that hold or resemble a brand (amelior, amendement, import)
    brand_parts: tuple[str, ...]  # long brand names glued from words (societegenerale: "generale")
    shortened: tuple[str, ...]  # names shortened by the rules (villeparis)
    # The same, prepared for one lookup a word: a pattern of the ordinary words (found inside a word), and
    # every piece of five letters or more of a long brand name other than the whole name.
    ordinary_re: re.Pattern[str]
    brand_pieces: frozenset[str]


_CLEARED: list[_Cleared] = []


def _cleared_words() -> _Cleared:
    """Built once (start-up work, not a per-input memo: a cold check must not rebuild it)."""
    if not _CLEARED:
        _CLEARED.append(_build_cleared())
    return _CLEARED[0]


def _build_cleared() -> _Cleared:
    from checks.links import _knowledge

    know = _knowledge()
    signals = link_signals.load()
    ordinary = tuple(sorted(signals.ordinary_words_with_brands | signals.ordinary_typo_forms))
    brand_parts = tuple(sorted(name for name in know.brands.brands if len(name) >= 10))
    return _Cleared(
        know.lure_words | know.action_words | know.login_words,
        ordinary,
        brand_parts,
        tuple(sorted(know.shortened)),
        re.compile(trie_pattern(list(ordinary))),
        frozenset(
            name[start:end]
            for name in brand_parts
            for start in range(len(name))
            for end in range(start + _BRAND_PIECE, len(name) + 1)
            if end - start < len(name)
        ),
    )


_BRAND_PIECE = 5


def _rules_cleared(word: str, cleared: _Cleared) -> bool:
    """Whether the rules already weighed this word of a name (and, the name being left open, cleared it)."""
    if word in cleared.weighed:
        return True
    if cleared.ordinary_re.search(word) is not None:  # any(form in word for form in cleared.ordinary)
        return True
    # any(word in name and word != name for name in cleared.brand_parts), for a word of five letters or more
    if len(word) >= _BRAND_PIECE and word in cleared.brand_pieces:
        return True
    return any(word.startswith(name) for name in cleared.shortened)


class Opinion(NamedTuple):
    """The model's opinion of a host over its threshold: its score and the pieces that weighed most."""

    score: float
    pieces: tuple[str, ...]


@lru_cache(maxsize=8192)
def opinion(ascii_host: str) -> Opinion | None:
    """The model's opinion when the host scores at or over the shipped threshold and the gate lets it speak;
    None otherwise. Only asked about hosts the rules left open."""
    model = link_model.load()
    found = parts(ascii_host)  # the host's suffix split once, for the score, the gate and the pieces
    if found is None:
        return None  # host_score is None
    value = _score_of(found)
    # The gate's labels: may_judge's, the registrable one last ("www" and empty ones are skipped there too).
    if value < model.threshold or not _may_judge_labels([*found[2], found[0]]):
        return None
    feats = _features_of(found)
    return Opinion(value, readable_pieces(ascii_host, feats, model.weights))


class _Kinds(NamedTuple):
    """The weights by kind of feature, keyed without their prefix: a host's grams are matched against a kind's
    keys in one set operation instead of building a prefixed string for each."""

    label_grams: dict[str, float]  # d:
    label_pieces: dict[str, float]  # w:
    sub_grams: dict[str, float]  # s:
    sub_pieces: dict[str, float]  # sw:


_KINDS: list[_Kinds] = []


def _kinds() -> _Kinds:
    """Built once (start-up work, not a per-input memo: rebuilding it walks every weight, ~1.5 ms)."""
    if not _KINDS:
        _KINDS.append(_build_kinds())
    return _KINDS[0]


def _build_kinds() -> _Kinds:
    weights = link_model.load().weights
    by: dict[str, dict[str, float]] = {"d": {}, "w": {}, "s": {}, "sw": {}}
    for name, weight in weights.items():
        kind, sep, rest = name.partition(":")
        if sep and kind in by:
            by[kind][rest] = weight
    return _Kinds(by["d"], by["w"], by["s"], by["sw"])


def host_score(ascii_host: str) -> float | None:
    """``score(weights, bias, features(host))``, computed without building the feature strings (the same
    features, each counted once, and an exact sum: the same value to the last bit); None without features."""
    found = parts(ascii_host)
    return None if found is None else _score_of(found)


def _score_of(found: tuple[str, str, list[str]]) -> float:
    label, suffix, subs = found
    model = link_model.load()
    weights, kinds = model.weights, _kinds()
    named = [f"t:{suffix}", *counts(label, len(subs))]
    if suffix.rsplit(".", 1)[-1] in cheap_tlds():
        named.append("cheap")
    values = [weights[name] for name in named if name in weights]
    values += [kinds.label_grams[g] for g in grams(label) & kinds.label_grams.keys()]
    values += [kinds.label_pieces[p] for p in set(_PIECE_RE.findall(label)) & kinds.label_pieces.keys()]
    if subs:
        sub_grams: set[str] = set()
        sub_pieces: set[str] = set()
        for sub in subs:
            sub_grams |= grams(sub)
            sub_pieces.update(_PIECE_RE.findall(sub))
        values += [kinds.sub_grams[g] for g in sub_grams & kinds.sub_grams.keys()]
        values += [kinds.sub_pieces[p] for p in sub_pieces & kinds.sub_pieces.keys()]
    return model.bias + math.fsum(values)


_SHAPES = {
    "hy:1": "un tiret",
    "hy:2": "deux tirets",
    "hy:2+": "plus de deux tirets",
    "dg:2": "des chiffres",
    "dg:2+": "des chiffres",
    "lb:1": "un sous-domaine",
    "lb:2": "des sous-domaines",
    "lb:2+": "des sous-domaines",
    "len:15": "un nom long",
    "len:20": "un nom long",
    "len:20+": "un nom très long",
}


def readable_pieces(ascii_host: str, feats: frozenset[str], weights: dict[str, float]) -> tuple[str, ...]:
    """The ``SHOWN`` pieces that push the score up most, readable by anyone: a gram is shown as the word of the
    host that holds it (« colis », not « d:coli »), the extension as « .xyz », the shape in words."""
    host = ascii_host[4:] if ascii_host.startswith("www.") else ascii_host
    words = [w for w in re.split(r"[-._]+", host) if w]
    ranked = sorted(
        ((weights[f], f) for f in feats if weights.get(f, 0.0) > 0), key=lambda wf: (-wf[0], wf[1])
    )
    shown: list[str] = []
    for _, feat in ranked:
        piece = _readable(feat, words, words[-1])
        if piece is not None and piece not in shown:
            shown.append(piece)
        if len(shown) == SHOWN:
            break
    return tuple(shown) or ("la forme générale du nom",)


def _readable(feat: str, words: list[str], tld: str) -> str | None:
    kind, _, value = feat.partition(":")
    if feat == "cheap":  # an abused or catch-all extension: named like the extension itself
        return f"l'extension « .{tld} »"
    if kind in ("w", "sw"):
        return f"« {value} »"
    if kind in ("d", "s"):
        core = value.strip("<>")
        zeroed = [(w, w.translate(_DIGITS_AS_ZERO)) for w in words]
        for word, form in zeroed:
            if len(core) >= 3 and core in form and not word.isdigit():
                return f"« {word} »"
        return None
    if kind == "t":
        return f"l'extension « .{value} »"
    return _SHAPES.get(feat)
