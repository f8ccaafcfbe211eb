"""The genuine shape: a message is never called genuine because it names an official site while asking for secrets.

Legit evidence (a link to an official site, the sender's own domain) turns "inconclusive" into "likely_legit"
when nothing in the message is risky. Scams copy the real site's name into their text ("votre statut sur
impots.gouv.fr", "rendez-vous sur ameli.fr") precisely to borrow that evidence. The official bodies all say
what they never ask by message: bank, card or personal details, an identity to prove, a call back to a premium
or foreign number (the sources of ``knowledge/data/scenarios.toml``). So when a message would be called
genuine only thanks to such a site but asks for one of these, ``message.request_beside_official`` (medium,
risk) says so, and the message is ``suspicious`` instead. It only ever changes "likely_legit": a message
already judged risky gets no extra weight from it.
"""

from __future__ import annotations

from checks.message_links import LinkHit
from checks.message_numbers import NumberHit
from checks.message_scan import Hit
from checks.result import SUSPICIOUS_THRESHOLD, Evidence, Finding, Verdict, finding, risk_score
from checks.text_normalise import Normalised
from checks.url_parse import defang
from knowledge import scenarios, wording

# "Appelez le numéro au dos de votre carte / figurant sur notre courrier": the reader's own channel.
_OWN_CHANNEL = ("own_number", "refer_letter", "never_share")
_RISKY_NUMBER = frozenset({Verdict.suspicious, Verdict.likely_scam})


def _callback(hits: dict[str, Hit], numbers: list[NumberHit]) -> NumberHit | None:
    """A number the message asks to call that the number check itself flags (premium rate, no operator, abroad).

    A number merely unknown to us is not enough: the tax office's own reminders give its 0809 help line.
    """
    if "callback" not in hits or any(key in hits for key in _OWN_CHANNEL):
        return None
    return next((n for n in numbers if n.result.verdict in _RISKY_NUMBER), None)


def genuine_shape_findings(
    norm: Normalised,
    masked: str,
    hits: dict[str, Hit],
    links: list[LinkHit],
    numbers: list[NumberHit],
    findings: list[Finding],
) -> list[Finding]:
    """``message.request_beside_official`` when the message would be genuine on an official site's name alone.

    ``masked`` is the folded text without the clauses of advice (``message_scan.advice_masked``): "ne
    communiquez jamais vos coordonnées bancaires" asks for nothing.
    """
    official = next((link for link in links if link.official), None)
    if official is None or risk_score(findings) >= SUSPICIOUS_THRESHOLD:
        return []
    if not any(f.evidence is Evidence.legit for f in findings):
        return []
    domain = defang(official.domain or official.checked)
    if "never_share" not in hits:
        asked = scenarios.load().requests["details"].search(masked)
        if asked is not None and asked.end() > asked.start():
            quote, span = norm.quote(*asked.span())
            what = wording.text("message.request.details")
            return [
                finding("message.request_beside_official", quote=quote, span=span, domain=domain, what=what)
            ]
    number = _callback(hits, numbers)
    if number is not None:
        what = wording.text("message.request.callback")
        return [
            finding(
                "message.request_beside_official",
                quote=number.raw,
                span=(number.start, number.end),
                domain=domain,
                what=what,
            )
        ]
    return []
