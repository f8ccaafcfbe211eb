"""Guess what the user pasted: one phone number, one link, or a message.

Anything that is not clearly a single number or a single link is a message; message analysis then checks
every number and link inside it. Letters mixed into a number (``06 12 34 56 7O``) still count as a number,
so the number check can point the mistake out instead of silently misreading it.
"""

from __future__ import annotations

import re
from typing import Literal

from checks.text_normalise import strip_invisible

__all__ = ["Kind", "detect_kind", "strip_invisible"]

Kind = Literal["number", "link", "message"]

# Characters a person types inside a phone number; O/o and l/I are typos for digits, kept so the check can
# say so. Anything else means it is not "just a number".
_NUMBER_RE = re.compile(r"^\+?[\d\s().\-/OoIl]{2,40}$")
# A date or a time typed alone ("15/03/2022", "2022-03-15", "21:30") is not a phone number.
_DATE_RE = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?:\s+\d{1,2}[:h]\d{0,2})?$|^\d{1,2}[:h]\d{2}$"
)
_LINK_HINT_RE = re.compile(
    r"^(?:h[tx]{2}ps?|ftp)(?::|\[:\])//|^www\d?[.\[(]|\[\.\]|\(\.\)|\[dot\]|@|^[^\s/]+\.[a-z\u00a0-\uffff]{2,}(?:[/:?#]|$)",
    re.IGNORECASE,
)


def detect_kind(text: str) -> Kind:
    cleaned = strip_invisible(text).strip()
    if not cleaned:
        return "message"
    # The pattern first: it fails at once on a message, before any character is counted.
    if _NUMBER_RE.match(cleaned) and not _DATE_RE.match(cleaned):
        digits = sum(ch.isdigit() for ch in cleaned)
        if digits >= 2 and digits >= sum(ch.isalpha() for ch in cleaned) * 2:
            return "number"
    if len(cleaned.split(None, 1)) == 1 and _LINK_HINT_RE.search(cleaned):  # no blank inside
        return "link"
    return "message"
