"""Issue 14, legal corrections of the calculator: each case pins the corrected date (fact sheet section 0)."""

import json

from bot.cli.main import main
from tests.checks.test_prescription_helpers import calc, d


# --- 0.2 / 0.3: a seizure interrupts forclusion too, and implies an enforceable title ----------------------
def test_a_seizure_on_a_consumer_credit_is_not_forclosed() -> None:
    # First unpaid 5 Jan 2015: forclosed on 6 Jan 2017 without anything else. A seizure on 1 June 2016
    # (R221-1: it rests on a title) switches to the title's 10 years: open until 1 June 2026.
    result = calc("consumer_credit", "2015-01-05", "enforcement:2016-06-01", as_of="2025-06-01")
    assert result.prescribed is False
    assert result.rule.id == "judgment" and result.expiry == d("2026-06-01")
    assert "R221-1" in result.steps[0] and "2244" in result.steps[0]
    assert any("date du jugement" in c for c in result.caveats)  # the missing fact, said in caveats


def test_forclusion_text_no_longer_says_a_seizure_has_no_effect() -> None:
    result = calc("consumer_credit", "2024-01-05", "payment:2024-06-01", as_of="2025-06-01")
    assert "ni une saisie" not in result.steps[0]
    assert "2244" in result.steps[0]


def test_a_seizure_after_the_original_delay_is_never_answered_prescribed() -> None:
    # Phone bill of 2015 (1 year): the original delay ended in 2016. A seizure in 2020 means a title exists.
    result = calc("telecom", "2015-01-05", "enforcement:2020-06-01", as_of="2025-06-01")
    assert result.prescribed is False
    assert result.rule.id == "judgment" and result.expiry == d("2030-06-01")
    assert "délai d'origine semblait expiré" in result.steps[0]


def test_a_commandement_without_judgment_in_the_unknown_type_gives_the_title_rule_or_a_public_creditors() -> (
    None
):
    # A private creditor's seizure rests on a title (10 years); a public creditor's (SATD, fiche 0.8) restarts
    # its own 4 years: with the type unknown, the range from one to the other, never "prescribed".
    result = calc("unknown", "2019-03-01", "enforcement:2023-02-01", as_of="2026-11-30")
    assert result.prescribed is False and result.expiry is None
    assert "1er février 2027" in result.explanation and "1er février 2033" in result.explanation
    assert "10 ans" in result.explanation


def test_a_seizure_long_after_the_start_says_only_the_title_date_can_settle_it() -> None:
    result = calc("civil", "2010-01-05", "enforcement:2024-02-01", as_of="2026-11-30")
    assert result.prescribed is False
    assert any("Seule la date du titre" in c for c in result.caveats)


# --- 0.4: the 2008 transition rule (art. 26-II loi 2008-561) -------------------------------------------------
def test_a_2006_judgment_seized_in_2016_is_open_until_1_june_2026() -> None:
    # Judgment of 2006: 10 years from 19 June 2008 at most -> 19 June 2018; seizure 1 June 2016 interrupts.
    events = ("judgment:2006-03-01", "enforcement:2016-06-01")
    on_the_last_day = calc("civil", "2005-01-10", *events, as_of="2026-06-01")
    assert on_the_last_day.prescribed is False and on_the_last_day.expiry == d("2026-06-01")
    assert calc("civil", "2005-01-10", *events, as_of="2026-06-02").prescribed is True
    assert any("26-II" in c and "19 juin 2018" in c for c in on_the_last_day.caveats)


def test_a_judgment_of_2006_alone_ends_on_19_june_2018() -> None:
    assert calc("judgment", "2006-03-01", as_of="2018-06-19").expiry == d("2018-06-19")


def test_a_very_old_judgment_keeps_its_thirty_years_cap() -> None:
    # Judgment of 1 Aug 1988: 30 years -> 1 Aug 2018 is later than 19 June 2018, so 19 June 2018.
    assert calc("judgment", "1988-08-01", as_of="2018-01-01").expiry == d("2018-06-19")
    # Judgment of 1 Jan 1985: 30 years end on 1 Jan 2015, before the reform's 10 years.
    assert calc("judgment", "1985-01-01", as_of="2018-01-01").expiry == d("2015-01-01")


def test_a_2005_civil_debt_ends_on_19_june_2013_not_in_2010() -> None:
    result = calc("civil", "2005-03-01", as_of="2013-06-19")
    assert result.expiry == d("2013-06-19") and result.prescribed is False
    assert calc("civil", "2005-03-01", as_of="2013-06-20").prescribed is True


def test_rent_before_the_alur_law_follows_art_2222() -> None:
    # Rent due 1 Jan 2013 (5 years then): 3 years from 27 March 2014 -> 27 March 2017, earlier than 2018.
    assert calc("rent", "2013-01-01", as_of="2017-01-01").expiry == d("2017-03-27")


