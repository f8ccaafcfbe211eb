"""The genuine shape: a message is never called genuine because it names an official site while asking for secrets.

Legit evidence (a link to an official site, the sender's own domain) turns "inconclusive" into "likely_legit"
when nothing in the message is risky. Scams copy the real site's name into their text ("votre statut sur
impots.gouv.fr", "rendez-vous sur ameli.fr") precisely to borrow that evidence. The official bodies all say
what they never ask by message: bank, card or personal details, an identity to prove (the sources of
``knowledge/data/scenarios.toml``). So when a message would be called genuine only thanks to such a site but
asks for one of these, ``message.request_beside_official`` (medium, risk) says so, and the message is
``suspicious`` instead. It only ever changes "likely_legit": a message already judged risky gets no extra
weight from it. A number to call back is not judged here: the real tax office gives its 0809 line and the real
ANTAI its 0811 one, so neither an unknown nor a premium-rate number tells a copy from the original.
"""

from __future__ import annotations

from checks.message_links import LinkHit
from checks.message_scan import Hit
from checks.result import SUSPICIOUS_THRESHOLD, Evidence, Finding, finding, risk_score
from checks.text_normalise import Normalised
from checks.url_parse import defang
from knowledge import scenarios, wording


def genuine_shape_findings(
    norm: Normalised,
    masked: str,
    hits: dict[str, Hit],
    links: list[LinkHit],
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
    return []
