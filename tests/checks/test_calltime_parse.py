"""Reading the moment of a call as users type it, and refusing what cannot be read without crashing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.calltime import CallTimeError, CallTimeErrorCode, check_calltime, parse_calltime
from knowledge.calltime import load


@pytest.mark.parametrize(
    "text",
    [
        "15/03/2025 21h30",
        "15/03/2025 21:30",
        "15-03-2025 21h30",
        "15.03.2025 21h30",
        "15/03/2025 à 21h30",
        "15/03/2025, 21h30",
        "15 mars 2025 à 21h30",
        "15 Mars 2025 21H30",
        "le 15 mars 2025 vers 21h30",
        "21h30 le 15/03/2025",
        "2025-03-15 21:30",
        "2025-03-15T21:30",
        "2025-03-15T21:30:00",
        " \u200b15/03/2025 21h30\u200f ",
    ],
)
def test_french_and_iso_forms_give_the_same_naive_local_time(text: str) -> None:
    assert parse_calltime(text, None) == datetime(2025, 3, 15, 21, 30)


def test_hour_without_minutes() -> None:
    assert parse_calltime("15/03/2025 21h", None) == datetime(2025, 3, 15, 21, 0)
    assert parse_calltime("1er mars 2025 à 8h", None) == datetime(2025, 3, 1, 8, 0)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", CallTimeErrorCode.empty),
        ("   \u200b ", CallTimeErrorCode.empty),
        ("dimanche 14h30", CallTimeErrorCode.unrecognised),
        ("ils m'appellent le dimanche", CallTimeErrorCode.unrecognised),
        ("🙂📞", CallTimeErrorCode.unrecognised),
        ("\x00\x01\x02", CallTimeErrorCode.unrecognised),
        ("15/03/2025", CallTimeErrorCode.no_time),
        ("2025-03-15", CallTimeErrorCode.no_time),
        ("31/02/2025 10h", CallTimeErrorCode.impossible_date),
        ("2025-02-30T10:00", CallTimeErrorCode.impossible_date),
        ("15/03/2025 25h10", CallTimeErrorCode.impossible_time),
        ("15/03/2025 21h75", CallTimeErrorCode.impossible_time),
        ("2025-03-15T24:30", CallTimeErrorCode.impossible_time),
        ("15/03/1850 10h", CallTimeErrorCode.too_old),
        ("x" * 100_000, CallTimeErrorCode.unrecognised),
    ],
)
def test_unreadable_inputs_get_a_code_never_a_crash(text: str, code: CallTimeErrorCode) -> None:
    with pytest.raises(CallTimeError) as err:
        parse_calltime(text, None)
    assert err.value.code is code


@pytest.mark.parametrize("department", ["99", "20", "", "75001", "Paris", "٧٥", "2C"])
def test_unknown_departments_are_refused(department: str) -> None:
    with pytest.raises(CallTimeError) as err:
        parse_calltime("15/03/2025 21h30", department)
    assert err.value.code is CallTimeErrorCode.unknown_department


@pytest.mark.parametrize(
    ("raw", "code"), [(" 2a ", "2A"), ("2B", "2B"), ("1", "01"), ("01", "01"), ("974", "974")]
)
def test_department_codes_are_normalised(raw: str, code: str) -> None:
    assert check_calltime(datetime(2025, 3, 18, 11, 0), raw).department == code


_DEPARTMENTS = sorted(load().by_department)


@settings(max_examples=250, deadline=None)
@given(
    when=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31)),
    aware=st.booleans(),
    department=st.one_of(st.none(), st.sampled_from(_DEPARTMENTS)),
)
def test_any_moment_anywhere_gives_consistent_answers(
    when: datetime, aware: bool, department: str | None
) -> None:
    moment = when.replace(tzinfo=UTC) if aware else when
    result = check_calltime(moment, department, now=datetime(2026, 11, 22, tzinfo=UTC))
    local = datetime.fromisoformat(result.local_time)
    assert local.utcoffset() is not None
    hhmm = local.time()
    if result.canvassing_allowed:
        # D223-9 is narrower than the usual window, except on a local-only holiday it does not list.
        assert result.usual_hours_ok or (
            result.holiday is not None and "calltime.holiday_local" in codes(result)
        )
        assert local.weekday() < 5 and (10 <= hhmm.hour < 13 or 14 <= hhmm.hour < 20)
    if result.usual_hours_ok:
        assert result.enforcement_allowed and result.holiday is None
        assert local.weekday() < 6 and 8 <= hhmm.hour < 20
    if result.enforcement_allowed:
        assert local.weekday() != 6 and 6 <= hhmm.hour < 21 and result.holiday is None
    assert result.weekday == load().weekday_name(local.date())
    assert "calltime.no_legal_hours" in codes(result)
    assert ("calltime.usual_hours" in codes(result)) is result.usual_hours_ok
    assert result.in_future is (local > datetime(2026, 11, 22, tzinfo=UTC))
    if aware:
        assert local == moment.replace(microsecond=0)  # same instant, only the wall clock changes
    dumped = result.model_dump(mode="json")
    assert dumped["kind"] == "calltime" and dumped["verdict"] in {
        "likely_legit",
        "suspicious",
        "inconclusive",
    }


def codes(result: object) -> set[str]:
    return {f.code for f in getattr(result, "findings", [])}


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60))
def test_arbitrary_text_is_either_read_or_refused_with_a_code(text: str) -> None:
    try:
        parsed = parse_calltime(text, None)
    except CallTimeError as err:
        assert isinstance(err.code, CallTimeErrorCode)
    else:
        check_calltime(parsed, None)
