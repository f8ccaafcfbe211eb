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


def _without_marks(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


#: Latin letters with accents (U+00C0 to U+024F) mapped to what NFKD without combining marks makes of them, when that
#: is plain ASCII (é -> e, Ç -> C; not œ or ß): one C-speed ``translate`` instead of a loop over every character for
#: the usual French text. A character maps alone exactly as inside a string (NFKD decomposes character by character;
#: the marks it reorders are dropped), so the result is the same as the slow path's.
_ACCENTED = str.maketrans(
    {
        chr(code): bare
        for code in range(0xC0, 0x250)
        if (bare := _without_marks(chr(code))) != chr(code) and bare.isascii()
    }
)


def fold(text: str) -> str:
    """Lower case, no accents, no invisible characters, straight apostrophes, single spaces."""
    text = text.translate(_DROP_INVISIBLE).translate(_APOSTROPHES)
    if not text.isascii():
        text = text.translate(_ACCENTED)
        if not text.isascii():  # emoji, ligatures, full-width letters, "…": the whole NFKD path
            text = _without_marks(text)
    return _BLANKS.sub(" ", text.lower()).strip()
