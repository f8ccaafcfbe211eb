"""The common result model: findings, and a verdict that is a pure function of them.

A finding carries a stable code, a severity, a plain-French message and, where the law is involved, its
source. Its wording lives in knowledge/ (``knowledge.wording``); this module only assembles it.
No finding means "inconclusive", never "safe".
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from knowledge import wording
from knowledge.wording import Evidence, Severity

__all__ = ["CheckResult", "Evidence", "Finding", "Severity", "Verdict", "finding", "verdict_of"]


class Verdict(StrEnum):
    likely_legit = "likely_legit"
    suspicious = "suspicious"
    likely_scam = "likely_scam"
    inconclusive = "inconclusive"


class Finding(BaseModel):
    """One reason. Serialised as exactly {code, severity, message, source}."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    source: str | None = None
    evidence: Evidence = Field(default=Evidence.neutral, exclude=True)
    # Where in the analysed text this finding points (start, end), for message analysis.
    span: tuple[int, int] | None = Field(default=None, exclude=True)


def finding(code: str, *, span: tuple[int, int] | None = None, **params: Any) -> Finding:
    """Build the finding ``code`` with its wording from knowledge/, filled with ``params``."""
    text = wording.load().finding(code)
    return Finding(
        code=code,
        severity=text.severity,
        message=wording.render(text.message, params),
        source=text.source,
        evidence=text.evidence,
        span=span,
    )


# Risk weight of each severity. Converging signals are needed before "likely_scam":
# one critical, or two high, or one high with enough medium ones.
_RISK_POINTS = {
    Severity.info: 0,
    Severity.low: 5,
    Severity.medium: 20,
    Severity.high: 40,
    Severity.critical: 100,
}
SCAM_THRESHOLD = 80
SUSPICIOUS_THRESHOLD = 20


def risk_score(findings: Iterable[Finding]) -> int:
    return sum(_RISK_POINTS[f.severity] for f in findings if f.evidence is Evidence.risk)


def verdict_of(findings: Iterable[Finding]) -> Verdict:
    """The verdict as a pure function of the findings."""
    items = list(findings)
    score = risk_score(items)
    if score >= SCAM_THRESHOLD:
        return Verdict.likely_scam
    if score >= SUSPICIOUS_THRESHOLD:
        return Verdict.suspicious
    if any(f.evidence is Evidence.legit for f in items):
        return Verdict.likely_legit
    return Verdict.inconclusive


class CheckResult(BaseModel):
    """Base of every check's result: its kind, findings, verdict and a one-line French summary."""

    kind: str
    findings: list[Finding]
    summary: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)


def summary_for(kind: str, findings: Iterable[Finding]) -> str:
    """The one-line summary for a verdict, worded per kind in knowledge/data/texts/summary.toml."""
    return wording.text(f"summary.{kind}.{verdict_of(findings).value}")
