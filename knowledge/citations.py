"""A cited source (article label + URL), shared by the guide cards, complaint routes and letter templates."""

from __future__ import annotations

from pydantic import field_validator

from knowledge.base import NonBlank, Strict


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
