"""``verif-recouvrement data arcep MAJNUM.csv identifiants_CE.csv``: load ARCEP's current number blocks.

Someone downloads ARCEP's open-data files; this validates them, writes the new block table in place of the
shipped one and says what changed (blocks added, removed, reassigned). A malformed file changes nothing
and is reported in French on stderr with exit code 2. The bot reads the new table at its next start.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.calendar_fr import french
from knowledge.wording import text

if TYPE_CHECKING:
    from knowledge.arcep_import import ImportResult

SHOWN = 10  # examples listed per kind of change; the counts are always complete


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "data",
        help="mettre à jour les données officielles (blocs de numéros de l'ARCEP)",
        description="Mettre à jour les données officielles utilisées par les vérifications.",
    )
    kinds = parser.add_subparsers(dest="dataset", metavar="DONNÉES", required=True)
    arcep = kinds.add_parser(
        "arcep",
        help="charger les fichiers MAJNUM.csv et identifiants_CE.csv publiés par l'ARCEP",
        description=(
            "Charger la liste des blocs de numéros attribués par l'ARCEP (données ouvertes « Ressources en "
            "numérotation téléphonique » : MAJNUM.csv et identifiants_CE.csv, téléchargés le même jour). "
            "Les fichiers sont vérifiés avant de remplacer la table ; s'ils sont invalides, la table "
            "précédente est gardée."
        ),
    )
    arcep.add_argument("majnum", type=Path, metavar="MAJNUM.csv", help="blocs de numéros attribués")
    arcep.add_argument("operators", type=Path, metavar="identifiants_CE.csv", help="opérateurs")
    arcep.add_argument(
        "--date",
        metavar="AAAA-MM-JJ",
        help="date de publication des fichiers (par défaut : la date d'attribution la plus récente du fichier)",
    )
    arcep.add_argument(
        "--force",
        action="store_true",
        help="accepter un fichier qui retire plus de la moitié des blocs de la table actuelle",
    )
    arcep.set_defaults(func=run)


def run(args: argparse.Namespace, *, target: Path | None = None, today: date | None = None) -> int:
    from knowledge.arcep import DATA_FILE
    from knowledge.arcep_import import ArcepImportError, import_files

    data_date: date | None = None
    if args.date is not None:
        try:
            data_date = date.fromisoformat(args.date)
        except ValueError:
            print(text("arcep.error.bad_date", value=args.date[:40]), file=sys.stderr)
            return 2
    try:
        result = import_files(
            args.majnum,
            args.operators,
            target=target or DATA_FILE,
            data_date=data_date,
            today=today,
            force=args.force,
        )
    except ArcepImportError as err:
        print(text("arcep.error.prefix"), file=sys.stderr)
        print(text(f"arcep.error.{err.key.removeprefix('error.')}", **err.params), file=sys.stderr)
        return 2
    print("\n".join(report_lines(result)))
    return 0


def _data(day: date) -> str:
    return text("arcep.date.data", date=french(day))


def report_lines(result: ImportResult) -> list[str]:
    """What the import did, in French: the new table, then what changed, with a few examples of each."""
    table, changes, previous = result.table, result.changes, result.previous
    lines = [
        text(
            "arcep.report.done", count=table.size, operators=len(table.operators), data=_data(table.data_date)
        )
    ]
    if result.date_guessed:
        lines.append(text("arcep.report.date_guessed", date=french(table.data_date)))
    if previous is None:
        lines.append(text("arcep.report.first", count=table.size))
        return lines
    counts = {
        "added": len(changes.added),
        "removed": len(changes.removed),
        "reassigned": len(changes.reassigned),
    }
    if not any(counts.values()):
        lines.append(text("arcep.report.unchanged", previous=_data(previous.data_date)))
        return lines
    lines.append(text("arcep.report.changes", previous=_data(previous.data_date), **counts))
    lines += _examples(
        [
            text(
                "arcep.report.added",
                prefix=b.prefix,
                length=b.length,
                operator=b.operator_name,
                since=french(b.allocated),
            )
            for b in changes.added[:SHOWN]
        ],
        len(changes.added),
    )
    lines += _examples(
        [
            text("arcep.report.removed", prefix=b.prefix, length=b.length, operator=b.operator_name)
            for b in changes.removed[:SHOWN]
        ],
        len(changes.removed),
    )
    lines += _examples(
        [
            text(
                "arcep.report.reassigned",
                prefix=after.prefix,
                length=after.length,
                before=before.operator_name,
                after=after.operator_name,
            )
            for before, after in changes.reassigned[:SHOWN]
        ],
        len(changes.reassigned),
    )
    return lines


def _examples(shown: Sequence[str], total: int) -> list[str]:
    lines = list(shown)
    if total > len(shown):
        lines.append(text("arcep.report.more", count=total - len(shown)))
    return lines
