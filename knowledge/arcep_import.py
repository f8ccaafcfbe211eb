"""Turn ARCEP's open-data files (MAJNUM.csv, identifiants_CE.csv) into the shipped block table.

Used by ``verif-recouvrement data arcep``. Everything is validated before anything is written; the new
table is written next to the old one and swapped in atomically, so a malformed file leaves the previous
table in place. Problems are raised as :class:`ArcepImportError` with a key of ``texts/arcep.toml`` and
its values, so the command line words them in French.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from knowledge.arcep import (
    DATA_FILE,
    TERRITORIES,
    ArcepTable,
    Block,
    encode_table,
    parse_table,
    read_table,
    render_table,
)
from knowledge.base import KnowledgeError

MIN_BLOCKS = 1000  # a real MAJNUM.csv has ~19,000 blocks: fewer means a truncated or wrong file
SNAPSHOT_SOURCE = (
    "ARCEP, données ouvertes « Ressources en numérotation téléphonique » (MAJNUM.csv, identifiants_CE.csv), "
    "Licence Ouverte / Etalab 2.0"
)

# Columns as ARCEP names them; compared without accents or case ("Mnémo" is "mnemo").
_MAJNUM_COLUMNS = ("EZABPQM", "Tranche_Debut", "Tranche_Fin", "Mnémo", "Territoire", "Date_Attribution")
_OPERATOR_COLUMNS = ("IDENTITE_OPERATEUR", "CODE_OPERATEUR")
KEEP_AT_LEAST = 0.5  # a new table with fewer than half the previous blocks is refused unless forced


class ArcepImportError(Exception):
    """A file cannot be used; ``key`` names its French wording in ``texts/arcep.toml``."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Changes:
    """What a new table changes compared with the previous one."""

    added: list[Block] = field(default_factory=list)
    removed: list[Block] = field(default_factory=list)
    reassigned: list[tuple[Block, Block]] = field(default_factory=list)  # (before, after)


