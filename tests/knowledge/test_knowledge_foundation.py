"""Knowledge is validated at load: bad data fails loudly, naming the file and the field."""

from datetime import date, timedelta
from pathlib import Path

import pytest

import knowledge
from knowledge.base import KnowledgeError, Sourced, read_toml, validate
from knowledge.organisations import OrganisationFile
from knowledge.wording import FindingFile


def test_every_knowledge_module_loads() -> None:
    loaded = knowledge.load_all()
    assert "organisations" in loaded and "wording" in loaded


def test_a_bad_field_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "collectors.toml"
    path.write_text(
        '[[organisation]]\nid = "x"\nname = "X"\nkind = "collector"\ndescription = "d"\n'
        'source = "s"\nchecked = 2024-01-01\n'
        '[[organisation.domains]]\ndomain = "https://intrum.fr/"\nrole = "r"\nsource = "s"\nchecked = 2024-01-01\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        validate(path, read_toml(path), OrganisationFile)
    assert "collectors.toml" in str(err.value)
    assert "organisation.0.domains.0.domain" in str(err.value)


def test_a_typo_in_a_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.toml"
    path.write_text(
        '[[finding]]\ncode = "number.x"\nseverity = "high"\nevidence = "risk"\nmesage = "typo"\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="message"):
        validate(path, read_toml(path), FindingFile)


def test_a_fact_checked_in_the_future_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="future"):
        validate(tmp_path / "x.toml", {"source": "s", "checked": date.today() + timedelta(days=1)}, Sourced)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[[organisation]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"broken\.toml"):
        read_toml(path)
