"""Message analysis: a pasted SMS, e-mail or letter -> who is contacting me, and is what they ask lawful.

Two answers, each a pure function of its own findings:
- ``verdict`` (from ``findings``, via ``checks.result.verdict_of``): keyword signals of pressure, threats,
  payment channels, secret requests, scam scenarios and obfuscation; every phone number and link in the
  text, checked with the number and link checks and folded in as one message finding each (see
  ``checks.message_numbers`` and ``checks.message_links`` for the mapping); impersonation (a named body
  next to a link that is not one of its domains); foreign or broken IBANs.
  Legit evidence (official link of the named sender, "call the number on your letter", "never share your
  code") never cancels risk: it only turns "inconclusive" into "likely_legit" when nothing is risky, and
  never when the message asks for bank details or an identity beside an official site's name
  (``checks.message_genuine``).
- ``lawfulness`` (from ``lawfulness_findings``, via ``lawfulness_of``): fees a collector may not charge,
  threats of actions that need a court decision, amicable collection dressed up as enforcement, a demand
  without the mandatory information, pressure on a possibly prescribed debt.

Every finding quotes the user's own words and carries their ``span`` in the ORIGINAL text (links are
quoted defanged, their span still points at the original). Wording and keyword lists live in knowledge/.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from pydantic import computed_field

from checks.links import LinkResult
from checks.message_genuine import genuine_shape_findings
from checks.message_iban import find_ibans
from checks.message_links import LinkHit, find_and_check_links, link_facts, link_findings
from checks.message_model import completed_only, model_findings, notice_only, own_channel_only
from checks.message_numbers import NumberHit, find_numbers, number_findings
from checks.message_scan import Hit, advice_masked, rule_findings, scan
from checks.message_scenario import SCENARIO_WINDOW, scenario_findings
from checks.message_seizure import seizure_deadline_findings
from checks.message_shape import shape_findings
from checks.numbers import NumberResult, check_number
from checks.result import CheckResult, Evidence, Finding, Severity, Verdict, finding, risk_score, verdict_of
from checks.text_normalise import Normalised, normalise
from checks.url_parse import defang
from knowledge import message_signals, numbering, wording
from knowledge.message_signals import Body, BodyKind, Target
from knowledge.numbering import Category

__all__ = ["Lawfulness", "MessageResult", "analyse_message", "lawfulness_of", "shown_lawfulness"]

# Beyond this, a "message" is a document; the rest is not analysed (the CLI refuses more than 100 000).
MAX_ANALYSED_CHARS = 100_000
# Who a message claims to be is said in its first screens; looking for every known name further would only slow
# the answer to a 100 kB paste (the catalogue brings many names).
MENTION_WINDOW = 20_000


class Lawfulness(StrEnum):
    lawful = "lawful"
    questionable = "questionable"
    unlawful = "unlawful"
    unknown = "unknown"


_SERIOUS = frozenset({Severity.high, Severity.critical})


def lawfulness_of(findings: list[Finding]) -> Lawfulness:
    """Pure rule: a high/critical risk finding -> unlawful; any other risk finding -> questionable;
    only legit evidence (the mandatory information is there) -> lawful; nothing -> unknown."""
    risks = [f for f in findings if f.evidence is Evidence.risk]
    if any(f.severity in _SERIOUS for f in risks):
        return Lawfulness.unlawful
    if risks:
        return Lawfulness.questionable
    if any(f.evidence is Evidence.legit for f in findings):
        return Lawfulness.lawful
    return Lawfulness.unknown


class MessageResult(CheckResult):
    kind: Literal["message"] = "message"
    lawfulness_findings: list[Finding]
    numbers: list[NumberResult]
    links: list[LinkResult]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def lawfulness(self) -> Lawfulness:
        return lawfulness_of(self.lawfulness_findings)


def shown_lawfulness(result: MessageResult) -> tuple[str, list[Finding]]:
    """The lawfulness to tell a reader, and its reasons. For a likely scam in which nothing unlawful was found,
    "nothing illegal" would read as reassurance next to "probably a scam": it is "moot" instead, and the
    mentions a forger copies (creditor, amount named) are not put forward. The JSON keeps the raw values."""
    if result.verdict is Verdict.likely_scam and result.lawfulness in (Lawfulness.lawful, Lawfulness.unknown):
        return "moot", [f for f in result.lawfulness_findings if f.evidence is not Evidence.legit]
    return result.lawfulness.value, list(result.lawfulness_findings)


# --- Impersonation ---------------------------------------------------------------------------------------


def _mentions(norm: Normalised) -> list[tuple[Body, Hit]]:
    """Each body named in the message, with its first mention. A name used as a channel or a place ("envoyé par
    la poste", "cachet de la poste") is not a mention: the message does not claim to come from it."""
    signals = message_signals.load()
    seen: dict[str, tuple[Body, Hit]] = {}
    if not norm.folded:
        return []
    channels = (
        [m.span() for m in signals.channel_use_regex.finditer(norm.folded, 0, MENTION_WINDOW)]
        if signals.channel_use_regex is not None
        else []
    )
    for index, match in signals.body_regex.finditer(norm.folded, 0, MENTION_WINDOW):
        body = signals.bodies[index]
        if body.id in seen or match.end() <= match.start():
            continue
        if any(start <= match.start() and match.end() <= end for start, end in channels):
            continue
        quote, span = norm.quote(*match.span())
        seen[body.id] = (body, Hit(body.id, match.start(), match.end(), quote, span))
    return list(seen.values())


def _belongs(link: LinkHit, body: Body) -> bool:
    host = link.host.lower()
    if body.kind in {BodyKind.public, BodyKind.justice} and (host == "gouv.fr" or host.endswith(".gouv.fr")):
        return True
    return any(host == d or host.endswith("." + d) for d in body.domains)


def _impersonation(
    mentions: list[tuple[Body, Hit]], links: list[LinkHit], numbers: list[NumberHit], facts: set[str]
) -> list[Finding]:
    found: list[Finding] = []
    for body, hit in mentions:
        if links and "notice_only" not in facts:  # a warning only naming the site imitated does not use it
            own = next((link for link in links if _belongs(link, body)), None)
            if own is not None:
                found.append(_named("message.sender_link_consistent", hit, body, domain=defang(own.domain)))
                continue
            foreign = next((link for link in links if not link.official and not link.unconfirmed), None)
            if foreign is not None:
                domain = defang(foreign.domain or foreign.checked)
                found.append(_named("message.impersonation_link", hit, body, domain=domain))
        elif (
            numbers
            and body.kind in {BodyKind.public, BodyKind.justice}
            and "callback" in facts
            and "number_risky" in facts
            and not any(f.code == "message.impersonation_callback" for f in found)
        ):
            found.append(_named("message.impersonation_callback", hit, body))
    found.extend(_claimed_unallocated(mentions, numbers))
    found.extend(_premium_callback(mentions, links, numbers, facts))
    return found


def _named(code: str, hit: Hit, body: Body, **params: str) -> Finding:
    """The finding ``code`` on the organisation named at ``hit`` (beside a link, a number to call back…)."""
    return finding(code, quote=hit.quote, span=hit.span, body=body.name, **params)


def _premium_callback(
    mentions: list[tuple[Body, Hit]], links: list[LinkHit], numbers: list[NumberHit], facts: set[str]
) -> list[Finding]:
    """A named organisation asking to call back a surcharged number (081x, 082x, 089x, 118 XYZ) that is not one of its
    own known lines: no company, bank or public body makes you pay a surcharge to answer its own message."""
    if "callback" not in facts:
        return []
    premium = next(
        (n for n in numbers if n.result.number.category is Category.premium and not n.result.number.known_as),
        None,
    )
    if premium is None:
        return []
    claim = next(
        ((body, hit) for body, hit in mentions if not any(_belongs(link, body) for link in links)), None
    )
    if claim is None:
        return []
    body, hit = claim
    return [_named("message.impersonation_premium_callback", hit, body, number=premium.raw)]


_CLAIMING_KINDS = {BodyKind.collector, BodyKind.public, BodyKind.justice}
# Who can be the creditor a collector's demand names: a company or a public body, not another collector.
_CREDITOR_KINDS = {BodyKind.company, BodyKind.public}


def _claimed_unallocated(mentions: list[tuple[Body, Hit]], numbers: list[NumberHit]) -> list[Finding]:
    """A collector or public body named next to a number no real line can have (ARCEP): a strong signal."""
    number = next((n for n in numbers if n.result.number.allocated is False), None)
    if number is None:
        return []
    claim = next(((body, hit) for body, hit in mentions if body.kind in _CLAIMING_KINDS), None)
    if claim is None:
        return []
    body, hit = claim
    return [_named("message.impersonation_unallocated", hit, body, number=number.raw)]


def _collector_vague_callback(
    mentions: list[tuple[Body, Hit]], hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit]
) -> list[Finding]:
    """A collector asks to be called back on a line known for no one, naming neither the creditor nor the amount.

    "Intrum : votre dossier 8812 est en attente, contactez-nous au 09…": a real collector may call or text, but what it
    claims names the creditor and the sum (R124-4 CPC exéc.: later contacts recall the references of its letter), and
    Intrum's own FAQ sends debtors to the number printed on its letter. A vague claim and a line of its own are what fake
    collectors use (SPF Économie). A demand naming the creditor (a company or public body, "pour le compte de") or the
    amount, a line the catalogue lists, even unconfirmed (fiche 0.12: "impossible de conclure"), or a link to the
    collector's own site keep this quiet; with no number to call there is nothing to check.
    """
    if "callback" not in hits or "scam_warning" in hits or "creditor_named" in hits or "amount_named" in hits:
        return []
    if any(body.kind in _CREDITOR_KINDS for body, _ in mentions):
        return []
    number = next(
        (n for n in numbers if not n.result.number.known_as and n.result.verdict is not Verdict.likely_legit),
        None,
    )
    if number is None:
        return []
    claim = next(((body, hit) for body, hit in mentions if body.kind is BodyKind.collector), None)
    if claim is None:
        # No collector named, only its story ("votre dossier de recouvrement est transféré au service contentieux"):
        # vaguer still, so the same finding, told without a name (a bailiff named as the next step is part of the
        # story; an operator or a bank named as creditor returned above); a link leaves it to the other checks.
        story = hits.get("collection_story")
        if story is None or links:
            return []
        return [
            finding(
                "message.collection_story_vague_callback",
                quote=story.quote,
                span=story.span,
                number=number.raw,
            )
        ]
    body, hit = claim
    if any(_belongs(link, body) for link in links):
        return []
    return [_named("message.collector_vague_callback", hit, body, number=number.raw)]