# --- 0.5: the 20-year long stop is applied to acknowledgments, not to seizures ----------------------------
def test_acknowledgments_cannot_carry_a_debt_past_twenty_years() -> None:
    acks = (
        "acknowledgment:2014-06-01",
        "acknowledgment:2019-01-01",
        "payment:2023-06-01",
        "payment:2028-01-01",
    )
    result = calc("civil", "2010-01-01", *acks, as_of="2030-01-01")
    assert result.expiry == d("2030-01-01") and result.prescribed is False
    assert "2232" in result.steps[-1]
    assert calc("civil", "2010-01-01", *acks, as_of="2030-01-02").prescribed is True
    assert any(c.startswith("Délai butoir appliqué au 1er janvier 2030") for c in result.caveats)


def test_the_long_stop_does_not_cut_a_title_after_a_seizure() -> None:
    result = calc("civil", "2010-01-01", "judgment:2012-01-01", "enforcement:2021-06-01", as_of="2030-06-01")
    assert result.expiry == d("2031-06-01") and result.prescribed is False


# --- 0.6: each instalment is prescribed on its own ----------------------------------------------------------
def test_rent_unpaid_since_january_2022_is_not_wholly_prescribed_in_june_2025() -> None:
    result = calc("rent", "2022-01-05", as_of="2025-06-01", last_due=None)
    assert result.prescribed is False
    assert result.open_from == d("2022-06-01")
    assert "les sommes dues avant le 1er juin 2022 sont prescrites" in result.explanation
    assert "pas celles dues à partir du 1er juin 2022" in result.explanation
    assert any("dernière somme impayée" in c for c in result.caveats)  # the missing fact


def test_rent_up_to_march_2025_has_its_recent_months_open() -> None:
    result = calc("rent", "2022-01-05", as_of="2025-06-01", last_due="2025-03-05")
    assert result.prescribed is False and result.open_from == d("2022-06-01")


def test_when_even_the_last_rent_is_prescribed_the_whole_debt_is() -> None:
    result = calc("rent", "2018-01-05", as_of="2025-06-01", last_due="2021-12-05")
    assert result.prescribed is True and result.open_from is None
    assert result.expiry == d("2024-12-05")
    assert "même la plus récente, due le 5 décembre 2021" in result.explanation


def test_a_payment_reaches_every_rent_already_due() -> None:
    # Rents from 5 Jan 2020; a payment on 1 Feb 2022 restarts 3 years for those due before it.
    result = calc("rent", "2020-01-05", "payment:2022-02-01", as_of="2025-06-01", last_due=None)
    assert result.prescribed is False and result.open_from == d("2022-06-01")
    early = calc("rent", "2020-01-05", "payment:2022-02-01", as_of="2025-01-15", last_due=None)
    assert early.prescribed is False and early.open_from is None  # 1 Feb 2025 not reached yet


def test_a_consumer_credit_is_not_split_by_instalment() -> None:
    result = calc("consumer_credit", "2022-01-05", as_of="2025-06-01", last_due=None)
    assert result.prescribed is True and result.open_from is None


def test_a_judgment_makes_the_answer_depend_on_the_sums_it_covers() -> None:
    result = calc("rent", "2018-01-05", "judgment:2019-06-01", as_of="2025-06-01", last_due=None)
    assert result.open_from is None
    assert any("ne visent que les sommes qu'ils mentionnent" in c for c in result.caveats)


def test_cli_json_answers_by_instalment_with_an_added_field(capsys) -> None:
    args = ["prescription", "--json", "--debt-type", "rent", "--start", "2022-01-05", "--as-of", "2025-06-01"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"prescribed", "expiry", "rule", "steps", "explanation", "caveats"} <= set(data)
    assert data["prescribed"] is False and data["open_from"] == "2022-06-01"


def test_cli_text_says_partly_prescribed(capsys) -> None:
    args = ["prescription", "--debt-type", "rent", "--start", "2022-01-05", "--as-of", "2025-06-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Résultat : EN PARTIE PRESCRITE : les sommes dues avant le 1er juin 2022 sont prescrites" in out


def test_cli_rejects_a_last_due_before_the_start(capsys) -> None:
    args = ["prescription", "--debt-type", "rent", "--start", "2022-01-05", "--last-due", "2021-01-05"]
    assert main(args) == 2
    assert "dernière somme impayée" in capsys.readouterr().err


# --- 0.7: the starting point of L218-2 ----------------------------------------------------------------------
def test_consumer_services_start_at_the_work_not_the_invoice() -> None:
    result = calc("consumer_goods_services", "2024-01-10", as_of="2025-01-01")
    assert any("20-12.520" in c and "exécutés" in c for c in result.caveats)
