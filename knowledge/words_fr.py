"""French calendar and answer words (``data/words_fr.toml``): what the date readers and dialogues understand.

One table for the whole project, so the parser that reads "mars 2022" in a letter and the one that reads it
in the prescription dialogue cannot drift apart, and the words live with the rest of the French, not in code.
"""

from __future__ import annotations

import re
from typing import Self

from pydantic import Field, model_validator

from knowledge.base import NonBlank, Strict, load_file
from knowledge.cache import loader

_FOLDED = r"^[a-z' -]+$"  # reading forms are folded: lower case, no accents


class Month(Strict):
    name: NonBlank  # as written in an answer: "février"
    forms: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _folded(self) -> Self:
        for form in self.forms:
            if not re.match(_FOLDED, form):
                raise ValueError(
                    f"month {self.name!r}: form {form!r} must be folded (lower case, no accents)"
                )
        return self


class Words(Strict):
    weekdays: list[NonBlank] = Field(min_length=7, max_length=7)
    nothing_answers: list[NonBlank] = Field(min_length=1)
    yes_answers: list[NonBlank] = Field(min_length=1)
    unsure_answers: list[NonBlank] = Field(min_length=1)
    should_i_pay: list[NonBlank] = Field(min_length=1)
    menu_answers: list[NonBlank] = Field(min_length=1)
    cancel_answers: list[NonBlank] = Field(min_length=1)
    forget_answers: list[NonBlank] = Field(min_length=1)
    stop_writing_answers: list[NonBlank] = Field(min_length=1)
    erased_check_answers: list[NonBlank] = Field(min_length=1)
    my_data_answers: list[NonBlank] = Field(min_length=1)
    consumer_credit_answers: list[NonBlank] = Field(min_length=1)
    change_of_mind: list[NonBlank] = Field(min_length=1)
    drop_markers: list[NonBlank] = Field(min_length=1)


class WordsFile(Strict):
    month: list[Month] = Field(min_length=12, max_length=12)
    words: Words
    number_words: dict[NonBlank, int]
    relative_days: dict[NonBlank, int]
    spoken_days: dict[NonBlank, int]

    @model_validator(mode="after")
    def _unique_forms(self) -> Self:
        seen: dict[str, str] = {}
        for month in self.month:
            for form in month.forms:
                if form in seen:
                    raise ValueError(
                        f"month form {form!r} is given for both {seen[form]!r} and {month.name!r}"
                    )
                seen[form] = month.name
        for table in (self.relative_days, self.spoken_days):
            if any(not 0 <= days <= 7 for days in table.values()):
                raise ValueError("a day said in words is between 0 and 7 days before today")
        return self

    @property
    def month_numbers(self) -> dict[str, int]:
        """Every reading form to its month number (1-12)."""
        return {form: index for index, month in enumerate(self.month, 1) for form in month.forms}

    @property
    def month_names(self) -> tuple[str, ...]:
        return tuple(month.name for month in self.month)


@loader
def load() -> WordsFile:
    return load_file("words_fr.toml", WordsFile)
