"""Free text read on its own: a number, a link or a message to check, or a question or story routed with
its facts (checks/understand.py decides what the text is from its shape; knowledge/data/intents.toml
routes questions). The router calls ``understand`` when no dialogue takes the text, and ``looks_new`` to
tell a new question typed during a dialogue from a wrong answer to it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Awaitable, Callable
from datetime import date

from bot.conversation.actions import Act
from bot.conversation.flows import calltime, check, described, letter, prescription, privacy, report, rights
from bot.conversation.model import Button, Reply
from bot.conversation.render import next_step_buttons, verdict_label
from bot.conversation.services import CheckInputError, Services, ServiceUnavailable
from bot.conversation.table import Call, Outcome, done
from bot.conversation.texts import back_row, button, main_menu, t
from checks import understand as understanding
from checks.described_contact import describe, tells_collection
from checks.facts import Facts
from checks.understand import Sent
from knowledge import described as described_rules
from knowledge import intents, numbering, organisations, regimes, wording, words_fr
from knowledge.intents import Action, Match
from knowledge.regimes import Regime
from knowledge.understanding import fold as fold_told

_WORD_RE = re.compile(r"\w", re.UNICODE)
# An unrecognised text in nobody's own voice (no "je", no question) is something pasted; below this size it
# is too short to deserve a verdict ("xqzt") and gets the help instead.
MIN_MESSAGE_WORDS = 6
# Below this, a scam question ("arnaque ?") has nothing of its own to check: what to send is asked.
MIN_STORY_WORDS = 4
# A year typed alone inside a dialogue ("2020", "en 2019") answers a step; it is never a phone number.
_YEAR_RE = re.compile(r"(?:en |depuis |vers )?(?:19[5-9]\d|20\d\d)\s*[.!?]?", re.IGNORECASE)


def looks_new(services: Services, text: str, today: date | None = None) -> bool:
    """Whether a text typed during a dialogue (and refused by its step) is a new question or a message to
    check rather than a wrong answer: decided by checks.understand from what the text is."""
    if _YEAR_RE.fullmatch(text.strip()):
        return False  # "2020" typed at the events step (hunt of 01/12/2026): a year, not a number to check
    if services.detect(text) != "message":
        return True
    seen = understanding.understand(text, today or date.today())
    if seen.route == "collector_identity" and not seen.asks:
        return False  # "intrum" typed as an answer (the debt type asked): the step's hint, not a new question
    if seen.route == "who_is_it":
        return False  # "c'est qui ?" mid-dialogue: about the step's question, not the last number checked
    return seen.sent is Sent.check or (seen.sent is Sent.question and seen.route != "help")


async def understand(call: Call, text: str) -> Outcome:
    """A number, link or received message gets a verdict; a question or story, its flow or card with the
    facts it gave filled in; anything else, help. Distress never gets here (the pre-route hook)."""
    if _YEAR_RE.fullmatch(text.strip()):
        # "2022" typed alone with no dialogue running (review of 2/12): a year, never checked as a phone number
        year = re.sub(r"\D", "", text)
        return done(
            Reply(
                text=t("help.bare_year", year=year), buttons=[[button(Act.open_prescription)], *main_menu()]
            )
        )
    if call.env.services.detect(text) != "message":
        return await check.check(call, text)
    bare = _without_pictographs(text)
    if bare and bare != text and call.env.services.detect(bare) != "message":
        return await check.check(call, bare)  # "📞📞 0970280830 😡": the number, not a message about nothing
    explained = _short_number_explained(text)
    if explained is not None:
        return done(explained)
    seen = understanding.understand(text, call.env.ctx.today)
    about_last = _about_last(call, seen, text)
    if about_last is not None:
        return done(about_last)
    sender = (
        _sms_short_sender(text) if seen.sent is not Sent.check and seen.route not in _OWN_DIALOGUES else None
    )
    if sender is not None:
        return await _sms_sender_reply(call, sender, text)
    if seen.sent is Sent.check:
        told = describe(text) if _TOLD_OPENING_RE.match(intents.fold(text)) else None
        if told is not None and told.strong and not _flagged(call, text):
            # "sms de free mobile facture impayée regularisez sur le lien": a contact told in the message's own
            # words, which the message check alone leaves open; the told story says what it follows.
            answer = described.reply(told)
            if answer is not None:
                return done(answer)
        return await check.check(call, text)
    told = describe(text)
    # "mon fils m'écrit d'un nouveau numéro et veut de l'argent", "sms de chronopost jdois payer 2€": the scam
    # story first, not the calls card or "dois-je payer ?".
    strong = told is not None and told.strong and seen.route not in _OWN_DIALOGUES
    # "coucou maman c'est moi j'ai changé de numéro" pasted, not told: its verdict.
    pasted = told is not None and told.channel == "message" and len(text.split()) >= MIN_MESSAGE_WORDS
    if strong and pasted and _flagged(call, text):
        return await check.check(call, text)
    if told is not None and strong and (answer := described.reply(told)) is not None:
        return done(answer)
    regime = regimes.load().named(fold_told(text))
    # The creditor's own claim named ("un trop percu", "un indu", "une mise en demeure"): its regime answers it.
    claim_told = regime is not None and regime.stories and regimes.load().names_act(regime, fold_told(text))
    if (
        told is not None
        and seen.route in _LETTER_ROUTES
        and (letter_answer := described.letter_reply(told)) is not None
    ):
        # "jai un courrier de l'ANTAI avec un avis de contravention, c normal ?": a public body's or a bank's letter is
        # its usual channel; never called a scam, nor answered with the collector cards (third hunt, 01/12/2026).
        if regime is not None and told.channel == "letter" and claim_told:
            # "lettre de la caf pour un trop percu c vrai" (task overpay, 02/12/2026): its usual channel, then the claim's
            # own regime (delay, recovery without a judge, what to ask, who helps).
            return done(letter_answer, _regime_reply(call, regime, seen.facts))
        return done(letter_answer)
    if (
        regime is not None
        and regime.stories
        and (told is None or told.channel == "letter" or (told.channel == "message" and claim_told))
    ):
        # "j ai recu une mise en demeure de l urssaf pour 2019", "l urssaf me menace de saisie" (leftover of 02/12/2026):
        # the creditor's own acts (mise en demeure, contrainte without a judge), not a private collector's cards. An SMS,
        # e-mail or call said to come from it keeps the checks of a contact told ("sms de lurssaf avec un lien").
        if seen.route == "scam_check" and told is None:
            # "la caf me reclame 300 euros c est une arnaque ?" (task overpay): what to send for a check, then the regime.
            return done(check.prompt(), _regime_reply(call, regime, seen.facts))
        if seen.route in _URGENT_ROUTES:
            # "jai un trop percu france travail et un huissier est venu chez moi" (review, 02/12/2026): a bailiff or a
            # seizure told is answered first, as without the regime; the regime follows
            urgent = await _question(call, seen, text)
            if urgent.dialogue is None:
                urgent.replies.append(_regime_reply(call, regime, seen.facts))
                return urgent
        return done(_regime_reply(call, regime, seen.facts))
    # ("hello", "vous êtes un humain ?" open conversation scams too, but typed to the bot they are a hello.)
    if (
        seen.route == "help"
        and not seen.own_words
        and len(text.split()) >= MIN_MESSAGE_WORDS
        and _flagged(call, text)
    ):
        return await check.check(call, text)  # "coucou maman c'est moi j'ai changé de numéro": not a hello
    if (
        told is not None
        and seen.route == "harassment"
        and told.organisation is not None
        and not _REPEATED_RE.search(intents.fold(text))
        and (answer := described.reply(told)) is not None
    ):
        # "mon fils a recu un sms de son conseiller credit agricole pour un virement suspect" (fourth hunt, 01/12/2026): a
        # relative named is not a collector calling the family; the bank's own rule, not the calls card.
        return done(answer)
    if seen.sent is Sent.question:
        return await _question(call, seen, text)
    if not _WORD_RE.search(text):
        key = "help.emoji_sad" if any(ch in _SAD_EMOJI for ch in text) else "help.emoji_only"
        return done(Reply(text=t(key), buttons=main_menu()))
    if not seen.own_voice and not seen.asks and len(text.split()) >= MIN_MESSAGE_WORDS:
        return await check.check(call, text)  # a pasted text without sender marks: still worth a verdict
    if "police_or_prison" in seen.facts.threats and _PRISON_RE.search(intents.fold(text)):
        # "ils m'ont dit que je vais en prison", said after a verdict: the answer to the fear, then what to check.
        card = rights.topic_reply(call, "verify_collector")
        return done(Reply(text=wording.text("understanding.story.no_prison")), card)
    if _ARABIC_RE.search(text):
        return done(Reply(text=t("help.other_language"), buttons=main_menu()))
    if intents.fold(text).strip(" .!?") in _ACKNOWLEDGED:
        return done(Reply(text=t("help.ack"), buttons=main_menu()))  # "ok", "oui", "non" with nothing asked
    if told is not None:
        # "jai recu un sms d'ameli": what Ameli never asks by SMS, then the message itself is asked for.
        answer = described.reply(told)
        if answer is not None:
            return done(answer)
        if told.channel != "message":
            return done(check.prompt())  # "j'ai reçu un sms bizarre": what to send, not "not understood"
    elif tells_collection(text):
        # "iqera m'envoie des sms pour une facture impayée edf": how to check a collector's contact is real.
        return done(rights.topic_reply(call, "verify_collector"))
    short = _SHORT_NUMBER_RE.search(intents.fold(text))
    if short is not None and call.env.services.detect(short.group("number")) == "number":
        return await check.check(
            call, short.group("number")
        )  # "le numero 3939 il est officiel ?" (fifth hunt)
    regime = regimes.load().named(fold_told(text))
    if regime is not None:
        # "c est l urssaf qui me reclame des cotisations de 2019" (leftover of 02/12/2026): a debt with a regime of its
        # own, told without a question, gets that regime (sourced, no date) rather than "not understood".
        return done(_regime_reply(call, regime, seen.facts))
    return done(Reply(text=t("help.not_understood"), buttons=main_menu()))


# Right after a number, link or message was checked (user test of 2/12 afternoon): "c vrai ou pas ??", "c normal ?" ask
# about it, and "je l'ai payée hier", "g cliqué dessus" after a scam verdict tell what was done. Short texts only: a
# longer one tells something new and is read on its own.
_ABOUT_LAST_WORDS = 6
_IS_IT_RE = re.compile(
    r"^(?:et |mais |donc )?(?:c'?est |c |cest |ca (?:a l'air|semble) |il est |elle est |ce (?:sms|message|numero|lien) est )?"
    r"(?:normal|grave|legal|vrai|faux|fiable|serieux|officiel)(?: ou (?:pas|non|faux|vrai))?\s*[?!. ]*$"
)
_DONE_AFTER_SCAM_RE = re.compile(
    r"\b(?:je l'?ai|jl'?ai|jlai|je les ai|j'?ai|g|j)\s+(?:deja\s+|tout\s+)?(?:paye\w*|payer|regle\w*|verse\w*|vire\w*|"
    r"clique\w*|cliquer|repondu|donne\w*|rempli\w*|mis ma carte|envoye\w*)\b"
)
# Only "probablement une arnaque": after a "suspect" number, "j'ai déjà payé" may be the real debt, paid.
_FLAGGED = frozenset({"likely_scam"})


def _about_last(call: Call, seen: understanding.Understanding, text: str) -> Reply | None:
    last = call.last
    folded = intents.fold(text).strip()
    if (
        last is None
        or last.kind not in {"number", "link", "message"}
        or len(folded.split()) > _ABOUT_LAST_WORDS
    ):
        return None
    if seen.sent is Sent.distress or seen.sent is Sent.check:
        return None
    if last.verdict in _FLAGGED and (seen.route == "already_paid" or _DONE_AFTER_SCAM_RE.search(folded)):
        # "je l'ai payée hier" after "probablement une arnaque": what to do now (bank, complaint), not "not understood"
        return rights.topic_reply(call, "scam_already_paid")
    if seen.route == "scam_check" or _IS_IT_RE.match(folded):
        line = t("check.about_last", verdict=verdict_label(last.verdict))
        return Reply(text=line, buttons=next_step_buttons(last.kind, details=bool(last.details)))
    return None


# A 5-digit SMS number (SMS+) named as the sender of a text told: "le 38656 m'a envoyé un sms", "sms du 36179 c une
# arnaque ?", "c'est quoi le 36123 qui m'envoie des sms". Amounts ("35000 euros") and years (4 digits) are never read.
_SMS_WORD = r"(?:sms|texto|message|msg)s?"


@functools.cache
def _sms_sender_res() -> tuple[re.Pattern[str], ...]:
    """The two ways a sender is told, around the SMS series read from the numbering plan."""
    number = rf"(?P<number>{numbering.sms_number_pattern()})\b(?!\s*(?:€|e\b|eur|euros?\b))"
    return (
        re.compile(
            rf"\b{_SMS_WORD}\b(?:\s+\S+){{0,2}}?\s+(?:du|de|depuis le|par le|venant du|provenant du)\s+(?:numero\s+)?"
            + number
        ),
        re.compile(r"(?:^|\b(?:le|du|ce|numero|num)\s+)" + number + rf".{{0,40}}\b{_SMS_WORD}\b"),
    )


_MAX_SENDER_WORDS = 30  # beyond this, a story whose other points matter more than the sender's number
# Where the person lives, said just before the number ("je suis du 93200", "j habite dans le 75011"; review, 02/12/2026):
# a postal code, not a sender.
_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:suis|sommes|viens|vient|venons|habite|habitons|vis|vit|reside|cp|code postal|departement|dept)"
    r"\s+(?:du|de|au|a|en|dans le)?|\bdans le)\s*$"
)


def _sms_short_sender(text: str) -> str | None:
    """The 5-digit SMS number a short text names as the sender of an SMS, or None."""
    if len(text.split()) > _MAX_SENDER_WORDS:
        return None
    folded = intents.fold(text)
    for pattern in _sms_sender_res():
        match = pattern.search(folded)
        if match is not None and not _PLACE_BEFORE_RE.search(folded[: match.start("number")]):
            return match.group("number")
    return None


async def _sms_sender_reply(call: Call, number: str, text: str) -> Outcome:
    """What the SMS number is (as when typed alone), then the organisation's own rule or scam story when told, else
    the message itself is asked for: the number alone never says who wrote."""
    checked = await check.check(call, number)
    told = describe(text)
    after = described.reply(told) if told is not None else None
    if after is None:
        after = Reply(text=wording.text("understanding.described.paste"))
    elif told is not None and told.scenario is not None:
        # "jai recu un texto du 38015 pour renouveler ma carte vitale" (review, 02/12/2026): the scam's scenario is the
        # one clear answer, said first; the number, which alone proves nothing, after it
        return Outcome(replies=[after, *checked.replies], dialogue=checked.dialogue, last=checked.last)
    return Outcome(replies=[*checked.replies, after], dialogue=checked.dialogue, last=checked.last)


# "c quoi le 33700", "le 3939 c'est quoi", "a quoi sert le 33700" (user test, 02/12/2026): what a short number is.
_WHAT_SHORT_RES = (
    re.compile(
        r"\b(?:c'?est quoi|c quoi|c koi|cest quoi|cest koi|c'est koi|kesako|quesaco|a quoi sert|qu'est-ce que|qu'est ce que)"
        r"\s+(?:le|ce|c)?\s*(?:numero\s+|num\s+)?(?P<number>\d{4,5})\b"
    ),
    re.compile(
        r"^(?:le\s+)?(?P<number>\d{4,5})\s*(?:,\s*)?(?:c'?est quoi|c quoi|c koi|cest quoi|kesako|ca sert a quoi)\b"
    ),
)


def _short_number_explained(text: str) -> Reply | None:
    """A known short number asked about (knowledge/data/numbering.toml): its name and label, with its source."""
    folded = intents.fold(text)
    for pattern in _WHAT_SHORT_RES:
        match = pattern.search(folded)
        known = numbering.load().shorts.get(match.group("number")) if match is not None else None
        if match is not None and known is not None:
            source = known.source.split(" ", 1)[0]
            line = wording.text(
                "understanding.short_number.what",
                number=known.number,
                name=known.name,
                label=known.label,
                source=source,
            )
            return Reply(text=line, buttons=main_menu())
    return None


# A short number named as a number inside a sentence ("le numero 3939 il est officiel ?"): checked as typed alone.
_SHORT_NUMBER_RE = re.compile(r"\b(?:numero|num|n°|no|tel)\s+(?:du |de |le )?(?P<number>\d{4,6})(?!\d)")


# A short text opened by the channel it came through ("sms de …", "mail des impots …", "j'ai reçu un sms …"): told,
# even when the rest is in the message's own words.
_TOLD_OPENING_RE = re.compile(
    # "un sms de hsbc nouveau beneficiaire ajouté si c pas vous appelez ce numero" (fourth hunt, 01/12/2026): "un sms"
    r"^(?:(?:un |une )?(?:sms|texto|mail|e-mail|email|courriel)|j'ai recu|jai recu|g recu|recu un|on m'a envoye)\b(?!.{0,400}\n)"
)
# Routes a letter told from a public body or a bank answers itself: a prescription, a seizure or a payment question
# keeps its own dialogue or card.
# "fees": "jai reçu une lettre des impots pour une majoration" (fourth hunt, 01/12/2026) is not the private collector's fees
# card (L111-8 does not speak of a tax surcharge); a collector's letter with fees still gets that card (no letter answer).
# Repeated contacts: with these, a relative named beside an organisation is still the calls card.
_REPEATED_RE = re.compile(
    r"\b(?:harcel\w{0,5}|tous les jours|fois par (?:jour|semaine)|sans arret|tout le temps|incessant\w{0,2}|repete\w{0,2}|arretent pas)\b"
)
_LETTER_ROUTES = frozenset({"first_letter", "scam_check", "unclear", "fees", None})
# Questions whose dialogue reads the story itself ("j'ai reçu un courrier edf, c'est prescrit ?").
_OWN_DIALOGUES = frozenset({"prescription", "calltime", "collector_identity"})
# Tears and despair sent alone ("😭😭😭"): not answered with a smile.
_SAD_EMOJI = frozenset("😭😢😞😔💔😩😫😰😥😿🥺😣😖😓☹🙁😪")
# Arabic script (with its presentation forms): the bot answers in French only and says so.
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ACKNOWLEDGED = frozenset(
    [*words_fr.load().words.yes_answers, *words_fr.load().words.nothing_answers, "bon", "bien", "d'acc"]
)


def _flagged(call: Call, text: str) -> bool:
    """Whether the message check itself flags the text (suspicious or worse)."""
    try:
        view = call.env.services.check(text)
    except (ServiceUnavailable, CheckInputError):
        return False
    return bool(view.sections) and view.sections[0].verdict in {"suspicious", "likely_scam"}


def _without_pictographs(text: str) -> str:
    """The text without emoji and other pictographs (Unicode symbols "So"/"Sk", joiners and variation
    selectors); "+" and the digits stay."""
    kept = (
        ch
        for ch in text
        if unicodedata.category(ch) not in {"So", "Sk", "Cs"} and ch not in "\u200d\ufe0f\ufe0e"
    )
    return " ".join("".join(kept).split())


async def _question(call: Call, seen: understanding.Understanding, text: str) -> Outcome:
    seen = _most_urgent_first(seen)
    outcome = await _route(call, seen, text)
    first = _points_before(call, seen, text)
    if first is not None:
        outcome.replies.insert(0, first)
    after = _points_after(call, seen, text, said=first.text if first is not None else "")
    if after is not None and outcome.dialogue is None:
        outcome.replies.append(after)
    elif after is not None and first is not None:
        # a dialogue's question stays the last thing said: the other questions join the points said before it
        then = wording.text("understanding.story.then")
        merged = first.text.replace(then, f"{after.text}\n{then}") if then in first.text else first.text
        outcome.replies[0] = Reply(text=merged, buttons=[*first.buttons, *after.buttons])
    elif after is not None:
        outcome.replies.insert(0, after)
    return outcome


def _most_urgent_first(seen: understanding.Understanding) -> understanding.Understanding:
    """ "c qui intrum et … une dette que je connais pas" (user test, 02/12/2026): a debt the person does not know is
    answered before who the collector is; the collector stays a point after the answer."""
    if seen.route == "collector_identity" and "not_my_debt" in seen.topics:
        return seen.model_copy(update={"route": "not_my_debt"})
    # "erreur sur la personne" (hunt 8): the same not-me card
    if seen.route == "collector_identity" and "wrong_person_told" in seen.topics:
        return seen.model_copy(update={"route": "wrong_person_told"})
    # "j'ai donné le code reçu par sms au conseiller, c qui intrum ?" (review of 2/12): money or codes already given
    # come first (call the bank now); who the collector is follows as a point.
    victim = next((t for t in _VICTIM_ROUTES if t in seen.topics), None)
    if seen.route == "collector_identity" and victim is not None:
        return seen.model_copy(update={"route": victim})
    if seen.route == "collector_identity" and "sold_debt" in seen.topics:
        # "kruk me dit que ma dette a ete rachetee, c koi kruk" (user test of 2/12 afternoon): what a sale changes and
        # what to ask first; who the buyer is stays a point after
        return seen.model_copy(update={"route": "sold_debt"})
    return seen


_VICTIM_ROUTES = ("scam_victim", "scam_victim_trusted", "scam_victim_told")


# A second question joined to the first ("c qui intrum et est ce que je dois payer …"), or two question marks.
_SECOND_QUESTION_RE = re.compile(
    r"\b(?:et|mais|aussi)\s+(?:est[- ]ce que|est[- ]ce qu'|est ce qu|c'est qui|c qui|c'est quoi|c quoi|qui est|comment|pourquoi|"
    r"est[- ]ce|ils ont le droit|ont ils le droit|je dois|dois[- ]je|faut[- ]il)\b"
)
_ASKED_PAY_RE = re.compile(
    r"\b(?:dois[- ]je|je dois|faut[- ]il|oblige[es]* de|obligee? de)\s+(?:la |les |leur |vous )?pa[iy]\w*"
)
# Routes whose own answer already says it does not decide whether to pay.
_ANSWERS_PAY = frozenset({"rights", "pay_or_not", "how_to_pay", "prescription"})


def _points_after(call: Call, seen: understanding.Understanding, text: str, *, said: str) -> Reply | None:
    """The other questions of a message that asks several, after the answer to the most urgent one: who the
    collector is, and "dois-je payer ?" (never answered yes or no), each one line with its card."""
    folded = fold_told(text)
    several = folded.count("?") >= 2 or _SECOND_QUESTION_RE.search(folded) is not None
    lines: list[str] = []
    cards: list[str] = []
    facts = seen.facts
    if (
        seen.route != "collector_identity"
        and "collector_identity" in seen.topics
        and facts.collector is not None
    ):
        org_id = facts.collector_org or ("intrum" if facts.collector == "Intrum" else None)
        org = organisations.load().organisations.get(org_id) if org_id else None
        lines.append(
            wording.text("understanding.story.collector_identity_named", name=org.name)
            if org is not None
            else wording.text("understanding.story.collector_identity")
        )
        cards.append("intrum_facts" if org_id == "intrum" else "verify_collector")
    if seen.route != "how_to_pay" and "how_to_pay" in seen.topics:
        # "… un huissier qui ma ecrit et intrum qui mapel je doi payer qui" (user test, 02/12/2026)
        lines.append(wording.text("understanding.story.how_to_pay"))
        cards.append("pay_creditor_directly")
    pay_line = wording.text("understanding.story.pay_question")
    if several and seen.route not in _ANSWERS_PAY and _ASKED_PAY_RE.search(folded) and pay_line not in said:
        lines.append(pay_line)
        cards.append("verify_collector")
    complaint = _complaint_point(call, seen, folded)
    if (
        seen.route != "seizure_leaves"
        and _SEIZURE_ON_RSA_RE.search(folded)
        and _SEIZURE_WORD_RE.search(folded)
    ):
        # "je suis au rsa et ils menacent de saisir" (review of 2/12): what a seizure must leave, after who may seize
        lines.append(wording.text("understanding.story.seizure_leaves"))
        cards.append("seizure_leaves")
    if not lines and complaint is None:
        return None
    rows: list[list[Button]] = []
    if complaint is not None:
        lines.append(wording.text("understanding.story.complaint_routes"))
        rows.append([complaint])
    rows.extend(row for card_id in dict.fromkeys(cards) if (row := _card_row(call, card_id)) is not None)
    return Reply(text="\n".join([wording.text("understanding.story.also"), *lines]), buttons=rows)


def _card_row(call: Call, card_id: str) -> list[Button] | None:
    """The button row opening a card, or none when the card is unknown or the services are down (the answer stays)."""
    try:
        card = call.env.services.card(card_id)
    except ServiceUnavailable:
        return None
    return [button(Act.card, card.id, label=card.title)] if card is not None else None


_SEIZURE_ON_RSA_RE = re.compile(r"\b(?:rsa|r s a)\b")
_SEIZURE_WORD_RE = re.compile(r"\bsaisi\w*")
_COMPLAINT_RE = re.compile(r"\bplainte\b")
_HARASSMENT_PROBLEM = "harassment_or_undue_hours"


def _complaint_point(call: Call, seen: understanding.Understanding, folded: str) -> Button | None:
    """ "comment je porte plainte contre une societe de recouvrement qui me harcele" (review of 2/12): the calls card
    answers; where to complain follows, as the complaint routes for harassment."""
    routed = next((i for i in intents.load().intents if i.id == seen.route), None)
    if routed is None or routed.target != "calls_and_harassment" or not _COMPLAINT_RE.search(folded):
        return None
    try:
        label = next((c.label for c in call.env.services.problems() if c.id == _HARASSMENT_PROBLEM), None)
    except ServiceUnavailable:
        return None
    return button(Act.problem, _HARASSMENT_PROBLEM, label=label) if label is not None else None


# The other points of a story, said before its question in order of harm, and the card each one opens.
_POINT_CARDS = {
    "imminent_seizure": "court_and_enforcement",
    "scam_signs": "verify_collector",
    "fees": "fees_stay_with_creditor",
    "harassment": "calls_and_harassment",
    "calltime": "calls_and_harassment",
    "pay_question": "verify_collector",
}
MAX_POINTS = 3
_PUBLIC_SEIZURE = "public_creditor_seizure"  # intent and card: taxes, fines, hospital seize without a judge
# Points a route already is: "ma soeur a donné mon adresse" names a relative (a "harassment" phrase) because
# it is about a relative, not about calls to relatives; "je me tue au travail" names work, not calls there.
_SAME_POINT: dict[str, frozenset[str]] = {
    "relative_address": frozenset({"harassment"}),
    "relative_debt": frozenset({"harassment"}),
    "relative_wrong_person": frozenset({"harassment"}),  # "ma fille … une dette qu elle a pas"
    "worn_out": frozenset({"harassment"}),  # "je me tue au travail": work named, no call to work
    "visit": frozenset({"harassment"}),
    "relative_debt_told": frozenset({"harassment"}),  # "l'huissier est venu": a visit, not calls
    "rights": frozenset({"pay_question"}),  # "je dois payer ?" alone: the rights menu is its answer
    # "les impots vont saisir mon compte": the SATD card is the seizure point itself
    "public_creditor_seizure": frozenset({"imminent_seizure"}),
    # "mon employeur a recu un papier pour saisir mon salaire pour les impots": the employer is where the seizure lands
    "public_salary_seizure": frozenset({"imminent_seizure", "harassment"}),
    # "un vendeur de mutuelle m appelle le samedi matin" (fifth hunt, 01/12/2026): a seller's calls, not a collector's
    "canvassing": frozenset({"calltime"}),
    "pay_or_not": frozenset({"pay_question"}),  # "faut il que je paye intrum ou j attends": its own answer
    # "comment je nourris mes enfants": no calls to the children; the card is itself the answer about the seizure
    "seized_left_nothing": frozenset({"harassment", "imminent_seizure"}),
}


# A threat of prison or police told (checks.facts reads it as "police_or_prison", a complaint included):
# when prison or the police are named, the first line says no one goes to prison for a debt.
_PRISON_RE = re.compile(r"\b(?:prison|police|gendarm\w*|arrest\w*|incarcer\w*|menottes|garde a vue)\b")
# "si je paye un petit peu ça repart la prescription ?", "un versement relance le délai ?": paying and the delay
# starting again in one question, answered before the prescription dialogue.
# "elle est prescrite mais ils continuent", "prescrite et ils me relancent encore": a debt said prescribed, still
# claimed; what prescription does and does not do comes before the dialogue that checks it.
_STILL_CLAIMED_RE = re.compile(  # said, not asked: "est-ce prescrit ? et ils m'appellent" is two questions
    r"\bprescri\w*\b[^?]{0,60}\b(?:mais|pourtant|toujours|encore|quand meme|et)\b.{0,40}"
    r"\b(?:continu\w*|relanc\w*|rappell?\w*|appell?\w*|reclam\w*|harcel\w*|ecri\w*|insist\w*)"
)
# "c'est quoi", "ca veut dire quoi", "la difference entre": what a word means is asked, not a calculation yet.
_ASKS_MEANING_RE = re.compile(
    r"\b(?:c'?est quoi|c quoi|ca veut dire|veut dire|que veut dire|qu'est-ce que|qu'est ce que|difference|expliquer|explique|"
    r"definition|signifie|signification|c koi|c'est koi|cest quoi|cest koi|ca veut dire quoi|kesako|quesaco)\b"
)
_PRESCRIPTION_WORD_RE = re.compile(r"\bprescription\b")
_TWENTY_YEARS_RE = re.compile(r"\b(?:20|vingt) ans\b|\bdelai butoir\b|\bplafond\b")
# Works whose canvassing is banned outright since 1 July 2025 (legal fact sheet 0.1): energy renovation, adapting a home.
_RENOVATION_RE = re.compile(
    r"\b(?:isolation|isoler|pompe a chaleur|pac|panneaux? solaires?|photovoltaique\w*|chaudiere|renovation energetique|"
    r"combles|fenetres|double vitrage|maprimerenov|ma prime renov|monte[- ]escalier|adaptation du logement|douche senior)\b"
)
_PAY_RESTART_RE = re.compile(
    r"\b(?:pai?e|paye|payer|payais|paie|verse|verser|versement|rembourse|rembourser|reglement|regle|regler)\b"
    # "si je payais 1 euro ca annulait la prescription" (fifth hunt, 01/12/2026)
    r".{0,80}\b(?:repart\w*|relanc\w*|recommenc\w*|redemarr\w*|interromp\w*|remet\w* a zero|remise a zero|annul\w*)"
)


def _points_before(call: Call, seen: understanding.Understanding, text: str) -> Reply | None:
    """ "Bouygues 2020, 60 € de frais, l'huissier va passer, un IBAN LT…, c'est prescrit ?": before the
    prescription dialogue, one short line for each more harmful point, with its card. "si je paye pas je
    vais en prison": first of all, that one does not go to prison for a debt."""
    hidden = _SAME_POINT.get(seen.route or "", frozenset())
    # "ils peuvent saisir mon salaire ?": the seizure point's card is the answer itself, not a point before it.
    answer_card = next((i.target for i in intents.load().intents if i.id == seen.route), "")
    before = [
        p
        for p in seen.topics
        if p in _POINT_CARDS and p != seen.route and p not in hidden and _POINT_CARDS[p] != answer_card
    ]
    # One line per card: repeated calls and their hours open the same card.
    before = [p for k, p in enumerate(before) if _POINT_CARDS[p] not in {_POINT_CARDS[q] for q in before[:k]}]
    before = before[:MAX_POINTS]
    # "ma dette est forclose et ils m'ont envoyé un sms a 3h05 c normal ?" (contacts task, 02/12/2026): the hour is the
    # question; the debt's age is a point of its own, with the button that opens the prescription dialogue.
    old_debt = seen.route == "calltime" and "prescription" in seen.topics
    folded = intents.fold(text)
    prison = "police_or_prison" in seen.facts.threats and _PRISON_RE.search(folded)
    opening = [wording.text("understanding.story.no_prison")] if prison else []
    if seen.route == "payment_order_received":
        opening.append(wording.text("understanding.story.payment_order_opposition"))
    if seen.route == "canvassing" and _RENOVATION_RE.search(folded):
        opening.append(wording.text("understanding.story.renovation_canvassing"))
    # "c'est quoi la difference entre prescription et forclusion", "c quoi la prescription de 20 ans" (fifth hunt, 01/12/2026)
    if seen.route == "prescription" and _ASKS_MEANING_RE.search(folded):
        if "forclu" in folded:
            opening.append(wording.text("understanding.story.explain_forclusion"))
        elif _TWENTY_YEARS_RE.search(folded):
            opening.append(wording.text("understanding.story.explain_long_stop"))
        elif _PRESCRIPTION_WORD_RE.search(folded) and not seen.facts.start:
            # "c koi la prescription" (user test, 02/12/2026): what the word means, then the dialogue
            opening.append(wording.text("understanding.story.explain_prescription"))
    if seen.route == "bill_amount_disputed" and "bill_dated" in seen.topics:
        # "ma facture edf qui date du mois dernier est trop chere" (user test, 02/12/2026): its date told, why it is no
        # prescription question, then how to contest it
        opening.append(wording.text("understanding.story.bill_recent"))
    if seen.route == "goodwill_payment" or (seen.route == "prescription" and _PAY_RESTART_RE.search(folded)):
        opening.append(wording.text("understanding.story.payment_restarts"))
    elif seen.route == "prescription" and _STILL_CLAIMED_RE.search(folded):
        opening.append(wording.text("understanding.story.prescribed_still_claimed"))
    if not before and not old_debt:
        return Reply(text="\n\n".join(opening)) if opening else None
    lines = [*opening, wording.text("understanding.story.intro")]
    rows: list[list[Button]] = []
    if old_debt and regimes.load().named(fold_told(text)) is not None:
        # "mon trop percu caf de 2020 est prescrit et ils m appellent a 22h c normal ?" (review, 02/12/2026): the
        # dialogue's debt types would compute the date its regime refuses to compute
        lines.append(wording.text("understanding.story.prescription_regime"))
    elif old_debt:
        lines.append(wording.text("understanding.story.prescription"))
        rows.append([button(Act.open_prescription)])
    # "l'hopital me reclame une facture de 2019, c prescrit et ils peuvent saisir ?": a public creditor's seizure
    # point opens the SATD card (no judge needed), not the card on what a judge must order.
    public = any(m.intent.id == _PUBLIC_SEIZURE for m in intents.load().match_all(text))
    for point in before:
        lines.append(wording.text(f"understanding.story.{point}"))
        card_id = _PUBLIC_SEIZURE if point == "imminent_seizure" and public else _POINT_CARDS[point]
        if (row := _card_row(call, card_id)) is not None:
            rows.append(row)
    lines.append(wording.text("understanding.story.then"))
    return Reply(text="\n".join(lines), buttons=rows)


