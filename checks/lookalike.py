"""Does a site name imitate a brand? Homoglyphs, typos, and brand names glued to other words.

Everything is precomputed once from the catalogue (``BrandIndex``): compiled patterns find where a brand
name may sit in a label at C speed, and only those few candidates are checked word by word.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA, Levenshtein

# Visual tricks inside plain ASCII, applied to both sides before comparing.
_ASCII_TRICKS: tuple[tuple[str, str, str], ...] = (
    ("rn", "m", "« rn » à la place de « m »"),
    ("vv", "w", "« vv » à la place de « w »"),
    ("0", "o", "le chiffre 0 à la place de la lettre o"),
    ("1", "l", "le chiffre 1 à la place de la lettre l"),
)
# AZERTY rows, for "a neighbouring key" typos (rows are staggered; column distance <= 1 is close enough).
_AZERTY = ("azertyuiop", "qsdfghjklm", "wxcvbn")
_KEY_POS = {ch: (row, col) for row, keys in enumerate(_AZERTY) for col, ch in enumerate(keys)}
# A typo of one letter is only meaningful on names long enough not to collide with ordinary words.
MIN_FUZZY_LEN = 6
# A name this long is found anywhere in a label (centrecontrolecreditagricole); shorter ones must stand as
# words among known words, digits or hyphens (monespace-lcl), or with at most two stray letters (beengie).
MIN_INSIDE_LEN = 6
MIN_AFFIX_LEN = 5
MAX_STRAY = 2
# A word cut short is still read when at least this many letters of a word at least this long remain.
MIN_CUT_LEN = 6
MIN_CUT_WORD = 9


@lru_cache(maxsize=2048)
def _latin_of(ch: str) -> str:
    """The ASCII letter a non-ASCII character passes for, or the character itself."""
    stripped = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if stripped.isascii() and stripped:
        return stripped.lower()
    # Imported on the first non-ASCII name only: loading its tables costs ≈ 40 ms at start-up.
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(ch, greedy=True)
    for entry in found or ():
        for glyph in entry["homoglyphs"]:
            candidate = glyph["c"]
            if candidate.isascii() and candidate.isalnum():
                return str(candidate).lower()
    return ch


def skeleton(label: str) -> str:
    """What a label looks like on screen, reduced to ASCII: Cyrillic 'і' -> 'i', 'rn' -> 'm', '0' -> 'o'."""
    if not label.isascii():
        label = "".join(ch if ch.isascii() else _latin_of(ch) for ch in label)
    for written, seen, _ in _ASCII_TRICKS:
        label = label.replace(written, seen)
    return label


_SCRIPT_NAMES = {
    "LATIN": "latin",
    "CYRILLIC": "cyrillique",
    "GREEK": "grec",
    "ARMENIAN": "arménien",
    "ARABIC": "arabe",
    "HEBREW": "hébreu",
    "CHEROKEE": "cherokee",
    "HAN": "chinois",
}


def scripts(label: str) -> list[str]:
    """The writing systems a label mixes (in French), ignoring digits and hyphens."""
    from confusable_homoglyphs import categories  # asked for international names only (see _latin_of)

    found = categories.unique_aliases(label) - {"COMMON", "INHERITED"}
    return sorted(_SCRIPT_NAMES.get(str(name), str(name).lower()) for name in found)


def is_keyboard_neighbour(a: str, b: str) -> bool:
    pa, pb = _KEY_POS.get(a), _KEY_POS.get(b)
    return pa is not None and pb is not None and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1


def describe_typo(written: str, brand: str) -> str:
    """Plain French for the one-letter difference between ``written`` and ``brand``."""
    if len(written) == len(brand):
        diffs = [i for i, (x, y) in enumerate(zip(written, brand, strict=True)) if x != y]
        if len(diffs) == 2 and written[diffs[0]] == brand[diffs[1]] and written[diffs[1]] == brand[diffs[0]]:
            return f"deux lettres inversées : « {written[diffs[0]]}{written[diffs[1]]} »"
        if len(diffs) == 1:
            got, want = written[diffs[0]], brand[diffs[0]]
            if is_keyboard_neighbour(got, want):
                return f"« {got} » au lieu de « {want} », une touche voisine sur le clavier"
            return f"« {got} » au lieu de « {want} »"
    for op in Levenshtein.editops(brand, written):
        if op.tag == "insert":
            return f"une lettre en trop : « {written[op.dest_pos]} »"
        if op.tag == "delete":
            return f"une lettre en moins : « {brand[op.src_pos]} »"
    return "une lettre de différence"


def describe_tricks(written: str) -> str:
    tricks = [text for seen_as, _, text in _ASCII_TRICKS if seen_as in written]
    return ", ".join(tricks) or "des caractères qui se ressemblent"


class BrandHit(NamedTuple):  # a named tuple: built twice as fast as a frozen dataclass, several times a check
    brand: str
    words: tuple[str, ...]  # other known words glued to or around the brand in the label
    weak: bool = False  # the name is also an ordinary word: it needs another sign to count
    glued: bool = False  # found inside a longer run of letters, not as a word: a typo reading may fit better


class Imitation(NamedTuple):
    brand: str
    kind: str  # "homoglyph" (non-ASCII letters), "lookalike" (ASCII tricks), "typo" (one letter)
    how: str


class BrandIndex:
    """Brand names and the words that travel with them, prepared once."""

    def __init__(
        self,
        brands: dict[str, str],
        bait: frozenset[str],
        pretend: frozenset[str],
        glue: frozenset[str],
        weak: frozenset[str] = frozenset(),
        extra_words: frozenset[str] = frozenset(),
        ordinary: frozenset[str] = frozenset(),
    ) -> None:
        self.brands = brands
        # Ordinary words that start with a brand's name (amelioration, amendement): blanked out before looking.
        self._ordinary_re = re.compile(trie_pattern(sorted(ordinary))) if ordinary else None
        self.weak = weak
        self.by_length = sorted(brands, key=len, reverse=True)  # longest first: myintrum before intrum
        self.bait = bait
        self.pretend = pretend
        self.vocabulary = bait | pretend | glue | extra_words | frozenset(brands)
        self.segmenter = Segmenter(self.vocabulary)
        # Long words that a name may cut short (reprog, renouv): a piece is looked up among them by prefix.
        # Filler words are not read cut short: "conseil" is a word of its own, not "conseiller" cut.
        named = bait | pretend | extra_words | frozenset(brands)
        self._sorted_long = sorted(
            w for w in self.vocabulary - (glue - named) if len(w) >= MIN_CUT_WORD and w.isalpha()
        )
        strong = [name for name in self.by_length if name not in weak]
        self.skeletons = {skeleton(name): name for name in strong}
        self.fuzzy = [name for name in strong if len(name) >= MIN_FUZZY_LEN]
        self.affixed = [name for name in strong if MIN_AFFIX_LEN <= len(name) < MIN_INSIDE_LEN]
        inside = [name for name in strong if len(name) >= MIN_INSIDE_LEN]
        # Patterns shaped as a tree of letters (a(?:meli|ntai)…): one branch tried per letter instead of
        # every name in turn, and at each place the longest name wins, as a longest-first list would.
        self._inside = re.compile(trie_pattern(inside)) if inside else None
        # Where a name may start in a token, found at C speed; then only the names with those first letters.
        self._starts = re.compile("(?=" + trie_pattern(self.by_length) + ")")
        self._any = re.compile(trie_pattern(self.by_length))
        # By their first two letters (every name has two at least): few candidates at each place.
        self._by_first: dict[str, list[str]] = {}
        for name in self.by_length:
            self._by_first.setdefault(name[:2], []).append(name)
        self._affix_re = re.compile(trie_pattern(self.affixed)) if self.affixed else None
        self._fuzzy_by_len: dict[int, list[str]] = {}
        for name in self.fuzzy:
            for size in (len(name) - 1, len(name), len(name) + 1):
                self._fuzzy_by_len.setdefault(size, []).append(name)
        self._near_fuzzy = NearNames(self.fuzzy)  # the same search, by the names' sizes and ends

    def words_of(self, piece: str) -> tuple[str, ...] | None:
        """Split ``piece`` into known words (digits allowed), or None if it is not made of them.

        A whole piece may also be a known word in the plural (assurances) or cut short (reprog for
        reprogrammation): names are written in a hurry, the word is still read."""
        words = self.segmenter.split(piece)
        if words is None and len(piece) >= MIN_CUT_LEN:
            whole = self._shortened(piece)
            words = (whole,) if whole is not None else None
        return words

    def _shortened(self, piece: str) -> str | None:
        """The known word ``piece`` stands for in the plural or cut short, if any."""
        if piece.endswith("s") and piece[:-1] in self.vocabulary:
            return piece[:-1]
        at = bisect.bisect_left(self._sorted_long, piece)
        if at < len(self._sorted_long) and self._sorted_long[at].startswith(piece):
            return self._sorted_long[at]
        return None

    def brand_in(self, label: str) -> BrandHit | None:
        """A brand name in ``label``: as a word (hyphens, known words or digits around it), anywhere when
        it is long and distinctive, or with a couple of stray letters (beengie, impotss).

        A strong name wins over a weak one (an ordinary word like "orange") found in the same label.
        """
        if not self.mentions(label):
            return None  # every way of finding a name needs it written somewhere, hyphens aside
        if (
            self._ordinary_re is not None
            and self._ordinary_re.search(label)
            and not self._words_and_strong_name(label)
        ):
            label = self._ordinary_re.sub("-", label)  # amelioration-habitat: no "ameli" in it
            if not self.mentions(label):
                return None
        tokens = [t for t in label.replace("_", "-").split("-") if t]
        weak_hit: BrandHit | None = None
        for hit in self._word_hits(tokens):
            if not hit.weak:
                return hit
            weak_hit = weak_hit or hit
        if self._inside is not None:
            flat = "".join(tokens)
            found = self._inside.search(flat)
            if found is not None:
                return BrandHit(found.group(), self._words_around(tokens, found), glued=True)
        for i, token in enumerate(tokens):
            if token in self.brands or self._affix_re is None:
                continue  # "amelie" is its own (weak) name, not "ameli" plus a stray letter
            for found in self._affix_re.finditer(token):
                before, after = token[: found.start()], token[found.end() :]
                # Fake names put the brand first (amelimirror): at the start, anything may follow.
                if (not before or self._close(before)) and (not before or self._close(after)):
                    others = tokens[:i] + tokens[i + 1 :]
                    return BrandHit(found.group(), self._known_words([before, after, *others]), glued=True)
        return weak_hit

    def _words_and_strong_name(self, label: str) -> bool:
        """Some piece of ``label`` reads whole as known words around a strong name of five letters or more
        (gestionantai: gestion + antai), so an ordinary word that the glue happens to spell across them
        (nantai) is not what is written; club-nantais or amelioration-habitat read no such way."""
        for token in label.replace("_", "-").split("-"):
            words = self.segmenter.split(token) if token else None
            if words is not None and len(words) > 1 and any(self._strong_long(w) for w in words):
                return True
        return False

    def _strong_long(self, word: str) -> bool:
        return word in self.brands and word not in self.weak and len(word) >= MIN_AFFIX_LEN

    def mentions(self, text: str) -> bool:
        """Some brand name is written in ``text``, hyphens and underscores aside: one pass at C speed
        that lets most ordinary names skip the word-by-word search."""
        return self._any.search(text.replace("-", "").replace("_", "")) is not None

    def _word_hits(self, tokens: list[str]) -> list[BrandHit]:
        hits: list[BrandHit] = []
        for size in (3, 2):  # brands written with hyphens: service-public, banque-de-france
            for i in range(len(tokens) - size + 1):
                joined = "".join(tokens[i : i + size])
                if joined in self.brands:
                    others = tokens[:i] + tokens[i + size :]
                    hits.append(BrandHit(joined, self._known_words(others), joined in self.weak))
        for i, token in enumerate(tokens):
            others = tokens[:i] + tokens[i + 1 :]
            if self._strong_word_hit(token, others, hits):
                break
        return hits

    def _strong_word_hit(self, token: str, others: list[str], hits: list[BrandHit]) -> bool:
        """Append the names standing as words in ``token``; True once a strong one is found."""
        for start in self._starts.finditer(token):
            at = start.start()
            for brand in self._by_first.get(token[at : at + 2], ()):
                if not token.startswith(brand, at):
                    continue
                before, after = self.words_of(token[:at]), self.words_of(token[at + len(brand) :])
                if before is None or after is None:
                    continue
                weak = brand in self.weak
                hits.append(BrandHit(brand, before + after + self._known_words(others), weak))
                if not weak:
                    return True
        return False

    def _words_around(self, tokens: list[str], found: re.Match[str]) -> tuple[str, ...]:
        """Known words of the tokens outside the match, and of the bits of tokens it cuts."""
        pieces: list[str] = []
        at = 0
        for token in tokens:
            end = at + len(token)
            if end <= found.start() or at >= found.end():
                pieces.append(token)
            else:
                pieces.extend((token[: max(0, found.start() - at)], token[max(0, found.end() - at) :]))
            at = end
        return self._known_words([p for p in pieces if p])

    def _known_words(self, tokens: list[str]) -> tuple[str, ...]:
        words: list[str] = []
        for token in tokens:
            words.extend(self.words_of(token) or ())
        return tuple(words)

    def imitation(self, label: str) -> Imitation | None:
        """A label that looks like a (strong) brand without being it. A known word is itself (amandes, the
        almonds, is no typo of amendes)."""
        if label in self.brands or label in self.vocabulary:
            return None
        seen = skeleton(label)
        target = self.skeletons.get(seen)
        if target is not None:
            if not label.isascii():
                return Imitation(target, "homoglyph", "lettres d'un autre alphabet")
            return Imitation(target, "lookalike", describe_tricks(label))
        if not seen.isascii() or len(seen) < MIN_FUZZY_LEN - 1:
            return None
        brand = self._near_fuzzy.first(seen)  # the first of _fuzzy_by_len[len(seen)] one letter off
        if brand is not None:
            return Imitation(brand, "typo", describe_typo(seen, brand))
        return None

    def _close(self, piece: str) -> bool:
        """Made of known words and digits, or only a couple of stray letters (the "s" of impotss)."""
        return len(piece) <= MAX_STRAY or self.segmenter.split(piece) is not None


_VOWELS = frozenset("aeiouy")
_VOWELS_BUT_Y = frozenset("aeiou")
# A brand written without its vowels (ppl, prbs) keeps this many letters at least, from a name this long.
MIN_SKELETON = 3
MIN_SKELETON_BRAND = 6
MIN_SKELETON_SHARE = 0.4  # bouygues -> bgs says too little
# A brand cut short (mondial for mondialrelay, cartevit) keeps at least this many letters, and this share.
MIN_CUT_BRAND = 7
MIN_CUT_SHARE = 0.55


def brand_fragments(
    brands: dict[str, str], weak: frozenset[str], vocabulary: frozenset[str]
) -> dict[str, str]:
    """Shortened forms of the strong brand names, each pointing at its brand: the name without its
    vowels (paypal -> ppl, paribas -> prbs), as text messages abbreviate, and the name cut short
    (mondialrelay -> mondial, cartevitale -> cartevit). Known words and other brands are left out."""
    out: dict[str, str] = {}
    for brand in sorted(brands, key=len, reverse=True):
        if brand in weak or not brand.isalpha():
            continue
        forms: list[str] = []
        # The first letter stays, vowel or not (amazon -> amzn), as in stock tickers and SMS spelling.
        consonants = brand[0] + "".join(ch for ch in brand[1:] if ch not in _VOWELS)
        # The "y" is kept as a consonant too (paypal -> pypl, the stock ticker) when the name has one.
        with_y = brand[0] + "".join(ch for ch in brand[1:] if ch not in _VOWELS_BUT_Y)
        for skeleton_form in dict.fromkeys((consonants, with_y)):
            kept = len(skeleton_form) >= max(MIN_SKELETON, len(brand) * MIN_SKELETON_SHARE)
            if (
                len(brand) >= MIN_SKELETON_BRAND
                and kept
                and skeleton_form != brand
                and brand not in vocabulary
            ):
                forms.append(skeleton_form)
        shortest = max(MIN_CUT_BRAND, math.ceil(len(brand) * MIN_CUT_SHARE))
        forms.extend(brand[:size] for size in range(shortest, len(brand)))
        for form in forms:
            if form not in brands and form not in vocabulary and form not in out:
                out[form] = brand
    return out


def one_letter_off(word: str) -> list[str]:
    """The commonest typos of a written word: one letter dropped, one doubled, two neighbours swapped."""
    forms = [word[:at] + word[at + 1 :] for at in range(len(word))]
    forms += [word[:at] + word[at] + word[at:] for at in range(len(word))]
    forms += [word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)]
    return [form for form in dict.fromkeys(forms) if form != word]


class NearNames:
    """The first of some names (in their given order) one edit from a word: a letter changed, added or dropped,
    or two neighbours swapped (the optimal string alignment distance). One such edit leaves the first or the
    last letter of a word of three letters or more in place, so the names are indexed once by (size, first
    letter) and (size, last letter) and a word is compared with those few names only, not with every name of
    its size: the same answer as a scan of the list, with a tenth of the comparisons."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(dict.fromkeys(names))
        firsts: dict[tuple[int, str], list[int]] = {}
        lasts: dict[tuple[int, str], list[int]] = {}
        for at, name in enumerate(self.names):
            for size in (len(name) - 1, len(name), len(name) + 1):
                firsts.setdefault((size, name[:1]), []).append(at)
                lasts.setdefault((size, name[-1:]), []).append(at)
        self._firsts = {key: tuple(found) for key, found in firsts.items()}
        self._lasts = {key: tuple(found) for key, found in lasts.items()}

    def first(self, word: str) -> str | None:
        """The first name at distance 0 or 1 from ``word``, as ``next(n for n in names if OSA(word, n) <= 1)``."""
        if len(word) < _NEAR_ENDS:
            places: Iterable[int] = range(len(self.names))
        else:
            size = len(word)
            by_first = self._firsts.get((size, word[0]), ())
            by_last = self._lasts.get((size, word[-1]), ())
            places = sorted({*by_first, *by_last}) if by_first and by_last else by_first or by_last
        for at in places:
            name = self.names[at]
            if OSA.distance(word, name, score_cutoff=1) <= 1:
                return name
        return None


