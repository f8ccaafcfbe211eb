"""Ready-to-send letter templates (lettre recommandée avec accusé de réception), as validated data.

``data/letters/_common.toml`` holds the fields every letter needs (sender, recipient, place, file
reference); each other ``data/letters/<id>.toml`` adds its own fields, its paragraphs, the deadlines to
compute and the legal references. Templates use ``{name}`` placeholders; at load every placeholder must be a
declared field, a declared deadline or ``today``, so a letter can never ship with an unfilled placeholder.

A paragraph is kept only if every optional field it mentions was given; ``only_if``/``unless`` add explicit
conditions (``"field"`` = given, ``"field=value"`` = a choice has that value). ``continues = true`` glues a
sentence to the previous paragraph, so optional sentences read naturally.
"""

from __future__ import annotations

from enum import StrEnum
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
from knowledge.citations import SNAKE_ID_RE, SourceRef
from knowledge.wording import placeholders

__all__ = [
    "BUILTIN_PLACEHOLDERS",
    "Choice",
    "DeadlineSpec",
    "FieldType",
    "LetterField",
    "LetterTemplate",
    "Letters",
    "Paragraph",
    "load",
]

BUILTIN_PLACEHOLDERS = frozenset({"today"})


class FieldType(StrEnum):
    text = "text"  # one line: a name, a creditor
    address = "address"  # a postal address, up to a few lines
    long_text = "long_text"  # a free explanation in the user's words
    date = "date"  # "15/03/2024", "2024-03-15", "15 mars 2024"
    amount = "amount"  # euros: "1 234,56", "1234.56 €"
    reference = "reference"  # a file number as printed on a letter
    choice = "choice"  # one of ``choices``


DEFAULT_MAX = {
    FieldType.text: 120,
    FieldType.address: 250,
    FieldType.long_text: 1200,
    FieldType.reference: 60,
    FieldType.date: 40,
    FieldType.amount: 40,
    FieldType.choice: 120,
}


class Choice(Strict):
    value: NonBlank
    label: NonBlank  # what the user picks from
    text: NonBlank  # what the letter says
    # Plausibility check: the date in ``since_field`` must be at least ``min_years_since`` years ago.
    min_years_since: int | None = Field(default=None, ge=1, le=30)
    since_field: str | None = None
    # The debt types of the prescription calculator (knowledge/data/prescription.toml) this choice covers:
    # a calculation done earlier in the conversation picks it without asking again.
    debt_types: list[str] = []


class LetterField(Strict):
    name: NonBlank
    label: NonBlank  # French, shown to the user and named in errors
    type: FieldType
    required: bool = True
    help: str | None = None
    max_length: int | None = Field(default=None, ge=1, le=5000)
    not_future: bool = True  # dates: refuse a date after the letter's date
    # Dates: a month and year ("mars 2022") is enough; printed "mars 2022", an exact day "le 15 mars 2022"
    # (the template writes "depuis {field}", with no "le" of its own).
    month_ok: bool = False
    choices: list[Choice] = []

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not SNAKE_ID_RE.match(value):
            raise ValueError(f"field name {value!r} must be snake_case ASCII")
        return value

    @model_validator(mode="after")
    def _choices(self) -> Self:
        if (self.type is FieldType.choice) != bool(self.choices):
            raise ValueError(f"field {self.name!r}: choices are required for, and only for, type 'choice'")
        return self

    @property
    def limit(self) -> int:
        return self.max_length or DEFAULT_MAX[self.type]


class DeadlineSpec(Strict):
    name: NonBlank
    label: NonBlank
    months: int = Field(default=0, ge=0, le=24)
    days: int = Field(default=0, ge=0, le=365)
    legal: bool  # a deadline set by law (vs. one the user asks for)
    basis: str | None = None  # the article, for a legal deadline

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not SNAKE_ID_RE.match(self.name):
            raise ValueError(f"deadline name {self.name!r} must be snake_case ASCII")
        if self.months == 0 and self.days == 0:
            raise ValueError(f"deadline {self.name!r}: needs months or days")
        if self.legal and not self.basis:
            raise ValueError(f"deadline {self.name!r}: a legal deadline needs its basis (article)")
        return self


