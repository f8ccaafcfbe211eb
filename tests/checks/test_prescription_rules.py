"""Every debt type gets its own period, article and starting point; every event has its documented effect."""

import pytest

from knowledge import prescription as law
from tests.checks.test_prescription_helpers import calc, d

# Start 10 May 2023, no event, computed on 22 November 2026. Expiry = same day and month N years later.
TYPES = [
    # id, ISO duration, article fragment, expiry (2023-05-10 + N years), prescribed on 2026-11-22?
    ("consumer_goods_services", "P2Y", "L218-2", "2025-05-10", True),
    ("telecom", "P1Y", "L34-2", "2024-05-10", True),
    ("energy", "P2Y", "L218-2", "2025-05-10", True),
    ("consumer_credit", "P2Y", "R312-35", "2025-05-10", True),
    ("mortgage", "P2Y", "L218-2", "2025-05-10", True),
    ("rent", "P3Y", "7-1", "2026-05-10", True),
    ("b2b_commercial", "P5Y", "L110-4", "2028-05-10", False),
    ("civil", "P5Y", "2224", "2028-05-10", False),
    ("judgment", "P10Y", "L111-4", "2033-05-10", False),
    ("state_tax", "P4Y", "L274", "2027-05-10", False),
    ("local_public", "P4Y", "L1617-5", "2027-05-10", False),
]


@pytest.mark.parametrize(("debt_type", "duration", "article", "expiry", "prescribed"), TYPES)
def test_each_debt_type_has_its_own_period(debt_type, duration, article, expiry, prescribed) -> None:
    result = calc(debt_type, "2023-05-10")
    assert result.rule.id == debt_type
    assert result.rule.duration == duration
    assert article in result.rule.article
    assert result.expiry == d(expiry)
    assert result.prescribed is prescribed
    assert result.steps == []


def test_the_table_covers_every_debt_type_but_unknown() -> None:
    assert {row[0] for row in TYPES} == set(law.DEBT_TYPES) - {"unknown"}


def test_energy_mentions_the_14_month_billing_limit() -> None:
    result = calc("energy", "2025-01-15")
    assert any("14 mois" in c and "L224-11" in c for c in result.caveats)


def test_telecom_says_a_registered_letter_does_not_interrupt() -> None:
    result = calc("telecom", "2025-01-15")
    assert any("1 an et non de 2 ans" in c and "08-17.063" in c for c in result.caveats)


def test_consumer_credit_is_a_forclusion_raised_by_the_judge() -> None:
    result = calc("consumer_credit", "2022-01-10")
    assert result.prescribed
    assert "forclose" in result.explanation
    # R632-1 C. conso: the judge *may* raise it (fact sheet 0.18), never "must".
    assert any("peut relever d'office" in c and "R632-1" in c for c in result.caveats)
    assert not any("doit relever" in c for c in [result.explanation, *result.caveats])
    assert not any("2247" in c for c in result.caveats)  # that is the rule for prescription, not forclusion


def test_prescription_must_be_invoked_by_the_debtor() -> None:
    result = calc("consumer_goods_services", "2022-01-10")
    assert any("2247" in c and "principe classique" in c for c in result.caveats)


def test_always_information_not_advice_and_prescribed_is_not_erased() -> None:
    for debt_type in law.DEBT_TYPES:
        caveats = " ".join(calc(debt_type, "2022-01-10").caveats)
        assert "pas un conseil juridique" in caveats
        assert "Point-justice" in caveats and "avocat" in caveats
        assert "ne veut pas dire « effacée »" in caveats


# -- unknown debt type --------------------------------------------------------------------------------------
def test_unknown_type_gives_the_range_and_the_questions_never_a_verdict() -> None:
    # Start 10 May 2023: telecom (1 year) would end on 10 May 2024, a judgment (10 years) on 10 May 2033.
    result = calc("unknown", "2023-05-10")
    assert result.prescribed is False
    assert result.expiry is None
    assert result.rule.id == "unknown" and result.rule.duration is None
    assert "1 an" in result.explanation and "10 ans" in result.explanation
    assert "10 mai 2024 (télécom, 1 an)" in result.explanation
    assert "10 mai 2033 (décision de justice, 10 ans)" in result.explanation
    assert "créancier d'origine" in result.explanation
    assert any("non établie" in c for c in result.caveats)


