"""Write ``data/places_fr.txt``, the folded names of French places, from Etalab's ``decoupage-administratif``.

The names come from the npm package ``@etalab/decoupage-administratif`` (its ``data/communes.json``,
``data/departements.json`` and ``data/regions.json``, built from INSEE's Code officiel géographique; the package's
repository is ``datagouv/decoupage-administratif``). ``data/places_fr.toml`` records the version, the files'
SHA-256 and the date. To refresh: ``npm pack @etalab/decoupage-administratif@VERSION``, unpack it, then
``python -m knowledge.places_import package/data`` and update the TOML's ``version``, ``sha256`` and ``checked``.

Each name is folded (lower case, accents and ligatures dropped) and its words joined (``Bourg-en-Bresse`` ->
``bourgenbresse``), also without a leading article (``L'Abergement-Clémenciat`` -> ``abergementclemenciat``) and
with ``saint``/``sainte`` shortened to ``st``/``ste``; only the forms of five letters or more are kept (a shorter
name is too often a piece of an ordinary word). Communes of every kind but municipal districts (current,
delegated, associated: a delegated commune keeps its town hall and often its site), departments and regions.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from knowledge.base import DATA_DIR
from knowledge.text_fold import fold

OUT = DATA_DIR / "places_fr.txt"
MIN_LETTERS = 5
_ARTICLES = frozenset({"l", "le", "la", "les"})
_SHORT = {"saint": "st", "sainte": "ste"}
_NOT_LETTERS_RE = re.compile(r"[^a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
SOURCE_FILES = ("communes.json", "departements.json", "regions.json")


def forms(name: str) -> set[str]:
    """The folded, joined forms of one place name that are long enough to keep."""
    words = [w for w in _NOT_LETTERS_RE.split(fold(name.lower().translate(_LIGATURES))) if w]
    variants = [words]
    if len(words) > 1 and words[0] in _ARTICLES:
        variants.append(words[1:])
    variants += [[_SHORT.get(w, w) for w in v] for v in list(variants) if any(w in _SHORT for w in v)]
    return {"".join(v) for v in variants if len("".join(v)) >= MIN_LETTERS}


def names(folder: Path) -> set[str]:
    communes = json.loads((folder / "communes.json").read_text(encoding="utf-8"))
    out: set[str] = set()
    for commune in communes:
        if commune["type"] != "arrondissement-municipal":
            out |= forms(str(commune["nom"]))
    for other in ("departements.json", "regions.json"):
        for entry in json.loads((folder / other).read_text(encoding="utf-8")):
            out |= forms(str(entry["nom"]))
    return out


def digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in SOURCE_FILES}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m knowledge.places_import DOSSIER_DATA_DU_PAQUET", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    found = sorted(names(folder))
    OUT.write_text("".join(f"{name}\n" for name in found), encoding="ascii")
    print(f"{len(found)} names written to {OUT}")
    for name, digest in digests(folder).items():
        print(f"{name} sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