class Paragraph(Strict):
    text: NonBlank
    only_if: list[str] = []
    unless: list[str] = []
    continues: bool = False


class LetterTemplate(Strict):
    id: NonBlank
    title: NonBlank
    summary: NonBlank  # one line for the menu: when to use this letter
    recipient_hint: NonBlank  # who to send it to
    subject: NonBlank
    references: list[Paragraph] = []
    paragraphs: Annotated[list[Paragraph], Field(min_length=1)]
    fields: list[LetterField] = []
    deadlines: list[DeadlineSpec] = []
    legal_refs: Annotated[list[SourceRef], Field(min_length=1)]
    notes: list[NonBlank] = []  # advice to the user before sending, never printed in the letter
    checked: CheckedDate
    status: Status


class CommonFile(Strict):
    fields: list[LetterField]
    references: list[Paragraph] = []


class Letters(BaseModel):
    templates: dict[str, LetterTemplate]

    def template(self, letter_id: str) -> LetterTemplate:
        try:
            return self.templates[letter_id]
        except KeyError:
            raise KeyError(f"no letter template {letter_id!r}") from None


def _condition_names(condition: str) -> tuple[str, str | None]:
    name, _, value = condition.partition("=")
    return name, (value or None)


def _check_template(letter: LetterTemplate) -> None:
    """Every placeholder and condition must name a declared field, deadline or builtin."""
    fields = {f.name: f for f in letter.fields}
    if len(fields) != len(letter.fields):
        raise ValueError("a field name is declared twice")
    deadlines = {d.name for d in letter.deadlines}
    if deadlines & fields.keys():
        raise ValueError(f"names used both as field and deadline: {sorted(deadlines & fields.keys())}")
    known = fields.keys() | deadlines | BUILTIN_PLACEHOLDERS
    required = {n for n, f in fields.items() if f.required} | deadlines | BUILTIN_PLACEHOLDERS
    unknown_subject = placeholders(letter.subject) - required
    if unknown_subject:
        raise ValueError(f"subject may only use required fields or deadlines, not {sorted(unknown_subject)}")
    for part in [*letter.references, *letter.paragraphs]:
        unknown = placeholders(part.text) - known
        if unknown:
            raise ValueError(f"undeclared placeholders {sorted(unknown)} in {part.text[:40]!r}")
        for condition in [*part.only_if, *part.unless]:
            name, value = _condition_names(condition)
            if name not in fields:
                raise ValueError(f"condition {condition!r} names an undeclared field")
            field = fields[name]
            if value is not None and value not in {c.value for c in field.choices}:
                raise ValueError(f"condition {condition!r}: {value!r} is not a choice of {name!r}")
    for field in letter.fields:
        for choice in field.choices:
            if choice.since_field is not None and (
                choice.since_field not in fields or fields[choice.since_field].type is not FieldType.date
            ):
                raise ValueError(f"choice {choice.value!r}: since_field must name a date field")
    if letter.paragraphs[0].continues:
        raise ValueError("the first paragraph cannot continue a previous one")


@loader
def load() -> Letters:
    folder = DATA_DIR / "letters"
    common_path = folder / "_common.toml"
    common = validate(common_path, read_toml(common_path), CommonFile)
    templates: dict[str, LetterTemplate] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        raw = read_toml(path)
        if isinstance(raw, dict):
            raw = dict(raw)
            own_fields = raw.get("fields", [])
            own_refs = raw.get("references", [])
            raw["fields"] = [f.model_dump() for f in common.fields] + (
                own_fields if isinstance(own_fields, list) else []
            )
            raw["references"] = [r.model_dump() for r in common.references] + (
                own_refs if isinstance(own_refs, list) else []
            )
        letter = validate(path, raw, LetterTemplate)
        if letter.id != path.stem:
            raise KnowledgeError(f"{path}: id {letter.id!r} must match the file name {path.stem!r}")
        try:
            _check_template(letter)
        except ValueError as exc:
            raise KnowledgeError(f"{path}: {exc}") from exc
        templates[letter.id] = letter
    if not templates:
        raise KnowledgeError(f"{folder}: no letter template found")
    return Letters(templates=templates)
