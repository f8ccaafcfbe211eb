"""ARCEP's allocation of French number blocks: which operator holds the block a number is in, since when.

ARCEP publishes every block of numbers it has allocated (open data, files MAJNUM.csv and
identifiants_CE.csv). A number outside every block cannot be a working line: it was mistyped, or the
displayed number was made up. The table ships in ``data/arcep/blocs.tsv.gz``, generated from those files by
``verif-recouvrement data arcep`` (``knowledge.arcep_import``). It is read once, validated, and kept as
sorted integer arrays per number length, so a lookup is one bisect and the table costs little memory.

File format (gzip of UTF-8 text, ~90 kB for ~19,000 blocks; tab-separated, one record a line, ``#`` starts a comment):
``meta <key> <value>`` (source, data_date, checked), ``op <code> <name>`` (operators),
then blocks ``<prefix> <length> <operator code> <region> <YYYY-MM-DD>``, sorted by length then prefix:
the block holds every number of ``length`` digits that starts with ``prefix``.
"""

from __future__ import annotations

import gzip
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from knowledge.base import DATA_DIR, KnowledgeError
from knowledge.cache import loader

DATA_FILE = DATA_DIR / "arcep" / "blocs.tsv.gz"

# ARCEP's territories, as written in MAJNUM.csv, and the ISO 3166 code the numbering plan uses for them.
# "National" blocks (08, short numbers) are not tied to a territory: they are dialled as French numbers.
TERRITORIES: dict[str, str] = {
    "Métropole": "FR",
    "National": "FR",
    "Guadeloupe, St Martin et St Barthélemy": "GP",
    "Guyane": "GF",
    "Martinique": "MQ",
    "Mayotte": "YT",
    "La Réunion": "RE",
    "La Réunion - Océan indien": "RE",
    "Saint Pierre et Miquelon": "PM",
}
REGIONS = frozenset(TERRITORIES.values())

# Numbers ARCEP allocates to the services themselves rather than to operators, which MAJNUM.csv lists only
# in part: 116XYZ (European helplines; 116000 and 116117 are missing from the file). One of them absent
# from the data is "not covered", never "unallocated".
NOT_LISTED: dict[int, tuple[str, ...]] = {6: ("116",)}

_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_&.\-]{0,11}$", re.IGNORECASE)
META_KEYS = ("source", "data_date", "checked")


@dataclass(frozen=True, slots=True)
class Block:
    """One allocated block: every ``length``-digit number starting with ``prefix``."""

    prefix: str
    length: int
    operator: str  # ARCEP's code for the operator ("FRTE")
    operator_name: str  # "Orange"
    region: str  # ISO 3166: FR, RE, YT, GP, GF, MQ, PM
    allocated: date

    @property
    def key(self) -> tuple[int, str]:
        return (self.length, self.prefix)


@dataclass(slots=True)
class _Index:
    """Blocks of one number length: parallel arrays sorted by first number."""

    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    prefix_lengths: array[int] = field(default_factory=lambda: array("B"))  # the prefix is read from starts
    operators: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    dates: array[int] = field(default_factory=lambda: array("l"))  # date ordinals


class ArcepTable:
    """The allocated blocks, indexed for lookup (build it with ``parse_table`` or ``from_blocks``)."""

    def __init__(
        self,
        *,
        source: str,
        data_date: date,
        checked: date,
        operators: dict[str, str],
        index: dict[int, _Index],
    ) -> None:
        self.source = source
        self.data_date = data_date
        self.checked = checked
        self.operators = operators
        self._by_length = index
        self.size = sum(len(i.starts) for i in index.values())

    @classmethod
    def from_blocks(
        cls, *, source: str, data_date: date, checked: date, operators: dict[str, str], blocks: list[Block]
    ) -> ArcepTable:
        index: dict[int, _Index] = {}
        for b in sorted(blocks, key=lambda b: (b.length, b.prefix)):
            _add(index, b.prefix, b.length, b.operator, b.region, b.allocated.toordinal())
        return cls(source=source, data_date=data_date, checked=checked, operators=operators, index=index)

    def covers(self, digits: str) -> bool:
        """Whether the data can say a number of this shape is unallocated (10 digits, 10YT/3BPQ, 118XYZ…)."""
        return len(digits) in self._by_length and not digits.startswith(NOT_LISTED.get(len(digits), ()))

    def block_for(self, digits: str) -> Block | None:
        """The block holding ``digits`` ("0105612345", "3414"), or None when no block holds it."""
        index = self._by_length.get(len(digits))
        if index is None or not digits.isdigit():
            return None
        value = int(digits)
        at = bisect_right(index.starts, value) - 1
        if at < 0 or value > index.ends[at]:
            return None
        return self._block(index, at, len(digits))

    def _block(self, index: _Index, at: int, length: int) -> Block:
        code = index.operators[at]
        return Block(
            prefix=str(index.starts[at]).zfill(length)[: index.prefix_lengths[at]],
            length=length,
            operator=code,
            operator_name=self.operators.get(code, code),
            region=index.regions[at],
            allocated=date.fromordinal(index.dates[at]),
        )

    def blocks(self) -> Iterator[Block]:
        for length, index in self._by_length.items():
            for at in range(len(index.starts)):
                yield self._block(index, at, length)

    def lengths(self) -> tuple[int, ...]:
        return tuple(self._by_length)