async def _route(call: Call, seen: understanding.Understanding, text: str) -> Outcome:
    facts = seen.facts
    routed = next((i for i in intents.load().intents if i.id == seen.route), None)
    # "j ai signe une reconnaissance de dette en 2023 pour un credit de 2017" (fifth hunt, 01/12/2026): any route to the
    # prescription dialogue keeps the facts the text gave (creditor, dates, events), not only the "prescription" intent
    if seen.route == "prescription" or (routed is not None and routed.action is Action.prescription):
        regime = regimes.load().named(fold_told(text))
        if regime is not None:
            # "amende de 2021 jamais payée … c prescrit ?", "la caf me reclame un trop percu de 2020 c prescrit": a regime
            # of its own, said with its sources; no debt type guessed, no date computed (third hunt, 01/12/2026).
            return done(_regime_reply(call, regime, seen.facts))
        return await prescription.start(call, facts=facts)
    if seen.route == "calltime":
        return await calltime.start(call, text, department=facts.department or facts.caller_department)
    if seen.route == "collector_identity":
        return done(*_collector_identity(call, facts))
    intent = next((i for i in intents.load().intents if i.id == seen.route), None)
    if intent is None:
        return done(Reply(text=t("help.not_understood"), buttons=main_menu()))
    target = intent.target
    if intent.id == "bailiff" and _claimed_bailiff_contact(text):
        # "appel du 01 84 60 12 34 ils disent etre commissaire de justice" (fourth hunt's leftover, 01/12/2026): someone
        # who says they are a commissaire de justice, by phone or message; how to check that they are one, not only
        # what a judge may do.
        target = _VERIFY_BAILIFF
    phone = _PHONE_RE.search(text) if intent.id == "harassment" or target == _VERIFY_BAILIFF else None
    if phone is not None:
        # "0612457890 c est lui qui me harcele tous les jours" (fourth hunt, 01/12/2026): what the number is first, as
        # when it is typed alone, then the card.
        checked = await check.check(call, phone.group())
        card = rights.topic_reply(call, target)
        return Outcome(replies=[*checked.replies, card], dialogue=checked.dialogue, last=checked.last)
    if target != intent.target:
        return done(rights.topic_reply(call, target))
    if intent.action is Action.letter and not intent.target and seen.letter:
        # "je veux une lettre pour contester" (sixth hunt, 02/12/2026): the letter its subject names, not the list.
        return await letter.start(call, seen.letter)
    return await INTENT_HANDLERS[intent.action](call, Match(intent=intent, phrase=""), text)


