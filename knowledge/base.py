"""Shared pieces of the knowledge schema: provenance of a fact and strict loading of data files."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"


class KnowledgeError(RuntimeError):
    """A data file is missing or invalid; the message names the file and the field."""


class Status(StrEnum):
    """How sure we are of a fact; it changes how the bot words it."""

    confirmed = "confirmed"  # official source (Légifrance, service-public, the organisation itself)
    reported = "reported"  # cited by the press or the project owner, not by an official source
    unverified = "unverified"  # circulates, no reliable source found: say so or leave it out


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _not_future(value: date) -> date:
    if value > date.today():
        raise ValueError("a fact cannot have been checked in the future")
    return value


NonBlank = Annotated[str, AfterValidator(_not_blank)]
CheckedDate = Annotated[date, AfterValidator(_not_future)]


class Strict(BaseModel):
    """Base for data models: unknown keys are typos, and typos must fail loudly.

    The validator of each model is built when it first validates (``defer_build``): a start-up that reads
    the validated snapshot (``knowledge.cache``) never needs it, so it skips building the schema of every model.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Sourced(Strict):
    """A fact with its provenance."""

    source: NonBlank
    checked: CheckedDate
    status: Status = Status.confirmed


M = TypeVar("M", bound=BaseModel)


def read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: fichier de connaissances introuvable") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"{path}: TOML invalide : {exc}") from exc


def read_json(path: Path) -> object:
    """A JSON data file (the statistical models' weights), with the same errors as a TOML one."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: fichier de connaissances introuvable") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeError(f"{path}: JSON invalide : {exc}") from exc


def validate(path: Path, raw: object, model: type[M]) -> M:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in err['loc']) or '<racine>'}: {err['msg']}"
            for err in exc.errors()
        )
        raise KnowledgeError(f"{path}: {problems}") from exc


def load_file(name: str, model: type[M]) -> M:
    """Read ``data/<name>`` and validate it against ``model``."""
    path = DATA_DIR / name
    return validate(path, read_toml(path), model)
