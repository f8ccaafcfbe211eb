"""French places and local public bodies, as words of a host name: where the lexical link model is known to err.

``data/places_fr.toml`` holds the source of the place names and the words of local public bodies (mairie, ville,
cc, sdis…), each group sourced and dated; ``data/places_fr.txt`` the folded names themselves, one a line, written
by ``knowledge/places_import.py`` from Etalab's ``decoupage-administratif`` (INSEE's Code officiel géographique).
Validated here at load: every name lower-case ASCII letters, five or more, sorted and unique, as many as the TOML
says.
"""

from __future__ import annotations

import itertools
import re

from pydantic import Field, field_validator

from knowledge.base import DATA_DIR, CheckedDate, KnowledgeError, NonBlank, Sourced, Strict, load_file
from knowledge.cache import loader

FILE = "places_fr.toml"
_NAME_RE = re.compile(r"^[a-z]{5,60}$")
_LIST_RE = re.compile(r"(?:[a-z]{5,60}\n)+")
_WORD_RE = re.compile(r"^[a-z]{2,30}$")
MIN_NAMES = 30000  # about 35,000 communes: fewer means a truncated or wrong file


class Names(Strict):
    file: NonBlank
    count: int = Field(ge=MIN_NAMES)
    package: NonBlank
    version: NonBlank
    files: NonBlank
    repository: NonBlank
    source: NonBlank
    checked: CheckedDate


class Bodies(Sourced):
    words: list[NonBlank] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        for word in value:
            if not _WORD_RE.match(word):
                raise ValueError(f"{word!r}: a public-body word is 2 to 30 lower-case ASCII letters")
        return value


class PlacesFile(Strict):
    names: Names
    bodies: list[Bodies] = Field(min_length=1)


class Places(Strict):
    """The place names (folded, joined) and the public-body words, as sets for one lookup a piece."""

    names: frozenset[str]
    body_words: frozenset[str]


def parse_names(text: str, expected: int, where: str) -> frozenset[str]:
    """The names of ``places_fr.txt``: checked in one pass (a line at a time only to name a bad one)."""
    lines = text.splitlines()
    if _LIST_RE.fullmatch(text) is None:
        for number, line in enumerate(lines, 1):
            if not _NAME_RE.match(line):
                raise KnowledgeError(
                    f"{where}:{number}: {line!r} n'est pas un nom replié (a-z, 5 lettres ou plus)"
                )
        raise KnowledgeError(f"{where}: un nom par ligne, la dernière terminée par un saut de ligne")
    if any(a >= b for a, b in itertools.pairwise(lines)):
        raise KnowledgeError(f"{where}: les noms doivent être triés et uniques")
    if len(lines) != expected:
        raise KnowledgeError(f"{where}: {len(lines)} noms, {expected} annoncés dans {FILE}")
    return frozenset(lines)


@loader
def load() -> Places:
    meta = load_file(FILE, PlacesFile)
    path = DATA_DIR / meta.names.file
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: illisible : {exc}") from exc
    names = parse_names(text, meta.names.count, str(path))
    words = frozenset(word for group in meta.bodies for word in group.words)
    return Places(names=names, body_words=words)