def test_unknown_type_is_settled_by_a_served_judgment() -> None:
    # Whatever the original debt, a judgment served on 1 Sept 2024 runs 10 years: until 1 Sept 2034.
    result = calc("unknown", "2022-01-10", "court_claim:2024-03-01", "judgment:2024-09-01")
    assert result.rule.id == "judgment"
    assert result.expiry == d("2034-09-01")
    assert result.prescribed is False
    assert "ne change plus le résultat" in result.explanation
    assert len(result.steps) == 2


# -- every event --------------------------------------------------------------------------------------------
# consumer_goods_services started 10 January 2023: with no event it expires on 10 January 2025.
def test_payment_interrupts_and_restarts_a_full_period() -> None:
    # Payment 1 June 2024 (before 10 Jan 2025): new 2-year period from that day -> 1 June 2026.
    result = calc("consumer_goods_services", "2023-01-10", "payment:2024-06-01")
    assert result.expiry == d("2026-06-01")
    assert result.prescribed  # 22 Nov 2026 > 1 June 2026
    assert "interrompt" in result.steps[0] and "2240" in result.steps[0]


def test_acknowledgment_interrupts() -> None:
    # Written request for a payment plan on 1 Dec 2024 -> 2 years later: 1 Dec 2026, after 22 Nov 2026.
    result = calc("consumer_goods_services", "2023-01-10", "acknowledgment:2024-12-01")
    assert result.expiry == d("2026-12-01")
    assert not result.prescribed


def test_contact_has_no_effect() -> None:
    # A formal notice on 1 Dec 2024 changes nothing: still 10 Jan 2025.
    result = calc("consumer_goods_services", "2023-01-10", "contact:2024-12-01")
    assert result.expiry == d("2025-01-10")
    assert result.prescribed
    assert "aucun effet" in result.steps[0] and "20-23.204" in result.steps[0]


def test_assignment_has_no_effect_on_the_period() -> None:
    result = calc("consumer_goods_services", "2023-01-10", "assignment:2024-06-01")
    assert result.expiry == d("2025-01-10")
    assert "1324" in result.steps[0] and "preuve de la cession" in result.steps[0]


def test_court_claim_stops_the_clock_while_the_case_runs() -> None:
    result = calc("consumer_goods_services", "2023-01-10", "court_claim:2024-06-01")
    assert result.prescribed is False
    assert result.expiry is None
    assert "2241" in result.steps[0]
    assert "en cours" in result.explanation and "1er juin 2024" in result.explanation


def test_claim_rejected_voids_the_interruption() -> None:
    # Claim 1 June 2024, rejected 1 March 2025: as if never made -> the original 10 Jan 2025 expiry stands.
    result = calc(
        "consumer_goods_services", "2023-01-10", "court_claim:2024-06-01", "claim_rejected:2025-03-01"
    )
    assert result.expiry == d("2025-01-10")
    assert result.prescribed
    assert "non avenue" in result.steps[0] and "non avenue" in result.steps[1]
    assert "2243" in result.steps[1]


def test_judgment_starts_ten_years_from_service() -> None:
    # Judgment served 1 Sept 2024 -> 10 years: 1 Sept 2034 (L111-4 CPC exéc.).
    result = calc("consumer_goods_services", "2023-01-10", "court_claim:2024-06-01", "judgment:2024-09-01")
    assert result.expiry == d("2034-09-01")
    assert result.rule.id == "judgment" and result.rule.duration == "P10Y"
    assert "L111-4" in result.steps[1]


def test_enforcement_interrupts_a_judgment_debt() -> None:
    # Judgment served 1 March 2015 would expire 1 March 2025; a seizure on 1 Feb 2024 restarts 10 years:
    # 1 Feb 2034 (art. 2244).
    assert calc("judgment", "2015-03-01").prescribed
    result = calc("judgment", "2015-03-01", "enforcement:2024-02-01")
    assert result.expiry == d("2034-02-01")
    assert not result.prescribed
    assert "2244" in result.steps[0]


def test_mediation_suspends_and_resumes_with_the_days_left() -> None:
    # Expiry 10 Jan 2025. Mediation from 1 March 2023 to 1 June 2023: 92 days of suspension
    # (Mar 31 + Apr 30 + May 31). Days left at the start: 681; resumed 1 June 2023 + 681 days = 12 April 2025,
    # i.e. 10 Jan 2025 + 92 days. The 6-month floor (1 Dec 2023) is earlier, so it does not apply.
    result = calc(
        "consumer_goods_services", "2023-01-10", "mediation_start:2023-03-01", "mediation_end:2023-06-01"
    )
    assert result.expiry == d("2025-04-12")
    assert "681" in result.steps[0] and "suspend" in result.steps[0]
    assert "2238" in result.steps[1]