# A French phone number written inside a sentence (10 digits, or +33 and 9), spaced, dotted or dashed by pairs.
_PHONE_RE = re.compile(r"(?<![\d+])(?:\+33[ .]?|0)[1-9](?:[ .\-]?\d{2}){4}(?!\d)")
_VERIFY_BAILIFF = "verify_bailiff"
_BAILIFF_NAMED_RE = re.compile(r"\b(?:huissiers?|commissaires? de justice)\b")
# A contact from someone who says they are a commissaire de justice: told by phone, SMS or e-mail, or their claim
# reported ("ils disent etre", "soi-disant"). A question about what a bailiff may do stays the judge card.
_CLAIMED_RE = re.compile(
    r"\b(?:disent|dit|disait|disaient|pretend\w{0,4}|se presente\w{0,3}|se fait passer|se font passer|"
    r"soi[ -]disant|soit[ -]disant)\b"
)


def _claimed_bailiff_contact(text: str) -> bool:
    folded = fold_told(text)
    if _BAILIFF_NAMED_RE.search(folded) is None:
        return False  # "ils disent que le juge va me condamner": a judge named, no bailiff claimed
    told = any(
        cid in {"sms", "email", "call"} and p.search(folded) for cid, p in described_rules.load().channels
    )
    return told or _CLAIMED_RE.search(folded) is not None


