"""Messages judged by scenario: the story a scam tells, what it asks for, and who it claims to be.

The scenarios are data (``knowledge/data/scenarios.toml``, sourced). Three findings, each adding to the
previous one, so that the verdict follows the rule of issue 10:
- ``message.scenario`` (medium): the message tells a known scam story AND asks for what that scam needs
  (a fee, a click, details, an identity, a call back, card data or codes…), or uses a phrase that is the
  scam by itself. Alone it makes the message ``suspicious``, even when its link was cut off.
- ``message.scenario_impersonation`` (high): it does so in the name of an organisation we know (an
  explicit body of ``message_signals.toml`` or any entry of the organisations catalogue) without a link
  to that organisation's own site.
- ``message.scenario_unofficial_contact`` (high): and it gives a phone number that is not a known official
  line. With an unofficial LINK instead, ``message.impersonation_link`` already says so. Either way a
  known organisation + scenario + unofficial contact reaches ``likely_scam``.
- ``message.scenario_trap_link`` (high): the story and its ask come with a link that the link check judges
  a trap by its own name (``suspicious`` or ``likely_scam``: brand look-alike, scenario words on a
  throw-away extension…), and no known organisation is named (then ``impersonation_link`` says it). Two
  independent signs, the words of the message and the name of its link, point the same way: ``likely_scam``.
  Likewise ``message.scenario_trap_number`` (high) for a number to call back that the number check itself
  flags (a telemarketing range, a range no operator holds, a foreign line).
- ``message.scenario_decisive_ask`` (high): the message asks for what completes the scam itself, as the
  scenario's sources describe it (``decisive`` in the data: money sent to a "child" writing from a new
  number, a code to "cancel" a payment…). Story + that request is the scam, link or not: ``likely_scam``.
A scenario marked ``opener`` in the data (the first line of a conversation scam: "vous êtes chez vous ?", "c'est
bien Julien ?") gives ``message.scenario`` alone: it asks nothing yet, so it is worth a warning, never more.
Nothing here fires when every link of the message is a full address on a confirmed official site of the
catalogue (a genuine notification), when the message warns against scams ("des SMS frauduleux circulent… méfiez-vous"),
or when it sends you in person to the real channel (pharmacie, agence…) with no number and no link but official ones,
or when it is only a notice (``checks.message_model.notice_only``: a breach notice, a price change, FR-Alert, with
nothing to open, no line but confirmed ones, no secret and no payment asked).
"""

from __future__ import annotations

import re

from checks.message_links import LinkHit, confirmed_official
from checks.message_model import FULL_LINK_RE, benign, notice_only, own_channel_only, to_open
from checks.message_numbers import NumberHit
from checks.message_scan import Hit, advice_masked
from checks.result import Finding, Verdict, finding
from checks.text_normalise import Normalised
from checks.url_parse import defang
from knowledge import scenarios
from knowledge.message_signals import Body

# A scam tells its story and makes its request in the first screens; beyond this the text is a document, and
# scanning all of it for every scenario would only slow the answer to a 100 kB paste.
SCENARIO_WINDOW = 8_000
# A link the link check itself calls a trap by its name alone.
_TRAP_VERDICTS = frozenset({Verdict.suspicious, Verdict.likely_scam})


