"""The mistakes people (and some collectors) make about prescription, pinned one by one."""

import pytest

from checks.prescription import Event, compute
from tests.checks.test_prescription_helpers import calc, d


def test_telecom_prescribes_in_one_year_not_two() -> None:
    # Phone bill due 1 Oct 2024 -> 1 year: ends 1 Oct 2025. On 2 Oct 2025 it is prescribed;
    # a 2-year consumer debt of the same date would not be.
    assert calc("telecom", "2024-10-01", as_of="2025-10-02").prescribed is True
    assert calc("consumer_goods_services", "2024-10-01", as_of="2025-10-02").prescribed is False


def test_a_registered_letter_does_not_interrupt_a_phone_bill() -> None:
    # LRAR on 15 Sept 2025, two weeks before the end: still 1 Oct 2025.
    result = calc("telecom", "2024-10-01", "contact:2025-09-15", as_of="2025-10-02")
    assert result.expiry == d("2025-10-01")
    assert result.prescribed
    assert "lettre recommandée" in result.steps[0] and "08-17.063" in result.steps[0]


def test_a_payment_before_expiry_restarts_a_full_period() -> None:
    # Phone bill due 15 Jan 2024 (would end 15 Jan 2025); 1 € paid on 20 Dec 2024 -> new year: 20 Dec 2025.
    result = calc("telecom", "2024-01-15", "payment:2024-12-20", as_of="2025-06-01")
    assert result.expiry == d("2025-12-20")
    assert not result.prescribed
    assert any("même de 1 €" in c for c in result.caveats)


def test_a_payment_on_the_last_day_still_interrupts() -> None:
    # Expiry 1 March 2022 (from 1 March 2020); paid on 1 March 2022 itself -> 1 March 2024.
    assert calc("consumer_goods_services", "2020-03-01", "payment:2022-03-01").expiry == d("2024-03-01")


def test_one_euro_after_expiry_does_not_revive_the_debt() -> None:
    # Expired at the end of 1 March 2022; 1 € paid on 1 May 2023 changes nothing.
    result = calc("consumer_goods_services", "2020-03-01", "payment:2023-05-01")
    assert result.expiry == d("2022-03-01")
    assert result.prescribed
    assert "ne fait pas renaître" in result.steps[0] and "19-26.253" in result.steps[0]
    caveats = " ".join(result.caveats)
    assert "2249" in caveats and "2251" in caveats and "au cas par cas" in caveats
    assert "23-21.121" in caveats and "26 nov. 2025" in caveats


def test_an_acknowledgment_after_expiry_does_not_revive_either() -> None:
    result = calc("consumer_goods_services", "2020-03-01", "acknowledgment:2023-05-01", "payment:2023-06-01")
    assert result.expiry == d("2022-03-01") and result.prescribed
    assert all("après l'expiration" in step for step in result.steps)


def test_forclusion_ignores_payments_and_acknowledgments() -> None:
    # Consumer credit, first unregularised unpaid instalment 1 Feb 2022 -> forclusion at the end of 1 Feb 2024,
    # whatever was paid or signed in between.
    events = ("payment:2023-01-15", "acknowledgment:2023-11-30", "payment:2024-01-20")
    result = calc("consumer_credit", "2022-02-01", *events, as_of="2024-02-02")
    assert result.expiry == d("2024-02-01")
    assert result.prescribed
    assert all("sans effet sur la forclusion" in step for step in result.steps)


def test_forclusion_is_not_suspended_by_a_mediation() -> None:
    result = calc(
        "consumer_credit",
        "2022-02-01",
        "mediation_start:2023-06-01",
        "mediation_end:2024-06-01",
        as_of="2024-07-01",
    )
    assert result.expiry == d("2024-02-01") and result.prescribed
    assert "doctrine" in result.steps[0]


def test_only_a_court_claim_interrupts_a_forclusion() -> None:
    result = calc("consumer_credit", "2022-02-01", "court_claim:2024-01-20", as_of="2024-06-01")
    assert result.expiry is None and result.prescribed is False
    assert "forclusion" in result.steps[0] and "2241" in result.steps[0]


def test_court_claim_then_rejected_keeps_the_original_running_period() -> None:
    # Start 10 Jan 2024 -> 10 Jan 2026. Claim 1 June 2024 rejected 1 Sept 2024: still 10 Jan 2026.
    result = calc(
        "consumer_goods_services",
        "2024-01-10",
        "court_claim:2024-06-01",
        "claim_rejected:2024-09-01",
        as_of="2025-01-05",
    )
    assert result.expiry == d("2026-01-10") and not result.prescribed
    assert "10 janvier 2026" in result.steps[1]


def test_a_voided_claim_lets_a_payment_made_during_the_case_count() -> None:
    # Start 10 Jan 2022 (-> 10 Jan 2024). Claim 1 June 2022; payment 1 March 2023 during the case; claim
    # rejected 1 May 2024. Without the claim, the payment interrupted: 1 March 2023 + 2 years = 1 March 2025.
    result = calc(
        "consumer_goods_services",
        "2022-01-10",
        "court_claim:2022-06-01",
        "payment:2023-03-01",
        "claim_rejected:2024-05-01",
        as_of="2025-01-01",
    )
    assert result.expiry == d("2025-03-01")
    assert not result.prescribed
    assert "interrompt" in result.steps[1]


