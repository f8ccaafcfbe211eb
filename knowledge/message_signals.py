"""Words, phrases and look-alike data that message analysis looks for, validated and compiled at load.

The patterns live in ``data/message_signals.toml`` (see its header for the syntax). Patterns of one family
are compiled into ONE regular expression with a named group per signal, so a message is scanned once per
family instead of once per phrase. Every pattern, every referenced fact and every finding code is checked
here, so a typo fails at start-up with the file and the field named.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator, model_validator

from knowledge import organisations, wording
from knowledge.base import (
    DATA_DIR,
    CheckedDate,
    KnowledgeError,
    NonBlank,
    Status,
    Strict,
    read_toml,
    validate,
)
from knowledge.cache import loader

FILE = "message_signals.toml"

# Facts the analyser computes itself (from links and numbers), usable in requires/unless.
COMPUTED_FACTS = frozenset(
    {
        "link_any",
        "link_unofficial",
        "link_official",
        "number_any",
        "number_not_known",
        "number_risky",
        "own_channel_only",
        "complete_demand_no_contact",
        "notice_only",
        "completed_only",
        "official_links_only",
    }
)

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
# A pattern is written for the normalised text; these constructs could backtrack without bound.
_UNBOUNDED_RE = re.compile(r"(?<!\\)[.\]\)]\*|(?<!\\)[.\]\)]\+|\{\d+,\}")


class Target(StrEnum):
    verdict = "verdict"  # who is contacting me
    lawfulness = "lawfulness"  # is what they ask lawful


def check_pattern(value: str) -> str:
    """A pattern for the normalised text: valid, without capturing groups or unbounded repeats."""
    if _UNBOUNDED_RE.search(value):
        raise ValueError(f"pattern {value!r} has an unbounded repeat: use {{0,40}} instead of * or +")
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"pattern {value!r} is not a valid regular expression: {exc}") from exc
    if re.compile(value).groups:
        raise ValueError(f"pattern {value!r} must use (?:...) groups, not capturing ones")
    return value


def check_patterns(value: list[str]) -> list[str]:
    """At least one pattern, each checked by ``check_pattern``."""
    if not value:
        raise ValueError("at least one pattern is needed")
    return [check_pattern(p) for p in value]


def check_ident(value: str) -> str:
    """An identifier of the data files: lower_snake_case."""
    if not _ID_RE.match(value):
        raise ValueError(f"{value!r} must be lower_snake_case")
    return value


# Field types of the data files' models, validated by the two functions above.
SnakeId = Annotated[NonBlank, AfterValidator(check_ident)]
Patterns = Annotated[list[str], AfterValidator(check_patterns)]


class Signal(Strict):
    id: SnakeId
    family: SnakeId
    patterns: list[str] = []
    finding: str | None = None
    target: Target | None = None
    requires: list[str] = []
    requires_any: list[str] = []
    unless: list[str] = []

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (self.finding is None) != (self.target is None):
            raise ValueError(f"{self.id}: 'finding' and 'target' go together")
        if not self.patterns and not (self.requires or self.requires_any):
            raise ValueError(f"{self.id}: a signal without patterns must derive from other facts")
        return self


class BodyKind(StrEnum):
    public = "public"
    justice = "justice"
    collector = "collector"
    company = "company"


class Body(Strict):
    """Someone a message may claim to come from, with the domains that are really theirs.

    ``organisations`` names entries of ``knowledge.organisations``: their confirmed domains (sourced there)
    are added to ``domains`` at load, so a domain is written and sourced in one place only.
    """

    id: NonBlank
    name: NonBlank
    kind: BodyKind
    patterns: Patterns
    domains: list[str] = []
    organisations: list[str] = []

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        out = [d.strip().lower() for d in value]
        for domain in out:
            if not re.fullmatch(r"[a-z0-9.-]+", domain) or domain.startswith("."):
                raise ValueError(f"{domain!r} must be a bare domain name")
        return out


class IbanData(Strict):
    source: NonBlank
    checked: CheckedDate
    domestic: list[str]
    lengths: dict[str, int]

    @model_validator(mode="after")
    def _codes(self) -> Self:
        for code in [*self.domestic, *self.lengths]:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"{code!r} is not an ISO country code")
        for code, length in self.lengths.items():
            if not 15 <= length <= 34:
                raise ValueError(f"{code}: an IBAN has 15 to 34 characters, not {length}")
        return self


class SignalFile(Strict):
    spelling: dict[str, str]
    homoglyphs: dict[str, str]
    signal: list[Signal]
    body: list[Body]
    channel_uses: list[str] = []
    iban: IbanData

    @field_validator("homoglyphs")
    @classmethod
    def _homoglyphs(cls, value: dict[str, str]) -> dict[str, str]:
        for char, latin in value.items():
            if len(char) != 1 or not re.fullmatch(r"[a-z]", latin):
                raise ValueError(f"{char!r} -> {latin!r}: one character to one Latin letter")
        return value

    @field_validator("channel_uses")
    @classmethod
    def _channel_uses(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @field_validator("spelling")
    @classmethod
    def _spelling(cls, value: dict[str, str]) -> dict[str, str]:
        for word in value:
            if not re.fullmatch(r"[a-z0-9]+", word):
                raise ValueError(f"{word!r}: spelling keys are single normalised words")
        return value


# Every pattern matches a whole word: its match starts where the character before is not [a-z0-9]. A literal
# key (``scenarios.literal_keys``: words every match starts with) can therefore only be found at a word start,
# so it is looked for there: in the word view of the text (one space first, every character that is not [a-z0-9]
# a space), the key with a space before it. "ma" (of "maman") is in almost every message; " ma" at a word start
# much less often. And where no key starts a word, no regex needs to try: the matchers run their regex only at
# the word starts that begin like one of their keys (``Prefilter.starts``): the same leftmost match, found sooner.
_WORD_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


@lru_cache(maxsize=8)
def word_view(text: str) -> str:
    """``text`` with every character that is not [a-z0-9] made a space, after a leading space.

    Memoised for the few texts of the message being analysed (its folded form, the form without the clauses
    of advice, a window of them): the dozens of matchers that read one message share one view.
    """
    return " " + text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")


_WORD_RE = re.compile(r"[a-z0-9]+")
_DIGITS = frozenset("0123456789")
_NUMBER = "#"  # the head of every word that starts with a digit


@lru_cache(maxsize=8)
def word_starts(text: str) -> tuple[dict[str, list[int]], frozenset[str]]:
    """Where the words of ``text`` start (its word view), by their first three letters; and those heads.

    Memoised like ``word_view``: built once per text, it answers every matcher's "where could you start?".
    """
    index: dict[str, list[int]] = {}
    for word in _WORD_RE.finditer(word_view(text)):
        # The view has one more character, in front: the word starts at text[start - 1].
        found, start = word.group(), word.start() - 1
        index.setdefault(found[:3], []).append(start)
        if found[0] in _DIGITS:
            index.setdefault(_NUMBER, []).append(start)
    return index, frozenset(index)


class Prefilter(BaseModel):
    """Where a whole-word family can match: the word starts of its literal keys, found at C speed."""

    model_config = ConfigDict(frozen=True)

    #: The first three letters of each key's first word, that whole word when it is shorter and complete ("de "),
    #: "#" for a digit: a match can only start at a word with one of these heads (``word_starts``), and the regex
    #: then tries there only.
    heads: frozenset[str]
    #: The other keys (a short word that may go on, "(code", "+33"), in word-view form (a space, then the key with
    #: every character that is not [a-z0-9] made a space): looked for in the view.
    loose: tuple[str, ...]

    @classmethod
    def of(cls, keys: set[str]) -> Prefilter:
        heads: set[str] = set()
        loose: list[str] = []
        for key in sorted(keys):
            spaced = " " + key.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
            first = spaced.split(" ")[1]
            if len(first) >= 3:
                heads.add(first[:3])
            elif first and len(spaced) > len(first) + 1:
                heads.add(first)  # a whole short word ("de ", "l'"): its own head
            elif first in _DIGITS:
                heads.add(_NUMBER)
            else:
                loose.append(spaced)
        return cls(heads=frozenset(heads), loose=tuple(loose))

    def starts(self, text: str, endpos: int = sys.maxsize) -> list[int]:
        """Indexes of ``text``, in order, where a match may start: every match starts at one of them."""
        index, heads = word_starts(text)
        found: list[int] = []
        for head in self.heads & heads:
            found.extend(index[head])
        if self.loose:
            view = word_view(text)
            for key in self.loose:
                # view[i] is the character before text[i]: a key found at view index i starts at text[i].
                at = view.find(key)
                while at != -1:
                    found.append(at)
                    at = view.find(key, at + 1)
        if len(found) > 1:
            found = sorted(set(found))
        return found if endpos == sys.maxsize else [start for start in found if start < endpos]


def prefilter(keys: set[str] | None) -> Prefilter | None:
    return Prefilter.of(keys) if keys is not None else None


def first_match(
    regex: re.Pattern[str], pre: Prefilter | None, text: str, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """``regex.search(text)`` for a whole-word family: tried only at the word starts its keys found."""
    if pre is None:
        return regex.search(text, 0, endpos)
    for start in pre.starts(text, endpos):
        match = regex.match(text, start, endpos)
        if match is not None:
            return match
    return None


def all_matches(
    regex: re.Pattern[str], pre: Prefilter | None, text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)`` for a whole-word family, tried only where its keys start a word."""
    if pre is None:
        yield from regex.finditer(text, pos, endpos)
        return
    after = pos
    for start in pre.starts(text, endpos):
        if start < after:
            continue
        match = regex.match(text, start, endpos)
        if match is not None:
            yield match
            after = max(match.end(), start + 1)


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class Alternation(BaseModel):
    """Groups of patterns searched as ONE flat alternation, and which group a match came from.

    A named group per signal or body would be simplest, but Python's regular expressions skip an alternative
    whose first character cannot match only when it starts with a plain letter, not with a group: flat,
    the search is several times faster. The group is then told by matching each group's own expression, in
    order, where the match starts: the first one that matches there is the one the alternation chose.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    regex: re.Pattern[str]
    members: tuple[re.Pattern[str], ...]
    #: Where a match can start (the literal words every match starts with); None: search everywhere.
    prefilter: Prefilter | None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """Every match of the alternation (like ``re.finditer``), with the index of the group it belongs to."""
        single = len(self.members) == 1
        for match in all_matches(self.regex, self.prefilter, text, pos, endpos):
            if single:  # one group: nothing to tell apart
                yield 0, match
                continue
            for index, member in enumerate(self.members):
                if member.match(text, match.start(), endpos) is not None:
                    yield index, match
                    break


def alternation(groups: list[list[str]]) -> Alternation:
    """The groups of patterns, each pattern a whole word, searched together (see ``Alternation``)."""
    from knowledge.scenarios import literal_keys  # it imports this module for check_pattern

    patterns = [p for group in groups for p in group]
    keys: set[str] | None = set()
    for pattern in patterns:
        found = literal_keys(pattern)
        keys = None if found is None or keys is None else keys | found
    return Alternation(
        regex=re.compile(_bounded(_alternation(patterns))),
        members=tuple(re.compile(_bounded(_alternation(group))) for group in groups),
        prefilter=prefilter(keys),
    )


def _bounded(body: str) -> str:
    # A match is a whole word: no letter or digit right before or after it.
    return rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"


class Family(BaseModel):
    """One alternation for a family; its group ``i`` is signal ``ids[i]``."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    name: str
    regex: Alternation
    ids: tuple[str, ...]


