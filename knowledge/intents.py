"""Keyword rules that route free French text to a check, a dialogue or a guide card.

Rules are data (``data/intents.toml``): each intent lists phrases; a phrase matches on word boundaries in
the text folded to lower case without accents, so "Ma dette est-elle PRESCRITE ?" and "prescrite" meet.
An optional ``with_any`` list narrows an intent: one of those words must also appear. The highest
priority wins; distress always outranks everything (it is answered first, whatever else was asked).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, Field, PrivateAttr, model_validator

from knowledge import text_fold, understanding
from knowledge.base import KnowledgeError, NonBlank, Strict, load_file
from knowledge.cache import loader


class Action(StrEnum):
    distress = "distress"  # calm answer with 3114 and help routes, first
    prescription = "prescription"  # guided prescription dialogue
    calltime = "calltime"  # was this call at a normal hour?
    card = "card"  # a legal guide card: target is a topic the guide knows
    rights = "rights"  # the rights menu
    report = "report"  # where to report or complain
    letter = "letter"  # the letter dialogue
    privacy = "privacy"  # what the bot keeps
    help = "help"  # how to use the bot
    check = "check"  # "is this a scam?" without the artefact: ask for it
    last_contact = "last_contact"  # "c'est qui ?" after a number or link: what is known of who is behind it


class Intent(Strict):
    id: NonBlank
    action: Action
    target: str = ""
    priority: int = Field(default=10, ge=0, le=1000)
    phrases: list[NonBlank] = Field(min_length=1)
    with_any: list[NonBlank] = []

    @model_validator(mode="after")
    def _target(self) -> Self:
        needs_target = self.action is Action.card
        if needs_target and not self.target:
            raise ValueError(f"intent {self.id!r}: action {self.action} needs a target")
        return self


class IntentFile(Strict):
    intent: list[Intent]
    finding_cards: dict[NonBlank, list[NonBlank]] = {}


class Match(BaseModel):
    intent: Intent
    phrase: str


fold = text_fold.fold  # lower case, no accents, no invisible characters, straight apostrophes, single spaces


def _pattern(phrase: str) -> re.Pattern[str]:
    words = [re.escape(part) for part in fold(phrase).split(" ")]
    return re.compile(r"(?<![a-z0-9])" + r"\s+".join(words) + r"(?![a-z0-9])")


class _Compiled:
    """One intent's patterns, compiled once at load (matching used to recompile and refold every phrase of
    every intent for each message: 175 folds and regex-cache lookups per input)."""

    __slots__ = ("any_phrase", "keys", "phrases", "with_any")

    def __init__(self, intent: Intent) -> None:
        self.phrases = [(p, _pattern(p)) for p in intent.phrases]
        # Each phrase's words are matched literally, so its longest word must be in the text for it to match:
        # a substring test (C speed) skips most intents before any regular expression runs.
        self.keys = tuple({max(fold(p).split(" "), key=len) for p in intent.phrases})
        # One alternation answers "does any phrase match?" in one search; the first phrase in file order
        # is then looked up only for the intents that do match.
        self.any_phrase = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in self.phrases))
        self.with_any = (
            re.compile("|".join(f"(?:{_pattern(w).pattern})" for w in intent.with_any))
            if intent.with_any
            else None
        )

    def phrase_in(self, folded: str) -> str | None:
        if not any(map(folded.__contains__, self.keys)) or not self.any_phrase.search(folded):
            return None
        if self.with_any is not None and not self.with_any.search(folded):
            return None
        return next(p for p, pattern in self.phrases if pattern.search(folded))


class IntentRules(BaseModel):
    intents: list[Intent]
    finding_cards: dict[str, list[str]] = {}
    _compiled: list[_Compiled] = PrivateAttr(default_factory=list)

    def model_post_init(self, context: object, /) -> None:
        self._compiled = [_Compiled(intent) for intent in self.intents]

    def match_all(self, text: str) -> list[Match]:
        """Every intent the text triggers, best first (priority, then order in the file)."""
        folded = _question_window(fold(text))
        hits: list[tuple[int, int, Match]] = []
        for index, (intent, compiled) in enumerate(zip(self.intents, self._compiled, strict=True)):
            phrase = compiled.phrase_in(folded)
            if intent.action is Action.distress and phrase is None:
                phrase = _distress_words(text)
            if phrase is None:
                continue
            hits.append((-intent.priority, index, Match(intent=intent, phrase=phrase)))
        return [hit for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1]))]

    def match(self, text: str) -> Match | None:
        found = self.match_all(text)
        return found[0] if found else None

    def is_distress(self, text: str) -> bool:
        """Same answer as looking for a distress intent in ``match_all``, without matching the others."""
        if _distress_words(text) is not None:
            return True
        folded = fold(text)
        return any(
            intent.action is Action.distress and compiled.phrase_in(folded) is not None
            for intent, compiled in zip(self.intents, self._compiled, strict=True)
        )


# A question is never 100 kB long: in a long paste the person's own words are at its start or its end, so
# routing reads only those (distress is still looked for in the whole text).
_WINDOW_HEAD = 4000
_WINDOW_TAIL = 1000


def _question_window(folded: str) -> str:
    if len(folded) <= _WINDOW_HEAD + _WINDOW_TAIL:
        return folded
    return folded[:_WINDOW_HEAD] + " " + folded[-_WINDOW_TAIL:]


def _distress_words(text: str) -> str | None:
    """The words of a distress family (data/understanding/distress.toml: word families, misspellings, SMS
    forms) found in ``text``; the intent's own phrases stay a second net."""
    hit = understanding.distress_in(text)
    return None if hit is None else hit.quote


@loader
def load() -> IntentRules:
    parsed = load_file("intents.toml", IntentFile)
    seen: set[str] = set()
    for intent in parsed.intent:
        if intent.id in seen:
            raise KnowledgeError(f"intents.toml: intent id {intent.id!r} is defined twice")
        seen.add(intent.id)
        for phrase in [*intent.phrases, *intent.with_any]:
            if not fold(phrase):
                raise KnowledgeError(f"intents.toml: intent {intent.id!r} has an empty phrase")
    return IntentRules(intents=parsed.intent, finding_cards=parsed.finding_cards)