def test_mediation_end_leaves_at_least_six_months() -> None:
    # Expiry 10 Jan 2025. Mediation starts 1 Nov 2024 with 70 days left (30 + 31 + 9) and ends 1 March 2025.
    # 1 March 2025 + 70 days = 10 May 2025, but the floor of art. 2238 is 6 months: 1 Sept 2025.
    result = calc(
        "consumer_goods_services", "2023-01-10", "mediation_start:2024-11-01", "mediation_end:2025-03-01"
    )
    assert result.expiry == d("2025-09-01")
    assert "au moins 6 mois" in result.steps[1] and "70" in result.steps[1]
    assert result.prescribed  # 22 Nov 2026


def test_mediation_still_running_means_no_expiry_yet() -> None:
    result = calc("consumer_goods_services", "2025-01-10", "mediation_start:2025-06-01")
    assert result.expiry is None and result.prescribed is False
    assert "médiation" in result.explanation and "6 mois" in result.explanation


def test_rescheduling_of_a_consumer_credit_waits_for_the_next_unpaid_instalment() -> None:
    # First unpaid 10 Jan 2022 (would end 10 Jan 2024); rescheduled 1 June 2023; no unpaid since: no period.
    result = calc("consumer_credit", "2022-01-10", "rescheduling:2023-06-01")
    assert result.expiry is None and result.prescribed is False
    assert "rééchelonné" in result.explanation


def test_first_unpaid_after_rescheduling_restarts_the_forclusion() -> None:
    # First unpaid after the rescheduling: 5 Feb 2024 -> forclusion 2 years later, 5 Feb 2026.
    events = ("rescheduling:2023-06-01", "first_unpaid_after_rescheduling:2024-02-05")
    assert calc("consumer_credit", "2022-01-10", *events).expiry == d("2026-02-05")
    assert calc("consumer_credit", "2022-01-10", *events, as_of="2026-02-05").prescribed is False
    assert calc("consumer_credit", "2022-01-10", *events, as_of="2026-02-06").prescribed is True


def test_rescheduling_of_another_debt_is_an_acknowledgment() -> None:
    # Civil debt from 10 Jan 2020 (would end 10 Jan 2025); payment plan agreed 1 March 2023 -> 1 March 2028.
    result = calc("civil", "2020-01-10", "rescheduling:2023-03-01")
    assert result.expiry == d("2028-03-01")
    assert "2240" in result.steps[0]


def test_first_unpaid_after_rescheduling_has_no_effect_outside_consumer_credit() -> None:
    result = calc(
        "civil", "2020-01-10", "rescheduling:2023-03-01", "first_unpaid_after_rescheduling:2023-09-01"
    )
    assert result.expiry == d("2028-03-01")
    assert "crédit à la consommation" in result.steps[1]


def test_acceleration_starts_the_mortgage_capital_period() -> None:
    # Oldest unpaid instalment 5 April 2021; déchéance du terme 15 Sept 2022 -> capital until 15 Sept 2024.
    result = calc("mortgage", "2021-04-05", "acceleration:2022-09-15", as_of="2024-09-15")
    assert result.expiry == d("2024-09-15")
    assert result.prescribed is False  # the last day itself: the bank can still act
    assert calc("mortgage", "2021-04-05", "acceleration:2022-09-15", as_of="2024-09-16").prescribed
    assert "capital restant dû" in result.steps[0]


def test_acceleration_after_old_instalments_expired_still_opens_the_capital_period() -> None:
    # Instalment of 5 Jan 2019 expired 5 Jan 2021; acceleration 1 March 2022 -> capital until 1 March 2024.
    result = calc("mortgage", "2019-01-05", "acceleration:2022-03-01", as_of="2023-06-01")
    assert result.expiry == d("2024-03-01")
    assert not result.prescribed


# Start 10 Jan 2022: consumer credit (2 years) -> 10 Jan 2024; civil (5 years) -> 10 Jan 2027.
@pytest.mark.parametrize(
    ("debt_type", "expiry"), [("consumer_credit", "2024-01-10"), ("civil", "2027-01-10")]
)
def test_acceleration_does_not_move_other_periods(debt_type, expiry) -> None:
    result = calc(debt_type, "2022-01-10", "acceleration:2022-06-01")
    assert result.expiry == d(expiry)
    assert "sans effet" in result.steps[0]


def test_every_event_kind_is_exercised_here() -> None:
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    for kind in law.EVENT_KINDS:
        assert f'"{kind}:' in source, kind
