"""Where to turn: complaint, report and help routes, each with what it is for and what it is NOT for.

Data in ``data/routes.toml``: ``[[route]]`` entries and the ``[[problem]]`` labels the bot shows in its
menu. Which routes answer which problem, and in what order, is decided in ``checks.router`` (pure code,
tested); this module only holds the facts. A phone number is listed only when a source gives it.
"""

from __future__ import annotations

import re
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

__all__ = ["Problem", "Route", "Routes", "load"]

# Displayed French numbers: "3114", "34 14", "0 805 805 817", "33700".
PHONE_RE = re.compile(r"^\d[\d ]{1,15}\d$")


class Route(Strict):
    id: NonBlank
    name: NonBlank
    purpose: NonBlank  # what it is for
    not_for: NonBlank  # what it is NOT for: the commonest misunderstanding
    link: str | None = None
    phone: str | None = None
    phone_note: str | None = None  # hours, cost
    prepare: Annotated[list[NonBlank], Field(min_length=1)]
    caveat: str | None = None  # what is unconfirmed about this route, worded for the user
    sources: Annotated[list[SourceRef], Field(min_length=1)]
    checked: CheckedDate
    status: Status

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not SNAKE_ID_RE.match(value):
            raise ValueError(f"route id {value!r} must be snake_case ASCII")
        return value

    @field_validator("link")
    @classmethod
    def _link(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError(f"link {value!r} must be an https:// URL")
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not PHONE_RE.match(value):
            raise ValueError(f"phone {value!r} must be digits and spaces, as displayed in France")
        return value

    @field_validator("name", "purpose", "not_for", "phone_note", "caveat")
    @classmethod
    def _text(cls, value: str | None) -> str | None:
        return None if value is None else plain_text(value)

    @model_validator(mode="after")
    def _note_needs_phone(self) -> Self:
        if self.phone_note and not self.phone:
            raise ValueError(f"route {self.id!r}: phone_note without a phone")
        if not self.link and not self.phone:
            raise ValueError(f"route {self.id!r}: needs a link or a phone (or both)")
        return self


class Problem(Strict):
    id: NonBlank
    label: NonBlank  # the plain-French menu label


class RoutesFile(Strict):
    route: list[Route]
    problem: list[Problem]


class Routes(BaseModel):
    routes: dict[str, Route]
    problems: dict[str, Problem]

    def route(self, route_id: str) -> Route:
        try:
            return self.routes[route_id]
        except KeyError:
            raise KeyError(f"no route {route_id!r}") from None


@loader
def load() -> Routes:
    path = DATA_DIR / "routes.toml"
    parsed = validate(path, read_toml(path), RoutesFile)
    routes: dict[str, Route] = {}
    for route in parsed.route:
        if route.id in routes:
            raise KnowledgeError(f"{path}: route id {route.id!r} is defined twice")
        routes[route.id] = route
    problems: dict[str, Problem] = {}
    for problem in parsed.problem:
        if problem.id in problems:
            raise KnowledgeError(f"{path}: problem id {problem.id!r} is defined twice")
        problems[problem.id] = problem
    return Routes(routes=routes, problems=problems)
