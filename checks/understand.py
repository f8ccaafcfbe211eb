"""What did the person send, and where should it go? Decided from what the text is, not from its length.

Four kinds of text reach the bot:
- **distress** — answered first, always, whatever else the text holds (``checks.distress``);
- **a thing to check** — a number or a link alone, or a message they received (pasted, forwarded, read
  from a screenshot): it has a sender's shape (header, a creditor's "votre dossier", orders such as
  "réglez sous 24h", a signature, a quoted text after "j'ai reçu ça :");
- **a question or story about their own situation** — first person, question form: routed by the intent
  rules of ``knowledge/data/intents.toml`` (a collector named inside a question is a fact, not the
  question), with the facts of ``checks.facts`` filled in and the points raised ordered by harm;
- **an answer inside a dialogue** — when a step expects something and the text does not look like a
  new question or a received message.

The shapes are data (``knowledge/data/understanding/shapes.toml``). Pure: ``today`` is a parameter.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from checks.detect import detect_kind
from checks.distress import DistressHit
from checks.facts import Facts, extract
from knowledge import intents, understanding
from knowledge.intents import Action

__all__ = ["HARM_ORDER", "Sent", "Understanding", "understand"]


class Sent(StrEnum):
    distress = "distress"
    check = "check"  # a number, a link or a received message to analyse
    question = "question"  # a question or story about their own situation
    answer = "answer"  # an answer to the dialogue step in progress
    unclear = "unclear"  # nothing recognised: say so and offer the menu


# Points of a story, most harmful first: distress, then an imminent seizure, then scam signs, then rights.
HARM_ORDER: tuple[str, ...] = (
    "distress",
    "imminent_seizure",
    "scam_signs",
    "prescription",
    "fees",
    "harassment",
    "calltime",
    "pay_question",
    "bailiff",
    "ficp",
    "gdpr",
    "not_my_debt",
    "already_paid",
    "sold_debt",
    "payment_plan",
    "overindebtedness",
    "first_letter",
    "collector_identity",
    "bloctel",
    "report",
    "letter",
    "scam_check",
    "rights",
)

# A phone number (8+ digits, spaced or not) or a link inside a sentence.
_ARTEFACT_RE = re.compile(
    r"(?<![\w/])(?:\+|00)?\d(?:[\s.\-]?\d){7,}(?!\d)|https?://|hxxps?://|www\.|\[\.\]"
    r"|\b[\w-]+\.(?:fr|com|net|org|info|top|xyz|io|co|eu|site|online|shop|link|app|me)\b"
)
# An IBAN is a fact of the story (checks.facts), not a phone number to look up.
_IBAN_RE = re.compile(r"\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]){10,32}")
# Questions that are about the number or link itself, not about the person's situation.
_ABOUT_THE_THING = frozenset(
    {None, "scam_check", "collector_identity", "who_is_it", "help", "rights", "report"}
)
_LONGEST_QUESTION = 5000  # characters; a size guard against 100 kB pastes, not a word count
_CALL_WORDS = re.compile(r"\b(?:appel\w*|appele\w*|telephone|sonne|joint|contacte)\b")
# A time of day ("21h30", "7 h", "22:15"); not a delay ("sous 48h", "24h pour payer").
_CLOCK_RE = re.compile(r"\b(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b")
# Who collects a debt, named without a company name: "la societe de recouvrement", "le recouvreur".
_COLLECTION_WORDS = re.compile(
    r"\b(?:recouvrement|recouvreurs?|creanciers?|huissiers?|commissaires? de justice|organismes? de credit)\b"
)

# Routes that only say "someone claims money" or "what may I do": when the same text says the debt is old ("la
# facture datait de 1998 !", "un credit qui date de 20 ans"), whether it can still be claimed is the question
# (sixth hunt, 02/12/2026). Five years: past every ordinary prescription or forclusion delay (1 to 5 years).
_OLD_DEBT_OVERRIDES = frozenset(
    {"collector_claim", "first_letter", "pay_or_not", "rights", "bill_amount_disputed"}
)
_OLD_DEBT_YEARS = 5
# The debt's age said in years: "qui date de 20 ans", "vieille de plus de 25 ans", "il y a 12 ans".
_DEBT_AGE_RE = re.compile(
    r"\b(?:date|datant|datait|vieille|vieux|remonte|remontant|remontait)\s+(?:de\s+|a\s+)?(?:plus\s+de\s+|pres\s+de\s+)?"
    r"(\d{1,2})\s+ans\b|\bil y a (?:plus de |pres de )?(\d{1,2}) ans\b"
)


# A bill dated within the last year ("qui date du mois dernier", "du 3 octobre 2026") can be prescribed by no delay (the
# shortest, telecom's, is one year: L34-2 CPCE): its date is no prescription question (user test, 02/12/2026).
_RECENT_BILL_DAYS = 365
_BILL_DATED = "bill_dated"
_BILL_AMOUNT = "bill_amount_disputed"


def _recent_bill(facts: Facts, today: date) -> bool:
    """Every date told is within the last year (and at least one is told)."""
    return bool(facts.dates) and all(
        0 <= (today - span.earliest).days < _RECENT_BILL_DAYS for span in facts.dates
    )


def _old_debt(facts: Facts, folded: str, today: date) -> bool:
    if facts.start is not None and today.year - facts.start.latest.year >= _OLD_DEBT_YEARS:
        return True
    age = _DEBT_AGE_RE.search(folded)
    return age is not None and int(age.group(1) or age.group(2)) >= _OLD_DEBT_YEARS


class Understanding(BaseModel):
    model_config = ConfigDict(frozen=True)

    sent: Sent
    route: str  # an intent id, "check", "distress" or "unclear"
    topics: list[str]  # the points raised, most harmful first (route included)
    facts: Facts
    distress: DistressHit | None = None
    shapes: list[str] = []  # the shape marks seen (ids of shapes.toml), for the record and the tests
    own_voice: bool = False  # the person speaks of themselves (je, mon, ma…)
    own_words: bool = False  # a plea written to the bot (shapes.toml own_words), never a pasted message
    asks: bool = False  # question mark or question form
    then: str | None = None  # for distress: where the rest of the text would have gone
    # For a request for a letter ("letter" route): the letter its subject names ("une lettre pour contester":
    # contest_debt), so the dialogue opens it rather than the list; None when no subject is named.
    letter: str | None = None


def _own_words(folded: str, received: list[str], has_artefact: bool) -> bool:
    """The person's own plea written to the bot ("je me permets de vous ecrire car je suis dans une situation tres
    difficile", user test of 2/12/2026): a plea mark of shapes.toml, and no link, number, sender header or quote. Its
    "madame monsieur" or "vous" address the bot; a pasted message carries one of the things to check."""
    if has_artefact or "header" in received or "quoted" in received:
        return False
    rules = understanding.load_shapes()
    if any(pattern.search(folded) for _, pattern in rules.not_own_words):
        return False  # "maman j'ai besoin d'aide, j'ai change de numero": a relative's plea, the scam's shape
    return any(pattern.search(folded) for _, pattern in rules.own_words)


def _shape_ids(folded: str, raw: str) -> tuple[list[str], bool, bool]:
    rules = understanding.load_shapes()
    received: list[str] = []
    for sid, pattern in rules.received:
        found = len(pattern.findall(raw if sid in rules.on_raw else folded))
        if found:
            received.append(sid)
            if found >= 2 and sid in rules.repeat_is_strong:
                received.append(sid + "_again")
    own = any(pattern.search(folded) for _, pattern in rules.own_situation)
    question = any(pattern.search(folded) for _, pattern in rules.question)
    return received, own, question


def _is_received(received: list[str], own: bool, question: bool, has_artefact: bool) -> bool:
    """A message someone received, from its marks: two kinds of sender marks, or one with nothing of the
    person's own voice, or a quoted text; a link or number plus one sender mark."""
    kinds = set(received)
    if "header" in kinds or "quoted" in kinds:
        return True
    if len(kinds) >= 2:
        return True
    if kinds and has_artefact:
        return True
    return bool(kinds) and not own and not question