_NEAR_ENDS = 3  # one edit keeps the first or the last letter of a word this long


# A word this long is also read with one letter off inside a glued name: shorter ones collide with other words.
MIN_TYPO_WORD = 7
_FORM_HEAD = 6  # the shortest form: every form has this many first letters


class TypoReader:
    """Reads a glued piece where one long known word is misspelt (contrlefiscal, securemboursemntedf): every
    misspelt form is prepared once in a table, and the places where one may start (its first four letters)
    are found at C speed (most ordinary names have none); the rest of the piece must then be known words.

    Fake names are typed in a hurry or varied on purpose to slip past filters; the word is still read.
    """

    def __init__(self, words: frozenset[str], vocabulary: frozenset[str], segmenter: Segmenter) -> None:
        forms: dict[str, str] = {}
        for word in sorted(words):
            if len(word) < MIN_TYPO_WORD or not word.isalpha():
                continue
            for form in one_letter_off(word):
                if form not in vocabulary:
                    forms.setdefault(form, word)
        self.forms = forms
        self.segmenter = segmenter
        self._shortest = min(map(len, forms), default=0)
        self._longest = max(map(len, forms), default=0)
        # A pattern of every form's first six letters, compiled in tens of milliseconds (one of the whole
        # forms takes a tenth of a second) and found at every place by a look-ahead: one place in ten names.
        heads = sorted({form[:_FORM_HEAD] for form in forms})
        self._re = re.compile("(?=" + trie_pattern(heads) + ")") if forms else None

    def read(self, piece: str) -> tuple[tuple[str, ...], str, str] | None:
        """(the words of ``piece`` with the misspelt one set right, the form written, the word meant); the
        form is "" when the missing letter is the one two glued words share (postenligne)."""
        if self._re is None or len(piece) < self._shortest:
            return None
        split, forms, size = self.segmenter.split, self.forms, len(piece)
        for found in self._re.finditer(piece):
            start = found.start()
            if size - start < self._shortest:
                break
            before = split(piece[:start]) if start else ()
            if before is None:
                continue
            for end in range(min(size, start + self._longest), start + self._shortest - 1, -1):
                form = piece[start:end]
                word = forms.get(form)
                if word is None:
                    continue
                after = split(piece[end:])
                if after is None:
                    continue
                if form == word[1:] and start and piece[start - 1] == word[0]:
                    form = ""  # a letter shared by two glued words (poste|enligne): no misspelling
                return (*before, word, *after), form, word
        return None


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words``, written as a tree of letters. At one place it
    matches the longest word that fits (greedy optional endings), like an alternation sorted longest
    first, but the regex engine follows one branch per letter instead of trying every word."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _pattern_of(tree) or "(?!)"


