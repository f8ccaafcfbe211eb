"""Bad input gets a specific error with a clear French message, never a crash or a wrong answer."""

import pytest

from checks.prescription import MAX_EVENTS, Event, PrescriptionInputError, compute, parse_date, parse_event
from tests.checks.test_prescription_helpers import calc, d


@pytest.mark.parametrize(
    ("debt_type", "start", "events", "as_of", "message"),
    [
        ("telecome", "2024-01-01", (), "2026-11-22", "Type de dette inconnu : « telecome »"),
        ("telecom", "2027-01-01", (), "2026-11-22", "ne peut pas commencer dans le futur"),
        ("telecom", "2024-01-01", ("payment:2026-12-01",), "2026-11-22", "un événement futur"),
        ("telecom", "2024-01-01", ("payment:2023-12-31",), "2026-11-22", "antérieur à la date de départ"),
        ("civil", "2024-01-01", ("mediation_end:2024-06-01",), "2026-11-22", "sans début de médiation"),
        (
            "civil",
            "2024-01-01",
            ("mediation_start:2024-02-01", "mediation_start:2024-03-01"),
            "2026-11-22",
            "n'est pas terminée",
        ),
        ("civil", "2024-01-01", ("claim_rejected:2024-06-01",), "2026-11-22", "sans demande en justice"),
        (
            "civil",
            "2024-01-01",
            ("court_claim:2024-02-01", "claim_rejected:2024-03-01", "claim_rejected:2024-04-01"),
            "2026-11-22",
            "sans demande en justice",
        ),
        (
            "consumer_credit",
            "2024-01-01",
            ("first_unpaid_after_rescheduling:2024-06-01",),
            "2026-11-22",
            "sans rééchelonnement avant",
        ),
        ("unknown", "2024-01-01", ("mediation_end:2024-06-01",), "2026-11-22", "sans début de médiation"),
    ],
)
def test_invalid_input_is_refused_in_french(debt_type, start, events, as_of, message) -> None:
    with pytest.raises(PrescriptionInputError, match=message):
        calc(debt_type, start, *events, as_of=as_of)


def test_an_unknown_event_id_lists_the_valid_ones() -> None:
    with pytest.raises(PrescriptionInputError, match="Événement inconnu : « paiement »") as err:
        parse_event("paiement:2024-01-01")
    assert "payment" in str(err.value) and "acknowledgment" in str(err.value)
    with pytest.raises(PrescriptionInputError, match="Événement inconnu"):
        compute("civil", d("2024-01-01"), [Event(kind="virement", on=d("2024-02-01"))], d("2026-11-22"))


@pytest.mark.parametrize(
    "value",
    [
        "15/03/2024",
        "2024-3-15",
        "2023-02-29",
        "2024-13-01",
        "",
        "   ",
        "demain",
        "２０２４-０１-０１",
        "2024-01-01\x00",
    ],
)
def test_dates_must_be_real_and_written_yyyy_mm_dd(value) -> None:
    with pytest.raises(PrescriptionInputError, match="Date invalide"):
        parse_date(value)


def test_dates_out_of_the_supported_years_are_refused() -> None:
    with pytest.raises(PrescriptionInputError, match="hors limites"):
        parse_date("1899-12-31")
    with pytest.raises(PrescriptionInputError, match="hors limites"):
        compute("civil", d("2024-01-01"), [], d("9999-12-31"))


@pytest.mark.parametrize(
    "spec",
    [
        "payment",
        "payment:",
        ":2024-01-01",
        "payment 2024-01-01",
        "💸:2024-01-01",
        "pay\u200bment:2024-01-01",
        "x" * 100_000,
    ],
)
def test_malformed_events_are_refused_and_the_echo_stays_short(spec) -> None:
    with pytest.raises(PrescriptionInputError) as err:
        parse_event(spec)
    assert len(str(err.value)) < 600
    assert "\u200b" not in str(err.value) and "\x00" not in str(err.value)


def test_too_many_events_are_refused() -> None:
    events = [Event(kind="contact", on=d("2024-02-01"))] * (MAX_EVENTS + 1)
    with pytest.raises(PrescriptionInputError, match="Trop d'événements"):
        compute("civil", d("2024-01-01"), events, d("2026-11-22"))


def test_the_error_type_is_a_value_error_so_generic_handlers_catch_it() -> None:
    assert issubclass(PrescriptionInputError, ValueError)