# A contact by message ("ils m'ont envoyé un sms a 3h05"), beside the calls of ``_CALL_WORDS``.
_MESSAGE_WORDS = re.compile(
    r"\b(?:sms|textos?|messages?|mails?|e-?mails?|courriels?|whatsapp|ecri\w{0,4}|envoye\w{0,2})\b"
)
# The time of a contact ("a 3h05", "vers 22h"; not a delay, "sous 12h"), then whether that is allowed: "a 3h05 du matin
# c normal ?", "a 22h est ce legal". The question is about the hour even when the story also says the debt is old
# (contacts task, 02/12/2026).
_HOUR_LAWFUL_RE = re.compile(
    r"\b(?:a|vers|avant|apres|des|passe|passees?)\s+(?:\b(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b)[^?]{0,40}?"
    r"\b(?:c'?est normal|c normal|normal|legal|legale|c'?est legal|c legal|est ce legal|est-ce legal|autorise\w{0,2}|"
    r"permis|le droit|ont le droit|ils ont le droit|ont ils le droit|ont-ils le droit)\b"
)


# The deadline a message sets ("payer une amende avant 12h", "rappeler avant 17h"; review, 02/12/2026): an instruction in
# the infinitive or imperative, then the hour; the time of a contact is told in the past or the present ("ils m'ont
# rappele a 22h", "ils appellent avant 8h").
_DEADLINE_HOUR_RE = re.compile(
    r"\b(?:payer|payez|regler|reglez|regulariser|regularisez|rembourser|remboursez|rappeler|rappelez|repondre|"
    r"repondez|virer|virez|verser|versez)\b(?:\s+\S+){0,4}?\s+(?:avant|d'ici|au plus tard|apres|des)\s+(?:a\s+)?"
    r"(?:[01]?\d|2[0-3]) ?h"
)


