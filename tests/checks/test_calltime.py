"""The call-time check: usual hours (practice), D223-9 canvassing, L141-1 enforcement, holidays, zones, DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from checks.calltime import CallTimeError, CallTimeErrorCode, CallTimeResult, check_calltime, parse_calltime

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def check(text: str, department: str | None = None) -> CallTimeResult:
    return check_calltime(parse_calltime(text, department), department, now=NOW)


def codes(result: CallTimeResult) -> list[str]:
    return [f.code for f in result.findings]


def test_a_sunday_afternoon_call_is_outside_usual_hours_but_only_a_sign() -> None:
    result = check("16/03/2025 15h00")  # dimanche
    assert result.weekday == "dimanche"
    assert not result.usual_hours_ok
    assert not result.canvassing_allowed
    assert not result.enforcement_allowed
    assert "calltime.outside_usual_hours" in codes(result)
    assert "calltime.night_call" not in codes(result)
    assert result.verdict == "inconclusive"  # an unusual hour alone is a sign, not a proof


@pytest.mark.parametrize(
    ("text", "usual"),
    [
        ("18/03/2025 7h59", False),
        ("18/03/2025 8h00", True),
        ("18/03/2025 19h59", True),
        ("18/03/2025 20h00", False),
    ],
)
def test_usual_window_is_8h_included_to_20h_excluded(text: str, usual: bool) -> None:
    result = check(text)  # mardi
    assert result.usual_hours_ok is usual
    assert ("calltime.usual_hours" in codes(result)) is usual
    assert ("calltime.outside_usual_hours" in codes(result)) is not usual


def test_a_weekday_call_at_usual_hours_is_reported_as_nothing_abnormal() -> None:
    result = check("2025-03-18 11:00")
    assert result.usual_hours_ok and result.canvassing_allowed and result.enforcement_allowed
    assert result.verdict == "likely_legit"
    assert result.summary == "Rien d'anormal à signaler sur l'heure de cet appel."


def test_saturday_11h_is_usual_but_canvassing_is_forbidden() -> None:
    result = check("15/03/2025 11h")
    assert result.weekday == "samedi"
    assert result.usual_hours_ok
    assert result.canvassing_allowed is False
    assert result.enforcement_allowed  # Saturdays are not excluded by L141-1
    assert "calltime.canvassing_not_allowed" in codes(result)


def test_weekday_13h30_is_the_canvassing_lunch_pause() -> None:
    result = check("18/03/2025 13h30")
    assert result.usual_hours_ok
    assert result.canvassing_allowed is False
    assert check("18/03/2025 12h59").canvassing_allowed is True
    assert check("18/03/2025 14h00").canvassing_allowed is True
    assert check("18/03/2025 9h59").canvassing_allowed is False


def test_21h_is_too_late_for_enforcement_and_a_night_call() -> None:
    result = check("18/03/2025 21h00")
    assert not result.enforcement_allowed
    assert check("18/03/2025 20h59").enforcement_allowed
    assert "calltime.night_call" in codes(result)
    assert "calltime.enforcement_not_allowed" in codes(result)
    assert result.verdict == "suspicious"


def test_enforcement_may_begin_at_6h_not_before() -> None:
    assert check("18/03/2025 6h00").enforcement_allowed
    assert not check("18/03/2025 5h59").enforcement_allowed


def test_first_of_may_is_a_national_holiday() -> None:
    result = check("01/05/2025 10h30")  # jeudi
    assert result.holiday == "Fête du Travail"
    assert not result.usual_hours_ok and not result.canvassing_allowed and not result.enforcement_allowed
    assert "calltime.holiday" in codes(result)
    holiday = next(f for f in result.findings if f.code == "calltime.holiday")
    assert "Fête du Travail" in holiday.message and "jeudi 1er mai 2025" in holiday.message


def test_easter_monday_is_named() -> None:
    result = check("21/04/2025 11h")
    assert result.holiday == "Lundi de Pâques"
    assert not result.canvassing_allowed


@pytest.mark.parametrize("department", ["57", "67", "68"])
def test_good_friday_and_26_december_are_holidays_in_alsace_moselle(department: str) -> None:
    friday = check("18/04/2025 11h", department)
    boxing = check("26/12/2025 11h", department)
    assert friday.holiday == "Vendredi saint"
    assert boxing.holiday == "Saint-Étienne"
    for result in (friday, boxing):
        assert not result.usual_hours_ok
        assert not result.enforcement_allowed  # L141-1: "un jour férié", local ones included
        assert result.canvassing_allowed  # D223-9 only excludes the national list (L3133-1 C. trav.)
        assert "calltime.holiday_local" in codes(result)


def test_good_friday_and_26_december_are_ordinary_days_in_paris() -> None:
    for text in ("18/04/2025 11h", "26/12/2025 11h"):
        result = check(text, "75")
        assert result.holiday is None
        assert result.usual_hours_ok and result.canvassing_allowed and result.enforcement_allowed


@pytest.mark.parametrize(
    ("department", "text", "zone"),
    [
        ("974", "20/12/2024 10h", "Indian/Reunion"),
        ("972", "22/05/2025 10h", "America/Martinique"),
        ("971", "27/05/2025 10h", "America/Guadeloupe"),
        ("973", "10/06/2025 10h", "America/Cayenne"),
        ("976", "27/04/2026 10h", "Indian/Mayotte"),
    ],
)
def test_abolition_of_slavery_on_each_overseas_department_own_date(
    department: str, text: str, zone: str
) -> None:
    result = check(text, department)
    assert result.holiday == "Abolition de l'esclavage"
    assert result.time_zone == zone
    assert not result.usual_hours_ok and not result.enforcement_allowed
    assert check(text, "75").holiday is None


def test_abolition_date_of_another_department_is_not_a_holiday() -> None:
    assert check("22/05/2025 10h", "974").holiday is None
    assert check("20/12/2024 10h", "972").holiday is None


def test_an_instant_with_offset_is_converted_to_reunion_time() -> None:
    when = datetime(2025, 3, 18, 6, 0, tzinfo=timezone(timedelta(hours=1)))  # 6h à Paris
    result = check_calltime(when, "974", now=NOW)
    assert result.local_time == "2025-03-18T09:00:00+04:00"
    assert result.usual_hours_ok  # 9h à La Réunion
    assert "calltime.converted" in codes(result)
    assert not check_calltime(when, None, now=NOW).usual_hours_ok  # 6h à Paris


def test_parsed_offset_is_converted_into_the_department_zone() -> None:
    parsed = parse_calltime("2025-03-18T06:00:00+01:00", "974")
    assert parsed.isoformat() == "2025-03-18T09:00:00+04:00"
    assert parse_calltime("2025-03-18T05:00Z", None).isoformat() == "2025-03-18T06:00:00+01:00"


def test_naive_time_is_local_time_of_the_department() -> None:
    assert check("2025-03-18 21:30", "974").local_time == "2025-03-18T21:30:00+04:00"
    assert check("2025-03-18 21:30", "973").local_time == "2025-03-18T21:30:00-03:00"
    assert check("2025-07-18 21:30").local_time == "2025-07-18T21:30:00+02:00"


def test_spring_forward_gap_is_explained_and_resolved() -> None:
    result = check("2025-03-30 02:30")  # n'existe pas à Paris
    assert result.local_time == "2025-03-30T03:30:00+02:00"
    gap = next(f for f in result.findings if f.code == "calltime.dst_gap")
    assert "2h30" in gap.message and "3h30" in gap.message


def test_fall_back_fold_keeps_the_first_occurrence_and_says_how_to_choose() -> None:
    result = check("2025-10-26 02:30")  # existe deux fois à Paris
    assert result.local_time == "2025-10-26T02:30:00+02:00"
    fold = next(f for f in result.findings if f.code == "calltime.dst_fold")
    assert "2025-10-26T02:30:00+01:00" in fold.message


def test_ordinary_times_on_changeover_days_have_no_dst_note() -> None:
    for text in ("2025-03-30 12:00", "2025-10-26 12:00"):
        assert not {"calltime.dst_gap", "calltime.dst_fold"} & set(codes(check(text)))


def test_no_dst_note_where_there_is_no_dst() -> None:
    assert "calltime.dst_gap" not in codes(check("2025-03-30 02:30", "974"))


def test_a_future_date_is_flagged_kindly_and_still_computed() -> None:
    result = check("2027-03-16 10:00")
    assert result.in_future
    assert "calltime.future" in codes(result)
    assert "dans le futur" in result.findings[0].message
    assert result.weekday == "mardi" and result.usual_hours_ok


def test_without_now_nothing_is_in_the_future() -> None:
    assert not check_calltime(datetime(2030, 1, 2, 10, 0), None).in_future


def test_the_no_legal_hours_reminder_is_always_there_with_sources() -> None:
    for text in ("2025-03-18 11:00", "16/03/2025 23h", "01/05/2025 10h"):
        reminder = next(f for f in check(text).findings if f.code == "calltime.no_legal_hours")
        assert "aucune loi ne fixe" in reminder.message
        assert "L121-6" in reminder.message and "222-16" in reminder.message
        assert reminder.source and "222-16" in reminder.source


def test_canvassing_rule_did_not_exist_before_march_2023() -> None:
    result = check("2022-05-03 21:00")
    assert result.canvassing_allowed is None
    assert "calltime.canvassing_rule_not_in_force" in codes(result)
    assert check("2023-03-01 11:00").canvassing_allowed is True


def test_pacific_collectivities_warn_that_national_law_may_not_apply() -> None:
    for department, zone in (("988", "Pacific/Noumea"), ("987", "Pacific/Tahiti"), ("986", "Pacific/Wallis")):
        result = check("2025-03-18 11:00", department)
        assert result.time_zone == zone
        assert "calltime.local_law" in codes(result)
    assert "calltime.local_law" not in codes(check("2025-03-18 11:00", "974"))


def test_unknown_department_is_refused_by_the_check() -> None:
    with pytest.raises(CallTimeError) as err:
        check_calltime(datetime(2025, 3, 18, 11, 0), "99")
    assert err.value.code is CallTimeErrorCode.unknown_department


def test_json_has_the_documented_fields() -> None:
    data = check("16/03/2025 15h00").model_dump(mode="json")
    assert data["kind"] == "calltime"
    assert data["local_time"] == "2025-03-16T15:00:00+01:00"
    assert data["weekday"] == "dimanche"
    assert data["holiday"] is None
    for key in (
        "usual_hours_ok",
        "canvassing_allowed",
        "enforcement_allowed",
        "findings",
        "verdict",
        "summary",
    ):
        assert key in data
    assert set(data["findings"][0]) == {"code", "severity", "message", "source"}
