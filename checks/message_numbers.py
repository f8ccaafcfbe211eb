"""Phone numbers inside a message: find them, check each one, and say what it means for the message.

Finding: phonenumbers' ``PhoneNumberMatcher`` (region FR, leniency POSSIBLE so that overseas national forms
such as "0262 12 34 56", invalid for region FR, are still found), then the numbers helper's own reader
(``checks.numbers.read_number``), which maps overseas prefixes to their region and drops what is not a
real number (amounts, file references). A quick digit pre-check skips the matcher on texts without any.

How a number feeds the message verdict (one message finding per number, quoting it):
- number verdict likely_scam -> ``message.number_scam`` (high);
- suspicious -> ``message.callback_suspicious_number`` (medium) when the message asks to call back,
  else ``message.number_suspicious`` (low): a mobile or foreign number in passing is weak evidence;
- likely_legit -> ``message.number_known`` (legit evidence, never cancels risk);
- inconclusive and the message asks to call back -> ``message.callback_number`` (low).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers

from checks.numbers import NumberResult, check_number
from checks.result import Evidence, Finding, Verdict, finding
from knowledge import wording
from knowledge.numbering import Category

MAX_NUMBERS = 10  # a message with more numbers than this is a list, not a message to someone
_HAS_DIGITS_RE = re.compile(r"\d(?:[\s.\-/()]{0,3}\d){3}")
_MAX_MATCHER_TRIES = 200
# The shortest valid number in the world, country code included, has seven digits (Niue, +683 and four):
# a run of fewer than six digits is never one. Between digits, what phonenumbers accepts as punctuation
# (its _VALID_PUNCTUATION, dashes and brackets of every width). The matcher is given some text around
# each run, as it looks at the characters next to a number.
_NUMBER_PUNCTUATION = "-x\u2010-\u2015\u2212\u30fc\uff0d\uff0f\\s\u00ad\u200b\u2060()\uff08\uff09\uff3b\uff3d.\\[\\]/~\u2053\u223c\uff5e"
_LONG_DIGITS_RE = re.compile(rf"\d(?:[{_NUMBER_PUNCTUATION}]{{0,3}}\d){{5,40}}")
_CONTEXT = 24


@dataclass(frozen=True, slots=True)
class NumberHit:
    start: int
    end: int
    raw: str
    result: NumberResult


def _regions(text: str) -> list[tuple[int, int]]:
    """The parts of ``text`` around digit runs long enough to be a phone number, overlapping ones merged."""
    regions: list[tuple[int, int]] = []
    for match in _LONG_DIGITS_RE.finditer(text):
        start, end = max(0, match.start() - _CONTEXT), min(len(text), match.end() + _CONTEXT)
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


def _matches(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the numbers phonenumbers' matcher finds, looking only near long enough digit runs.

    Amounts, dates and file references ("248,90", "n°4521") cost the matcher a full parse each; none of
    them can be a number, so the matcher never sees them.
    """
    for offset, end in _regions(text):
        matcher = phonenumbers.PhoneNumberMatcher(
            text[offset:end], "FR", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=_MAX_MATCHER_TRIES
        )
        for match in matcher:
            yield offset + match.start, offset + match.end


def find_numbers(text: str) -> list[NumberHit]:
    if not _HAS_DIGITS_RE.search(text):
        return []
    hits: list[NumberHit] = []
    seen: set[str] = set()
    for start, end in _matches(text):
        raw = text[start:end]
        result = check_number(raw)  # reads the number once, and says whether it is one
        e164 = result.number.e164
        if result.number.category is Category.invalid or e164 is None or e164 in seen:
            continue
        seen.add(e164)
        hits.append(NumberHit(start, end, raw, result))
        if len(hits) >= MAX_NUMBERS:
            break
    return hits


def _reason(result: NumberResult, evidence: Evidence) -> str:
    for item in result.findings:
        if item.evidence is evidence:
            return item.message
    return wording.text("message.reason.none")


def number_findings(hits: list[NumberHit], callback: bool) -> list[Finding]:
    found: list[Finding] = []
    for hit in hits:
        verdict = hit.result.verdict
        span = (hit.start, hit.end)
        if verdict is Verdict.likely_scam:
            found.append(
                finding(
                    "message.number_scam", quote=hit.raw, span=span, reason=_reason(hit.result, Evidence.risk)
                )
            )
        elif verdict is Verdict.suspicious:
            code = "message.callback_suspicious_number" if callback else "message.number_suspicious"
            found.append(finding(code, quote=hit.raw, span=span, reason=_reason(hit.result, Evidence.risk)))
        elif verdict is Verdict.likely_legit:
            known = ", ".join(hit.result.number.known_as) or _reason(hit.result, Evidence.legit)
            found.append(finding("message.number_known", quote=hit.raw, span=span, reason=known))
        elif hit.result.number.known_as:
            # Cited for an organisation by the press only (fiche 0.12): say so, never "no known organisation".
            known = ", ".join(hit.result.number.known_as)
            found.append(finding("message.number_known_unverified", quote=hit.raw, span=span, known=known))
        elif callback:
            found.append(finding("message.callback_number", quote=hit.raw, span=span))
    return found
