"""Shared shorthand for the prescription tests (no tests here): dates and events typed as in the CLI."""

from __future__ import annotations

from datetime import date

from checks.prescription import PrescriptionResult, compute, parse_event

TODAY = date(2026, 11, 22)


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def calc(
    debt_type: str, start: str, *events: str, as_of: str = "2026-11-22", last_due: str | None = "start"
) -> PrescriptionResult:
    """``calc("telecom", "2024-01-15", "payment:2024-12-20", as_of="2025-06-01")``.

    One sum, due on ``start``, unless ``last_due`` names the most recent of several (or None: not known).
    """
    last = d(start) if last_due == "start" else (d(last_due) if last_due else None)
    return compute(debt_type, d(start), [parse_event(spec) for spec in events], d(as_of), last)
