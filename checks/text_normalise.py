"""Fold a message into the form the keyword patterns are written for, keeping a map back to the original.

People write "IMMEDIATEMENT", "immédiatement", "immediatemment"; scammers hide words from filters with
zero-width characters or a Cyrillic "о" in "Intrum". Matching happens on a folded copy (lower case, no
accents, one space for any run of blanks, invisible characters dropped, look-alike letters turned Latin,
SMS spelling and common typos expanded), but every folded character remembers which characters of the
original it came from, so a finding can quote the user's own words and point at them exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge import message_signals
from knowledge.text_fold import INVISIBLE, drop_invisible, fold

__all__ = ["INVISIBLE", "Normalised", "Obfuscation", "drop_invisible", "fold", "normalise", "strip_invisible"]

# Characters that render as nothing. U+200D (zero-width joiner) and variation selectors legitimately glue
# emoji together, so they only count as obfuscation between two letters.
_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
_APOSTROPHES = frozenset("'’‘ʼ´`′")
_DASHES = frozenset("‐‑‒–—―−")
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl"}

# Kinds of original characters, as seen by the folding loop.
_PLAIN, _SPACE, _INVISIBLE, _DROPPED, _LOOKALIKE, _JOINER = range(6)
_ONE_TO_ONE = frozenset({_PLAIN, _SPACE})


@dataclass(frozen=True)
class Obfuscation:
    """Words (as original spans) that hid invisible characters or letters of another alphabet."""

    invisible: list[tuple[int, int]] = field(default_factory=list)
    invisible_count: int = 0
    mixed_script: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Normalised:
    original: str
    folded: str
    starts: list[int]  # folded[i] comes from original[starts[i]:ends[i]]
    ends: list[int]
    obfuscation: Obfuscation

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind ``folded[start:end]`` (``end`` > ``start``)."""
        return self.starts[start], self.ends[end - 1]

    def quote(self, start: int, end: int) -> tuple[str, tuple[int, int]]:
        span = self.span(start, end)
        return self.original[span[0] : span[1]], span


# How the characters of French text fold (ASCII, Latin-1, Latin Extended-A and B, the usual typographic signs),
# worked out once per process like the compiled patterns, so that no message pays for them again.
_COMMON_RANGES = ((0x00, 0x250), (0x2000, 0x2070), (0x20A0, 0x20C0))
_COMMON: dict[str, tuple[str, int]] = {}


def _common() -> dict[str, tuple[str, int]]:
    if not _COMMON:
        _COMMON.update(
            (chr(code), _fold_one(chr(code))) for low, high in _COMMON_RANGES for code in range(low, high)
        )
    return _COMMON


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> tuple[str, int]:
    """How one character folds, and what kind of character it is."""
    common = _common().get(ch)
    return common if common is not None else _fold_one(ch)


def _fold_one(ch: str) -> tuple[str, int]:
    table = message_signals.load().homoglyphs
    if ch in table:
        return table[ch], _LOOKALIKE
    if ch in _JOINERS:
        return "", _JOINER
    category = unicodedata.category(ch)
    if ch.isspace():
        return " ", _SPACE
    if category == "Cf":
        return "", _INVISIBLE
    if category in {"Cc", "Cs", "Co", "Cn"}:
        return "", _DROPPED
    if ch in _APOSTROPHES:
        return "'", _PLAIN
    if ch in _DASHES:
        return "-", _PLAIN
    lower = ch.lower()
    if lower in _LIGATURES:
        return _LIGATURES[lower], _PLAIN
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    if len(base) > 4 or not base.isprintable():
        # Compatibility forms that explode (﷽) or decompose into something odd: keep one placeholder.
        return ("x" if ch.isalnum() else "#"), _PLAIN
    return base, _PLAIN


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x250


_SPACE_RUN_RE = re.compile(r"^ +|(?<= ) +")


