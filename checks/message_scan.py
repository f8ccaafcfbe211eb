"""Find the keyword signals of knowledge/data/message_signals.toml in a normalised message.

One compiled regular expression per family, one pass each over the folded text; the first occurrence of
each signal is kept, with the original words it came from. Rules (requires / requires_any / unless) then
decide which signals become findings, so the logic of "a code request only counts when someone asks for
it, and not in a 'never share your code' reminder" lives in the data, not here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from checks.result import Finding, finding
from checks.text_normalise import Normalised
from knowledge import message_signals
from knowledge.message_signals import Signal, Target


@dataclass(frozen=True, slots=True)
class Hit:
    """One signal found: where in the folded text, and the original words with their span."""

    id: str
    start: int
    end: int
    quote: str
    span: tuple[int, int]


# Families whose words, inside a clause of negative advice ("ne communiquez jamais vos codes"), ask for nothing.
_ADVICE_BLIND_FAMILIES = frozenset({"asking", "secrets", "payment_words", "payment", "scenario"})
_ADVICE_FAMILY = "advice_clause"


@lru_cache(maxsize=4)
def advice_masked(folded: str) -> str:
    """The folded text with every clause of negative advice blanked out (same length, so spans still hold).

    "Nous ne vous demanderons jamais de payer des frais de livraison" names a fee and a payment, and asks for
    neither: the request signals and the scenarios read this text, the threats and legit markers the whole.
    Memoised for the text being analysed: the scan, the scenarios, the shape and the model all read it.
    """
    family = next((f for f in message_signals.load().families if f.name == _ADVICE_FAMILY), None)
    if family is None or not folded:
        return folded
    spans = [match.span() for _, match in family.regex.finditer(folded)]
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def scan(norm: Normalised) -> dict[str, Hit]:
    """The first occurrence of every signal of every family (request families outside negative advice)."""
    hits: dict[str, Hit] = {}
    folded = norm.folded
    if not folded:
        return hits
    masked = advice_masked(folded)
    for family in message_signals.load().families:
        text = masked if family.name in _ADVICE_BLIND_FAMILIES else folded
        for index, match in family.regex.finditer(text):
            signal_id = family.ids[index]
            if signal_id in hits:
                continue
            start, end = match.span()
            if end <= start:
                continue
            quote, span = norm.quote(start, end)
            hits[signal_id] = Hit(signal_id, start, end, quote, span)
    return hits


def _anchor(signal: Signal, hits: dict[str, Hit]) -> Hit | None:
    """The words a finding quotes: the signal's own match, or for a derived signal its first cause."""
    own = hits.get(signal.id)
    if own is not None or signal.patterns:
        return own
    causes = [hits[f] for f in (*signal.requires_any, *signal.requires) if f in hits]
    return min(causes, key=lambda h: h.start) if causes else None


def rule_findings(hits: dict[str, Hit], computed: Iterable[str], target: Target) -> list[Finding]:
    """Findings of every signal aimed at ``target`` whose rule holds for the facts of this message."""
    facts = set(hits) | set(computed)
    found: list[Finding] = []
    for rule in message_signals.load().rules[target]:
        if rule.signal.patterns and rule.signal.id not in hits:
            continue  # a signal with words of its own quotes them: not found, nothing to say
        if not rule.holds(facts):
            continue
        anchor = _anchor(rule.signal, hits)
        if anchor is None:
            continue
        assert rule.signal.finding is not None  # only signals with a finding are rules
        found.append(finding(rule.signal.finding, quote=anchor.quote, span=anchor.span))
    return found
