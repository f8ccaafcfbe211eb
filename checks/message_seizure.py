"""The fake commissaire de justice: a seizure announced within hours, with a line to call or a link to pay.

A seizure needs an enforceable title (a judgment, for example) and is carried out by a commissaire de justice (ex-huissier),
who serves the debtor an act stating his name, his quality and the address of his office (service-public.fr F35106;
art. 648 CPC, quoted in ``knowledge/data/guide/court.toml``); an amicable collector can seize nothing (CDAD de Rennes).
So a message announcing a seizure (or an account "bloqué par décision de justice") within a day or two AND ordering to
call a line no catalogue knows, or giving a link to pay, is the scam itself: ``message.seizure_deadline_contact``
(critical, ``likely_scam``). A real collector's reminder giving its own number without a seizure deadline, a line only
cited ("joignable au…"), a confirmed official line, or a warning against such messages stay as they were.
"""

from __future__ import annotations

from checks.message_links import LinkHit
from checks.message_model import to_open
from checks.message_numbers import NumberHit
from checks.message_scan import Hit, advice_masked
from checks.result import Finding, Verdict, finding
from checks.text_normalise import Normalised
from checks.url_parse import defang
from knowledge import scenarios, wording

# The threat and its order are in the first screens, like a scam's story.
SEIZURE_WINDOW = 8_000


def seizure_deadline_findings(
    norm: Normalised, hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit]
) -> list[Finding]:
    threat = hits.get("seizure_deadline")
    if threat is None or "scam_warning" in hits:
        return []
    masked = advice_masked(norm.folded[:SEIZURE_WINDOW])
    requests = scenarios.load().requests
    order = requests.get("call_order")
    number = next(
        (n for n in numbers if not n.result.number.known_as and n.result.verdict is not Verdict.likely_legit),
        None,
    )
    if number is not None and order is not None and order.search(masked) is not None:
        channel = wording.text("message.seizure_channel.number", number=number.raw)
    else:
        link = next((ln for ln in links if to_open(ln) and not ln.unconfirmed), None)
        pay = requests.get("pay")
        asked = "payment_request" in hits or (pay is not None and pay.search(masked) is not None)
        if link is None or not asked:
            return []
        channel = wording.text("message.seizure_channel.link", link=defang(link.raw))
    return [
        finding("message.seizure_deadline_contact", quote=threat.quote, span=threat.span, channel=channel)
    ]