class _Requests:
    """What the message asks for, each kind searched only when a scenario needs to know.

    A link to a site that is not an official one is an invitation to click, a phone number one to call;
    "ne communiquez jamais votre code" mentions a code without asking for it, and "appelez le numéro au dos de
    votre carte" sends you to your own number, not to theirs.
    """

    def __init__(
        self, folded: str, hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit]
    ) -> None:
        self._folded = folded
        self._known: dict[str, bool] = {}
        if any(to_open(link) for link in links):  # a merchant's site only named is not an address to open
            self._known["click"] = True
        if numbers:
            self._known["callback"] = True
        if "never_share" in hits or benign(folded, "code_delivery"):
            # "ne communiquez jamais votre code"; "votre code de validation est le 774 120": a code delivered or
            # warned about is not one asked for.
            self._known["secrets"] = False
        if "own_number" in hits and not numbers:
            self._known["callback"] = False

    def any_of(self, kinds: list[str]) -> bool:
        return self.first_of(kinds) is not None

    def first_of(self, kinds: list[str]) -> str | None:
        """The first kind of ``kinds`` the message asks for, if any."""
        requests = scenarios.load().requests
        for kind in kinds:
            if kind not in self._known:
                self._known[kind] = requests[kind].search(self._folded) is not None
            if self._known[kind]:
                return kind
        return None

    def decisive(self, kinds: list[str]) -> re.Match[str] | None:
        """Where the message asks for one of ``kinds`` in its own words (a link or number alone is no such ask)."""
        requests = scenarios.load().requests
        for kind in kinds:
            match = requests[kind].search(self._folded)
            if match is not None and match.end() > match.start():
                return match
        return None


def _story(
    norm: Normalised, asked: _Requests, bait_only: bool = False
) -> tuple[scenarios.Scenario, Hit] | None:
    """The first scenario (in data order) whose bait is present, or whose story comes with one of its asks (not when
    ``bait_only``: a report of a completed event, whose nouns are no request)."""
    folded = advice_masked(norm.folded[:SCENARIO_WINDOW])
    for compiled in scenarios.load().scenarios:
        scenario = compiled.scenario
        match = compiled.bait.search(folded) if compiled.bait is not None else None
        if match is None:
            match = compiled.story.search(folded)
            if match is not None and not asked.any_of(scenario.asks):
                match = None
        if match is not None and match.end() > match.start():
            quote, span = norm.quote(*match.span())
            return scenario, Hit(scenario.id, match.start(), match.end(), quote, span)
    return None


def _trusted(link: LinkHit) -> bool:
    """A link of a genuine notification: a real address (scheme, www. or a path) on a confirmed official site.

    A domain only written in a sentence ("votre achat sur le site Darty.com") is the brand's name, which
    phishing e-mails copy next to their trap; a site only the press ties to the organisation proves nothing.
    """
    return link.official and confirmed_official(link.domain) and FULL_LINK_RE.search(link.raw) is not None


# "sur", "via", "depuis le site" right before a written address: the place where the message sends you to act.
_SENT_TO_RE = re.compile(
    r"(?:\bsur|\bvia|\bdepuis|\bà|\ba)\s+(?:le\s+site\s+(?:officiel\s+)?|le\s+portail\s+|l['’]adresse\s+)?$"
)
# What no official site asks through a message, whatever the address next to it: then the address proves nothing.
_NEVER_ASKED = ["secrets", "details", "identity"]
# A fee of a few euros and cents ("1,99 €"): the lure of parcel, toll and fine messages, which copy the real site's name.
_SMALL_FEE_RE = re.compile(r"(?<![\d.,])\d[.,]\d{2} ?(?:€|eur)")


def _sent_to_official(norm: Normalised, link: LinkHit) -> bool:
    """An address of a confirmed official site, written as the place to act ("payez sur amendes.gouv.fr").

    Not a trusted link (``_trusted``: a bare domain in a sentence can be the brand's name next to a hidden trap); but a
    story whose only address is the organisation's own site, with no number to call, sends the reader to the real
    channel: it is no scam pattern. "Faites votre demande sur maprimerenov.gouv.fr" is the agency's own advice.
    """
    before = norm.original[max(0, link.start - 40) : link.start].lower()
    return link.official and confirmed_official(link.domain) and _SENT_TO_RE.search(before) is not None


def _official_line(number: NumberHit) -> bool:
    """A line the catalogue confirms for an organisation: calling it reaches the real organisation, whoever wrote."""
    return number.result.verdict is Verdict.likely_legit and bool(number.result.number.known_as)


def _belongs(link: LinkHit, body: Body) -> bool:
    host = link.host.lower()
    return any(host == d or host.endswith("." + d) for d in body.domains)