class Rule(BaseModel):
    """A signal that becomes a finding, with its facts as sets: judged for every message, twice."""

    model_config = ConfigDict(frozen=True)

    signal: Signal
    requires: frozenset[str]
    requires_any: frozenset[str]
    unless: frozenset[str]

    def holds(self, facts: set[str]) -> bool:
        return (
            self.requires <= facts
            and (not self.requires_any or not self.requires_any.isdisjoint(facts))
            and self.unless.isdisjoint(facts)
        )


class Signals(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    signals: dict[str, Signal]
    #: Per target, the signals that become findings, in file order.
    rules: dict[Target, tuple[Rule, ...]]
    families: tuple[Family, ...]
    bodies: tuple[Body, ...]
    body_regex: Alternation
    #: Where a body's name is a channel or a place ("envoyé par la poste", "le cachet de la poste"), not the sender.
    channel_use_regex: re.Pattern[str] | None
    spelling: dict[str, str]
    spelling_regex: re.Pattern[str]
    homoglyphs: dict[str, str]
    iban: IbanData


def _with_organisation_domains(body: Body, path: Path) -> Body:
    directory = organisations.load()
    domains = list(body.domains)
    for org_id in body.organisations:
        org = directory.organisations.get(org_id)
        if org is None:
            raise KnowledgeError(f"{path}: body {body.id}: unknown organisation {org_id!r}")
        domains += [d.domain for d in org.domains if d.status is Status.confirmed and d.domain not in domains]
    if not domains:
        raise KnowledgeError(f"{path}: body {body.id}: no domain (give domains or organisations)")
    return body.model_copy(update={"domains": domains})


# Catalogue kinds a message may claim to come from, and how they read as a body.
_KIND_OF_ORG = {
    "public_service": BodyKind.public,
    "collector": BodyKind.collector,
    "debt_buyer": BodyKind.collector,
    "creditor": BodyKind.company,
}
# Fields of a catalogue entry that hold the other names it goes by ("laposte", "cartevitale"), read when the
# catalogue has them. Its "weak" names ("orange", "free") are ordinary words: never read as a mention.
_NAME_FIELDS = ("brand_tokens",)
_ASCII_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ’", "aaaaaaceeeeiiiinooooouuuuyyoa'")


def _name_pattern(name: str) -> str | None:
    """A name of the catalogue as a pattern of the normalised text ("Crédit Agricole" -> credit[ -]?agricole)."""
    folded = name.lower().translate(_ASCII_FOLD).split(" (")[0].strip()
    if len(folded) < 3 or not re.search(r"[a-z]", folded):
        return None
    words = [re.escape(w) for w in re.split(r"[\s-]+", folded) if w]
    return "[ -]?".join(words)


def glue_tolerant(pattern: str) -> str:
    """A name pattern that also matches its words glued or hyphenated: "credit agricole" -> credit[ -]?agricole.

    Senders' names are written "LAPOSTE", "SocieteGenerale" or "CREDIT-AGRICOLE" in the SMS people paste; the
    catalogue's own names are joined that way already (``_name_pattern``). Spaces inside a character class stay.
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        if char == " " and not in_class:
            optional = pattern.startswith(" ?", i)
            out.append("[ -]?")
            i += 2 if optional else 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _catalogue_bodies(explicit: tuple[Body, ...]) -> tuple[Body, ...]:
    """A body for every organisation of the catalogue not already covered by an explicit body.

    New catalogue entries are picked up without touching this file: their name (and any name variants the
    catalogue gives) becomes a pattern, their confirmed domains the body's own. An organisation whose
    domains an explicit body already lists is the same sender, so it is skipped.
    """
    covered = {domain for body in explicit for domain in body.domains}
    referenced = {org_id for body in explicit for org_id in body.organisations}
    out: list[Body] = []
    for org in organisations.load().organisations.values():
        kind = _KIND_OF_ORG.get(org.kind.value)
        if kind is None or org.id in referenced or covered.intersection(d.domain for d in org.domains):
            continue
        # Only confirmed domains count as the sender's own; the name is recognised either way.
        domains = [d.domain for d in org.domains if d.status is Status.confirmed]
        names = [org.name.split(" / ")[0], *org.name.split(" / ")[1:]]
        for field in _NAME_FIELDS:
            extra = getattr(org, field, None)
            if isinstance(extra, list):
                names += [str(item) for item in extra]
        patterns = sorted({p for p in map(_name_pattern, names) if p}, key=len, reverse=True)
        if not patterns:
            continue
        shown = names[0].split(" (")[0].strip()
        out.append(
            Body(id=f"org_{org.id}", name=f"de « {shown} »", kind=kind, patterns=patterns, domains=domains)
        )
    return tuple(out)


def _compile(parsed: SignalFile) -> Signals:
    path = DATA_DIR / FILE
    signals: dict[str, Signal] = {}
    for sig in parsed.signal:
        if sig.id in signals:
            raise KnowledgeError(f"{path}: signal {sig.id!r} is defined twice")
        signals[sig.id] = sig
    findings = wording.load().findings
    for sig in parsed.signal:
        for fact in [*sig.requires, *sig.requires_any, *sig.unless]:
            if fact not in signals and fact not in COMPUTED_FACTS:
                raise KnowledgeError(f"{path}: signal {sig.id}: unknown fact {fact!r}")
        if sig.finding is not None and sig.finding not in findings:
            raise KnowledgeError(f"{path}: signal {sig.id}: no wording for finding {sig.finding!r}")
    by_family: dict[str, list[Signal]] = {}
    for sig in parsed.signal:
        if sig.patterns:
            by_family.setdefault(sig.family, []).append(sig)
    families = tuple(
        Family(
            name=name,
            regex=alternation([s.patterns for s in members]),
            ids=tuple(s.id for s in members),
        )
        for name, members in by_family.items()
    )
    body_ids = [b.id for b in parsed.body]
    if len(set(body_ids)) != len(body_ids):
        raise KnowledgeError(f"{path}: a body id is defined twice")
    bodies = tuple(_with_organisation_domains(body, path) for body in parsed.body)
    bodies += _catalogue_bodies(bodies)
    body_regex = alternation([[glue_tolerant(p) for p in b.patterns] for b in bodies])
    words = sorted(parsed.spelling, key=len, reverse=True)
    spelling_regex = re.compile(_bounded("|".join(re.escape(w) for w in words)))
    rules = {
        target: tuple(
            Rule(
                signal=sig,
                requires=frozenset(sig.requires),
                requires_any=frozenset(sig.requires_any),
                unless=frozenset(sig.unless),
            )
            for sig in signals.values()
            if sig.finding is not None and sig.target is target
        )
        for target in Target
    }
    return Signals(
        signals=signals,
        rules=rules,
        families=families,
        bodies=bodies,
        body_regex=body_regex,
        channel_use_regex=re.compile(_bounded(_alternation(parsed.channel_uses)))
        if parsed.channel_uses
        else None,
        spelling=parsed.spelling,
        spelling_regex=spelling_regex,
        homoglyphs=parsed.homoglyphs,
        iban=parsed.iban,
    )


@loader
def load() -> Signals:
    path = DATA_DIR / FILE
    return _compile(validate(path, read_toml(path), SignalFile))