# --- IBAN, payment link, obfuscation -------------------------------------------------------------------------


def _iban_findings(norm: Normalised) -> list[Finding]:
    found: list[Finding] = []
    for match in find_ibans(norm.folded):
        quote, span = norm.quote(match.start, match.end)
        if not match.valid:
            found.append(finding("message.iban_invalid", quote=quote, span=span))
        elif not match.domestic:
            found.append(finding("message.iban_foreign", quote=quote, span=span, country=match.country))
    return found


def _payment_link(hits: dict[str, Hit], links: list[LinkHit]) -> list[Finding]:
    ask = hits.get("payment_request")
    unofficial = next((link for link in links if not link.official and not link.unconfirmed), None)
    if ask is None or unofficial is None:
        return []
    domain = defang(unofficial.domain or unofficial.checked)
    return [finding("message.payment_link", quote=ask.quote, span=ask.span, domain=domain)]


def _obfuscation(norm: Normalised) -> list[Finding]:
    """Invisible characters, then letters of another script among Latin ones: the first place of each, and how many."""
    found: list[Finding] = []
    obf = norm.obfuscation
    for code, places, count in (
        ("message.obfuscation_invisible", obf.invisible, obf.invisible_count),
        ("message.obfuscation_mixed_script", obf.mixed_script, len(obf.mixed_script)),
    ):
        if places:
            start, end = places[0]
            found.append(finding(code, quote=norm.original[start:end], span=(start, end), count=count))
    return found