# Routes whose answer is more urgent than a regime named beside them: a bailiff who came. A seizure only threatened
# ("l urssaf me menace de saisie") keeps the regime first: its creditor's own acts, without a judge.
_URGENT_ROUTES = frozenset({"visit"})

# Sources listed under a regime's answer: the first ones, addresses only (their notes stay in the data file).
_REGIME_SOURCES = 3


def _regime_reply(call: Call, regime: Regime, facts: Facts) -> Reply:
    """A fine's or a Caf overpayment's own prescription regime (knowledge/data/understanding/regimes.toml): the facts
    and their sources, the card that goes with it; never a date. A seizure told comes first: the regime's delay read
    alone must never say "prescribed" to someone being seized (fiche juridique 0.3)."""
    shown = [source.split(" ", 1)[0] for source in regime.sources if source.startswith("http")]
    seized = any(event.kind == "enforcement" for event in facts.events)
    lines = [
        *([wording.text("understanding.described.regime_seized")] if seized else []),
        *regime.lines,
        wording.text("understanding.described.sources", sources=" ; ".join(shown[:_REGIME_SOURCES])),
    ]
    row = _card_row(call, regime.card) if regime.card else None
    return Reply(text="\n".join(lines), buttons=[*([row] if row is not None else []), back_row()])


