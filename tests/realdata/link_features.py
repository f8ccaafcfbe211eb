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

``host-v2`` (1/12/2026, asked again with the blind and fourth batches) adds what might generalise across
sources better than the names' own letters:
- ``h:`` character 4-grams of the whole host (``www`` left out, dots kept, digits read as ``0``), so the
  join of a label and its extension (``e.com>``, ``-fr.``) counts;
- the shape: ``nl:`` the number of labels, ``thy:`` hyphens in the whole host, ``dr:`` runs of digits,
  ``dl:`` the longest run, ``tc:`` the class of the extension from ``knowledge`` (``cheap`` abused or
  catch-all, ``private`` a platform of the Public Suffix List's private section, ``fr`` ``.fr`` and its
  territories, ``gen`` the classic generic ones, ``cc`` any other);
- ``r:`` the rules' own weak signals: the finding codes ``check_link`` returned for a link it left open
  (abused extension, shared platform, long host, plain ``http``…), passed in by the caller.

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

FEATURE_SET = "host-v2"
FEATURE_SETS = ("host-v1", "host-v2")
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


_FR_TLDS = frozenset(
    {"fr", "re", "gp", "mq", "gf", "yt", "pm", "wf", "tf", "nc", "pf", "bzh", "paris", "corsica"}
)
_GENERIC_TLDS = frozenset({"com", "net", "org", "info", "biz", "eu"})
_DIGIT_RUN_RE = re.compile(r"[0-9]+")


def _shape(ascii_host: str, suffix: str, private: bool) -> set[str]:
    """The host's shape: labels, hyphens, digit runs, the class of its extension."""
    host = ascii_host[4:] if ascii_host.startswith("www.") else ascii_host
    runs = _DIGIT_RUN_RE.findall(host)
    longest = max((len(r) for r in runs), default=0)
    tld = suffix.rsplit(".", 1)[-1]
    if tld in _cheap_tlds():
        tld_class = "cheap"
    elif private:
        tld_class = "private"
    elif tld in _FR_TLDS:
        tld_class = "fr"
    elif tld in _GENERIC_TLDS:
        tld_class = "gen"
    else:
        tld_class = "cc"
    grams = "<" + host.translate(_DIGITS_AS_ZERO) + ">"
    found = {
        f"nl:{min(host.count('.') + 1, 5)}",
        f"thy:{min(host.count('-'), 4)}",
        f"dr:{min(len(runs), 3)}",
        f"dl:{min(longest, 5)}",
        f"tc:{tld_class}",
    }
    found.update("h:" + grams[i : i + 4] for i in range(len(grams) - 3))
    return found


def features(ascii_host: str, version: str = FEATURE_SET, rule_codes: tuple[str, ...] = ()) -> frozenset[str]:
    """The features of a lower-case ASCII host name; empty when it has no registrable part (an IP, an
    extension that does not exist). ``rule_codes``: the finding codes the rules gave the link (``host-v2``)."""
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
    if version != "host-v1":
        found |= _shape(ascii_host, suffix, _suffixes().split(ascii_host).is_private)
        found.update("r:" + code for code in rule_codes if code != "link.unknown")
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
