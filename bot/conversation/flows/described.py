"""A contact told rather than pasted ("j'ai reçu un sms d'ameli pour renouveler ma carte vitale"): what the named
organisation says it never does, the scam scenario when what was asked is told too, then the message itself is
asked for. No verdict: the bot has not seen the message (checks/described_contact.py decides what is named).
"""

from __future__ import annotations

import re

from bot.conversation.actions import Act
from bot.conversation.model import Reply
from bot.conversation.texts import back_row, button
from checks.described_contact import DescribedContact
from knowledge import organisations, scenarios, wording
from knowledge.organisations import Category

# At most this many sources listed under the answer: the claim's page and the scenario's first one.
_MAX_SOURCES = 2


def reply(seen: DescribedContact) -> Reply | None:
    """The answer to a told contact, or None when it names neither an organisation nor a scenario, or when it
    came by post: the genuine channel of fines, tolls and debts, which the other answers cover."""
    if seen.channel == "letter":
        return None
    org = organisations.load().organisations.get(seen.organisation) if seen.organisation else None
    scenario = next((c.scenario for c in scenarios.load().scenarios if c.scenario.id == seen.scenario), None)
    if org is None and scenario is None:
        return None
    domain = org.domains[0].domain if org is not None and org.domains else None
    # The organisation's rule that speaks of the channel told, when it has one: "jai eu un appel de la banque postale"
    # does not get its rule about e-mails, "est ce que la banque postale appelle" neither (fourth hunt, 01/12/2026).
    claims = org.never if org is not None else []
    # None when no rule speaks of that channel: "on m a appelé en se faisant passer pour ameli" gets the generic steps,
    # never Ameli's rule about SMS (fourth hunt's leftover, 01/12/2026).
    claim = next((c for c in claims if _fits(c.says, seen.channel)), None)
    speaks = claim is not None and _names_channel(claim.says) and _fits(claim.says, seen.channel)
    if seen.question and scenario is not None and not speaks:
        # "les peages en flux libre envoient des sms ?", "cpf est ce qu'ils appellent ?": the scenario's advice says what
        # that kind of sender does not do; an organisation's own rule about its SMS or calls ("Sanef n'envoie aucun
        # SMS…") still answers first.
        return _question(scenario.advice, scenario.sources[0].url, domain)
    if seen.question and claim is not None:
        return _question(claim.says, claim.source, domain)
    lines = [
        wording.text("understanding.described.scenario", label=scenario.label)
        if scenario is not None
        else wording.text("understanding.described.organisation")
    ]
    sources: list[str] = []
    if claim is not None and (scenario is None or _fits(claim.says, seen.channel)):
        lines.append(wording.text("understanding.described.never", says=claim.says))
        sources.append(claim.source)
    if scenario is not None and len(lines) == 1:  # the organisation's own rule, when named, says it best
        lines.append(wording.text("understanding.described.advice", advice=scenario.advice))
        sources.append(scenario.sources[0].url)
    lines.append(
        wording.text("understanding.described.meanwhile", domain=domain)
        if domain
        else wording.text("understanding.described.meanwhile_plain")
    )
    lines.append("")
    lines.append(wording.text("understanding.described.paste"))
    if seen.channel == "call":
        lines.append(wording.text("understanding.described.paste_call"))
    lines.append(wording.text("understanding.described.sources", sources=" ; ".join(sources[:_MAX_SOURCES])))
    return Reply(text="\n".join(lines), buttons=[[button(Act.open_report)], back_row()])


# Bodies whose letters by post are their usual channel for a sum claimed: administrations, banks and insurers.
# Insurers too: "mon assurance axa ma envoyé un courrier de resiliation pour impayé" (fourth hunt, 01/12/2026).
_LETTER_CATEGORIES = frozenset({Category.public_body, Category.bank, Category.credit, Category.insurer})


def letter_reply(seen: DescribedContact) -> Reply | None:
    """ "jai recu un courrier des impots pour payer ma taxe fonciere": a letter by post from a public body or a bank
    is its usual channel; how to check the amount and reference in one's own space. None for anyone else."""
    org = organisations.load().organisations.get(seen.organisation) if seen.organisation else None
    if seen.channel != "letter":
        return None
    if org is not None and org.category not in _LETTER_CATEGORIES:
        return None
    if org is None and seen.letter_name is None:
        return None
    # "ma banque ma envoyé une lettre recommandée" (fourth hunt's leftover, 01/12/2026): a kind of body, no name
    name = org.name if org is not None else seen.letter_name
    domain = org.domains[0].domain if org is not None and org.domains else None
    lines = [
        wording.text("understanding.described.letter", name=name),
        wording.text("understanding.described.letter_check", domain=domain)
        if domain
        else wording.text("understanding.described.letter_check_plain"),
        wording.text("understanding.described.letter_never"),
        "",
        wording.text("understanding.described.letter_then"),
    ]
    return Reply(text="\n".join(lines), buttons=[back_row()])


def _question(says: str, source: str, domain: str | None) -> Reply:
    """ "est ce que la caf envoie des sms ?": what the organisation says it never does is the first line."""
    lines = [
        wording.text("understanding.described.question", says=says),
        wording.text("understanding.described.question_then", where=f" ({domain})" if domain else ""),
        "",
        wording.text("understanding.described.paste_question"),
        wording.text("understanding.described.sources", sources=source),
    ]
    return Reply(text="\n".join(lines), buttons=[[button(Act.open_report)], back_row()])


# How a claim reaches people ("Un e-mail qui vous demande vos codes…"): a claim about written messages said of a
# phone call (or the reverse) answers beside the point, so the scenario's own advice is given instead (hunt of
# 01/12/2026). SMS and e-mail count as one: a rule about either speaks to both.
_WRITTEN_RE = re.compile(r"\bSMS\b|\btexto|e-?mails?\b|courriels?\b", re.IGNORECASE)
_CALL_RE = re.compile(r"t[ée]l[ée]phon|\bappel", re.IGNORECASE)


def _names_channel(says: str) -> bool:
    """Whether a claim speaks of a channel at all (SMS, e-mail or phone)."""
    return _WRITTEN_RE.search(says) is not None or _CALL_RE.search(says) is not None


def _fits(says: str, channel: str) -> bool:
    """Whether a claim speaks of the channel told: true when it names no channel or names this one."""
    written, call = _WRITTEN_RE.search(says) is not None, _CALL_RE.search(says) is not None
    if channel == "call":
        return call or not written
    if channel in {"sms", "email"}:
        return written or not call
    return True
