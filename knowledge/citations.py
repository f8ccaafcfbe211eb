"""What the guide cards, complaint routes and letter templates share: a cited source (article label + URL),
the snake_case id rule and the plain-text rule for texts the bot sends as they are."""

from __future__ import annotations

import re

from pydantic import field_validator

from knowledge.base import NonBlank, Strict

SNAKE_ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
_MARKUP_RE = re.compile(r"[<>{}]|\*\*|__|`")


def plain_text(value: str) -> str:
    """Refuse HTML, Markdown and ``{placeholders}``: the text is sent to the user exactly as written."""
    hit = _MARKUP_RE.search(value)
    if hit:
        raise ValueError(f"plain text only: found {hit.group()!r} (no HTML, Markdown or placeholders)")
    return value


class SourceRef(Strict):
    """Where a statement comes from: a readable label (article, page) and a public URL to check it."""

    label: NonBlank
    url: NonBlank

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")) or any(ch.isspace() for ch in value):
            raise ValueError(f"{value!r} must be an absolute http(s) URL without spaces")
        return value
