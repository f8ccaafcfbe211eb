"""``--help`` on a report prints its usage and runs nothing: a report run by mistake shows held-out aggregates."""

from __future__ import annotations

HELP_FLAGS = ("-h", "--help")


def asked_for_help(argv: list[str], doc: str | None) -> bool:
    """True (after printing ``doc``) when ``argv`` asks for help; the caller then returns without measuring."""
    if not any(flag in argv for flag in HELP_FLAGS):
        return False
    print((doc or "").strip())
    return True
