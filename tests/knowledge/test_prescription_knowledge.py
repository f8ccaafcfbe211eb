"""The law data is validated at load: every rule sourced and dated, ids in step with the calculator."""

from pathlib import Path

import pytest

import knowledge
from knowledge import prescription as law
from knowledge.base import DATA_DIR, KnowledgeError, validate
from knowledge.prescription import PrescriptionFile
from knowledge.wording import load as load_wording


def test_prescription_data_loads_with_every_rule_and_event() -> None:
    data = law.load()
    assert list(data.rules) == list(law.DEBT_TYPES)
    assert list(data.events) == list(law.EVENT_KINDS)
    assert "prescription" in knowledge.load_all()


def test_every_rule_and_event_carries_article_source_and_date() -> None:
    data = law.load()
    for rule in data.rules.values():
        assert rule.article.strip() and rule.source.strip() and rule.checked
    for event in data.events.values():
        assert event.article.strip() and event.source.strip() and event.checked


def test_the_constrained_payment_ruling_has_its_confirmed_date() -> None:
    # Fact sheet 0.15: Cass. 1re civ., 26 nov. 2025, n° 23-21.121, date confirmed by two sources.
    ref = law.load().references["constrained_payment"]
    assert ref.status == "reported" and ref.checked.isoformat() == "2026-11-30"
    assert "26 nov. 2025" in ref.text and "23-21.121" in ref.text
    assert "varie" not in ref.text


def _rule(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "telecom",
        "short": "télécom",
        "label": "x",
        "article": "L34-2",
        "duration": "P1Y",
        "nature": "prescription",
        "start": "x",
        "source": "s",
        "checked": "2026-01-01",
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (_rule(duration="2 ans"), "rule.0"),
        (_rule(duration="P24M"), "rule.0"),
        (_rule(duration=None), "rule.0"),
        (_rule(nature="undetermined"), "rule.0"),
        (_rule(durée="P1Y"), "rule.0.durée"),
        (_rule(source=" "), "rule.0.source"),
    ],
)
def test_bad_rule_data_names_the_file_and_field(tmp_path: Path, rule, field) -> None:
    with pytest.raises(KnowledgeError) as err:
        validate(
            tmp_path / "prescription.toml", {"rule": [rule], "event": [], "reference": []}, PrescriptionFile
        )
    assert "prescription.toml" in str(err.value) and field in str(err.value)


def test_a_missing_or_extra_id_fails_at_load(tmp_path: Path, monkeypatch) -> None:
    source = (DATA_DIR / "prescription.toml").read_text(encoding="utf-8")
    (tmp_path / "prescription.toml").write_text(
        source.replace('id = "telecom"', 'id = "telecoms"'), encoding="utf-8"
    )
    monkeypatch.setattr(law, "DATA_DIR", tmp_path)
    law.load.cache_clear()
    try:
        with pytest.raises(
            KnowledgeError, match=r"prescription\.toml.*missing \['telecom'\].*unknown \['telecoms'\]"
        ):
            law.load()
    finally:
        law.load.cache_clear()


def test_every_event_has_a_handler_and_a_type_free_wording() -> None:
    import inspect

    from checks import prescription_engine

    texts = load_wording().texts
    source = inspect.getsource(prescription_engine)
    for kind in law.EVENT_KINDS:
        assert f"_on_{kind}" in source
        if kind not in {"contact", "assignment", "judgment"}:
            assert f"prescription.step_unknown.{kind}" in texts