def _validates_to_cancel(norm: Normalised) -> bool:
    """20th round: "validez l'opération dans votre appli pour la bloquer": the reader's own app is the channel the fake
    advisor uses (INC with Cybermalveillance.gouv.fr, in ``scenarios.toml``), so it does not make the message genuine."""
    request = scenarios.load().requests.get("validate_to_cancel")
    return request is not None and request.search(advice_masked(norm.folded[:SCENARIO_WINDOW])) is not None


def _asks_in_words(norm: Normalised, scenario: scenarios.Scenario, asked: _Requests) -> bool:
    """The story's bait, or one of its asks in the message's own words: a link or a number alone is no ask ("Ville de
    Nantes : le stationnement devient payant… Infos sur nantes.fr" tells a parking story and asks nothing)."""
    if asked.decisive(scenario.asks) is not None:
        return True
    compiled = next((c for c in scenarios.load().scenarios if c.scenario.id == scenario.id), None)
    folded = advice_masked(norm.folded[:SCENARIO_WINDOW])
    return compiled is not None and compiled.bait is not None and compiled.bait.search(folded) is not None


_REMINDER_MENTIONS = ("collector_context", "creditor_named", "basis_named", "amount_named")


def _collector_reminder(hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit]) -> bool:
    """21st round: a collector's reminder naming the creditor, the basis and the amount (R124-4 CPC exéc.) with no
    number and nothing to open ("pour le compte d'Orange… nous vous rappelons le solde de 96,20 € de la facture de
    mars"): its balance is no toll story, and the collector rules of ``checks.message`` judge it."""
    return (
        all(key in hits for key in _REMINDER_MENTIONS)
        and not numbers
        and not any(to_open(ln) for ln in links)
    )


def _unofficial_channel(
    norm: Normalised,
    scenario: scenarios.Scenario,
    hits: dict[str, Hit],
    links: list[LinkHit],
    numbers: list[NumberHit],
) -> list[Finding]:
    """20th round: a story whose senders never send you to a site or a line given in a message (``contact_decides``
    in the data: a fine, a toll, the Vitale card, a refund, the CPF, a guaranteed return, a prize), told with an
    address to open that is no official site, or a line to call back that the catalogue does not know. No body needs
    to be named: "Votre amende de 35 € est impayée… réglez sur antai-paiement.fr" speaks for the ANTAI all the same.
    The link or the number is the scam's channel: ``likely_scam``. A link counts only when the story asks in its own
    words (``_asks_in_words``); a number only when the message orders to call it (``call_order`` in the data)."""
    link = next((ln for ln in links if to_open(ln) and not ln.unconfirmed), None)
    if link is not None:
        return [
            finding(
                "message.scenario_unofficial_channel",
                quote=defang(link.raw),
                span=(link.start, link.end),
                scenario=scenario.label,
            )
        ]
    order = scenarios.load().requests.get("call_order")
    if (
        "callback" not in hits
        or order is None
        or order.search(advice_masked(norm.folded[:SCENARIO_WINDOW])) is None
    ):
        return []  # a line only mentioned ("service client joignable au…") is not one the reader is told to call
    number = next((n for n in numbers if not n.result.number.known_as and not _official_line(n)), None)
    if number is None:
        return []
    return [
        finding(
            "message.scenario_unofficial_channel",
            quote=number.raw,
            span=(number.start, number.end),
            scenario=scenario.label,
        )
    ]