def _collector_identity(call: Call, facts: Facts) -> list[Reply]:
    """ "c quoi intrum ?? c une arnaque ?": it is a real collector (first line), then how to check that this
    contact is them (the Intrum card, or the general one for another collector)."""
    org_id = facts.collector_org or ("intrum" if facts.collector in (None, "Intrum") else None)
    card = rights.topic_reply(call, "intrum_facts" if org_id == "intrum" else "verify_collector")
    org = organisations.load().organisations.get(org_id) if org_id else None
    if org is None:
        return [card]
    description = org.description[:1].lower() + org.description[1:]
    first = wording.text("understanding.collector.identity", name=org.name, description=description)
    return [Reply(text=first), card]


IntentHandler = Callable[[Call, Match, str], Awaitable[Outcome]]


async def _prescription(call: Call, match: Match, text: str) -> Outcome:
    return await prescription.start(call)


async def _calltime(call: Call, match: Match, text: str) -> Outcome:
    return await calltime.start(call, text)


async def _letter(call: Call, match: Match, text: str) -> Outcome:
    return await letter.start(call, match.intent.target)


async def _card(call: Call, match: Match, text: str) -> Outcome:
    return done(rights.topic_reply(call, match.intent.target))


_SHOULD_I_PAY = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in words_fr.load().words.should_i_pay) + r")\b"
)


