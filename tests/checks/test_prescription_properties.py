"""Properties over random valid inputs: never a crash, expiry never before the start, and
``prescribed`` exactly when ``as_of`` is after the expiry."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.prescription import Event, PrescriptionInputError, compute
from knowledge import prescription as law

# Events whose order constraints are checked (a lone end, a second start…) are drawn too: the input is
# "valid" as far as types and dates go, and a structural mistake must surface as PrescriptionInputError.
starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 11, 22))
# After every reform that shortened a period (2008, loi ALUR 2014): no transition rule applies.
recent_starts = st.dates(min_value=date(2014, 3, 27), max_value=date(2026, 11, 22))


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, date, list[Event], date]:
    debt_type = draw(st.sampled_from(law.DEBT_TYPES))
    start = draw(starts)
    as_of = start + timedelta(days=draw(st.integers(min_value=0, max_value=15 * 366)))
    span = (as_of - start).days
    kinds = st.sampled_from(law.EVENT_KINDS)
    offsets = st.integers(min_value=0, max_value=span)
    events = draw(
        st.lists(
            st.builds(lambda k, o: Event(kind=k, on=start + timedelta(days=o)), kinds, offsets), max_size=8
        )
    )
    return debt_type, start, events, as_of


@settings(max_examples=250, deadline=None)
@given(cases())
def test_random_valid_inputs_never_crash_and_stay_consistent(case) -> None:
    debt_type, start, events, as_of = case
    try:
        result = compute(debt_type, start, events, as_of)
    except PrescriptionInputError as exc:
        assert str(exc).strip()  # a structural mistake, explained in French
        return
    if result.open_from is not None:  # by instalment: the oldest sum is prescribed, not the later ones
        assert result.expiry is not None and as_of > result.expiry
        assert result.prescribed is False and start < result.open_from <= as_of
        rule = law.load().rule(debt_type)
        assert rule.separate_dues
        # The sums due before ``open_from`` are all prescribed; the one due that day is not.
        before = compute(debt_type, start, events, as_of, result.open_from - timedelta(days=1))
        assert before.prescribed is True
        upto = compute(debt_type, start, events, as_of, result.open_from)
        assert upto.prescribed is False and upto.open_from == result.open_from
    elif result.expiry is not None:
        assert result.expiry >= start
        assert result.prescribed is (as_of > result.expiry)
    else:
        assert result.prescribed is False
    assert len(result.steps) == len(events)
    assert result.explanation and "{" not in result.explanation
    assert result.caveats and result.caveats[-1].startswith("Information générale")
    assert result.rule.id in law.DEBT_TYPES


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([t for t in law.DEBT_TYPES if t != "unknown"]), recent_starts, st.integers(0, 3650))
def test_without_events_the_expiry_is_the_anniversary(debt_type, start, extra) -> None:
    as_of = start + timedelta(days=extra)
    result = compute(debt_type, start, [], as_of)
    years = law.load().rule(debt_type).years
    assert result.expiry is not None
    assert result.expiry.month == start.month
    assert result.expiry.year == start.year + years
    assert result.expiry.day == start.day or (start.month, start.day, result.expiry.day) == (2, 29, 28)


@settings(max_examples=150, deadline=None)
@given(starts, st.integers(0, 3 * 366), st.integers(0, 3 * 366))
def test_contacts_never_change_the_result(start, offset, extra) -> None:
    as_of = start + timedelta(days=offset + extra)
    contact = Event(kind="contact", on=start + timedelta(days=offset))
    for debt_type in ("telecom", "consumer_goods_services", "consumer_credit"):
        with_contact = compute(debt_type, start, [contact], as_of)
        without = compute(debt_type, start, [], as_of)
        assert (with_contact.expiry, with_contact.prescribed) == (without.expiry, without.prescribed)
