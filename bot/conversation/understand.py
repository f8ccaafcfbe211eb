"""Free text read on its own: a number, a link or a message to check, or a question routed by the intent
rules of knowledge/data/intents.toml. The router calls ``understand`` when no dialogue takes the text, and
``looks_new`` to tell a new question typed during a dialogue from a wrong answer to it.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from bot.conversation.flows import calltime, check, letter, prescription, privacy, report, rights
from bot.conversation.model import Reply
from bot.conversation.services import Services
from bot.conversation.table import Call, Outcome, done
from bot.conversation.texts import main_menu, t
from knowledge import intents
from knowledge.intents import Action, Match

_ARTEFACT_RE = re.compile(
    r"(?:\d[\s.\-]?){8,}|https?://|hxxps?://|www\.|\b[\w-]+\.(?:fr|com|net|org|info|top|xyz|io|co)\b", re.I
)
_WORD_RE = re.compile(r"\w", re.UNICODE)
MAX_QUESTION_WORDS = 25  # a longer text that matches a question is rather a message to check
MIN_MESSAGE_WORDS = 6  # a shorter text matching nothing is not a message worth a verdict
MIN_NEW_WORDS = 8  # during a dialogue, a text this long is a new input, not a wrong answer


def looks_new(services: Services, text: str) -> bool:
    """Whether a text typed during a dialogue is a new question rather than a wrong answer."""
    if services.detect(text) != "message" or _ARTEFACT_RE.search(text):
        return True
    match = intents.load().match(text)
    return len(text.split()) >= MIN_NEW_WORDS or (
        match is not None and match.intent.action is not Action.help
    )


async def understand(call: Call, text: str) -> Outcome:
    """A number, link or message gets a verdict; a question, its flow or card; anything else, help."""
    if call.env.services.detect(text) != "message":
        return await check.check(call, text)
    match = next((m for m in intents.load().match_all(text) if m.intent.action is not Action.distress), None)
    words = len(text.split())
    has_artefact = bool(_ARTEFACT_RE.search(text))
    if match is not None and not has_artefact and words <= MAX_QUESTION_WORDS:
        return await INTENT_HANDLERS[match.intent.action](call, match, text)
    if has_artefact or words >= MIN_MESSAGE_WORDS:
        return await check.check(call, text)
    if match is not None:
        return await INTENT_HANDLERS[match.intent.action](call, match, text)
    if not _WORD_RE.search(text):
        return done(Reply(text=t("help.emoji_only"), buttons=main_menu()))
    return done(Reply(text=t("help.not_understood"), buttons=main_menu()))


IntentHandler = Callable[[Call, Match, str], Awaitable[Outcome]]


async def _prescription(call: Call, match: Match, text: str) -> Outcome:
    return await prescription.start(call)


async def _calltime(call: Call, match: Match, text: str) -> Outcome:
    return await calltime.start(call, text)


async def _letter(call: Call, match: Match, text: str) -> Outcome:
    return await letter.start(call)


async def _card(call: Call, match: Match, text: str) -> Outcome:
    return done(rights.topic_reply(call, match.intent.target))


async def _rights(call: Call, match: Match, text: str) -> Outcome:
    return done(rights.rights_menu(call))


async def _report(call: Call, match: Match, text: str) -> Outcome:
    return done(report.report_reply(call, call.last))


async def _privacy(call: Call, match: Match, text: str) -> Outcome:
    return done(privacy.policy_reply(call))


async def _check_prompt(call: Call, match: Match, text: str) -> Outcome:
    return done(check.prompt())


async def _help(call: Call, match: Match, text: str) -> Outcome:
    return done(Reply(text=t("help.text"), buttons=main_menu()))


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
    Action.distress: _help,
}