def _intent_route(folded: str, place_given: bool = False) -> tuple[str | None, list[str]]:
    """The best non-distress intent and every intent matched, best first."""
    matches = [m for m in intents.load().match_all(folded) if m.intent.action is not Action.distress]
    ids = [m.intent.id for m in matches]
    if (
        (_CALL_WORDS.search(folded) or _MESSAGE_WORDS.search(folded))
        and _HOUR_LAWFUL_RE.search(folded)
        and not _DEADLINE_HOUR_RE.search(folded)
    ):
        # "ma dette est forclose et ils m'ont envoyé un sms a 3h05 du matin c normal ?": the hour of the contact is
        # what is asked; the other points (the debt's age) stay topics, said before the answer.
        return "calltime", ["calltime", *(i for i in ids if i != "calltime")]
    if "calltime" not in ids and (_CALL_WORDS.search(folded) or place_given) and _CLOCK_RE.search(folded):
        # "le 26/12/2025 a 10h30 on m a appele", "26/12 a 10h30, j'habite a Metz": a time of day with a
        # call or a place is the call-time question.
        calltime = next(i for i in intents.load().intents if i.id == "calltime")
        position = next((k for k, m in enumerate(matches) if m.intent.priority < calltime.priority), len(ids))
        ids.insert(position, "calltime")
    return (ids[0] if ids else None), ids


# "une lettre de commissaire de justice avec un IBAN lituanien": a foreign account told in words, without the
# IBAN itself (checks.facts reads the IBANs written out).
_FOREIGN_ACCOUNT_RE = re.compile(
    r"\b(?:iban|rib|compte) (?:bancaire )?(?:etranger|a l'etranger|d'un autre pays|lituanien|letton|estonien|"
    r"allemand|espagnol|irlandais|belge|portugais|britannique|anglais|maltais|chypriote|polonais|bulgare|roumain)\b"
)
# "est-ce que je dois payer ?", "faut il payer", "je suis oblige de payer ?": a question the guide never answers
# with yes or no, named as a point of its own when the story asks something else too.
_PAY_QUESTION_RE = re.compile(
    r"\b(?:dois[- ]je|je dois|faut[- ]il|oblige[es]* de|obligee? de)\s+(?:la |les |leur |vous )?pa[iy]\w*"
)


