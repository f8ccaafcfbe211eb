"""The one plain folding of French text (lower case, no accents, no invisible characters, straight apostrophes,
single spaces), and the one set of invisible characters.

Here in ``knowledge`` because the rule tables fold their phrases with it at load time; ``checks`` re-exports
it from ``checks.text_normalise`` (dependencies flow bot -> checks -> knowledge).
"""

from __future__ import annotations

import re
import unicodedata

#: Characters that render as nothing: zero-width spaces and joiners, word joiner and invisible operators,
#: bidirectional marks and overrides, byte-order mark, soft hyphen, Mongolian vowel separator.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad\u180e"
)
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ´′`", "'"))
_BLANKS = re.compile(r"\s+")


def drop_invisible(text: str) -> str:
    return text.translate(_DROP_INVISIBLE)


def fold(text: str) -> str:
    """Lower case, no accents, no invisible characters, straight apostrophes, single spaces."""
    text = text.translate(_DROP_INVISIBLE).translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _BLANKS.sub(" ", bare.lower()).strip()
