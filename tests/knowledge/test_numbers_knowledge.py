"""The numbering plan data: sourced, consistent, and refused loudly when wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge import numbering, organisations
from knowledge.base import KnowledgeError, read_toml, validate
from knowledge.numbering import Category, NumberingFile
from knowledge.wording import load as load_wording


def test_the_twelve_mainland_canvassing_prefixes_and_five_overseas_blocks() -> None:
    plan = numbering.load()
    canvassing = {p for p, r in plan.ranges.items() if r.category is Category.canvassing}
    assert canvassing == {
        "0162",
        "0163",
        "0270",
        "0271",
        "0377",
        "0378",
        "0424",
        "0425",
        "0568",
        "0569",
        "0948",
        "0949",
        "09475",
        "09476",
        "09477",
        "09478",
        "09479",
    }


def test_every_entry_carries_its_source_and_date() -> None:
    plan = numbering.load()
    for entry in [*plan.ranges.values(), *plan.shorts.values(), *plan.short_formats.values()]:
        assert entry.source.strip() and entry.checked


def test_unconfirmed_overseas_prefixes_are_marked_unverified() -> None:
    plan = numbering.load()
    assert plan.ranges["0691"].status == "unverified"
    assert plan.ranges["0697"].status == "unverified"
    assert plan.ranges["0692"].status == "confirmed"


def test_every_finding_code_used_by_the_check_has_wording() -> None:
    source = Path(__file__).resolve().parents[2] / "checks" / "numbers.py"
    wording = load_wording()
    used = set(re.findall(r'"(number\.[a-z_]+)"', source.read_text(encoding="utf-8")))
    assert used, "the check names its findings"
    for code in used:
        wording.finding(code)


def test_collector_domains_are_exact_registrable_names() -> None:
    directory = organisations.load()
    assert directory.owner_of_domain("eos-france.com") is not None
    assert directory.owner_of_domain("iqera.com") is not None
    assert directory.owners_of_number("+33153583939")[0][0].name == "EOS France"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "numbering.toml"
    path.write_text('[[region]]\ncode = "FR"\nname = "France"\ndial = "+33"\n' + body, encoding="utf-8")
    return path


_RANGE = '[[range]]\nprefix = "{prefix}"\ncategory = "{category}"\nregion = "{region}"\nlabel = "x"\nsource = "s"\nchecked = 2026-01-01\n'


@pytest.mark.parametrize(
    ("prefix", "category", "region", "field"),
    [
        ("948", "canvassing", "FR", "range.0"),  # missing the leading 0
        ("0948", "foreign", "FR", "range.0"),  # not a category a prefix can have
        ("0948", "canvassing", "XX", "region"),  # unknown region
        ("089", "premium", "FR", "price"),  # premium needs its price
    ],
)
def test_bad_numbering_data_names_file_and_field(
    tmp_path: Path, prefix: str, category: str, region: str, field: str
) -> None:
    path = _write(tmp_path, _RANGE.format(prefix=prefix, category=category, region=region))
    with pytest.raises(KnowledgeError) as err:
        validate(path, read_toml(path), NumberingFile)
    assert "numbering.toml" in str(err.value)
    assert field in str(err.value)


def test_a_prefix_listed_twice_is_refused(tmp_path: Path) -> None:
    one = _RANGE.format(prefix="0948", category="canvassing", region="FR")
    path = _write(tmp_path, one + one)
    with pytest.raises(KnowledgeError, match="twice"):
        validate(path, read_toml(path), NumberingFile)


def test_the_sms_number_pattern_is_read_from_the_sms_series() -> None:
    plan = numbering.load()
    pattern = re.compile(numbering.sms_number_pattern())
    for value in range(10000, 100000):
        digits = str(value)
        shape = plan.short_format_for(digits)
        assert (pattern.fullmatch(digits) is not None) == (shape is not None and shape.sms), digits
    # embedded in the senders' patterns of checks/ and bot/, next to their own groups
    assert pattern.groups == 0


_SMS = '[[short_format]]\nprefix = "{prefix}"\nlength = {length}\ncategory = "short"\nsms = true\nlabel = "x"\nsource = "s"\nchecked = 2026-01-01\n'
_ONE_RANGE = _RANGE.format(prefix="0948", category="canvassing", region="FR")


def test_sms_series_of_different_lengths_are_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path, _ONE_RANGE + _SMS.format(prefix="3", length=5) + _SMS.format(prefix="4", length=6)
    )
    with pytest.raises(KnowledgeError, match="SMS"):
        validate(path, read_toml(path), NumberingFile)


def test_a_short_format_listed_twice_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path, _ONE_RANGE + _SMS.format(prefix="3", length=5) + _SMS.format(prefix="3", length=5)
    )
    with pytest.raises(KnowledgeError, match="twice"):
        validate(path, read_toml(path), NumberingFile)


def test_a_plan_without_sms_series_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, _ONE_RANGE)
    with pytest.raises(KnowledgeError, match="SMS"):
        validate(path, read_toml(path), NumberingFile)
