"""The recurring French scam scenarios and what each one asks for, validated and compiled at load.

Data in ``data/scenarios.toml`` (see its header). A scenario is a story (a parcel stuck, a fine unpaid…)
plus the requests that turn the story into a scam pattern; the story alone is what genuine senders write
too, so message analysis (``checks.message_scenario``) needs both, or a ``bait`` phrase that is the scam by
itself. Every pattern is checked like those of ``message_signals.toml`` (bounded, no capturing group), every
``asks`` entry must name a request, and every scenario must carry a dated source, so a typo fails at start-up.
"""

from __future__ import annotations

import re
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from knowledge.base import DATA_DIR, CheckedDate, KnowledgeError, NonBlank, Strict, read_toml, validate
from knowledge.cache import loader
from knowledge.message_signals import Patterns, Prefilter, SnakeId, check_pattern, first_match, prefilter

FILE = "scenarios.toml"


class Source(Strict):
    url: NonBlank
    title: NonBlank
    checked: CheckedDate

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith("https://"):
            raise ValueError(f"{value!r}: a source is an https:// address")
        return value


class Request(Strict):
    id: SnakeId
    patterns: Patterns


class Scenario(Strict):
    id: SnakeId
    label: NonBlank
    advice: NonBlank
    asks: list[str]
    patterns: list[str]
    bait: list[str] = []
    #: Request kinds that complete the scam by themselves next to the story (money to a "child" on a new
    #: number…), as the scenario's sources describe it; each must also be one of ``asks``.
    decisive: list[str] = []
    #: The first message of a conversation scam ("vous êtes chez vous ?", "c'est bien Julien ?"): it asks
    #: nothing yet, so it justifies a warning and never more (no escalation by the scenario layer).
    opener: bool = False
    #: The bodies this story speaks for never send you to an address or a line given in a message (the ANTAI and
    #: the motorway companies write by post, the Assurance Maladie and the tax office only through their own
    #: sites, CPF canvassing is banned, an authorised investment firm is checked on the AMF lists): next to the
    #: story, an unofficial link to open or an unknown line to call back is the scam's channel, named body or not.
    contact_decides: bool = False
    sources: list[Source]

    @field_validator("patterns", "bait")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        return [check_pattern(p) for p in value]

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if not self.patterns:
            raise ValueError(f"{self.id}: a scenario needs story patterns")
        if not self.asks:
            raise ValueError(f"{self.id}: a scenario needs at least one request kind in 'asks'")
        if not self.sources:
            raise ValueError(f"{self.id}: a scenario needs at least one source")
        if not set(self.decisive) <= set(self.asks):
            raise ValueError(f"{self.id}: every 'decisive' request must also be in 'asks'")
        if self.contact_decides and self.opener:
            raise ValueError(f"{self.id}: an opener asks nothing yet, its contact cannot decide")
        return self


class ScenarioFile(Strict):
    request: list[Request]
    scenario: list[Scenario]


class Matcher(BaseModel):
    """A compiled family of patterns, with where its matches can start.

    Searching some forty alternations over every message costs more than the rest of message analysis; most of
    them cannot match, and the literal words every match starts with say so, and say where to try, at C speed
    (``message_signals.Prefilter``). ``prefilter`` is None when a pattern has no literal start (then the regex
    searches the whole text).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    regex: re.Pattern[str]
    prefilter: Prefilter | None

    def search(self, folded: str) -> re.Match[str] | None:
        return first_match(self.regex, self.prefilter, folded)


class Compiled(BaseModel):
    """One scenario ready to match: its story, its bait (if any)."""

    model_config = ConfigDict(frozen=True)

    scenario: Scenario
    story: Matcher
    bait: Matcher | None


class Scenarios(BaseModel):
    model_config = ConfigDict(frozen=True)

    scenarios: tuple[Compiled, ...]
    requests: dict[str, Matcher]


_META = frozenset("()[]{}.*+?|^$\\")
_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")


def _group_end(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the group opened at ``start``."""
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(pattern)


def _top_alternatives(body: str) -> list[str]:
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts


def literal_keys(pattern: str) -> set[str] | None:
    """Literal starts, one of which every match of ``pattern`` starts with; None when there is none to rely on.

    A single digit stands for a pattern that starts with ``\\d``; an optional group at the start brings its own
    starts and those of what follows it.
    """
    alternatives = _top_alternatives(pattern)
    if len(alternatives) > 1:
        keys: set[str] = set()
        for alternative in alternatives:
            found = literal_keys(alternative)
            if found is None:
                return None
            keys |= found
        return keys
    i = 0
    while pattern.startswith(_LOOKAROUNDS, i):  # zero-width: what follows still has to match
        i = _group_end(pattern, i) + 1
    if pattern.startswith("(?:", i):
        end = _group_end(pattern, i)
        optional = end + 1 < len(pattern) and pattern[end + 1] == "?"
        if (end + 1 < len(pattern) and pattern[end + 1] in "*{") or (optional and end + 2 >= len(pattern)):
            return None
        inner: set[str] = set()
        for alternative in _top_alternatives(pattern[i + 3 : end]):
            found = literal_keys(alternative)
            if found is None:
                return None
            inner |= found
        if optional:  # "(?:vous )?embauche": a match starts with the group, or with what follows it
            rest = literal_keys(pattern[end + 2 :])
            return None if rest is None else inner | rest
        return _extended(pattern[i + 3 : end], pattern[end + 1 :]) or inner
    if pattern.startswith("\\d", i):
        return set("0123456789")  # a number: it starts with one of the ten digits
    literal: list[str] = []
    while i < len(pattern):
        read = _literal_char(pattern, i)
        if read is None:
            break
        char, i = read
        literal.append(char)
    if i < len(pattern) and pattern[i] in "?*{" and literal:
        literal.pop()  # the last letter is optional
    text = "".join(literal)
    return {text} if len(text) >= 2 else None


_MAX_EXTENDED = 64


def _plain(pattern: str) -> str | None:
    """The text ``pattern`` matches when it is a plain literal (escaped punctuation allowed), else None."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        read = _literal_char(pattern, i)
        if read is None:
            return None
        char, i = read
        out.append(char)
    return "".join(out)


def _literal_char(pattern: str, i: int) -> tuple[str, int] | None:
    """The character ``pattern`` matches literally at ``i`` (escaped punctuation and ``\\x27`` read as themselves)
    and the index after it; None where regex syntax begins."""
    char = pattern[i]
    if char == "\\":
        if pattern.startswith("\\x27", i):
            return "'", i + 4
        if i + 1 < len(pattern) and pattern[i + 1] in ".-'/&+?()":
            return pattern[i + 1], i + 2
        return None
    if char in _META:
        return None
    return char, i + 1


def _extended(group: str, rest: str) -> set[str] | None:
    """ "(?:le|ce) lien" starts with "le lien" or "ce lien": a group of plain words, then the starts of the rest."""
    words = [_plain(alternative) for alternative in _top_alternatives(group)]
    if not rest or rest[0] in "?*{+" or any(word is None for word in words):
        return None
    follows = literal_keys(rest)
    if follows is None or len(words) * len(follows) > _MAX_EXTENDED:
        return None
    return {f"{word}{after}" for word in words if word is not None for after in follows}


def compile_patterns(patterns: list[str]) -> Matcher:
    """A family of patterns as one whole-word matcher with its literal pre-filter (also used by lures.py)."""
    return _matcher(patterns)


def _matcher(patterns: list[str]) -> Matcher:
    body = "|".join(f"(?:{p})" for p in patterns)
    keys: set[str] | None = set()
    for pattern in patterns:
        found = literal_keys(pattern)
        if found is None or keys is None:
            keys = None
            continue
        keys |= found
    return Matcher(
        regex=re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"),
        prefilter=prefilter(keys),
    )


def _compile(parsed: ScenarioFile) -> Scenarios:
    path = DATA_DIR / FILE
    requests: dict[str, Matcher] = {}
    for request in parsed.request:
        if request.id in requests:
            raise KnowledgeError(f"{path}: request {request.id!r} is defined twice")
        requests[request.id] = _matcher(request.patterns)
    seen: set[str] = set()
    compiled: list[Compiled] = []
    for scenario in parsed.scenario:
        if scenario.id in seen:
            raise KnowledgeError(f"{path}: scenario {scenario.id!r} is defined twice")
        seen.add(scenario.id)
        for ask in scenario.asks:
            if ask not in requests:
                raise KnowledgeError(f"{path}: scenario {scenario.id}: unknown request {ask!r}")
        compiled.append(
            Compiled(
                scenario=scenario,
                story=_matcher(scenario.patterns),
                bait=_matcher(scenario.bait) if scenario.bait else None,
            )
        )
    return Scenarios(scenarios=tuple(compiled), requests=requests)


@loader
def load() -> Scenarios:
    path = DATA_DIR / FILE
    return _compile(validate(path, read_toml(path), ScenarioFile))