_POWERS = [10**k for k in range(16)]


def _add(index: dict[int, _Index], prefix: str, length: int, code: str, region: str, ordinal: int) -> None:
    rows = index.get(length)
    if rows is None:
        rows = index[length] = _Index()
    size = _POWERS[length - len(prefix)]
    first = int(prefix) * size
    if rows.ends and first <= rows.ends[-1]:
        raise ValueError(f"block {prefix} is out of order or overlaps the previous one")
    rows.starts.append(first)
    rows.ends.append(first + size - 1)
    rows.prefix_lengths.append(len(prefix))
    rows.operators.append(code)
    rows.regions.append(region)
    rows.dates.append(ordinal)


def _fail(path: Path | str, line: int, problem: str) -> KnowledgeError:
    return KnowledgeError(f"{path}:{line}: {problem}")


def parse_table(text: str, path: Path | str = DATA_FILE) -> ArcepTable:
    """Read and validate the table text; raise KnowledgeError naming the line on any problem."""
    meta: dict[str, str] = {}
    operators: dict[str, str] = {}
    index: dict[int, _Index] = {}
    last_length = 0
    ordinals: dict[str, int] = {}  # few distinct dates: parse each once
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line[0] == "#":
            continue
        fields = line.split("\t")
        head = fields[0]
        if head == "meta":
            if len(fields) != 3 or fields[1] not in META_KEYS or not fields[2].strip():
                raise _fail(path, number, f"bad meta line {line!r}")
            meta[fields[1]] = fields[2]
            continue
        if head == "op":
            if len(fields) != 3 or not _CODE_RE.match(fields[1]) or not fields[2].strip():
                raise _fail(path, number, f"bad operator line {line!r}")
            if fields[1] in operators:
                raise _fail(path, number, f"operator {fields[1]} listed twice")
            operators[fields[1]] = fields[2]
            continue
        if len(fields) != 5:
            raise _fail(path, number, f"a block needs 5 fields, got {len(fields)}")
        prefix, length_text, code, region, when = fields
        code, region = sys.intern(code), sys.intern(region)  # ~19,000 rows share a few hundred values
        if not (prefix.isdigit() and prefix.isascii() and length_text.isdigit() and length_text.isascii()):
            raise _fail(path, number, f"bad prefix or length {prefix!r} {length_text!r}")
        length = int(length_text)
        if not (len(prefix) <= length <= 15) or length < last_length:
            raise _fail(path, number, f"bad length {length} for prefix {prefix}")
        last_length = length
        if code not in operators:
            raise _fail(path, number, f"operator {code!r} is not listed")
        if region not in REGIONS:
            raise _fail(path, number, f"unknown region {region!r}")
        ordinal = ordinals.get(when)
        if ordinal is None:
            try:
                ordinal = ordinals[when] = date.fromisoformat(when).toordinal()
            except ValueError:
                raise _fail(path, number, f"bad date {when!r}") from None
        try:
            _add(index, prefix, length, code, region, ordinal)
        except ValueError as exc:
            raise _fail(path, number, str(exc)) from None
    missing = [key for key in META_KEYS if key not in meta]
    if missing:
        raise _fail(path, 0, f"missing meta {', '.join(missing)}")
    if not index:
        raise _fail(path, 0, "no block")
    try:
        data_date = date.fromisoformat(meta["data_date"])
        checked = date.fromisoformat(meta["checked"])
    except ValueError as exc:
        raise _fail(path, 0, f"bad meta date: {exc}") from None
    return ArcepTable(
        source=meta["source"], data_date=data_date, checked=checked, operators=operators, index=index
    )


def render_table(table_meta: dict[str, str], operators: dict[str, str], blocks: list[Block]) -> str:
    """The file text for these blocks (the inverse of ``parse_table``); only operators in use are kept."""
    used = sorted({b.operator for b in blocks})
    ordered = sorted(blocks, key=lambda b: (b.length, b.prefix))
    lines = [
        "# Blocs de numéros attribués par l'ARCEP, générés par « verif-recouvrement data arcep » : ne pas "
        "modifier à la main.",
        "# Format : meta <clé> <valeur> ; op <code> <nom> ; <préfixe> <longueur> <opérateur> <région> <date>.",
    ]
    lines += [f"meta\t{key}\t{table_meta[key]}" for key in META_KEYS]
    lines += [f"op\t{code}\t{operators[code]}" for code in used]
    lines += [f"{b.prefix}\t{b.length}\t{b.operator}\t{b.region}\t{b.allocated.isoformat()}" for b in ordered]
    return "\n".join(lines) + "\n"


def encode_table(text: str) -> bytes:
    """The bytes stored on disk for ``text`` (gzip without a timestamp: same table, same bytes)."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def read_table(path: Path) -> ArcepTable:
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: fichier de connaissances introuvable") from exc
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        raise KnowledgeError(f"{path}: illisible : {exc}") from exc
    return parse_table(text, path)


@loader
def load() -> ArcepTable:
    """The shipped table, read and validated once."""
    return read_table(DATA_FILE)
