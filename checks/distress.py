"""Is this person in distress? Answered first, before anything else they asked, in any step of any dialogue.

Word families and misspellings, not single whole words: "suicide" must also catch "suicidaires", "jen ai
marre de vivre", "g plus envie de vivre". The phrasings are data (knowledge/data/understanding/distress.toml,
sourced from suicide-prevention guidance); ordinary look-alikes ("mort de rire", "en finir avec ce dossier")
are blanked out first. A false alarm costs a calm card; a miss can cost far more, so the rules lean to recall.
"""

from __future__ import annotations

from knowledge import understanding
from knowledge.understanding import DistressHit

__all__ = ["DistressHit", "detect", "is_distress"]


def detect(text: str) -> DistressHit | None:
    """The first distress family found in ``text``, or None."""
    return understanding.distress_in(text)


def is_distress(text: str) -> bool:
    return detect(text) is not None
