"""User-facing wording, keyed by stable codes.

Two kinds of files, both validated at load:
- ``data/findings/*.toml``: one ``[[finding]]`` a code, with its severity, whether it is evidence of risk or
  of legitimacy, its plain-French message template and, where the law is involved, its source.
- ``data/texts/*.toml``: any other text, addressed as ``<file stem>.<table>.<key>``.

Templates use ``{name}`` placeholders only (no attribute or index access), checked at load.
"""

from __future__ import annotations

import re
import string
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Strict, read_toml, validate
from knowledge.cache import loader

CODE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


class Severity(StrEnum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


class Evidence(StrEnum):
    """Which way a finding points: it feeds the verdict, never shown as such."""

    risk = "risk"
    legit = "legit"
    neutral = "neutral"


@lru_cache(maxsize=4096)
def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` placeholders of a template (memoised: templates are few and reused on every check)."""
    names: set[str] = set()
    for _, field, spec, conv in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier():
            raise ValueError(f"placeholder {{{field}}} must be a plain name")
        if spec or conv:
            raise ValueError(f"placeholder {{{field}}} must not carry a format spec or conversion")
        names.add(field)
    return frozenset(names)


class FindingText(Strict):
    code: NonBlank
    severity: Severity
    evidence: Evidence
    message: NonBlank
    source: str | None = None
    checked: date | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not CODE_RE.match(self.code):
            raise ValueError(f"code {self.code!r} must look like 'domain.name'")
        placeholders(self.message)
        if self.source is not None and self.checked is None:
            raise ValueError(f"{self.code}: a finding that cites a source needs its 'checked' date")
        return self


class FindingFile(Strict):
    finding: list[FindingText]


class Wording(BaseModel):
    findings: dict[str, FindingText]
    texts: dict[str, str]

    def finding(self, code: str) -> FindingText:
        try:
            return self.findings[code]
        except KeyError:
            raise KeyError(f"no wording for finding code {code!r}") from None

    def text(self, key: str, **params: Any) -> str:
        try:
            template = self.texts[key]
        except KeyError:
            raise KeyError(f"no text for key {key!r}") from None
        return render(template, params)


def render(template: str, params: dict[str, Any]) -> str:
    needed = placeholders(template)
    if not needed:
        return template.replace("{{", "{").replace("}}", "}")
    missing = needed - params.keys()
    if missing:
        raise KeyError(f"missing template values: {sorted(missing)}")
    for key in needed:  # "celui de {name}" with "Intrum France": "celui d'Intrum France"
        value = params[key]
        if isinstance(value, str) and value[:1] in _ELIDING:
            template = template.replace(f" de {{{key}}}", f" d'{{{key}}}")
    return template.format_map(params)


_ELIDING = frozenset("AEIOUÉÈÊÂÎÔaeiouéèêâîô")


def _flatten(prefix: str, table: dict[str, object], out: dict[str, str], path: Path) -> None:
    for key, value in table.items():
        full = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(full, value, out, path)
        elif isinstance(value, str) and value.strip():
            try:
                placeholders(value)
            except ValueError as exc:
                raise KnowledgeError(f"{path}: {full}: {exc}") from exc
            out[full] = value
        else:
            raise KnowledgeError(f"{path}: {full}: expected a non-empty string or a table")


@loader
def load() -> Wording:
    findings: dict[str, FindingText] = {}
    for path in sorted((DATA_DIR / "findings").glob("*.toml")):
        parsed = validate(path, read_toml(path), FindingFile)
        for item in parsed.finding:
            if item.code in findings:
                raise KnowledgeError(f"{path}: finding code {item.code!r} is defined twice")
            findings[item.code] = item
    texts: dict[str, str] = {}
    for path in sorted((DATA_DIR / "texts").glob("*.toml")):
        _flatten(path.stem, read_toml(path), texts, path)
    return Wording(findings=findings, texts=texts)


def text(key: str, **params: Any) -> str:
    """Render the text stored under ``key`` (e.g. ``summary.number.likely_scam``)."""
    return load().text(key, **params)
