"""A contact TOLD rather than pasted: what can honestly be said before seeing the message.

"j'ai reçu un sms de l'assurance maladie pour renouveler ma carte vitale", "un sms de la poste me demande 1,99
euros pour mon colis", "un mec m'a appelé soi-disant de ma banque pour annuler un virement": the person tells the
contact instead of pasting it. Without the message there is no verdict, but two facts help at once:
- what the organisation named says it NEVER does by SMS, e-mail or phone (the catalogue's ``never`` claims,
  each sourced), whenever such an organisation is named;
- the known scam scenario the story follows (``scenarios.toml``), only when the person also tells what was
  asked of them (a fee, a click, a code, a renewal…): "un sms de la poste pour mon colis" alone is just as
  likely a genuine notice.
The bot then asks for the message itself. Pure and deterministic: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from checks.text_normalise import normalise
from knowledge import described, message_signals, organisations, scenarios
from knowledge.described import Channel
from knowledge.understanding import fold

_COLLECTOR = "collector"
# A told contact is a sentence or a short story; beyond this it is a pasted message (checked as one).
MAX_WORDS = 80
_WORD_RE = re.compile(r"[a-z0-9]{1,40}")
# Glued forms of two or three adjacent words are looked up too: "la poste" -> laposte, "carte vitale".
_MAX_GLUED = 3
# Something was received or done to the person: then "ils m'envoient des sms ?" is a contact, not a question.
_RECEIVED_RE = re.compile(r"\b(?:recu|recue|recus|eu|m'a|m'ont|on m'a|j'ai|ma|mon|mes|me|m')\b")


class DescribedContact(BaseModel):
    """What a told contact names: its channel, a catalogue organisation with ``never`` claims, a scenario."""

    model_config = ConfigDict(frozen=True)

    channel: Channel
    organisation: str | None = None  # catalogue id; only organisations that say what they never do
    scenario: str | None = None  # scenarios.toml id; only when what was asked is told too
    told_story: bool = False  # the scenario was read from a story as people tell it (described.toml): strong
    question: bool = (
        False  # "est ce que la caf envoie des sms ?": asked about the organisation, nothing received
    )
    letter_name: str | None = (
        None  # a letter's sender named by its kind or document ("ma banque", "avis d'imposition")
    )

    @property
    def strong(self) -> bool:
        """A scam story told plainly enough to answer before any question route: told as people tell it, or an
        organisation that states what it never does, a scenario and what was asked, by SMS or e-mail."""
        return self.told_story or (
            self.organisation is not None and self.scenario is not None and self.channel in {"sms", "email"}
        )


@lru_cache(maxsize=1)
def _tokens() -> dict[str, str]:
    """Brand and weak tokens of the organisations that state what they never do -> organisation id."""
    directory = organisations.load()
    out: dict[str, str] = {}
    for org in directory.organisations.values():
        if not org.never:
            continue
        for token in [*org.brand_tokens, *org.weak_tokens]:
            out.setdefault(token, org.id)
    return out


@lru_cache(maxsize=1)
def _told_senders() -> list[tuple[re.Pattern[str], str]]:
    """The told tokens of the organisations that state what they never do, as the sender of a contact told: "un mail
    de la police", "la police m'a appelé", "disant que c'était la police"; not "un policier m'a dit que ce sms était une
    arnaque" (review, 02/12/2026)."""
    out: list[tuple[re.Pattern[str], str]] = []
    for org in organisations.load().organisations.values():
        if not org.never or not org.told_tokens:
            continue
        name = "(?:" + "|".join(re.escape(token) for token in org.told_tokens) + ")"
        out.append(
            (
                re.compile(
                    rf"\b(?:de la|du|de|d'un|d'une|d un|d une|par la|par le|par un|etait la|etait le|etait un|etre la|"
                    rf"etre un|etre de la|pour la|pour le|pour un|faux|fausse|soi[ -]disant)\s+{name}\b"
                    rf"|\b{name}\s+(?:m'a|m'ont|ma|mont|m a|m ont|nous a|nous ont|me|m')\s*(?:\w+\s+)?"
                    rf"(?:appel\w{{0,3}}|ecri\w{{0,3}}|envoy\w{{0,3}}|contact\w{{0,3}}|convoqu\w{{0,3}}|telephon\w{{0,3}}|"
                    rf"laiss\w{{0,3}}|harcel\w{{0,3}}|reclam\w{{0,3}})\b"
                ),
                org.id,
            )
        )
    return out


def _organisation(folded: str) -> str | None:
    """The first organisation named, by its tokens on single words or on 2-3 adjacent words glued. A name used as
    a channel or a place ("reçu par la poste", "à la poste") names no sender: it is blanked first."""
    tokens = _tokens()
    channel_uses = message_signals.load().channel_use_regex
    if channel_uses is not None:
        folded = channel_uses.sub(lambda m: " " * len(m.group()), folded)
    told = [(match.start(), org) for pattern, org in _told_senders() if (match := pattern.search(folded))]
    if told:
        return min(told)[
            1
        ]  # the sender told ("un mail de la police … une amende"), before any word of the catalogue
    words = _WORD_RE.findall(folded.replace("'", " "))
    for start in range(len(words)):
        glued = ""
        for width in range(_MAX_GLUED):
            if start + width >= len(words):
                break
            glued += words[start + width]
            org = tokens.get(glued)
            if org is not None:
                return org
            if width == 0 and len(glued) > 4 and glued[0] in "ld":
                # "courrier de lantai", "un sms dameli": an elided article glued to the name (fourth hunt, 01/12/2026)
                org = tokens.get(glued[1:])
                if org is not None:
                    return org
    return None