def test_a_claim_after_expiry_changes_nothing_and_must_be_answered_with_the_prescription() -> None:
    result = calc("consumer_goods_services", "2020-01-10", "court_claim:2023-01-10", as_of="2023-02-01")
    assert result.expiry == d("2022-01-10") and result.prescribed
    assert "2247" in result.steps[0]


def test_judgment_runs_ten_years_from_service_to_the_day() -> None:
    # Judgment served 22 Nov 2016 -> 10 years: last day 22 Nov 2026.
    assert calc("judgment", "2016-11-22", as_of="2026-11-22").prescribed is False
    assert calc("judgment", "2016-11-22", as_of="2026-11-23").prescribed is True


def test_a_judgment_served_after_the_original_period_still_counts() -> None:
    # Phone bill of 10 Jan 2018 (expired 10 Jan 2019) but a judgment served 1 June 2021 -> 1 June 2031.
    result = calc("telecom", "2018-01-10", "judgment:2021-06-01")
    assert result.expiry == d("2031-06-01") and result.rule.id == "judgment"
    assert any("consultez vite un avocat" in c for c in result.caveats)


def test_as_of_on_the_expiry_day_is_not_prescribed_and_the_day_after_is() -> None:
    # Start 29 Feb 2024 + 2 years: no 29 Feb in 2026 -> 28 Feb 2026 is the last day.
    assert calc("consumer_goods_services", "2024-02-29", as_of="2026-02-28").prescribed is False
    assert calc("consumer_goods_services", "2024-02-29", as_of="2026-03-01").prescribed is True
    assert calc("consumer_goods_services", "2024-02-29", as_of="2026-03-01").expiry == d("2026-02-28")


def test_start_on_28_february_ends_on_28_february_even_in_a_leap_year() -> None:
    # 28 Feb 2022 + 2 years = 28 Feb 2024 (the 29th of 2024 is one day too late).
    assert calc("consumer_goods_services", "2022-02-28", as_of="2024-02-29").prescribed is True


def test_start_on_29_february_plus_one_year() -> None:
    # 29 Feb 2020 + 1 year -> 28 Feb 2021 (February 2021 has no 29th).
    assert calc("telecom", "2020-02-29", as_of="2021-02-28").expiry == d("2021-02-28")
    assert calc("telecom", "2020-02-29", as_of="2021-02-28").prescribed is False


def test_events_typed_out_of_order_are_replayed_in_date_order() -> None:
    in_order = [
        Event(kind="court_claim", on=d("2024-06-01")),
        Event(kind="claim_rejected", on=d("2025-03-01")),
    ]
    shuffled = list(reversed(in_order))
    a = compute("consumer_goods_services", d("2023-01-10"), in_order, d("2026-11-22"))
    b = compute("consumer_goods_services", d("2023-01-10"), shuffled, d("2026-11-22"))
    assert a == b
    assert b.steps[0].startswith("1er juin 2024")


def test_an_old_debt_warns_about_the_2008_reform() -> None:
    result = calc("civil", "2007-03-01")
    assert any("19 juin 2008" in c for c in result.caveats)


def test_a_period_kept_alive_past_twenty_years_is_flagged() -> None:
    # Civil debt of 1 Jan 2001, acknowledged every ~4.5 years: last payment 1 June 2019 -> 1 June 2024,
    # more than 20 years after the start (art. 2232 long-stop, not applied by the calculator).
    events = ("payment:2005-06-01", "payment:2010-01-01", "payment:2014-12-01", "payment:2019-06-01")
    result = calc("civil", "2001-01-01", *events)
    assert result.expiry == d("2024-06-01")
    assert any("2232" in c for c in result.caveats)
    assert result.caveats[-1].startswith("Information générale")


@pytest.mark.parametrize("debt_type", ["state_tax", "local_public"])
def test_public_debts_warn_that_some_acts_of_the_public_accountant_interrupt(debt_type) -> None:
    result = calc(debt_type, "2022-01-10", "contact:2023-01-10")
    assert "comptable public" in result.steps[0] and "à vérifier" in result.steps[0]
    assert result.expiry == d("2026-01-10")


def test_a_claim_during_a_mediation_then_rejected_gives_the_suspension_back() -> None:
    # Expiry 10 Jan 2025. Mediation from 1 Nov 2024 (70 days left); claim 1 Dec 2024, rejected 1 Feb 2025;
    # mediation ends 1 March 2025. The void claim is ignored: 1 March 2025 + 70 days = 10 May 2025, floor of
    # 6 months = 1 Sept 2025 -> 1 Sept 2025.
    events = (
        "mediation_start:2024-11-01",
        "court_claim:2024-12-01",
        "claim_rejected:2025-02-01",
        "mediation_end:2025-03-01",
    )
    result = calc("consumer_goods_services", "2023-01-10", *events, as_of="2025-08-01")
    assert result.expiry == d("2025-09-01") and not result.prescribed
    # While the claim was alive, the end of the mediation did nothing of its own.
    pending = calc("consumer_goods_services", "2023-01-10", *events[:2], events[3], as_of="2025-08-01")
    assert pending.expiry is None and "demande en justice est en cours" in pending.steps[2]
