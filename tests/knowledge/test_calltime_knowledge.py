"""Department data and call-time rules load, are sourced, and every subdivision exists in `holidays`."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from holidays import country_holidays
from holidays.countries.france import France as FranceHolidays

from knowledge.base import DATA_DIR, KnowledgeError, read_toml, validate
from knowledge.calltime import CallTimeFile, load
from knowledge.wording import load as load_wording

EXPECTED = {
    "75": ("Europe/Paris", None),
    "2A": ("Europe/Paris", None),
    "57": ("Europe/Paris", "57"),
    "67": ("Europe/Paris", "6AE"),
    "68": ("Europe/Paris", "6AE"),
    "971": ("America/Guadeloupe", "971"),
    "972": ("America/Martinique", "972"),
    "973": ("America/Cayenne", "973"),
    "974": ("Indian/Reunion", "974"),
    "975": ("America/Miquelon", "PM"),
    "976": ("Indian/Mayotte", "976"),
    "977": ("America/St_Barthelemy", "BL"),
    "978": ("America/Marigot", "MF"),
    "986": ("Pacific/Wallis", "WF"),
    "987": ("Pacific/Tahiti", "PF"),
    "988": ("Pacific/Noumea", "NC"),
}


@pytest.mark.parametrize(("department", "expected"), EXPECTED.items())
def test_department_zone_and_holiday_subdivision(department: str, expected: tuple[str, str | None]) -> None:
    territory = load().territory(department)
    assert (territory.time_zone, territory.holidays_subdivision) == expected


def test_every_subdivision_is_accepted_by_the_installed_holidays_package() -> None:
    for territory in [load().data.mainland, *load().data.territory]:
        ZoneInfo(territory.time_zone)
        if territory.holidays_subdivision is not None:
            assert territory.holidays_subdivision in FranceHolidays.subdivisions
            assert country_holidays("FR", subdiv=territory.holidays_subdivision, years=2025, language="fr")


def test_holidays_rejects_67_and_68_which_is_why_alsace_uses_6ae() -> None:
    for code in ("67", "68"):
        with pytest.raises(NotImplementedError):
            country_holidays("FR", subdiv=code, years=2025)


def test_96_mainland_codes_5_overseas_departments_and_6_collectivities() -> None:
    codes = set(load().by_department)
    assert len(codes) == 96 + 5 + 6
    assert "20" not in codes and {"2A", "2B", "01", "95"} <= codes


def test_holidays_are_named_in_french_whatever_the_locale() -> None:
    facts = load()
    assert facts.holiday(date(2025, 4, 21), facts.territory(None)).name == "Lundi de Pâques"  # type: ignore[union-attr]
    boxing = facts.holiday(date(2025, 12, 26), facts.territory("67"))
    assert boxing is not None and boxing.name == "Saint-Étienne" and not boxing.national
    assert facts.holiday(date(2025, 12, 25), facts.territory("67")) == facts.holiday(
        date(2025, 12, 25), facts.territory(None)
    )


def test_rules_say_which_are_law_and_which_are_practice() -> None:
    data = load().data
    assert data.usual_hours.binding is False and data.usual_hours.status == "reported"
    assert data.canvassing.binding and "D223-9" in data.canvassing.source
    assert data.canvassing.in_force == date(2023, 3, 1)
    assert (data.canvassing.max_calls, data.canvassing.period_days) == (4, 30)
    assert data.enforcement.binding and "L141-1" in data.enforcement.source


def test_every_calltime_finding_is_worded_and_legal_ones_are_sourced() -> None:
    findings = {code: item for code, item in load_wording().findings.items() if code.startswith("calltime.")}
    assert len(findings) >= 14
    for code in (
        "no_legal_hours",
        "canvassing_not_allowed",
        "enforcement_not_allowed",
        "night_call",
        "holiday",
    ):
        assert findings[f"calltime.{code}"].source
    assert all(
        item.severity in {"info", "low", "medium"} for item in findings.values()
    )  # an hour is never proof


def _broken(tmp_path: Path, change: str, new: str) -> Path:
    source = (DATA_DIR / "calltime.toml").read_text(encoding="utf-8")
    assert change in source
    path = tmp_path / "calltime.toml"
    path.write_text(source.replace(change, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "new", "field"),
    [
        ('holidays_subdivision = "6AE"', 'holidays_subdivision = "67"', "territory.1.holidays_subdivision"),
        ('time_zone = "Indian/Reunion"', 'time_zone = "Indian/Reunio"', "territory.5.time_zone"),
        ('windows = [["06:00", "21:00"]]', 'windows = [["21:00", "06:00"]]', "enforcement.windows"),
        ("weekdays = [0, 1, 2, 3, 4]", "weekdays = [0, 1, 2, 3, 7]", "canvassing.weekdays"),
    ],
)
def test_bad_data_fails_naming_file_and_field(tmp_path: Path, change: str, new: str, field: str) -> None:
    path = _broken(tmp_path, change, new)
    with pytest.raises(KnowledgeError) as err:
        validate(path, read_toml(path), CallTimeFile)
    assert "calltime.toml" in str(err.value) and field in str(err.value)


def test_data_file_is_valid_toml_with_checked_dates() -> None:
    raw = tomllib.loads((DATA_DIR / "calltime.toml").read_text(encoding="utf-8"))
    for territory in raw["territory"]:
        assert territory["checked"] == date(2026, 11, 22)