# --- Lawfulness: the mandatory information of a demand (R124-4) ---------------------------------------------


def _mentions_findings(hits: dict[str, Hit], mentions: list[tuple[Body, Hit]]) -> list[Finding]:
    demand = hits.get("payment_request") or hits.get("amount_named")
    if demand is None or "collector_context" not in hits:
        return []
    named = {key for key in ("creditor", "basis", "amount") if f"{key}_named" in hits}
    # "facture SFR": a company or public body named beside the collector is the creditor the message names.
    if any(body.kind in _CREDITOR_KINDS for body, _ in mentions):
        named.add("creditor")
    missing = [key for key in ("creditor", "basis", "amount") if key not in named]
    if not missing:
        return [finding("message.law_mentions_present", quote=demand.quote, span=demand.span)]
    words = [wording.text(f"message.missing.{key}") for key in missing]
    if len(words) == 1:
        listed = words[0]
    else:
        listed = wording.text("message.missing.separator").join(words[:-1])
        listed += wording.text("message.missing.last_separator") + words[-1]
    return [finding("message.law_missing_mentions", quote=demand.quote, span=demand.span, missing=listed)]


# --- One reason per story ------------------------------------------------------------------------------------

# Older keyword findings that tell the same story as a scenario finding. When both quote the same words, one
# reason is kept and counted once: the older code (a stable code other tools rely on) when it weighs at least
# as much, else the scenario finding.
_STORY_CODES = frozenset(
    {
        "message.parcel_fee",
        "message.parcel_problem",
        "message.refund_bait",
        "message.cpf",
        "message.family_emergency",
        "message.account_blocked",
        "message.suspicious_operation",
    }
)