def _topics(
    route: str | None, matched: list[str], facts: Facts, distress: bool, folded: str = ""
) -> list[str]:
    raised: set[str] = set(matched)
    if route:
        raised.add(route)
    if distress:
        raised.add("distress")
    if any(e.kind in {"enforcement", "commandement"} for e in facts.events) or "seizure" in facts.threats:
        raised.add("imminent_seizure")
    if "bailiff_visit" in facts.threats:
        raised.add("imminent_seizure")
    foreign = any(i.country != "FR" or not i.valid for i in facts.ibans) or _FOREIGN_ACCOUNT_RE.search(folded)
    if foreign or "police_or_prison" in facts.threats:
        raised.add("scam_signs")
    if "fees" in facts.threats:
        raised.add("fees")
    # "c'est prescrit ? je dois payer ?": a question of its own beside another one (with one question mark,
    # "mon mari a fait un crédit, je dois payer ?" is the route's own question).
    if folded.count("?") >= 2 and _PAY_QUESTION_RE.search(folded):
        raised.add("pay_question")
    if "imminent_seizure" in raised:
        raised.discard("bailiff")  # the same point, already first
    order = {topic: k for k, topic in enumerate(HARM_ORDER)}
    return sorted(raised, key=lambda t: (order.get(t, len(order)), t))


