"""What several organisations say alike they never do (the police and the gendarmerie: no summons by e-mail, no
money asked on the phone) is written once in the catalogue (``[[shared_never]]``) and named by each of them, with the
sources of every organisation that says it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from knowledge import organisations
from knowledge.base import DATA_DIR, KnowledgeError, read_toml, validate
from knowledge.organisations import OrganisationFile


def test_the_police_and_the_gendarmerie_state_the_same_rules_with_every_source() -> None:
    directory = organisations.load().organisations
    police, gendarmerie = directory["police_nationale"], directory["gendarmerie"]
    assert {c.says for c in police.never} == {c.says for c in gendarmerie.never}
    sources = " ".join(c.source for c in police.never)
    assert "francebleu.fr" in sources and "rmc.bfmtv.com" in sources and "ze-mag.net" in sources
    # each keeps the order its channels need: the police's call rule first (its e-mail rule says "appelez"), the
    # gendarmerie's e-mail rule first (the rule shown on its official site's link)
    assert "téléphone" in police.never[0].says and "courriel" in gendarmerie.never[0].says


def test_no_never_line_is_written_twice_in_the_catalogue() -> None:
    written: Counter[str] = Counter()
    for path in sorted((DATA_DIR / "organisations").glob("*.toml")):
        raw = read_toml(path)
        for org in raw.get("organisation", []):  # type: ignore[attr-defined]
            written.update(claim["says"] for claim in org.get("never", []) if "says" in claim)
        written.update(rule["says"] for rule in raw.get("shared_never", []))  # type: ignore[attr-defined]
    assert [says for says, count in written.items() if count > 1] == []


_ORG = """
[[organisation]]
id = "{id}"
name = "X"
kind = "public_service"
category = "public_body"
description = "x"
source = "s"
checked = 2026-01-01
"""
_SHARED = """
[[shared_never]]
id = "no_mail"
says = "X n'envoie jamais de courriel."
source = "https://example.org/a"
checked = 2026-01-01
"""


def _file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "family.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_shared_rule_is_copied_into_each_organisation_that_names_it(tmp_path: Path) -> None:
    ref = '[[organisation.never]]\nshared = "no_mail"\n'
    path = _file(tmp_path, _SHARED + _ORG.format(id="a") + ref + _ORG.format(id="b") + ref)
    parsed = validate(path, read_toml(path), OrganisationFile)
    assert [[c.source for c in org.never] for org in parsed.organisation] == [["https://example.org/a"]] * 2


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (_ORG.format(id="a") + '[[organisation.never]]\nshared = "nowhere"\n', "nowhere"),  # unknown name
        (_SHARED + _ORG.format(id="a"), "no_mail"),  # a shared rule no one names
        (_SHARED + _SHARED + _ORG.format(id="a") + '[[organisation.never]]\nshared = "no_mail"\n', "twice"),
        (
            _SHARED + _ORG.format(id="a") + '[[organisation.never]]\nshared = "no_mail"\nsays = "y"\n',
            "shared",
        ),
    ],
)
def test_a_bad_shared_rule_is_refused_naming_it(tmp_path: Path, body: str, problem: str) -> None:
    path = _file(tmp_path, body)
    with pytest.raises(KnowledgeError, match=problem) as err:
        validate(path, read_toml(path), OrganisationFile)
    assert "family.toml" in str(err.value)
