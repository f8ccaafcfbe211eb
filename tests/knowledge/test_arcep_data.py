"""Loading ARCEP's current files: `verif-recouvrement data arcep MAJNUM.csv identifiants_CE.csv`.

The CSV files are written back from the shipped table in ARCEP's own format (';', Latin-1, DD/MM/YYYY),
so every test works on the real 19,096 blocks, then changes a few rows or breaks the file.
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

import knowledge.arcep
from bot.cli.main import main
from knowledge import arcep
from knowledge.arcep import Block, parse_table, read_table
from knowledge.base import KnowledgeError

MAJNUM_HEADER = "EZABPQM;Tranche_Debut;Tranche_Fin;Mnémo;Territoire;Date_Attribution"
OPERATORS_HEADER = (
    "IDENTITE_OPERATEUR;CODE_OPERATEUR;SIRET_ACTEUR;RCS_ACTEUR;ADRESSE_COMPLETE_ACTEUR;ATTRIB_RESS_NUM;"
    "DATE_DECLARATION_OPERATEUR"
)
TERRITORY = {"FR": "Métropole", "RE": "La Réunion", "YT": "Mayotte", "GP": "Guadeloupe, St Martin et St Barthélemy",
             "GF": "Guyane", "MQ": "Martinique", "PM": "Saint Pierre et Miquelon"}  # fmt: skip


def majnum_row(b: Block) -> str:
    territory = "National" if b.prefix[:2] in {"08"} or b.length < 10 else TERRITORY[b.region]
    if "," in territory:
        territory = f'"{territory}"'
    first, last = b.prefix.ljust(b.length, "0"), b.prefix.ljust(b.length, "9")
    return f"{b.prefix};{first};{last};{b.operator};{territory};{b.allocated:%d/%m/%Y}"


def write_files(folder: Path, blocks: list[Block], operators: dict[str, str]) -> tuple[Path, Path]:
    majnum, ops = folder / "MAJNUM.csv", folder / "identifiants_CE.csv"
    majnum.write_bytes(("\r\n".join([MAJNUM_HEADER, *map(majnum_row, blocks)]) + "\r\n").encode("cp1252"))
    rows = [
        f'"{name}";{code};"000 000 000 00000";Paris;"1 RUE X 75001 PARIS";1;01/01/2000'
        for code, name in operators.items()
    ]
    ops.write_bytes(("\r\n".join([OPERATORS_HEADER, *rows]) + "\r\n").encode("cp1252"))
    return majnum, ops


@pytest.fixture
def target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped table that the command replaces (never the package's own file)."""
    path = tmp_path / "table" / "blocs.tsv.gz"
    path.parent.mkdir()
    path.write_bytes(arcep.DATA_FILE.read_bytes())
    monkeypatch.setattr(knowledge.arcep, "DATA_FILE", path)
    return path


@pytest.fixture
def shipped() -> tuple[list[Block], dict[str, str]]:
    table = arcep.load()
    return list(table.blocks()), dict(table.operators)