def understand(text: str, today: date, *, expecting: str | None = None) -> Understanding:
    """Decide what ``text`` is. ``expecting`` names what the dialogue step in progress waits for (any
    non-empty string: "date", "debt_type", "events", "place"…); None outside a dialogue."""
    hit = understanding.distress_in(text)
    if len(text) > _LONGEST_QUESTION:
        # Nobody types a question this long: it is a paste (a message, a letter, a page) to check.
        # Distress was looked for above, in its start and end (the person's own words).
        if hit is not None:
            return Understanding(
                sent=Sent.distress,
                route="distress",
                topics=["distress"],
                facts=Facts(),
                distress=hit,
                then="check",
            )
        head = understand(text[:_LONGEST_QUESTION], today, expecting=expecting)
        if head.sent is not Sent.check and head.own_voice and not head.shapes:
            # "intrum me harcele depuis des mois pour une facture sfr de 2019 que jai deja payer …" told at length
            # (user test of 2/12/2026): a long story in the person's own voice, with no mark of a received message,
            # is routed as its first part is.
            return head
        return Understanding(sent=Sent.check, route="check", topics=["check"], facts=Facts())
    kind = detect_kind(text)
    folded = understanding.fold(text)
    facts = extract(text, today)
    received, own, question = _shape_ids(folded, text)
    has_artefact = bool(_ARTEFACT_RE.search(_IBAN_RE.sub(" ", folded)))
    route, matched = _intent_route(folded, facts.department is not None)
    if route == _BILL_DATED and _recent_bill(facts, today):
        # "ma facture edf qui date du mois dernier est trop chere": how to contest a bill, said not to be prescribed yet
        route, matched = _BILL_AMOUNT, [_BILL_AMOUNT, *(i for i in matched if i != _BILL_AMOUNT)]
    pleads = own and _own_words(folded, received, has_artefact)

    if kind != "message" or (not pleads and _is_received(received, own, question, has_artefact)):
        sent, chosen = Sent.check, "check"
    # "+33 6 12 34 56 78 c qui" (fifth hunt, 01/12/2026): a spaced number counts as one word
    elif has_artefact and (
        len(_ARTEFACT_RE.sub("x", folded).split()) <= 3 or (question and route in _ABOUT_THE_THING)
    ):
        # "0612345678 c'est qui ?", "www.intrum.fr c'est le vrai site ?": the thing is what is asked about;
        # a story that only mentions a number ("c'est prescrit ?") keeps its own question.
        sent, chosen = Sent.check, "check"
    elif expecting and not _looks_new(route, question):
        sent, chosen = Sent.answer, "answer"
    elif route in _OLD_DEBT_OVERRIDES and _old_debt(facts, folded, today):
        sent, chosen = Sent.question, "prescription"
    elif route is not None:
        sent, chosen = Sent.question, route
    elif facts.collector is not None and len(folded.split()) <= 3 and not expecting:
        # "Intrum", "eos contentia ?": a collector's name alone asks who they are.
        sent, chosen = Sent.question, "collector_identity"
    elif (
        (own or _stopped_paying_told(facts))
        and facts.start is not None
        and (facts.creditor is not None or facts.collector is not None)
    ):
        # A story with no question mark ("depuis 2019 je paye plus mon credit cetelem et eos me relance"):
        # a debt, when it stopped being paid, who claims it: the question is whether it is still due.
        sent, chosen = Sent.question, "prescription"
    elif question and (facts.collector is not None or _COLLECTION_WORDS.search(folded)):
        # "intrum peut il me poursuivre en justice ?", "faut il repondre a la societe de recouvrement ?":
        # a question about what a collector may do, in words no intent lists, is the rights question.
        sent, chosen = Sent.question, "rights"
    elif _CLOCK_RE.search(folded) and len(folded.split()) <= 4 and not expecting:
        # "hier soir 22h", "dimanche 21h30": a moment alone is when they called.
        sent, chosen = Sent.question, "calltime"
    elif has_artefact:
        # "jai recu un appel du 0970280830 ils disent que je dois 300e a sfr": a story about a number or a
        # link that asks nothing the rules know: the thing it gives is what can be checked.
        sent, chosen = Sent.check, "check"
    elif pleads:
        # "aidez moi svp je suis dans une situation tres difficile": the person asks for help in their own words.
        sent, chosen = Sent.question, "help"
    else:
        sent, chosen = Sent.unclear, "unclear"
    topics = _topics(
        chosen if sent is Sent.question else None,
        matched if sent is Sent.question else [],
        facts,
        False,
        folded,
    )
    if hit is not None:
        return Understanding(
            sent=Sent.distress,
            route="distress",
            topics=_topics(None, [chosen] if sent is Sent.question else [], facts, True, folded),
            facts=facts,
            distress=hit,
            shapes=received,
            own_voice=own,
            asks=question,
            then=None if chosen == "unclear" else chosen,
        )
    if sent is Sent.check:
        topics = ["check"]
    return Understanding(
        sent=sent,
        route=chosen,
        topics=topics,
        facts=facts,
        shapes=received,
        own_voice=own,
        own_words=pleads,
        asks=question,
        letter=_letter_named(chosen, matched) if sent is Sent.question else None,
    )


def _stopped_paying_told(facts: Facts) -> bool:
    """ "facture edf de 2019 jamais payée" (user test, 02/12/2026): a note without "je" that still tells when the debt
    stopped being paid; a received message saying so has sender marks and is checked before this."""
    return any(event.kind == "stopped_paying" and event.when is not None for event in facts.events)


def _letter_named(route: str, matched: list[str]) -> str | None:
    """The letter a request for "a letter" names by its subject: the first other matched intent that opens one."""
    rules = {i.id: i for i in intents.load().intents}
    asked = rules.get(route)
    if asked is None or asked.action is not Action.letter or asked.target:
        return None
    return next(
        (rules[m].target for m in matched if rules[m].action is Action.letter and rules[m].target), None
    )


def _looks_new(route: str | None, question: bool) -> bool:
    """Inside a dialogue, a text is a new request only if it asks something the rules recognise."""
    return route is not None and route not in {"help"} and question