async def _rights(call: Call, match: Match, text: str) -> Outcome:
    """The cards; "est ce que je dois payer ?" gets a first line that answers it (never pay or don't)."""
    # Read with the spelling list, as the intents are: "jdois payer ?", "jdoi paye" (user test, 02/12/2026).
    asked = (
        _SHOULD_I_PAY.search(intents.fold(text)) is not None
        or _SHOULD_I_PAY.search(fold_told(text)) is not None
    )
    if asked:
        return done(rights.rights_menu(call, "rights.should_i_pay", only=rights.SHOULD_I_PAY_CARDS))
    return done(rights.rights_menu(call, "rights.intro"))


async def _report(call: Call, match: Match, text: str) -> Outcome:
    return done(report.report_reply(call, call.last))


async def _privacy(call: Call, match: Match, text: str) -> Outcome:
    return done(privacy.policy_reply(call))


async def _check_prompt(call: Call, match: Match, text: str) -> Outcome:
    """What to send; but a story that itself shows a likely scam ("ils veulent que je paye en coupons pcs")
    gets its verdict at once."""
    if len(text.split()) >= MIN_STORY_WORDS:
        try:
            view = call.env.services.check(text)
        except ServiceUnavailable:
            view = None
        if view is not None and view.sections and view.sections[0].verdict == "likely_scam":
            return await check.check(call, text)
    told = describe(text)
    answer = described.reply(told) if told is not None else None
    return done(answer if answer is not None else check.prompt())


