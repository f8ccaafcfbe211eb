"""Features of a host name for the lexical link model evaluated by ``link_model_eval``.

``host-v1`` is the shipped set: its features and the gate ``may_judge`` live in ``checks/link_model.py`` (one
source of truth for inference and training); ``host-v2`` stays an evaluation option. A host is cut into:
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

``may_judge`` is the gate the model needs in the link check: it may speak only where no label holds a
brand name, a typo of one or a scam-story word of our lists, since there the rules weighed the word and found
an ordinary name (mondial-assistance, livraison-fleurs-martin, chronopst-horlogerie).
"""

from __future__ import annotations

import re

from checks import link_model
from checks.link_model import may_judge, registrable_label, score

__all__ = ["FEATURE_SET", "FEATURE_SETS", "features", "may_judge", "registrable_label", "score"]

FEATURE_SET = "host-v2"
FEATURE_SETS = ("host-v1", "host-v2")
_DIGITS_AS_ZERO = str.maketrans("123456789", "000000000")


def _cheap_tlds() -> frozenset[str]:
    return link_model.cheap_tlds()


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
    extension that does not exist). ``host-v1`` is the shipped set (``checks.link_model.features``);
    ``rule_codes``: the finding codes the rules gave the link (``host-v2``)."""
    found = link_model.features(ascii_host)
    if not found or version == "host-v1":
        return found
    parts = link_model.parts(ascii_host)
    assert parts is not None  # features were found
    more = _shape(ascii_host, parts[1], link_model.suffixes().split(ascii_host).is_private)
    more.update("r:" + code for code in rule_codes if code != "link.unknown")
    return found | more