def scenario_findings(
    norm: Normalised,
    hits: dict[str, Hit],
    mentions: list[tuple[Body, Hit]],
    links: list[LinkHit],
    numbers: list[NumberHit],
) -> list[Finding]:
    if not norm.folded or "scam_warning" in hits:
        return []
    if own_channel_only(hits, links, numbers) and not _validates_to_cancel(norm):
        return []  # "en pharmacie", "depuis l'appli", "le numéro sur notre courrier": the real channel, nothing else
    if notice_only(hits, links, numbers, norm.folded):
        return []  # a breach or price-change notice with nothing to open or call, no secret and no payment asked
    trusted = bool(links) and all(_trusted(link) for link in links)
    asked = _Requests(advice_masked(norm.folded[:SCENARIO_WINDOW]), hits, links, numbers)
    story = _story(norm, asked)
    if story is None:
        return []
    scenario, where = story
    if (
        _collector_reminder(hits, links, numbers)
        and not asked.any_of(_NEVER_ASKED)
        and not (scenario.decisive and asked.decisive(scenario.decisive))
    ):
        return []  # 21st round: a collector's complete reminder, nothing to open or call: the collector rules judge it
    # Review of 2/12: a real address or line next to the story's own decisive ask (a transfer to a "compte sécurisé",
    # money for a relative) vouches for nothing; paying on the official site stays what genuine notices ask.
    beyond_paying = [kind for kind in scenario.decisive if kind != "pay"]
    decisive_ask = bool(beyond_paying) and asked.decisive(beyond_paying) is not None
    if trusted and not decisive_ask:
        return []
    if (
        links
        and not numbers
        and all(_sent_to_official(norm, link) for link in links)
        and not asked.any_of(_NEVER_ASKED)
        and not decisive_ask
        and _SMALL_FEE_RE.search(norm.folded[:SCENARIO_WINDOW]) is None
    ):
        return []  # the story sends you to the organisation's own site, and asks nothing it never asks
    if (
        numbers
        and not links
        and all(_official_line(number) for number in numbers)
        and not asked.any_of(_NEVER_ASKED)
        and not (scenario.decisive and asked.decisive(scenario.decisive))
        and _SMALL_FEE_RE.search(norm.folded[:SCENARIO_WINDOW]) is None
    ):
        # 19th round: likewise, the only line to call is one the catalogue confirms ("Alerte LCL… 0969391133"); not
        # when the message itself asks what completes the scam (a transfer to a "compte sécurisé"): a real number
        # quoted next to it proves nothing (review of 2/12).
        return []
    found = [
        finding(
            "message.scenario",
            quote=where.quote,
            span=where.span,
            scenario=scenario.label,
            advice=scenario.advice,
        )
    ]
    if scenario.opener:
        return found  # the first line of a conversation scam: a warning, never more on its own
    decisive = asked.decisive(scenario.decisive) if scenario.decisive else None
    if decisive is not None:
        quote, span = norm.quote(*decisive.span())
        found.append(
            finding("message.scenario_decisive_ask", quote=quote, span=span, scenario=scenario.label)
        )
    claimed = next(
        ((body, hit) for body, hit in mentions if not any(_belongs(ln, body) for ln in links)), None
    )
    if claimed is None:
        trap = next((ln for ln in links if not ln.official and ln.result.verdict in _TRAP_VERDICTS), None)
        if trap is not None:
            found.append(
                finding(
                    "message.scenario_trap_link",
                    quote=defang(trap.raw),
                    span=(trap.start, trap.end),
                    scenario=scenario.label,
                )
            )
        elif "callback" in hits:
            risky = next((n for n in numbers if n.result.verdict in _TRAP_VERDICTS), None)
            if risky is not None:
                found.append(
                    finding(
                        "message.scenario_trap_number",
                        quote=risky.raw,
                        span=(risky.start, risky.end),
                        scenario=scenario.label,
                    )
                )
        if scenario.contact_decides and len(found) == 1 + (decisive is not None):
            worded = _asks_in_words(norm, scenario, asked)
            found.extend(_unofficial_channel(norm, scenario, hits, links if worded else [], numbers))
        return found
    body, hit = claimed
    found.append(
        finding(
            "message.scenario_impersonation",
            quote=hit.quote,
            span=hit.span,
            body=body.name,
            scenario=scenario.label,
        )
    )
    unknown = next((n for n in numbers if not n.result.number.known_as), None)
    if unknown is not None and all(link.official for link in links):
        found.append(
            finding(
                "message.scenario_unofficial_contact",
                quote=unknown.raw,
                span=(unknown.start, unknown.end),
                body=body.name,
            )
        )
    return found
