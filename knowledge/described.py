"""How people TELL a contact they received ("j'ai reçu un sms d'ameli pour renouveler ma carte vitale"), loaded
from ``data/understanding/described.toml`` and compiled once: the channel words, what they say was asked of
them, and the scam stories as they tell them, each tied to a scenario of ``scenarios.toml`` (checked here, so a
renamed scenario fails at start-up). The decision lives in ``checks/described_contact.py``.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from knowledge import organisations, scenarios
from knowledge.base import KnowledgeError, NonBlank, Strict, load_file
from knowledge.cache import loader
from knowledge.message_signals import check_pattern
from knowledge.organisations import Category

__all__ = ["Channel", "DescribedRules", "load"]

Channel = Literal["sms", "email", "call", "letter", "message"]
_WHERE = "understanding/described.toml"
# Valid, bounded repeats only, no capturing group: the same rule as the message patterns.
Pattern = Annotated[NonBlank, AfterValidator(check_pattern)]


class _Channel(Strict):
    id: Channel
    patterns: list[Pattern] = Field(min_length=1)


class _Asks(Strict):
    patterns: list[Pattern] = Field(min_length=1)


class _Story(Strict):
    scenario: NonBlank
    why: NonBlank
    patterns: list[Pattern] = Field(min_length=1)
    # The story names the scam on its own ("coucou maman, j'ai changé de numéro"): no need to tell what was asked.
    alone: bool = False


class _Categories(Strict):
    categories: list[Category] = Field(min_length=1)


class _QuestionStory(Strict):
    scenario: NonBlank
    patterns: list[Pattern] = Field(min_length=1)


class _LetterBody(Strict):
    organisation: str = ""  # a catalogue id; empty for a kind of body named without its name ("ma banque")
    name: NonBlank
    patterns: list[Pattern] = Field(min_length=1)


class _DescribedFile(Strict):
    channel: list[_Channel] = Field(min_length=1)
    asks: _Asks
    question: _Asks | None = None
    collection: _Asks | None = None
    existing_debt: _Asks | None = None
    debt_scam_ask: _Asks | None = None
    received_code: _Asks | None = None
    code_given: _Asks | None = None
    story: list[_Story] = []
    # "les peages en flux libre envoient des sms ?": a question about a kind of sender that names no organisation, or
    # whose scenario answers it better than the organisation's rule; the scenario's advice answers it.
    question_story: list[_QuestionStory] = []
    category_story: dict[Category, NonBlank] = {}
    # Kinds of organisation that never claim a debt by SMS or e-mail (their own sourced rules): a debt told as claimed
    # that way by one of them is their scam story, not a genuine reminder.
    no_debt_by_message: _Categories | None = None
    # "j'ai recu un avis d'imposition par courrier", "ma banque ma envoyé une lettre": whose letter a document is.
    letter_body: list[_LetterBody] = []


def _compile(where: str, patterns: list[str]) -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error as exc:  # each pattern is valid alone (check_pattern); joined, still checked
        raise KnowledgeError(f"{_WHERE} [{where}]: motif invalide : {exc}") from exc


def _optional(where: str, section: _Asks | None) -> re.Pattern[str] | None:
    return _compile(where, section.patterns) if section is not None else None


class DescribedRules:
    """The compiled rules: channels in file order, the asks, and (scenario id, pattern, alone) for the told
    stories, ``alone`` when the story names the scam without what was asked being told."""

    def __init__(self, parsed: _DescribedFile, scenario_ids: set[str]) -> None:
        self.channels: list[tuple[Channel, re.Pattern[str]]] = [
            (c.id, _compile(f"channel {c.id}", c.patterns)) for c in parsed.channel
        ]
        self.asks = _compile("asks", parsed.asks.patterns)
        # "est ce que la caf envoie des sms ?": a question about the organisation's habits, nothing received.
        self.question = _compile("question", parsed.question.patterns) if parsed.question else None
        self.collection = _compile("collection", parsed.collection.patterns) if parsed.collection else None
        # An existing debt or a code received from one's bank: genuine contacts, named a scam only when what only a
        # scam asks is told too (review of 01/12/2026).
        self.existing_debt = _optional("existing_debt", parsed.existing_debt)
        self.debt_scam_ask = _optional("debt_scam_ask", parsed.debt_scam_ask)
        self.received_code = _optional("received_code", parsed.received_code)
        self.code_given = _optional("code_given", parsed.code_given)
        self.stories: list[tuple[str, re.Pattern[str], bool]] = []
        for story in parsed.story:
            if story.scenario not in scenario_ids:
                raise KnowledgeError(f"{_WHERE}: scénario inconnu {story.scenario!r} (voir scenarios.toml)")
            compiled = _compile(f"story {story.scenario}", story.patterns)
            self.stories.append((story.scenario, compiled, story.alone))
        self.question_stories: list[tuple[str, re.Pattern[str]]] = []
        for asked in parsed.question_story:
            if asked.scenario not in scenario_ids:
                raise KnowledgeError(f"{_WHERE}: scénario inconnu {asked.scenario!r} (voir scenarios.toml)")
            self.question_stories.append(
                (asked.scenario, _compile(f"question_story {asked.scenario}", asked.patterns))
            )
        for category, scenario_id in parsed.category_story.items():
            if scenario_id not in scenario_ids:
                raise KnowledgeError(
                    f"{_WHERE}: scénario inconnu {scenario_id!r} pour {category} (scenarios.toml)"
                )
        self.category_story: dict[Category, str] = dict(parsed.category_story)
        known = set(organisations.load().organisations)
        self.letter_bodies: list[tuple[str | None, str, re.Pattern[str]]] = []
        for body in parsed.letter_body:
            if body.organisation and body.organisation not in known:
                raise KnowledgeError(f"{_WHERE}: organisme inconnu {body.organisation!r} (letter_body)")
            compiled = _compile(f"letter_body {body.name}", body.patterns)
            self.letter_bodies.append((body.organisation or None, body.name, compiled))
        self.no_debt_by_message: frozenset[Category] = frozenset(
            parsed.no_debt_by_message.categories if parsed.no_debt_by_message else []
        )


@loader
def load() -> DescribedRules:
    parsed = load_file(_WHERE, _DescribedFile)
    return DescribedRules(parsed, {c.scenario.id for c in scenarios.load().scenarios})