@dataclass(frozen=True)
class ImportResult:
    table: ArcepTable
    changes: Changes
    previous: ArcepTable | None
    date_guessed: bool  # data_date is the latest allocation date, not a date the user gave


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArcepImportError("error.missing", file=str(path)) from None
    except OSError as exc:
        raise ArcepImportError("error.unreadable", file=str(path), detail=exc.strerror or str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # ARCEP publishes its files in Latin-1 / Windows-1252


def _column(name: str) -> str:
    """ "Mnémo" -> "mnemo": headers compared without accents, case or surrounding spaces."""
    plain = unicodedata.normalize("NFKD", name.strip().strip("\ufeff"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _rows(path: Path, required: tuple[str, ...]) -> tuple[list[dict[str, str]], list[int]]:
    """Rows of a ';'-separated file as dicts keyed by plain column names, with their line numbers."""
    text = _decode(path)
    reader = csv.reader(io.StringIO(text), delimiter=";")
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ArcepImportError("error.empty", file=path.name) from None
    columns = [_column(h) for h in header]
    missing = [c for c in required if _column(c) not in columns]
    if missing:
        raise ArcepImportError("error.columns", file=path.name, columns=", ".join(missing))
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(columns):
                raise ArcepImportError(
                    "error.field_count",
                    file=path.name,
                    line=reader.line_num,
                    found=len(values),
                    expected=len(columns),
                )
            rows.append({c: v.strip() for c, v in zip(columns, values, strict=True)})
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise ArcepImportError("error.csv", file=path.name, line=reader.line_num, detail=str(exc)) from None
    return rows, lines


def _date(text: str, file: str, line: int) -> date:
    parts = text.split("/")
    try:
        if len(parts) != 3:
            raise ValueError(text)
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise ArcepImportError("error.date", file=file, line=line, value=text) from None


def read_operators(path: Path) -> dict[str, str]:
    rows, lines = _rows(path, _OPERATOR_COLUMNS)
    operators: dict[str, str] = {}
    for row, line in zip(rows, lines, strict=True):
        code, name = row["code_operateur"], " ".join(row["identite_operateur"].split())
        if not code or not name or "\t" in code:
            raise ArcepImportError("error.operator_row", file=path.name, line=line)
        if code in operators and operators[code] != name:
            raise ArcepImportError("error.operator_twice", file=path.name, line=line, code=code)
        operators[code] = name
    if not operators:
        raise ArcepImportError("error.empty", file=path.name)
    return operators


def read_blocks(path: Path, operators: dict[str, str]) -> list[Block]:
    rows, lines = _rows(path, _MAJNUM_COLUMNS)
    blocks: list[Block] = []
    name = path.name
    for row, line in zip(rows, lines, strict=True):
        prefix, first, last = row["ezabpqm"], row["tranche_debut"], row["tranche_fin"]
        if not (prefix.isdigit() and first.isdigit() and last.isdigit()) or len(first) != len(last):
            raise ArcepImportError("error.block_digits", file=name, line=line, first=first, last=last)
        length = len(first)
        if not (
            len(prefix) <= length <= 15
            and first == prefix.ljust(length, "0")
            and last == prefix.ljust(length, "9")
        ):
            raise ArcepImportError("error.block_shape", file=name, line=line, prefix=prefix, first=first)
        code = row["mnemo"]
        if code not in operators:
            raise ArcepImportError("error.unknown_operator", file=name, line=line, code=code)
        territory = " ".join(row["territoire"].split())
        region = TERRITORIES.get(territory)
        if region is None:
            raise ArcepImportError("error.territory", file=name, line=line, territory=territory)
        allocated = _date(row["date_attribution"], name, line)
        blocks.append(Block(prefix, length, code, operators[code], region, allocated))
    if len(blocks) < MIN_BLOCKS:
        raise ArcepImportError("error.too_few", file=name, count=len(blocks), minimum=MIN_BLOCKS)
    blocks.sort(key=lambda b: (b.length, b.prefix))
    for before, after in itertools.pairwise(blocks):
        if before.length == after.length and after.prefix.startswith(before.prefix):
            raise ArcepImportError("error.overlap", file=name, first=before.prefix, second=after.prefix)
    return blocks


def compare(previous: ArcepTable | None, blocks: list[Block]) -> Changes:
    old = {b.key: b for b in previous.blocks()} if previous is not None else {}
    new = {b.key: b for b in blocks}
    added = [new[k] for k in sorted(new.keys() - old.keys())]
    removed = [old[k] for k in sorted(old.keys() - new.keys())]
    reassigned = [
        (old[k], new[k]) for k in sorted(old.keys() & new.keys()) if old[k].operator != new[k].operator
    ]
    return Changes(added=added, removed=removed, reassigned=reassigned)


def import_files(
    majnum: Path,
    operators_file: Path,
    *,
    target: Path = DATA_FILE,
    data_date: date | None = None,
    today: date | None = None,
    source: str | None = None,
    force: bool = False,
) -> ImportResult:
    """Validate both files, write the new table to ``target`` atomically, and say what changed.

    A file that would drop more than half of the previous table is refused unless ``force``: that is
    far more likely a truncated download than ARCEP withdrawing half of France's numbers.
    """
    operators = read_operators(operators_file)
    blocks = read_blocks(majnum, operators)
    guessed = data_date is None
    when = data_date or max(b.allocated for b in blocks)
    checked = today or date.today()
    meta = {
        "source": source or f"{SNAPSHOT_SOURCE} ; fichiers chargés le {checked.isoformat()}",
        "data_date": when.isoformat(),
        "checked": checked.isoformat(),
    }
    text = render_table(meta, operators, blocks)
    table = parse_table(text, target)  # the written text must read back as the same table
    previous: ArcepTable | None
    try:
        previous = read_table(target)
    except KnowledgeError:
        previous = None  # first import, or a damaged previous table: everything counts as added
    if previous is not None and not force and len(blocks) < KEEP_AT_LEAST * previous.size:
        raise ArcepImportError("error.shrink", file=majnum.name, count=len(blocks), previous=previous.size)
    changes = compare(previous, blocks)
    _write_atomically(target, text)
    return ImportResult(table=table, changes=changes, previous=previous, date_guessed=guessed)


def _write_atomically(target: Path, text: str) -> None:
    """Write to a temporary file beside ``target``, then rename: readers see the old or the new table."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".blocs-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(encode_table(text))
            os.chmod(temporary, 0o644)  # mkstemp makes it private; the table is public data
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ArcepImportError("error.write", file=str(target), detail=exc.strerror or str(exc)) from None