def test_the_same_files_again_change_nothing(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    majnum, ops = write_files(tmp_path, *shipped)
    assert main(["data", "arcep", str(majnum), str(ops), "--date", "2025-07-03"]) == 0
    out = capsys.readouterr().out
    assert "Table ARCEP mise à jour : 19096 blocs de numéros" in out
    assert "données ARCEP du 3 juillet 2025" in out
    assert "Aucun bloc ajouté, retiré ni réattribué" in out
    assert read_table(target).size == 19_096


def test_added_removed_and_reassigned_blocks_are_reported(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks, operators = shipped
    by_prefix = {b.prefix: b for b in blocks if b.length == 10}
    gone = by_prefix["01056"]  # 01056;...;FRTE;Métropole;01/01/2017
    moved = by_prefix["069212"]  # 069212;...;SRR;La Réunion;14/02/2001
    new = Block("0836040", 10, "FRTE", "Orange", "FR", date(2025, 9, 1))  # not allocated on 3 July 2025
    changed = [b for b in blocks if b not in (gone, moved)]
    changed += [Block(moved.prefix, 10, "FRTE", "Orange", "RE", date(2025, 9, 1)), new]
    majnum, ops = write_files(tmp_path, changed, operators)
    assert main(["data", "arcep", str(majnum), str(ops)]) == 0
    out = capsys.readouterr().out
    assert "1 blocs ajoutés, 1 retirés, 1 réattribués" in out
    assert "+ 0836040 (10 chiffres) : Orange, depuis le 1er septembre 2025" in out
    assert "- 01056 (10 chiffres) : Orange" in out
    assert "~ 069212 (10 chiffres) : Société réunionnaise du radiotéléphone → Orange" in out
    assert "la date d'attribution la plus récente" in out  # no --date: the date is said to be a guess
    table = read_table(target)
    assert table.data_date == date(2025, 9, 1)
    assert table.block_for("0105612345") is None
    hit = table.block_for("0692123456")
    assert hit is not None and (hit.operator, hit.region) == ("FRTE", "RE")


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (
            lambda rows: [rows[0], *rows[1:5000], "01056;0105600000;0105699999;FRTE;Métropole;31/02/2017"],
            "date « 31/02/2017 »",
        ),
        (
            lambda rows: [*rows, "01056;0105600000;0105699999;ZZZZ;Métropole;01/01/2017"],
            "l'opérateur ZZZZ n'est pas dans identifiants_CE.csv",
        ),
        (lambda rows: [*rows, "0105;0105000000;0105999999;FRTE;Métropole;01/01/2017"], "se chevauchent"),
        (
            lambda rows: [*rows, "01056;0105600000;0105699999;FRTE;Atlantide;01/01/2017"],
            "territoire inconnu « Atlantide »",
        ),
        (
            lambda rows: [*rows, "01;0105600000;0105699999;FRTE;Métropole;01/01/2017"],
            "ne correspond pas au bloc 01",
        ),
        (
            lambda rows: [*rows, "0105x;0105x00000;0105x99999;FRTE;Métropole;01/01/2017"],
            "n'est pas un numéro",
        ),
        (lambda rows: [*rows, "01056;0105600000;FRTE;Métropole;01/01/2017"], "5 champs au lieu de 6"),
        (lambda rows: rows[:200], "ne contient que 199 blocs"),
        (lambda rows: ["Prefixe;Debut;Fin", *rows[1:]], "colonnes attendues"),
        (lambda rows: [], "vide"),
    ],
)
def test_a_malformed_file_is_refused_in_french_and_the_previous_table_kept(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
    damage: object,
    expected: str,
) -> None:
    before = target.read_bytes()
    majnum, ops = write_files(tmp_path, *shipped)
    rows = majnum.read_bytes().decode("cp1252").splitlines()
    majnum.write_bytes("\n".join(damage(rows)).encode("cp1252"))  # type: ignore[operator]
    assert main(["data", "arcep", str(majnum), str(ops)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Table ARCEP inchangée" in captured.err
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["blocs.tsv.gz"]  # no temporary file left


def test_a_file_that_drops_most_blocks_needs_force(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks, operators = shipped
    majnum, ops = write_files(tmp_path, blocks[:5000], operators)
    assert main(["data", "arcep", str(majnum), str(ops)]) == 2
    assert "--force" in capsys.readouterr().err
    assert read_table(target).size == 19_096
    assert main(["data", "arcep", str(majnum), str(ops), "--force"]) == 0
    assert read_table(target).size == 5000


def test_swapped_or_missing_files_and_a_bad_date(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    majnum, ops = write_files(tmp_path, *shipped)
    assert main(["data", "arcep", str(ops), str(majnum)]) == 2
    assert "MAJNUM.csv vient en premier" in capsys.readouterr().err
    assert main(["data", "arcep", str(tmp_path / "absent.csv"), str(ops)]) == 2
    assert "Fichier introuvable" in capsys.readouterr().err
    assert main(["data", "arcep", str(majnum), str(ops), "--date", "03/07/2025"]) == 2
    assert "AAAA-MM-JJ" in capsys.readouterr().err


def test_a_utf8_copy_of_the_files_reads_the_same(
    tmp_path: Path,
    target: Path,
    shipped: tuple[list[Block], dict[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    majnum, ops = write_files(tmp_path, *shipped)
    for path in (majnum, ops):
        path.write_text(path.read_bytes().decode("cp1252"), encoding="utf-8")
    assert main(["data", "arcep", str(majnum), str(ops), "--date", "2025-07-03"]) == 0
    assert "Aucun bloc ajouté" in capsys.readouterr().out


# --- The table file itself ------------------------------------------------------------------------------

HEAD = "meta\tsource\tARCEP\nmeta\tdata_date\t2025-07-03\nmeta\tchecked\t2026-11-30\nop\tFRTE\tOrange\n"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("01056\t10\tXXXX\tFR\t2017-01-01\n", "operator 'XXXX' is not listed"),
        ("01056\t10\tFRTE\tZZ\t2017-01-01\n", "unknown region"),
        ("01056\t10\tFRTE\tFR\t2017-13-01\n", "bad date"),
        ("01056\t10\tFRTE\tFR\t2017-01-01\n0105\t10\tFRTE\tFR\t2017-01-01\n", "out of order or overlaps"),
        ("01056\t10\tFRTE\tFR\n", "5 fields"),
        ("", "no block"),
    ],
)
def test_a_damaged_table_fails_loudly_at_load(body: str, problem: str) -> None:
    with pytest.raises(KnowledgeError, match=problem):
        parse_table(HEAD + body, "blocs.tsv.gz")


def test_a_table_that_is_not_gzip_fails_loudly(tmp_path: Path) -> None:
    path = tmp_path / "blocs.tsv.gz"
    path.write_text(HEAD + "01056\t10\tFRTE\tFR\t2017-01-01\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="illisible"):
        read_table(path)
    path.write_bytes(gzip.compress((HEAD + "01056\t10\tFRTE\tFR\t2017-01-01\n").encode()))
    assert read_table(path).block_for("0105612345") is not None