async def _last_contact(call: Call, match: Match, text: str) -> Outcome:
    return await check.who_is_it(call)


async def _help(call: Call, match: Match, text: str) -> Outcome:
    """The help; "merci" gets a short welcome, English a line in both languages (the intent's target)."""
    if match.intent.target == "other_language" and len(_FRENCH_WORD_RE.findall(intents.fold(text))) >= 2:
        return done(
            check.prompt()
        )  # "je recois des mails en anglais d un debt collector": French, about English mails
    return done(Reply(text=t(f"help.{match.intent.target or 'text'}"), buttons=main_menu()))


# French words no English sentence uses: two of them and the text is French, whatever English it quotes.
_FRENCH_WORD_RE = re.compile(
    r"\b(?:je|j'|des|une|un|les|le|la|du|mon|ma|mes|en|recois|recu|il|ils|est|pas|pour|avec|qui)\b"
)


# Each intent action of knowledge/intents.py to what it opens (distress never gets here: the router's
# pre-route hook answers it first).
INTENT_HANDLERS: dict[Action, IntentHandler] = {
    Action.prescription: _prescription,
    Action.calltime: _calltime,
    Action.letter: _letter,
    Action.card: _card,
    Action.rights: _rights,
    Action.report: _report,
    Action.privacy: _privacy,
    Action.check: _check_prompt,
    Action.help: _help,
    Action.last_contact: _last_contact,
    Action.distress: _help,
}
