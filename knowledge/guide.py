"""The legal guide: short plain-French cards a stressed non-lawyer can read on a phone.

One file a theme in ``data/guide/*.toml``, each holding ``[[card]]`` entries. A card is information, not
legal advice: every card cites at least one source, and facts the sources leave open are worded as such in
the body (status ``reported`` or ``unverified``). Bodies are plain text (no markup, no placeholders) so the
bot can send them as they are; paragraphs are separated by a blank line.
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel, Field, field_validator, model_validator

from knowledge.base import (
    DATA_DIR,
    CheckedDate,
    KnowledgeError,
    NonBlank,
    Status,
    Strict,
    read_toml,
    validate,
)
from knowledge.cache import loader
from knowledge.citations import SNAKE_ID_RE, SourceRef, plain_text

__all__ = ["BODY_MAX", "SHORT_MAX", "WHOLE_MAX", "Card", "Guide", "load"]

# Telegram caps a message at 4096 characters; a card must fit in one message with its title and sources.
BODY_MAX = 2400
# A stressed reader gets a card's answer first: a card longer than this must carry a ``short`` answer (a few
# lines), sent first; the whole card and its sources are one button away.
WHOLE_MAX = 700
SHORT_MAX = 450


class Card(Strict):
    id: NonBlank
    title: Annotated[NonBlank, Field(max_length=90)]
    body: Annotated[NonBlank, Field(max_length=BODY_MAX)]
    short: Annotated[str, Field(max_length=SHORT_MAX)] = ""
    sources: Annotated[list[SourceRef], Field(min_length=1)]
    checked: CheckedDate
    status: Status
    related: list[str] = []

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not SNAKE_ID_RE.match(value):
            raise ValueError(f"card id {value!r} must be snake_case ASCII (2 to 41 characters)")
        return value

    @field_validator("body", "title", "short")
    @classmethod
    def _plain(cls, value: str) -> str:
        return plain_text(value).strip()

    @model_validator(mode="after")
    def _short_when_long(self) -> Self:
        if len(self.body) > WHOLE_MAX and not self.short:
            raise ValueError(f"card {self.id!r}: a body over {WHOLE_MAX} characters needs a `short` answer")
        return self

    @property
    def paragraphs(self) -> list[str]:
        return [" ".join(part.split()) for part in self.body.split("\n\n") if part.strip()]

    @property
    def summary(self) -> str:
        """The card's answer in a few lines, or "" when the card is short enough to be sent whole."""
        return " ".join(self.short.split())


class GuideFile(Strict):
    card: list[Card]


class Guide(BaseModel):
    cards: dict[str, Card]

    @model_validator(mode="after")
    def _related_exist(self) -> Self:
        for card in self.cards.values():
            for other in card.related:
                if other not in self.cards:
                    raise ValueError(f"card {card.id!r} relates to unknown card {other!r}")
                if other == card.id:
                    raise ValueError(f"card {card.id!r} relates to itself")
        return self

    def card(self, card_id: str) -> Card:
        try:
            return self.cards[card_id]
        except KeyError:
            raise KeyError(f"no guide card {card_id!r}") from None

    def ids(self) -> list[str]:
        return list(self.cards)


@loader
def load() -> Guide:
    cards: dict[str, Card] = {}
    folder = DATA_DIR / "guide"
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise KnowledgeError(f"{folder}: no guide file found")
    for path in paths:
        for card in validate(path, read_toml(path), GuideFile).card:
            if card.id in cards:
                raise KnowledgeError(f"{path}: card id {card.id!r} is defined twice")
            cards[card.id] = card
    return validate(folder, {"cards": cards}, Guide)
