"""The gathered distress phrasings (``distress_real.toml``), split once into a tuning half and an aside half.

The split is a pure function of each text (a salted hash, like ``tests/realdata/split.py``), fixed before any
rule was written for these phrasings: rules are adjusted on the tuning half only, and the aside half tells
how the rules do on phrasings they were not shaped by. ``as_typed`` rewrites a phrasing the way it is typed
on a phone (no accents, no apostrophes, no "ne", lower case), so each item is also checked in that form.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

SALT = "verif-recouvrement/distress-real/v1:"
Half = Literal["tuning", "aside"]
Label = Literal["distress", "ordinary", "ambiguous"]


@dataclass(frozen=True)
class Phrase:
    text: str
    label: Label
    source: str
    half: Half
    batch: int = 1  # 2: gathered after the rules were tuned on batch 1, measured once before any change


def half_of(text: str) -> Half:
    digest = hashlib.sha256((SALT + text).encode("utf-8")).digest()
    return "aside" if digest[0] % 2 else "tuning"


def load() -> list[Phrase]:
    raw = tomllib.loads((Path(__file__).parent / "distress_real.toml").read_text(encoding="utf-8"))
    return [
        Phrase(p["text"], p["label"], p["source"], half_of(p["text"]), p.get("batch", 1))
        for p in raw["phrase"]
    ]


def as_typed(text: str) -> str:
    """The phrasing as hurried people type it: lower case, no accents, apostrophes dropped, no "ne"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    plain = re.sub(r"\b(?:ne|n)['’ ]\s*", "", plain)
    return re.sub(r"['’]", " ", plain)
