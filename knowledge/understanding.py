"""Rules for understanding what people write, loaded from ``data/understanding/*.toml`` and compiled once.

People under stress type "jen ai marre", "c quoi intrum", "g plus envie": every rule here is written for
one folded form of the text (lower case, no accents, straight apostrophes, elisions glued back, SMS
spellings expanded), produced by :func:`fold`. The decisions themselves live in ``checks/``; this module
only holds the data, validated and compiled at load so a broken pattern fails at start-up, not in a chat.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from knowledge import text_fold
from knowledge.base import CheckedDate, KnowledgeError, NonBlank, Status, Strict, load_file
from knowledge.cache import loader

__all__ = [
    "Creditor",
    "DistressHit",
    "DistressRules",
    "Sector",
    "distress_in",
    "fold",
    "load_distress",
    "load_places",
    "load_sectors",
    "load_shapes",
    "load_spelling",
]

DistressKind = Literal["explicit", "exhaustion"]

# "j ai" -> "j'ai": a lone j before a vowel is always an elision; c only before est/etait (a lone "c" is an
# SMS "c'est", expanded by the spelling list); the other elided letters before any vowel or h.
_GLUE_J = re.compile(r"\bj (?=[aeiouyh])")
_GLUE_C = re.compile(r"\bc (?=(?:est|etait|etais|ela)\b)")
_GLUE_OTHER = re.compile(r"\b([lndmts]|qu|jusqu|lorsqu|puisqu) (?=[aeiouyh])")
_basic_fold = text_fold.fold  # the project's plain folding, before glued words and spelling

# "en deux mille dix neuf", "janvier deux mille vingt et un" (fourth hunt, 01/12/2026): a year of this century written in
# words, read as its digits so the date rules meet it. Only "deux mille" followed by a number word from one to thirty:
# "deux mille euros" stays an amount.
_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf")
_YEAR_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS, start=1)},
    **{word: n for n, word in enumerate(_TEENS, start=10)},
    "vingt": 20,
    "vingt et un": 21,
    **{f"vingt {word}": 20 + n for n, word in enumerate(_UNITS[1:], start=2)},
    "trente": 30,
}
_YEAR_IN_WORDS = re.compile(
    r"\bdeux[ -]mille[ -]("
    + "|".join(w.replace(" ", "[ -]") for w in sorted(_YEAR_WORDS, key=len, reverse=True))
    + r")\b(?! (?:euros?|eur|e)\b)"
)


def _years_as_digits(folded: str) -> str:
    """ "deux mille dix neuf" -> "2019" (see _YEAR_IN_WORDS)."""
    return _YEAR_IN_WORDS.sub(lambda m: str(2000 + _YEAR_WORDS[m.group(1).replace("-", " ")]), folded)


class _SpellingFile(Strict):
    spelling: dict[NonBlank, NonBlank]


@loader
def load_spelling() -> tuple[dict[str, str], re.Pattern[str]]:
    parsed = load_file("understanding/spelling.toml", _SpellingFile)
    table = {_basic_fold(k): _basic_fold(v) for k, v in parsed.spelling.items()}
    words = sorted(table, key=len, reverse=True)
    return table, re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, words)) + r")(?![\w'])")


def fold(text: str) -> str:
    """The one form every understanding rule is written for."""
    folded = _basic_fold(text)
    folded = _GLUE_J.sub("j'", folded)
    folded = _GLUE_C.sub("c'", folded)
    folded = _GLUE_OTHER.sub(r"\1'", folded)
    table, pattern = load_spelling()
    return _years_as_digits(pattern.sub(lambda m: table[m.group()], folded))


def _compile(where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise KnowledgeError(f"{where}: motif invalide {pattern!r} : {exc}") from exc


# ---------------------------------------------------------------- distress


class _Family(Strict):
    id: NonBlank
    kind: DistressKind
    source: NonBlank
    checked: CheckedDate
    patterns: list[NonBlank] = Field(min_length=1)


class _Ordinary(Strict):
    id: NonBlank
    why: NonBlank
    patterns: list[NonBlank] = Field(min_length=1)


class _Variant(Strict):
    word: NonBlank  # the spelling the families are written for ("mourir")
    patterns: list[NonBlank] = Field(min_length=1)  # how people also type it ("mourrire", "mouri")
    hints: list[NonBlank] = Field(min_length=1)  # letters every such spelling contains: a cheap first test


class _Signals(Strict):
    needed: int = Field(ge=2)  # different kinds of signal that together make distress
    first_person: NonBlank  # the person speaks of themselves
    kinds: dict[NonBlank, NonBlank] = Field(min_length=2)  # kind -> pattern


class _DistressFile(Strict):
    words: dict[NonBlank, list[NonBlank]] = {}  # word families, written <name> inside patterns
    variant: list[_Variant] = []
    family: list[_Family] = Field(min_length=1)
    ordinary: list[_Ordinary] = []
    signals: _Signals | None = None


class DistressHit(BaseModel):
    model_config = ConfigDict(frozen=True)

    family: str
    kind: DistressKind
    quote: str  # the folded words that matched


class DistressRules:
    """Compiled distress families; :meth:`find` answers on already folded text.

    Before the families are searched, misspelt words are brought back to the spelling the families are
    written for (``[[variant]]``: "mourrire", "disparetre", "envi"), ordinary look-alikes are blanked, and
    the negation particle is dropped ("je ne suis bonne a rien", "je suis bonne a rien", "personne ne peut
    m'aider" are the same sentence to someone who types fast): one form, searched once per family.
    """

    def __init__(self, parsed: _DistressFile) -> None:
        where = "understanding/distress.toml"
        words = {name: "(?:" + "|".join(alternatives) + ")" for name, alternatives in parsed.words.items()}

        def expand(pattern: str, owner: str) -> str:
            def word(match: re.Match[str]) -> str:
                if match.group(1) not in words:
                    raise KnowledgeError(f"{where} [{owner}]: famille de mots inconnue <{match.group(1)}>")
                return words[match.group(1)]

            return _WORD_REF.sub(word, pattern)

        for family in parsed.family:  # each pattern alone, so the error names the faulty one
            for p in family.patterns:
                _compile(f"{where} [{family.id}]", expand(p, family.id))
        self.families = [
            (f.id, f.kind, _compile(where, "|".join(f"(?:{expand(p, f.id)})" for p in f.patterns)))
            for f in parsed.family
        ]
        # One substitution per word (measured faster than one alternation of every spelling), tried only
        # when one of its hints is in the text.
        self.variants = [
            (
                v.word,
                tuple(v.hints),
                _compile(f"{where} [{v.word}]", "|".join(f"(?:{p})" for p in v.patterns)),
            )
            for v in parsed.variant
        ]
        self.signals_needed = parsed.signals.needed if parsed.signals else 0
        self.first_person = _compile(where, parsed.signals.first_person) if parsed.signals else None
        self.signal_kinds = [
            (kind, _compile(f"{where} [signals.{kind}]", pattern))
            for kind, pattern in (parsed.signals.kinds.items() if parsed.signals else [])
        ]
        ordinary = [expand(p, o.id) for o in parsed.ordinary for p in o.patterns]
        self.ordinary = _compile(where, "|".join(f"(?:{p})" for p in ordinary)) if ordinary else None

    def form(self, folded: str) -> str:
        """The form of ``folded`` the families are searched in (see the class docstring)."""
        for word, hints, pattern in self.variants:
            if any(hint in folded for hint in hints):
                folded = pattern.sub(word, folded)
        if self.ordinary is not None:
            folded = self.ordinary.sub(lambda m: " " * len(m.group()), folded)
        return _NEGATION.sub("", _JE_N.sub("j'", folded))

    def find(self, folded: str) -> DistressHit | None:
        form = self.form(folded)
        for family_id, kind, pattern in self.families:
            match = pattern.search(form)
            if match:
                return DistressHit(family=family_id, kind=kind, quote=match.group().strip())
        seen = self._signals(form)
        if seen:
            return DistressHit(family="despair_signals", kind="exhaustion", quote=", ".join(seen))
        return None

    def _signals(self, form: str) -> list[str]:
        """The kinds of despair signal seen close together, if there are enough of them: in the whole of a
        short text, else within two sentences in a row (a pasted letter may speak of pain on one page and of
        loneliness on another)."""
        if self.first_person is None:
            return []
        if len(form) <= _SIGNAL_SPAN:
            windows = [form]
        else:
            sentences = _SENTENCE_END.split(form)
            windows = [" ".join(sentences[k : k + 2]) for k in range(max(1, len(sentences) - 1))]
        for window in windows:
            if self.first_person.search(window):
                seen = [kind for kind, pattern in self.signal_kinds if pattern.search(window)]
                if len(seen) >= self.signals_needed:
                    return seen
        return []


_WORD_REF = re.compile(r"<([a-z_]+)>")
_SIGNAL_SPAN = 400  # characters: up to this, a text is one person's few sentences, read as a whole
_SENTENCE_END = re.compile(r"(?<=[.!?…\n])\s+")
_JE_N = re.compile(r"\bje n'(?=[aeiouyh])")  # "je n'ai plus" -> "j'ai plus"
_NEGATION = re.compile(r"\bne |\bn'")


@loader
def load_distress() -> DistressRules:
    return DistressRules(load_file("understanding/distress.toml", _DistressFile))


@lru_cache(maxsize=32)
def distress_in(text: str) -> DistressHit | None:
    """The distress family found in ``text`` as typed. Cached: the router's hook, the intent rules and
    the understanding layer all ask about the same text. In a paste longer than 5,000 characters the
    person's own words are its first 4,000 and last 1,000 characters (the rest is what they pasted)."""
    if len(text) > _OWN_WORDS_HEAD + _OWN_WORDS_TAIL:
        text = text[:_OWN_WORDS_HEAD] + "\n" + text[-_OWN_WORDS_TAIL:]
    return load_distress().find(fold(text))


_OWN_WORDS_HEAD = 4000
_OWN_WORDS_TAIL = 1000


# ---------------------------------------------------------------- creditors and sectors


class Sector(Strict):
    id: NonBlank  # a debt type of knowledge/data/prescription.toml
    label: NonBlank  # "facture télécom", as the guess is worded
    words: list[NonBlank] = []  # "box", "forfait", "facture d'electricite": the sector named without a brand


class Creditor(Strict):
    name: NonBlank
    sector: NonBlank
    organisation: str = ""  # id in data/organisations/, for a collector that has an entry there
    aliases: list[NonBlank] = Field(min_length=1)
    source: NonBlank
    checked: CheckedDate
    status: Status = Status.confirmed


class _PublicCreditors(Strict):
    """Creditors recovered by a public accountant (fiche juridique 0.8): their periods and what interrupts them
    differ from private debts, so a prescription answer for them is never "prescribed" (legal redo, 01/12/2026)."""

    words: list[NonBlank] = Field(min_length=1)  # folded
    sectors: list[NonBlank] = []  # debt types that are public by nature ("state_tax", "local_public")
    source: NonBlank
    checked: CheckedDate
    status: Status = Status.reported


class _SectorFile(Strict):
    sector: list[Sector] = Field(min_length=1)
    creditor: list[Creditor] = Field(min_length=1)
    collector: list[Creditor] = []
    public: _PublicCreditors | None = None


class SectorRules:
    def __init__(self, parsed: _SectorFile) -> None:
        self.sectors = {s.id: s for s in parsed.sector}
        for c in [*parsed.creditor, *parsed.collector]:
            if c.sector not in self.sectors:
                raise KnowledgeError(f"understanding/sectors.toml: {c.name}: secteur inconnu {c.sector!r}")
        self.creditors = parsed.creditor
        self.collectors = parsed.collector

        def alternation(names: list[str]) -> re.Pattern[str]:
            ordered = sorted({fold(n) for n in names}, key=len, reverse=True)
            return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w])")

        self.creditor_of = {fold(a): c for c in self.creditors for a in c.aliases}
        self.collector_of = {fold(a): c for c in self.collectors for a in c.aliases}
        self.creditor_re = alternation(list(self.creditor_of))
        self.collector_re = alternation(list(self.collector_of)) if self.collectors else None
        self.sector_of_word = {fold(w): s for s in parsed.sector for w in s.words}
        self.sector_word_re = alternation(list(self.sector_of_word))
        public = parsed.public
        self.public_sectors = frozenset(public.sectors if public is not None else ())
        for sector_id in self.public_sectors:
            if sector_id not in self.sectors:
                raise KnowledgeError(f"understanding/sectors.toml: public: secteur inconnu {sector_id!r}")
        self.public_re = alternation(public.words) if public is not None else None


