"""The statistical layer of message analysis: a word model trained on real scams, explained by its words.

Rules (keyword signals, scenarios, shape) come first; when none of them found a story or a shape, the model of
``knowledge/data/message_model.json`` adds its evidence: the sum of the weights of the words (and pairs of
words) of the message it knows. At its threshold, with enough known words, one ``message.model`` finding
(medium: "suspicious" on its own) quotes the three words that weighed most. It says what it is — a
resemblance to reported scams, not a proof — and stays silent where a genuine sender is evident (an official
link, a warning against scams, "the number on your card or letter") or where the collector rules judge.
"""

from __future__ import annotations

import itertools
import re

from checks.message_links import LinkHit
from checks.message_scan import Hit, advice_masked
from checks.result import Finding, finding
from checks.text_normalise import Normalised
from knowledge import message_model

# Words are read in the first screens, like the story and the shape.
MODEL_WINDOW = 8_000
_WORD_RE = re.compile(r"[a-z]{2,}")
_SILENCING = ("scam_warning", "collector_context", "court_decision", "own_number", "refer_letter")


def features(folded: str) -> set[str]:
    """The words of a folded text and its pairs of consecutive words, each counted once."""
    words = _WORD_RE.findall(folded[:MODEL_WINDOW])
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def model_findings(
    norm: Normalised, hits: dict[str, Hit], links: list[LinkHit], already_found: bool
) -> list[Finding]:
    if already_found or not norm.folded or any(key in hits for key in _SILENCING):
        return []
    if any(link.official for link in links):
        return []
    model = message_model.load()
    known = [(model.weights[f], f) for f in features(advice_masked(norm.folded)) if f in model.weights]
    if len(known) < model.min_words or sum(w for w, _ in known) < model.threshold:
        return []
    # The words shown are the telling ones: pairs of words, or words of five letters or more ("veuillez").
    telling = [item for item in known if item[0] > 0 and (" " in item[1] or len(item[1]) >= 5)]
    top = sorted(telling or [item for item in known if item[0] > 0], reverse=True)[:3]
    if not top:  # pragma: no cover - a positive sum has a positive term
        return []
    words = ", ".join(f"« {word} »" for _, word in top)
    where = re.search(rf"(?<![a-z]){re.escape(top[0][1])}(?![a-z])", norm.folded)
    span = norm.quote(*where.span())[1] if where is not None else None
    return [finding("message.model", span=span, words=words)]