def _scenario(folded: str, normalised: str, asks: bool) -> tuple[str | None, bool]:
    """The scenario told, and whether it was read from a story as people tell it (described.toml). Without what
    was asked, only the stories that name the scam on their own count ("coucou maman j'ai changé de numéro")."""
    rules = described.load()
    genuine = _genuine(folded)
    for scenario_id, pattern, alone in rules.stories:
        if genuine and not alone and scenario_id != _COLLECTOR:
            continue
        if (asks or alone) and pattern.search(folded):
            return scenario_id, True
    if not asks or genuine:
        return None, False
    for compiled in scenarios.load().scenarios:
        if compiled.scenario.opener or compiled.scenario.id == _COLLECTOR:
            # "vous êtes chez vous ?": a first line, not a story told. A debt claimed by SMS is what real
            # collectors send too: the fake-bailiff story counts only as people tell it (described.toml).
            continue
        if compiled.story.search(normalised) or (
            compiled.bait is not None and compiled.bait.search(normalised)
        ):
            return compiled.scenario.id, False
    return None, False


def _genuine(folded: str) -> bool:
    """Whether the story is what genuine senders send too: an existing debt claimed ("edf m'a envoyé un sms pour
    une facture impayée", "un indu caf à rembourser") without a link, a card number or coupons asked, or a code
    received from one's bank without anyone asking for it. No scam scenario is named from these alone."""
    rules = described.load()
    debt = (
        rules.existing_debt is not None
        and rules.existing_debt.search(folded) is not None
        and (rules.debt_scam_ask is None or rules.debt_scam_ask.search(folded) is None)
    )
    code = (
        rules.received_code is not None
        and rules.received_code.search(folded) is not None
        and (rules.code_given is None or rules.code_given.search(folded) is None)
    )
    return debt or code


def describe(text: str) -> DescribedContact | None:
    """The told contact in ``text``, or None when the text does not tell one (no channel word)."""
    folded = fold(text)
    if len(folded.split()) > MAX_WORDS:
        return None
    rules = described.load()
    channel = next((cid for cid, pattern in rules.channels if pattern.search(folded)), None)
    if channel is None:
        return None
    organisation = _organisation(folded)
    letter_name = None
    if channel == "letter" and organisation is None:
        # "taxe foncière par courrier", "ma banque ma envoyé une lettre recommandée" (fourth hunt's leftover, 01/12/2026)
        found = next(
            ((org, name) for org, name, pattern in rules.letter_bodies if pattern.search(folded)), None
        )
        if found is not None:
            organisation, letter_name = found
    asks = rules.asks.search(folded) is not None
    scenario, told_story = _scenario(folded, normalise(text).folded, asks)
    category = organisations.load().organisations[organisation].category if organisation is not None else None
    # "sms ulys peage impaye a regler svp c vrai" (third hunt, 01/12/2026): a toll company never claims an unpaid toll
    # by SMS or e-mail, so the debt told that way is its scam story, not a genuine reminder.
    never_by_message = category in rules.no_debt_by_message and channel in {"sms", "email"}
    if scenario is None and category is not None and asks and (never_by_message or not _genuine(folded)):
        # "sms de chronopost je dois payer 2€": a carrier's scam is the parcel story, told or not.
        scenario = rules.category_story.get(category)
    if scenario != _COLLECTOR and rules.collection is not None and rules.collection.search(folded):
        # "iqera m'envoie des sms pour une facture impayée edf": a collector's contact, answered by the collector
        # cards and dialogues; not a fake-bill story, nor EDF's own rule.
        return None
    asked = (
        # a story named on its own ("cpf ils envoient des sms ?") is still asked about when nothing was received
        (scenario is None or told_story)
        and rules.question is not None
        and rules.question.search(folded) is not None
        and _RECEIVED_RE.search(folded) is None
    )
    # "les peages en flux libre envoient des sms ?", "cpf est ce qu'ils appellent ?": the scenario of that kind of
    # sender answers (third hunt, 01/12/2026).
    asked_about = (
        next((sid for sid, pattern in rules.question_stories if pattern.search(folded)), None)
        if asked
        else None
    )
    question = asked and (organisation is not None or asked_about is not None)
    if asked_about is not None:
        scenario = asked_about
    return DescribedContact(
        channel=channel,
        organisation=organisation,
        scenario=scenario,
        told_story=told_story,
        question=question,
        letter_name=letter_name,
    )


def tells_collection(text: str) -> bool:
    """Whether a short text tells a debt collector's contact ("iqera m'envoie des sms pour une facture edf")."""
    folded = fold(text)
    rules = described.load()
    return (
        len(folded.split()) <= MAX_WORDS
        and rules.collection is not None
        and rules.collection.search(folded) is not None
        and any(pattern.search(folded) for _, pattern in rules.channels)
    )