def _without_repeated_story(findings: list[Finding]) -> list[Finding]:
    story = next((f for f in findings if f.code == "message.scenario"), None)
    if story is None or story.span is None:
        return findings
    start, end = story.span
    same = [
        f
        for f in findings
        if f.code in _STORY_CODES and f.span is not None and f.span[0] < end and start < f.span[1]
    ]
    if not same:
        return findings
    if any(_RANK[f.severity] <= _RANK[story.severity] for f in same):
        return [f for f in findings if f is not story]
    return [f for f in findings if f not in same]


# --- Assembly ----------------------------------------------------------------------------------------------------

_RANK = {Severity.critical: 0, Severity.high: 1, Severity.medium: 2, Severity.low: 3, Severity.info: 4}


def _ordered(findings: list[Finding]) -> list[Finding]:
    """Most serious first, then in reading order; one finding per code and quoted words."""
    unique: dict[tuple[str, tuple[int, int] | None], Finding] = {}
    for item in findings:
        unique.setdefault((item.code, item.span), item)
    return sorted(unique.values(), key=lambda f: (_RANK[f.severity], f.span[0] if f.span else -1))


def _summary(findings: list[Finding], lawfulness: Lawfulness) -> str:
    verdict = verdict_of(findings)
    who = wording.text(f"message.summary.{verdict.value}")
    if lawfulness is Lawfulness.unknown or (
        verdict is Verdict.likely_scam and lawfulness is Lawfulness.lawful
    ):
        return who
    return f"{who} {wording.text(f'message.lawfulness.{lawfulness.value}')}"


_SENDER_LINES = 300  # characters: a header is at the top


@lru_cache(maxsize=1)
def _sms_sender_line_re() -> re.Pattern[str]:
    """The sender line of a pasted SMS from a 5-digit SMS number ("De : 38656", "Expéditeur : 36179"); the SMS series
    are read from the numbering plan."""
    return re.compile(
        rf"^\s*(?:de|from|exp[ée]diteur|envoy[ée] par)\s*:\s*(?P<number>{numbering.sms_number_pattern()})\s*$",
        re.IGNORECASE | re.MULTILINE,
    )


def _sms_short_sender(text: str) -> list[Finding]:
    """What a 5-digit SMS sender is (genuine companies and anyone renting one alike): said, never a risk of its own."""
    match = _sms_sender_line_re().search(text[:_SENDER_LINES])
    if match is None:
        return []
    checked = check_number(match.group("number"))
    said = next((f for f in checked.findings if f.code == "number.sms_short"), None)
    if said is None:
        return []
    return [
        finding(
            "message.sms_short_sender",
            quote=match.group("number"),
            span=match.span("number"),
            reason=said.message,
        )
    ]