def _fold_plain(text: str) -> tuple[str, list[int], list[int], Obfuscation] | None:
    """``_fold`` at C speed for the usual message: every character folds to one character and none hides.

    None when some character is invisible, dropped, a look-alike or folds to several letters (œ, ß, ﬁ): then
    the character loop of ``_fold`` tracks words and spans one by one.
    """
    table: dict[int, str] = {}
    common = _common()
    for ch in set(text):
        folded, kind = common.get(ch) or _fold_char(ch)
        if kind not in _ONE_TO_ONE or len(folded) != 1:
            return None
        table[ord(ch)] = folded
    mapped = text.translate(table)
    if "  " not in mapped and not mapped.startswith(" "):
        return mapped, list(range(len(text))), list(range(1, len(text) + 1)), Obfuscation()
    # A run of blanks folds to its first blank (none at the start), like the loop below.
    pieces: list[str] = []
    starts: list[int] = []
    last = 0
    for match in _SPACE_RUN_RE.finditer(mapped):
        pieces.append(mapped[last : match.start()])
        starts.extend(range(last, match.start()))
        last = match.end()
    pieces.append(mapped[last:])
    starts.extend(range(last, len(text)))
    return "".join(pieces), starts, [i + 1 for i in starts], Obfuscation()


def _fold(text: str) -> tuple[str, list[int], list[int], Obfuscation]:
    plain = _fold_plain(text)
    if plain is not None:
        return plain
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    invisible: list[tuple[int, int]] = []
    invisible_count = 0
    mixed: list[tuple[int, int]] = []
    # The current word (a run of non-blank characters) and what it contained.
    word_start = 0
    word_latin = word_lookalike = word_invisible = False
    previous_space = True

    def close_word(end: int) -> None:
        if word_invisible:
            invisible.append((word_start, end))
        if word_latin and word_lookalike:
            mixed.append((word_start, end))

    for i, ch in enumerate(text):
        folded, kind = _fold_char(ch)
        if kind == _SPACE:
            if not previous_space:
                close_word(i)
                out.append(" ")
                starts.append(i)
                ends.append(i + 1)
            word_latin = word_lookalike = word_invisible = False
            previous_space = True
            continue
        if previous_space:
            word_start = i
            previous_space = False
        if kind == _INVISIBLE or (
            kind == _JOINER and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        ):
            invisible_count += 1
            word_invisible = True
            continue
        if kind in {_JOINER, _DROPPED}:
            continue
        if kind == _LOOKALIKE:
            word_lookalike = True
        elif _is_latin_letter(ch):
            word_latin = True
        for piece in folded:
            out.append(piece)
            starts.append(i)
            ends.append(i + 1)
    if not previous_space:
        close_word(len(text))
    return "".join(out), starts, ends, Obfuscation(invisible, invisible_count, mixed)


def _expand_spelling(folded: str, starts: list[int], ends: list[int]) -> tuple[str, list[int], list[int]]:
    """Replace SMS spellings and typos word for word; the new letters point at the original word."""
    signals = message_signals.load()
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    for match in signals.spelling_regex.finditer(folded):
        a, b = match.span()
        pieces.append(folded[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        replacement = signals.spelling[match.group()]
        pieces.append(replacement)
        new_starts.extend([starts[a]] * len(replacement))
        new_ends.extend([ends[b - 1]] * len(replacement))
        last = b
    if last == 0:
        return folded, starts, ends
    pieces.append(folded[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


def normalise(text: str) -> Normalised:
    folded, starts, ends, obfuscation = _fold(text)
    folded, starts, ends = _expand_spelling(folded, starts, ends)
    return Normalised(text, folded, starts, ends, obfuscation)


def strip_invisible(text: str) -> str:
    """Drop control, format (zero-width, bidi) and surrogate characters; keep everything a person sees."""
    # Fast path at C speed: str.isprintable() is False for every character of the "Other" categories (Cc,
    # Cf, Cs, Co, Cn), so a printable text (tabs and line breaks aside) has nothing to drop.
    if text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Cs"} or ch in "\n\t")
