"""Property-based fuzzing of every public check and of the CLI line processor: any string in, a valid answer out.

"Valid" is the contract the bot and the CLI rely on: a verdict from the enum, findings serialised as exactly
{code, severity, message, source}, JSON that round-trips, spans inside the text, and only the documented
error types (each with a French message) for input that cannot be checked.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli.check import check_line, iter_results
from checks.calltime import CallTimeError, CallTimeResult, check_calltime, parse_calltime
from checks.dates import DateError, ParsedDate, parse_date
from checks.dispatch import InputError, check_any
from checks.links import LinkResult, check_link, find_links
from checks.message import Lawfulness, MessageResult, analyse_message
from checks.numbers import NumberResult, check_number
from checks.prescription import compute, parse_event
from checks.prescription import parse_date as parse_iso_date
from checks.prescription_model import Event, PrescriptionInputError, PrescriptionResult
from checks.result import CheckResult, Finding, Severity, Verdict
from checks.router import UnknownProblem, problem_label, routes_for
from knowledge import prescription as prescription_law
from knowledge import wording
from tests.strategies import hostile_text

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FINDING_KEYS = {"code", "severity", "message", "source"}
TODAY = date(2026, 11, 22)


def assert_finding(item: Finding, text: str | None) -> None:
    dumped = item.model_dump(mode="json")
    assert set(dumped) == FINDING_KEYS
    assert item.severity in set(Severity)
    assert item.code and "." in item.code
    assert item.message.strip(), item.code
    for name in wording.placeholders(wording.load().finding(item.code).message):
        hole = "{" + name + "}"
        assert hole not in item.message or (text is not None and hole in text), (item.code, item.message)
    if item.span is not None and text is not None:
        start, end = item.span
        assert 0 <= start <= end <= len(text), (item.code, item.span, len(text))


def assert_result(result: CheckResult, text: str | None = None) -> dict[str, Any]:
    assert result.verdict in set(Verdict)
    assert result.summary.strip()
    for item in result.findings:
        assert_finding(item, text)
    dumped = result.model_dump(mode="json")
    assert json.loads(json.dumps(dumped, ensure_ascii=False)) == dumped
    assert dumped["verdict"] == result.verdict.value
    for item in dumped["findings"]:
        assert set(item) == FINDING_KEYS
    return dumped


@FUZZ
@given(hostile_text())
def test_check_number_answers_any_string(text: str) -> None:
    result = check_number(text)
    assert isinstance(result, NumberResult)
    assert_result(result)


@FUZZ
@given(hostile_text())
def test_check_link_answers_any_string_and_shows_only_defanged_text(text: str) -> None:
    result = check_link(text)
    assert isinstance(result, LinkResult)
    assert_result(result)
    display = result.link.display.lower()
    assert "http://" not in display and "https://" not in display
    assert "." not in display.replace("[.]", "")


@FUZZ
@given(hostile_text())
def test_find_links_spans_point_at_their_text(text: str) -> None:
    for match in find_links(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.raw


@FUZZ
@given(hostile_text(max_pieces=20))
def test_analyse_message_answers_any_string_with_spans_inside_it(text: str) -> None:
    result = analyse_message(text)
    assert isinstance(result, MessageResult)
    assert_result(result, text)
    assert result.lawfulness in set(Lawfulness)
    for item in result.lawfulness_findings:
        assert_finding(item, text)
    for sub in [*result.numbers, *result.links]:
        assert_result(sub)


@FUZZ
@given(hostile_text(), st.sampled_from([None, "number", "link", "message"]))
def test_check_any_answers_or_refuses_with_a_stable_code(text: str, kind: Any) -> None:
    try:
        result = check_any(text, kind)
    except InputError as exc:
        assert exc.code in {"empty", "too_long", "bad_kind"}
        assert str(exc).strip()
        return
    assert_result(result)


@FUZZ
@given(
    st.one_of(
        hostile_text(),
        hostile_text().map(lambda s: json.dumps({"text": s})),
        st.builds(
            lambda text, kind: json.dumps({"text": text, "kind": kind}),
            hostile_text(),
            st.one_of(
                st.none(), st.sampled_from(["number", "link", "message"]), hostile_text(), st.integers()
            ),
        ),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | hostile_text(max_pieces=3),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(hostile_text(max_pieces=2), inner, max_size=3)
            ),
            max_leaves=8,
        ).map(json.dumps),
    )
)
def test_cli_line_processor_answers_every_line_with_a_json_object(line: str) -> None:
    out = check_line(line)
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out
    if "error" in out:
        assert set(out) == {"error"}
        assert out["error"]["code"] != "internal", f"a bug on line {line!r}"
        assert str(out["error"]["message"]).strip()
    else:
        assert out["verdict"] in {v.value for v in Verdict}
        assert all(set(f) == FINDING_KEYS for f in out["findings"])


def test_cli_jsonl_output_line_n_answers_input_line_n() -> None:
    lines = ['{"text": "04 72 80 14 14"}', "", "pas du json", '{"text": " \\t "}', '{"text": "intrum.fr"}']
    out = [json.loads(x) for x in iter_results(lines)]
    assert len(out) == len(lines)
    assert out[0]["kind"] == "number"
    assert out[1]["error"]["code"] == "bad_json"
    assert out[2]["error"]["code"] == "bad_json"
    assert out[3]["error"]["code"] == "empty"
    assert out[4]["kind"] == "link"


@FUZZ
@given(hostile_text(), st.sampled_from([None, "75", "971", "974", "57", "2A", "999", "../../x", "'); --"]))
def test_parse_calltime_reads_or_refuses_with_a_code(text: str, department: str | None) -> None:
    try:
        moment = parse_calltime(text, department)
    except CallTimeError as exc:
        assert exc.code.value
        return
    assert isinstance(moment, datetime)


@FUZZ
@given(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.sampled_from([None, "75", "971", "972", "973", "974", "976", "57", "2A"]),
    st.booleans(),
)
def test_check_calltime_answers_any_moment_even_year_1_or_9999(
    when: datetime, department: str | None, aware: bool
) -> None:
    moment = when.replace(tzinfo=UTC) if aware else when
    try:
        result = check_calltime(moment, department, now=datetime(2026, 11, 22, 12, tzinfo=UTC))
    except CallTimeError as exc:
        assert exc.code.value
        return
    assert isinstance(result, CallTimeResult)
    assert_result(result)


@FUZZ
@given(hostile_text(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_parse_date_returns_a_date_or_an_error_code_never_raises(text: str, today: date) -> None:
    parsed = parse_date(text, today)
    assert isinstance(parsed, ParsedDate | DateError)
    if isinstance(parsed, ParsedDate):
        assert parsed.value <= today


@FUZZ
@given(hostile_text())
def test_prescription_text_parsers_raise_only_their_french_error(text: str) -> None:
    for parser in (parse_event, parse_iso_date):
        try:
            parser(text)
        except PrescriptionInputError as exc:
            assert str(exc).strip()


DEBT_TYPES = [*prescription_law.load().rules, "", "../../etc/passwd", "'); DROP TABLE x;--", "<b>"]
ANY_DAY = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@FUZZ
@given(
    st.sampled_from(DEBT_TYPES),
    ANY_DAY,
    st.lists(
        st.builds(Event, kind=st.sampled_from([*prescription_law.EVENT_KINDS, "bogus", ""]), on=ANY_DAY),
        max_size=6,
    ),
    ANY_DAY,
)
def test_prescription_compute_answers_or_refuses_absurd_dates(
    debt_type: str, start: date, events: list[Event], as_of: date
) -> None:
    try:
        result = compute(debt_type, start, events, as_of)
    except PrescriptionInputError as exc:
        assert str(exc).strip()
        return
    assert isinstance(result, PrescriptionResult)
    assert result.explanation.strip()
    json.dumps(result.model_dump(mode="json"))


@pytest.mark.parametrize(
    ("start", "as_of"),
    [(date(1, 1, 1), TODAY), (date(9999, 12, 31), TODAY), (TODAY, date(9999, 12, 31)), (date.max, date.max)],
)
def test_prescription_compute_with_extreme_dates_is_a_french_error_not_an_overflow(
    start: date, as_of: date
) -> None:
    with pytest.raises(PrescriptionInputError) as error:
        compute("telecom", start, [Event(kind="payment", on=date.max)], as_of)
    assert str(error.value).strip()


@FUZZ
@given(hostile_text(max_pieces=3))
def test_router_refuses_unknown_problems_by_name(problem: str) -> None:
    try:
        routes = routes_for(problem)
    except UnknownProblem as exc:
        assert "problème inconnu" in str(exc)
        with pytest.raises(UnknownProblem):
            problem_label(problem)
        return
    assert routes
    assert problem_label(problem).strip()


def test_calltime_far_future_is_flagged_not_crashed() -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    result = check_calltime(now + timedelta(days=365 * 7000), "75", now=now)
    assert result.in_future
