"""Links inside a message: find them (even split by a space or a line break), check each one, map the result.

Finding uses the links helper's ``find_links`` (defanged, scheme-less, punctuation-trimmed). Before that,
two common breaks are mended on a copy of the text, with a map back to the original positions:
"intrum-paiement .com" (a space before the extension) and "https://" at the end of an SMS line with the
host on the next line. Nothing is ever opened; host and registrable domain come from the link
check's own ``LinkInfo``.

How a link feeds the message verdict (one message finding per link, quoting it):
- link verdict likely_scam -> ``message.link_scam`` (high); suspicious -> ``message.link_suspicious``
  (medium); likely_legit -> ``message.link_official`` (legit evidence), or ``message.link_reported`` when
  only the press or the project owner ties the domain to the organisation; inconclusive ->
  ``message.link_unknown`` (neutral: an unknown site is not evidence by itself).
- Facts for the keyword rules: ``link_any``, ``link_official`` (some link is official),
  ``link_unofficial`` (some link is not). A payment request next to an unofficial link, or a sender
  that names a body next to a link that is not one of its domains, are judged in ``checks.message``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.links import LinkResult, check_link
from checks.result import Evidence, Finding, Verdict, finding
from checks.url_parse import defang, find_links
from knowledge import organisations, wording
from knowledge.base import Status

MAX_LINKS = 10
_SPLIT_SCHEME_RE = re.compile(r"(?i)(?<![a-z])h[tx]{2}ps?(?::|\[:\])//([ \t]{0,8}\r?\n[ \t]{0,8})(?=[^\s])")
_SPLIT_SUFFIX_RE = re.compile(
    r"(?i)(?<![\w.@-])[a-z0-9][a-z0-9-]{1,62}([ \t]{1,3})(?=\.(?:com|fr|net|org|info|top|xyz|online|site|shop|live|"
    r"app|eu|io|co|me|cc|icu|vip|club|click|link|biz|pro|store|support|help|services?)(?![\w.-]))"
)


@dataclass(frozen=True, slots=True)
class LinkHit:
    start: int  # in the original text
    end: int
    raw: str  # the original words (may contain the mended space or line break)
    checked: str  # what was checked (mended)
    host: str
    domain: str
    result: LinkResult
    #: The link check says it is an official site (its verdict, computed once: asked by every layer).
    official: bool

    @property
    def unconfirmed(self) -> bool:
        """Tied to a known body by the press only (fact sheet 0.12): neither its site nor a foreign one."""
        return any(f.code == "link.official_unverified" for f in self.result.findings)


def _mend(text: str) -> tuple[str, list[int] | None]:
    """``text`` with split links joined, and for each of its characters the original index."""
    cuts: list[tuple[int, int]] = []
    # Each break needs its blank: a line break after the scheme, a space or tab before the dot of the suffix.
    for pattern, needed in ((_SPLIT_SCHEME_RE, ("\n",)), (_SPLIT_SUFFIX_RE, (" .", "\t."))):
        if not any(part in text for part in needed):
            continue
        for match in pattern.finditer(text):
            cuts.append(match.span(1))
    if not cuts:
        return text, None
    cuts.sort()
    pieces: list[str] = []
    index: list[int] = []
    last = 0
    for start, end in cuts:
        if start < last:
            continue
        pieces.append(text[last:start])
        index.extend(range(last, start))
        last = end
    pieces.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(pieces), index


def find_and_check_links(text: str) -> list[LinkHit]:
    mended, index = _mend(text)
    hits: list[LinkHit] = []
    seen: set[str] = set()
    for match in find_links(mended):
        if index is None:
            start, end = match.start, match.end
        else:
            start, end = index[match.start], index[match.end - 1] + 1
        if match.raw in seen:
            continue
        seen.add(match.raw)
        result = check_link(match.raw)
        hits.append(
            LinkHit(
                start,
                end,
                text[start:end],
                match.raw,
                result.link.host,
                result.link.domain,
                result,
                result.verdict is Verdict.likely_legit,
            )
        )
        if len(hits) >= MAX_LINKS:
            break
    return hits


def _reason(result: LinkResult) -> str:
    for item in result.findings:
        if item.evidence is Evidence.risk:
            return item.message
    return wording.text("message.reason.none")


def confirmed_official(domain: str) -> bool:
    """Whether an official source confirms the domain (not only the press or the project owner)."""
    owner = organisations.load().owner_of_domain(domain)
    return owner is None or owner[1].status is Status.confirmed


def link_findings(hits: list[LinkHit]) -> list[Finding]:
    found: list[Finding] = []
    for hit in hits:
        span = (hit.start, hit.end)
        verdict = hit.result.verdict
        # Links are quoted defanged ("hxxps://x[.]com") so that no chat client makes them clickable;
        # the span still points at the original words.
        quote = defang(hit.raw)
        shown = defang(hit.domain or hit.checked)
        if verdict is Verdict.likely_scam:
            found.append(finding("message.link_scam", quote=quote, span=span, reason=_reason(hit.result)))
        elif verdict is Verdict.suspicious:
            found.append(
                finding("message.link_suspicious", quote=quote, span=span, reason=_reason(hit.result))
            )
        elif verdict is Verdict.likely_legit and confirmed_official(hit.domain):
            found.append(finding("message.link_official", quote=quote, span=span, domain=shown))
        elif verdict is Verdict.likely_legit:
            found.append(finding("message.link_reported", quote=quote, span=span, domain=shown))
        elif hit.unconfirmed:
            found.append(finding("message.link_unconfirmed", quote=quote, span=span, domain=shown))
        else:
            found.append(finding("message.link_unknown", quote=quote, span=span, domain=shown))
    return found


def link_facts(hits: list[LinkHit]) -> set[str]:
    facts: set[str] = set()
    if hits:
        facts.add("link_any")
    if any(hit.official for hit in hits):
        facts.add("link_official")
    if any(not hit.official and not hit.unconfirmed for hit in hits):
        facts.add("link_unofficial")
    return facts
