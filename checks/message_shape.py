"""What a message IS, whatever its words: an unsolicited message about something that lures, asking to act, pushing.

Scenarios (``checks.message_scenario``) recognise the stories scams tell in the words they usually use; scams
reword them all the time. This layer scores the shape instead, with the small additive model of
``knowledge/data/lures.toml``: what the message is about (at most one point, however many topics), each family
that pushes (a threat to something of yours, unexpected good news, pressure, a private channel or unusual
payment), what it asks (the request kinds of ``scenarios.toml``), a link that is not an official site, a number
that is not a known official line, a known organisation named without a link to its own site. At the threshold, one ``message.shape`` finding (medium, "suspicious" on its
own) names in French the reasons found, at most three, and quotes the first words that show the shape.

It stays silent where other rules know better or where a genuine sender is evident: when a scenario was already
recognised (one story, one reason), in a debt-collection or court context (the collector rules judge those), when the
message links to an official site, warns against scams, only informs (a breach notice, an answer to your message, a
bank's own confirmed line) or only sends you to a channel you already have (``checks.message_model``).
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.message_links import LinkHit
from checks.message_model import informs_only, own_channel_only, to_open
from checks.message_numbers import NumberHit
from checks.message_scan import Hit, advice_masked
from checks.result import Finding, finding
from checks.text_normalise import Normalised
from knowledge import lures
from knowledge.lures import Kind
from knowledge.message_signals import Body, BodyKind

# The shape of a message is in its first screens, like its story (see message_scenario.SCENARIO_WINDOW).
SHAPE_WINDOW = 8_000
# A warning against scams; a debt being collected, a judgment cited; "the number on your card or letter".
_SILENCING = (
    "scam_warning",
    "collector_context",
    "court_decision",
    "own_number",
    "refer_letter",
    "in_person_channel",
)
# "votre banque", "votre conseiller": the reader's own, not a sender claiming a name.
_GENERIC = ("votre ", "ton ", "ta ")
# Asking for your details is about something of yours, whatever else the message is about.
_ABOUT_YOU = frozenset({Kind.topic, Kind.details})
_JUDGED_ELSEWHERE = frozenset({BodyKind.collector, BodyKind.justice})
_REASON_ORDER = {
    Kind.threat: 0,
    Kind.details: 0,
    Kind.reward: 1,
    Kind.channel: 2,
    Kind.pressure: 3,
    Kind.ask: 4,
    Kind.topic: 5,
    Kind.benign: 9,
}


@dataclass(frozen=True, slots=True)
class _Reason:
    rank: int
    label: str
    start: int
    end: int


def _own(link: LinkHit, body: Body) -> bool:
    host = link.host.lower()
    return any(host == d or host.endswith("." + d) for d in body.domains)


def _reasons(
    folded: str,
    hits: dict[str, Hit],
    links: list[LinkHit],
    numbers: list[NumberHit],
    mentions: list[tuple[Body, Hit]],
) -> tuple[int, list[_Reason]]:
    data = lures.load()
    score, reasons, topic = 0, [], False
    asks: list[_Reason] = []
    for compiled in data.families:
        family = compiled.family
        if (family.kind is Kind.topic and topic) or (family.id == "ask_give" and "never_share" in hits):
            continue
        match = compiled.matcher.search(folded)
        if match is None or match.end() <= match.start():
            continue
        if family.kind is Kind.benign:
            if not any(to_open(link) for link in links):
                return 0, []  # an ordinary notification (a code delivered), nothing to act on
            continue
        reason = _Reason(_REASON_ORDER[family.kind], family.label, match.start(), match.end())
        if family.kind is Kind.ask:
            asks.append(reason)
            continue
        topic = topic or family.kind in _ABOUT_YOU
        score += family.weight
        reasons.append(reason)
    if not topic:
        return 0, []
    if asks:
        score += data.score.ask_two if len(asks) > 1 else data.score.ask
        first = min(asks, key=lambda r: r.start)
        reasons.append(_Reason(4, data.reasons.ask if len(asks) > 1 else first.label, first.start, first.end))
    if not asks and not any(r.rank <= 1 for r in reasons):
        return 0, []  # about something, but neither asking nor threatening nor promising: not a lure
    if any(not link.official and not link.unconfirmed for link in links):
        score += data.score.link_unofficial
        reasons.append(_Reason(6, data.reasons.link_unofficial, -1, -1))
    if any(not n.result.number.known_as for n in numbers):
        score += data.score.number_unknown
        reasons.append(_Reason(7, data.reasons.number_unknown, -1, -1))
    named = next(
        (
            (b, h)
            for b, h in mentions
            if not h.quote.lower().startswith(_GENERIC) and not any(_own(link, b) for link in links)
        ),
        None,
    )
    if named is not None:
        body, hit = named
        score += data.score.org_named
        label = data.reasons.org_named.replace("{name}", body.name)
        reasons.append(_Reason(2, label, hit.start, hit.end))
    return score, reasons


def shape_findings(
    norm: Normalised,
    hits: dict[str, Hit],
    links: list[LinkHit],
    numbers: list[NumberHit],
    mentions: list[tuple[Body, Hit]],
    story_found: bool,
) -> list[Finding]:
    """``message.shape`` when the message scores at the threshold of ``lures.toml``, else nothing."""
    if story_found or not norm.folded or any(key in hits for key in _SILENCING):
        return []
    if any(link.official for link in links) or any(b.kind in _JUDGED_ELSEWHERE for b, _ in mentions):
        return []
    if informs_only(hits, links, numbers, norm.folded) or own_channel_only(hits, links, numbers):
        return []  # a firm informing you, or giving only its own confirmed line: nothing else to click or call
    score, reasons = _reasons(advice_masked(norm.folded[:SHAPE_WINDOW]), hits, links, numbers, mentions)
    if score < lures.load().score.threshold:
        return []
    reasons.sort(key=lambda r: (r.rank, r.start))
    shown = reasons[:3]
    quoted = min((r for r in reasons if r.start >= 0), key=lambda r: r.start)
    quote, span = norm.quote(quoted.start, quoted.end)
    if len(shown) == 1:
        listed = shown[0].label
    else:
        listed = ", ".join(r.label for r in shown[:-1]) + " et " + shown[-1].label
    return [finding("message.shape", quote=quote, span=span, reasons=listed)]