@loader
def load_sectors() -> SectorRules:
    return SectorRules(load_file("understanding/sectors.toml", _SectorFile))


# ---------------------------------------------------------------- shapes of a text


class _Shape(Strict):
    id: NonBlank
    why: NonBlank
    patterns: list[NonBlank] = Field(min_length=1)
    on_raw: bool = False  # matched on the text as typed (capitals matter), not on the folded form
    repeat_is_strong: bool = False  # two matches or more count as two marks


class _ShapeFile(Strict):
    received: list[_Shape] = Field(min_length=1)
    own_situation: list[_Shape] = Field(min_length=1)
    question: list[_Shape] = Field(min_length=1)
    answer: list[_Shape] = []
    own_words: list[_Shape] = []
    not_own_words: list[_Shape] = []


class ShapeRules:
    """Marks of what a text is: a message received (sender header, a creditor's "vous"), a person's own
    situation (first person), a question. Each group is a list of (id, compiled pattern)."""

    def __init__(self, parsed: _ShapeFile) -> None:
        where = "understanding/shapes.toml"

        def group(shapes: list[_Shape]) -> list[tuple[str, re.Pattern[str]]]:
            return [
                (s.id, _compile(f"{where} [{s.id}]", "|".join(f"(?:{p})" for p in s.patterns)))
                for s in shapes
            ]

        self.received = group(parsed.received)
        self.on_raw = {s.id for s in parsed.received if s.on_raw}
        self.repeat_is_strong = {s.id for s in parsed.received if s.repeat_is_strong}
        self.own_situation = group(parsed.own_situation)
        self.question = group(parsed.question)
        self.answer = group(parsed.answer)
        self.own_words = group(parsed.own_words)
        self.not_own_words = group(parsed.not_own_words)


@loader
def load_shapes() -> ShapeRules:
    return ShapeRules(load_file("understanding/shapes.toml", _ShapeFile))


# ---------------------------------------------------------------- places


class _Place(Strict):
    department: NonBlank
    names: list[NonBlank] = Field(min_length=1)


class _PlaceFile(Strict):
    source: NonBlank
    checked: CheckedDate
    place: list[_Place] = Field(min_length=1)
    regions: dict[NonBlank, NonBlank] = {}


class PlaceRules:
    def __init__(self, parsed: _PlaceFile) -> None:
        self.department_of = {fold(n): p.department for p in parsed.place for n in p.names}
        self.department_of_region = dict(parsed.regions)
        ordered = sorted(self.department_of, key=len, reverse=True)
        self.names_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")


@loader
def load_places() -> PlaceRules:
    return PlaceRules(load_file("understanding/places.toml", _PlaceFile))