# Signals that make a message more than the police informing: other threats, pressure, a payment or a secret asked.
_NOT_INFORMING = frozenset(
    {
        "deadline",
        "soft_deadline",
        "seizure",
        "prison",
        "banking_file",
        "legal_action",
        "seizure_without_decision",
        "bailiff_visit",
        "payment_request",
        "coupon",
        "gift_card",
        "crypto",
        "money_transfer",
        "private_account",
        "ask_verb",
        "card_cvv",
        "card_number",
        "sms_code",
        "password",
        "identity_docs",
        "callback",
        "fine_words",
        "amount_named",
    }
)


def analyse_message(text: str) -> MessageResult:
    """Analyse a message someone received; never raises on any ``str``."""
    text = text[:MAX_ANALYSED_CHARS]
    norm = normalise(text)
    hits = scan(norm)
    numbers = find_numbers(text)
    links = find_and_check_links(text)

    facts = link_facts(links)
    if numbers:
        facts.add("number_any")
    if any(not n.result.number.known_as for n in numbers):
        facts.add("number_not_known")
    if any(risk_score(n.result.findings) > 0 for n in numbers):
        facts.add("number_risky")
    if own_channel_only(hits, links, numbers):
        facts.add("own_channel_only")
    # A notice that asks nothing (nothing to open, no line but confirmed ones, no secret, no payment) presses no one:
    # its "immédiatement" is what the sender did or what the reader may do, not a deadline.
    if notice_only(hits, links, numbers, norm.folded):
        facts.add("notice_only")
    if completed_only(hits, links, numbers, norm.folded):
        facts.add("completed_only")
    # Every link leads to an official site and every number is a known line: "la Police nationale recrute… sur
    # police-nationale.interieur.gouv.fr" names the police as the one informing, not as a threat.
    # Not when anything else threatens, presses or asks: a fake summons citing the police's real site stays judged.
    if (
        "link_official" in facts
        and "link_unofficial" not in facts
        and "number_not_known" not in facts
        and not any(key in hits for key in _NOT_INFORMING)
    ):
        facts.add("official_links_only")
    # A message whose links all lead to official sites gives a call-back number the benefit of the doubt.
    callback = "callback" in hits and not ("link_official" in facts and "link_unofficial" not in facts)

    mentions = _mentions(norm)
    demand = _mentions_findings(hits, mentions)
    # A demand naming creditor, basis and amount (R124-4) and the lawful route (a judge), with no number and no link
    # of its own: its "dernier avis" is the tone of a reminder, answered through the channels the reader already has.
    if (
        "lawful_route" in hits
        and any(f.code == "message.law_mentions_present" for f in demand)
        and not numbers
        and "link_unofficial" not in facts
    ):
        facts.add("complete_demand_no_contact")
    stories = scenario_findings(norm, hits, mentions, links, numbers)
    shape = shape_findings(norm, hits, links, numbers, mentions, story_found=bool(stories))
    findings = [
        *rule_findings(hits, facts, Target.verdict),
        *stories,
        *shape,
        *model_findings(norm, hits, links, numbers, already_found=bool(stories or shape)),
        *_obfuscation(norm),
        *_iban_findings(norm),
        *_payment_link(hits, links),
        *_impersonation(mentions, links, numbers, facts | set(hits)),
        *_collector_vague_callback(mentions, hits, links, numbers),
        *seizure_deadline_findings(norm, hits, links, numbers),
        *number_findings(numbers, callback),
        *_sms_short_sender(text),
        *link_findings(links),
    ]
    masked = advice_masked(norm.folded[:SCENARIO_WINDOW])
    findings += genuine_shape_findings(norm, masked, hits, links, findings)
    law = [*rule_findings(hits, facts, Target.lawfulness), *demand]
    findings = _ordered(_without_repeated_story(findings))
    law = _ordered(law)
    lawfulness = lawfulness_of(law)
    return MessageResult(
        findings=findings,
        summary=_summary(findings, lawfulness),
        lawfulness_findings=law,
        numbers=[n.result for n in numbers],
        links=[link.result for link in links],
    )
