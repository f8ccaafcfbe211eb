"""One row of the `make bench` table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    what: str
    figure: str
    reference: str = ""
    ratio: str = ""
    target: str = ""