def _pattern_of(node: dict[str, dict[str, Any]]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern_of(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a shorter word stops here: the longer ones are tried first
        return "(?:" + body + ")?"
    return body


class Segmenter:
    """Splits a piece of a name into known words and digits (monespaceintrum -> mon, espace, intrum).

    Most pieces of ordinary names are not made of known words: a few set lookups (can it start with a
    word or a digit, can it end with one) turn them down before any word-by-word search, which would
    give the same answer, only later.
    """

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        # Long words are also read in the plural (contraventions, paiements): the search runs on the words
        # and their plurals, and each plural found is given back as its word.
        self._singular = {
            w + "s": w
            for w in vocabulary
            if len(w) >= _PLURAL_WORD and w.isalpha() and w + "s" not in vocabulary
        }
        self._searched = vocabulary | frozenset(self._singular)
        # Words of one or two letters as they are; longer ones by their first (last) three letters.
        self._heads = frozenset(w if len(w) < _EDGE else w[:_EDGE] for w in vocabulary)
        self._tails = frozenset(w if len(w) < _EDGE else w[-_EDGE:] for w in self._searched)

    def split(self, piece: str) -> tuple[str, ...] | None:
        if not piece:
            return ()
        if piece in self.vocabulary:
            return (piece,)
        if len(piece) > 60:
            return None
        if not (self._may_start(piece) and self._may_end(piece)):
            return None
        words = _segment_long(piece, self._searched)
        if words is None or self._singular.keys().isdisjoint(words):
            return words
        return tuple(self._singular.get(w, w) for w in words)

    def _may_start(self, piece: str) -> bool:
        heads = self._heads
        return piece[0].isdigit() or piece[:_EDGE] in heads or piece[:2] in heads or piece[:1] in heads

    def _may_end(self, piece: str) -> bool:
        tails = self._tails
        return piece[-1].isdigit() or piece[-_EDGE:] in tails or piece[-2:] in tails or piece[-1:] in tails


_EDGE = 3
# A word this long or longer is also read in the plural inside a name (contraventionspaiements); shorter ones
# are not (dedouanes, decomprimes: a plural there makes ordinary French words readable as a story).
_PLURAL_WORD = 7


@lru_cache(maxsize=4096)
def _segment_long(piece: str, vocabulary: frozenset[str]) -> tuple[str, ...] | None:
    """The word split of one piece; cached because a check splits the same tokens several times (the
    host's words, then around each brand found in them)."""
    # best[i]: the words covering piece[:i]; digits stand for themselves and are skipped. For each end,
    # the first start (in order) that is itself covered and leaves a word or digits; only covered starts
    # (``reached``, in order) are tried, so an unknown piece costs a few lookups, not every substring.
    best: list[tuple[str, ...] | None] = [None] * (len(piece) + 1)
    best[0] = ()
    reached = [0]
    digits = not piece.isalpha()  # most pieces have none: no digit test then
    for end in range(1, len(piece) + 1):
        lowest = end - 20
        for start in reached:
            if start < lowest:
                continue
            chunk = piece[start:end]
            if chunk in vocabulary:
                best[end] = (*best[start], chunk)  # type: ignore[misc]  # a reached start is covered
                reached.append(end)
                break
            if digits and chunk.isdigit():
                best[end] = best[start]
                reached.append(end)
                break
    return best[len(piece)]


# Look-alike letters of plain ASCII (the Unicode TR39 "skeleton" idea applied to what a keyboard can type): in
# a small font or a phone's address bar "mondiairelay" reads as "mondialrelay". Each pair is (letter of the
# name, what is written instead, how to say it).
_LOOKALIKE_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("l", "i", "un « i » à la place du « l »"),
    ("l", "1", "le chiffre 1 à la place du « l »"),
    ("i", "1", "le chiffre 1 à la place du « i »"),
    ("o", "0", "le chiffre 0 à la place du « o »"),
    ("m", "rn", "« rn » à la place du « m »"),
    ("w", "vv", "« vv » à la place du « w »"),
)
MIN_CONFUSABLE_NAME = 4  # ulys -> uiys; shorter names (lcl -> lci) collide with ordinary words and acronyms


def confusable_forms(names: Iterable[str], vocabulary: frozenset[str]) -> dict[str, tuple[str, str]]:
    """Each name written with look-alike letters (one letter swapped, or every such letter of one kind:
    mondiaireiay) -> (the name, how it is written). A form that is itself a known word is left out."""
    forms: dict[str, tuple[str, str]] = {}
    for name in names:
        if len(name) < MIN_CONFUSABLE_NAME or not name.isalpha():
            continue
        for letter, written, how in _LOOKALIKE_LETTERS:
            places = [at for at, ch in enumerate(name) if ch == letter]
            variants = [name[:at] + written + name[at + 1 :] for at in places]
            if len(places) > 1:
                variants.append(name.replace(letter, written))
            for form in variants:
                if form not in vocabulary and form not in forms:
                    forms[form] = (name, how)
    return forms


# A name this long is read one letter off at the start of any word of a name (mondialerelay-suivi), and one this
# long two letters off (rondialrelai: "r" for "m", "i" for "y"): ordinary French words come that close to
# shorter names (discount, cdiscount) but hardly ever to these (probe of 120,000 names of French words).
MIN_HEAD_TYPO = 8
MIN_FAR_TYPO = 10
# A five-letter name with one letter added is read as a whole word only (almeli, amaeli): at the start of a
# longer word it is too often French (fantaisie, important).
SHORT_TYPO_NAME = 5
_GRAM = 3
_SWAP_AND_EDIT = 3  # a swap of two neighbours costs two plain edits: one edit and one swap cost three


class HeadTypos:
    """Long brand names misspelt at the start of a word of a name (mondialerelay, rondialrelai), and five-letter
    names with one letter added (almeli): the next campaign's spelling of a known name, found without a list of
    typos. A few three-letter pieces shared with a name pick the candidates (most words share none), then an
    optimal string alignment distance (a swap of two neighbours counts one) decides."""

    def __init__(self, names: Iterable[str], known: frozenset[str]) -> None:
        self.known = known
        self.inserted: dict[str, str] = {}
        long: list[str] = []
        for name in sorted(names):
            if not name.isalpha():
                continue
            if len(name) == SHORT_TYPO_NAME:
                for at in range(len(name) + 1):
                    for letter in "abcdefghijklmnopqrstuvwxyz":
                        form = name[:at] + letter + name[at:]
                        plural = at == len(name) and letter == "s"
                        if form != name and not plural and form not in known:
                            self.inserted.setdefault(form, name)
            elif len(name) >= MIN_HEAD_TYPO:
                long.append(name)
        self.long = tuple(long)
        self._grams: dict[str, tuple[int, ...]] = {}
        grams: dict[str, list[int]] = {}
        for index, name in enumerate(self.long):
            for at in range(len(name) - _GRAM + 1):
                found = grams.setdefault(name[at : at + _GRAM], [])
                if index not in found:
                    found.append(index)
        self._grams = {gram: tuple(found) for gram, found in grams.items()}
        self._head = max(map(len, self.long), default=0) + 2

    def find(self, token: str) -> tuple[Imitation, str] | None:
        """The name ``token`` starts with, misspelt, and the part of ``token`` that writes it."""
        brand = self.inserted.get(token)
        if brand is not None:
            return Imitation(brand, "typo", describe_typo(token, brand)), token
        if len(token) < MIN_HEAD_TYPO - 1 or not token.isalpha() or token in self.known:
            return None
        head = token[: self._head]
        seen: set[int] = set()
        twice: set[int] = set()  # names sharing two pieces of three letters with the token at least
        grams = self._grams.get
        for at in range(len(head) - _GRAM + 1):
            found = grams(head[at : at + _GRAM])
            if found:
                for index in found:
                    if index in seen:
                        twice.add(index)
                    else:
                        seen.add(index)
        best: tuple[int, str, str] | None = None
        for index in twice:
            name = self.long[index]
            far = len(name) >= MIN_FAR_TYPO
            for size in range(len(name) - 2, min(len(token), len(name) + 2) + 1):
                written = token[:size]
                if written == name or written in self.known:
                    continue
                distance = OSA.distance(written, name, score_cutoff=2)
                # Shorter names: one letter off, or one letter off and two neighbours swapped (lboncion):
                # a swap keeps every letter, the eye reads past it.
                near = distance <= 1 or (
                    distance == 2 and Levenshtein.distance(written, name) == _SWAP_AND_EDIT
                )
                if ((far and distance <= 2) or near) and (best is None or distance < best[0]):
                    best = (distance, written, name)
        if best is not None:
            distance, written, name = best
            how = describe_typo(written, name) if distance == 1 else "deux lettres de différence"
            return Imitation(name, "typo", how), written
        return None
