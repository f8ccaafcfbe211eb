"""Caller numbers as people paste them: what kind of line, where, and what it means for a collector's call."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checks.numbers import check_number, parse_number, read_number
from checks.result import Verdict


def codes(text: str) -> list[str]:
    """The finding codes, without the ARCEP block one (tested on its own in test_numbers_arcep.py)."""
    return [f.code for f in check_number(text).findings if f.code != "number.arcep_block"]


# --- The expected answers of the issue ---------------------------------------------------------------


def test_intrum_number_from_the_press_is_inconclusive_with_a_spoofing_caveat() -> None:
    # Fact sheet 0.12 (issue 14): no official source, so never "plutôt légitime".
    result = check_number("04 72 80 14 14")
    assert result.verdict is Verdict.inconclusive
    assert result.number.e164 == "+33472801414"
    assert result.number.category == "geographic"
    assert "Intrum France" in result.number.known_as
    assert codes("04 72 80 14 14") == ["number.known_unverified", "number.spoofing"]
    reported = result.findings[0].message
    assert "cité par la presse, non confirmé" in reported
    assert "usurpé" in result.findings[1].message and "18 000" in result.findings[1].message


def test_canvassing_range_written_with_country_code_and_bracketed_zero() -> None:
    result = check_number("+33 (0)9 48 12 34 56")
    assert result.number.category == "canvassing"
    assert result.number.e164 == "+33948123456"
    assert result.verdict is Verdict.suspicious
    message = result.findings[0].message
    assert "D223-9" in message and "Bloctel" in message
    assert result.findings[0].source is not None and "2022-1583" in result.findings[0].source


def test_reunion_mobile_in_national_form() -> None:
    result = check_number("0692 12 34 56")
    assert (result.number.category, result.number.region, result.number.e164) == (
        "mobile",
        "RE",
        "+262692123456",
    )
    assert "La Réunion" in result.findings[0].message


def test_ivory_coast_number_is_foreign_and_suspicious() -> None:
    result = check_number("+225 07 12 34 56 78")
    assert (result.number.category, result.number.region) == ("foreign", "CI")
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}
    assert "wangiri" in result.findings[0].message
    assert "Côte d'Ivoire" in result.findings[0].message


def test_country_name_without_loading_phonenumbers_geodata() -> None:
    # The French country name comes from phonenumbers' small locale table; importing it the normal way
    # runs phonenumbers.geodata, ~40 MB of place names. A silent fallback to that import would go unseen.
    code = (
        "import sys; from checks.numbers import check_number; "
        "m = check_number('+225 07 12 34 56 78').findings[0].message; "
        "print(\"Côte d'Ivoire\" in m, 'phonenumbers.geodata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


def test_premium_089_to_call_back_is_suspicious_with_its_price() -> None:
    result = check_number("08 99 01 23 45")  # block 089901, allocated by ARCEP
    assert result.number.category == "premium"
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}
    assert "0,80 € par minute ou 3 € par appel" in result.findings[0].message


def test_free_and_standard_rate_08() -> None:
    assert check_number("0800 12 34 56").number.category == "free"
    assert check_number("0809 54 05 50").number.category == "standard_rate"
    assert check_number("0800 12 34 56").verdict is Verdict.inconclusive


def test_banque_de_france_short_number() -> None:
    result = check_number("3414")
    assert result.number.category == "short"
    assert result.number.known_as == ["Banque de France"]
    assert result.verdict is Verdict.likely_legit


def test_martinique_fixed_line_is_not_read_as_mainland() -> None:
    result = check_number("0596 12 34 56")
    assert (result.number.category, result.number.region) == ("geographic", "MQ")
    assert result.number.e164 == "+596596123456"


def test_saint_pierre_is_its_own_country_code() -> None:
    result = check_number("0508 41 23 45")
    assert (result.number.region, result.number.e164) == ("PM", "+508412345")


def test_five_digits_starting_with_1_is_not_a_number() -> None:
    result = check_number("12345")
    assert result.number.category == "invalid"
    assert result.number.e164 is None
    assert codes("12345") == ["number.bad_length"]


def test_letter_o_instead_of_zero_is_pointed_out_not_read() -> None:
    result = check_number("06 12 34 56 7O")
    assert result.number.category == "invalid"
    assert result.number.e164 is None
    assert codes("06 12 34 56 7O") == ["number.letters"]
    assert "« O »" in result.findings[0].message


# --- Every written form ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0472801414",
        "04 72 80 14 14",
        "04.72.80.14.14",
        "04-72-80-14-14",
        "+33 4 72 80 14 14",
        "+33472801414",
        "0033 4 72 80 14 14",
        "+33 (0)4 72 80 14 14",
        "+33 0 4 72 80 14 14",
        "04\u00a072\u00a080\u00a014\u00a014",
        "\u200e04 72 80 14 14\u200f",
        "04\u200b72\u200b80\u200b14\u200b14",
        "tel:+33472801414",
        "  04 72 80 14 14\n",
        "０４ ７２ ８０ １４ １４",
    ],
)
def test_written_forms_of_the_same_number(text: str) -> None:
    parsed = read_number(text)
    assert parsed.e164 == "+33472801414", text
    assert parsed.display == "04 72 80 14 14"


@pytest.mark.parametrize(
    ("text", "region", "e164", "category"),
    [
        ("0262 12 34 56", "RE", "+262262123456", "geographic"),
        ("0693 12 34 56", "RE", "+262693123456", "mobile"),
        ("+262 692 12 34 56", "RE", "+262692123456", "mobile"),
        ("0269 61 23 45", "YT", "+262269612345", "geographic"),
        ("0639 01 23 45", "YT", "+262639012345", "mobile"),
        ("0590 27 12 34", "GP", "+590590271234", "geographic"),
        ("0690 00 12 34", "GP", "+590690001234", "mobile"),
        ("0594 10 12 34", "GF", "+594594101234", "geographic"),
        ("0694 20 12 34", "GF", "+594694201234", "mobile"),
        ("0696 20 12 34", "MQ", "+596696201234", "mobile"),
        ("+596 596 30 12 34", "MQ", "+596596301234", "geographic"),
        ("+508 41 23 45", "PM", "+508412345", "geographic"),
        ("09 47 51 23 45", "GP", "+590947512345", "canvassing"),
        ("09 47 61 23 45", "GF", "+594947612345", "canvassing"),
        ("09 47 71 23 45", "MQ", "+596947712345", "canvassing"),
        ("09 47 81 23 45", "YT", "+262947812345", "canvassing"),
        ("09 47 91 23 45", "RE", "+262947912345", "canvassing"),
    ],
)
def test_overseas_prefixes_map_to_their_region(text: str, region: str, e164: str, category: str) -> None:
    parsed = read_number(text)
    assert (parsed.region, parsed.e164, parsed.category) == (region, e164, category)


def test_unconfirmed_overseas_mobile_prefix_is_confirmed_by_an_arcep_block() -> None:
    # Our sources did not confirm 0691; ARCEP's data lists block 069122 in Guadeloupe: no caveat left.
    result = check_number("0691 22 12 34")
    assert (result.number.region, result.number.e164) == ("GP", "+590691221234")
    assert result.number.allocated is True
    assert "number.unconfirmed_range" not in codes("0691 22 12 34")


@pytest.mark.parametrize(
    "prefix", ["0162", "0163", "0270", "0271", "0377", "0378", "0424", "0425", "0568", "0569", "0948", "0949"]
)
def test_the_twelve_mainland_canvassing_prefixes(prefix: str) -> None:
    result = check_number(prefix + "123456")
    assert result.number.category == "canvassing"
    assert result.number.region == "FR"
    assert result.verdict is Verdict.suspicious


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("01 53 00 00 00", "geographic"),
        ("05 61 00 00 00", "geographic"),
        ("06 12 34 56 78", "mobile"),
        ("07 81 23 45 67", "mobile"),
        ("09 70 12 34 56", "non_geographic"),
        ("09 37 12 34 56", "non_geographic"),
        ("0805 12 34 56", "free"),
        ("0806 12 34 56", "standard_rate"),
        ("0810 12 34 56", "premium"),
        ("0820 12 34 56", "premium"),
        ("0892 12 34 56", "premium"),
    ],
)
def test_mainland_categories(text: str, category: str) -> None:
    assert read_number(text).category == category


def test_surcharged_tiers_carry_their_own_maximum_price() -> None:
    assert "0,06 € par minute ou 0,15 € par appel" in check_number("0810 12 34 56").findings[0].message
    assert "0,20 € par minute ou 0,50 € par appel" in check_number("0825 12 34 56").findings[0].message


def test_mobile_is_unusual_but_not_suspicious_alone() -> None:
    result = check_number("06 12 34 56 78")
    assert codes("06 12 34 56 78") == ["number.mobile"]
    assert result.findings[0].severity == "low"
    assert result.verdict is Verdict.inconclusive
    assert "2023" in result.findings[0].message


def test_unknown_geographic_and_09_numbers_prove_nothing() -> None:
    for text in ("01 53 00 00 00", "09 70 12 34 56"):
        result = check_number(text)
        assert result.verdict is Verdict.inconclusive
        assert "ne prouve rien" in result.findings[0].message
        assert "courrier" in result.findings[0].message


def test_british_number() -> None:
    result = check_number("+44 20 7946 0958")
    assert (result.number.category, result.number.region, result.number.e164) == (
        "foreign",
        "GB",
        "+442079460958",
    )


def test_plus_33_with_a_reunion_mobile_prefix_is_not_invented() -> None:
    # Réunion mobiles are +262 692…, never +33 692…: we do not silently rewrite the country code.
    result = check_number("+33 6 92 12 34 56")
    assert result.number.e164 is None
    assert codes("+33 6 92 12 34 56") == ["number.wrong_country_code"]
    assert "+262692123456" in result.findings[0].message


# --- Short numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("33700", "plateforme anti-spam"),
        ("3114", "prévention du suicide"),
        ("33 700", "plateforme anti-spam"),
    ],
)
def test_public_service_short_numbers_are_recognised_as_legit(text: str, name: str) -> None:
    result = check_number(text)
    assert result.number.category == "short"
    assert result.verdict is Verdict.likely_legit
    assert any(name in known for known in result.number.known_as)


@pytest.mark.parametrize("text", ["15", "17", "18", "112", "114"])
def test_emergency_numbers(text: str) -> None:
    result = check_number(text)
    assert codes(text) == ["number.emergency"]
    assert result.verdict is Verdict.likely_legit


def test_directory_enquiries_118_are_surcharged() -> None:
    result = check_number("118 712")
    assert result.number.category == "premium"
    assert result.verdict is Verdict.suspicious


def test_unknown_short_numbers_by_format() -> None:
    assert read_number("3631").category == "short"
    assert read_number("3008").category == "free"
    assert read_number("116 006").category == "free"
    assert read_number("38 123").category == "short"
    assert check_number("3631").verdict is Verdict.inconclusive


# --- False-positive guards: known lines stay un-flagged ---------------------------------------------


@pytest.mark.parametrize("text", ["04 72 80 14 14", "09 70 28 08 30", "+33 9 70 28 08 30"])
def test_intrum_press_numbers_are_neither_flagged_nor_vouched_for(text: str) -> None:
    result = check_number(text)
    assert result.verdict is Verdict.inconclusive
    assert "cité par la presse, non confirmé" in result.findings[0].message
    assert "Intrum France" in result.number.known_as
    assert all(f.severity == "info" for f in result.findings)


@pytest.mark.parametrize("text", ["01 53 58 39 39", "03 20 20 50 20"])
def test_eos_france_debtor_lines_from_its_own_site(text: str) -> None:
    result = check_number(text)
    assert result.verdict is Verdict.likely_legit
    assert result.number.known_as == ["EOS France"]
    assert codes(text) == ["number.known_confirmed", "number.spoofing"]


# --- Bad input gets a friendly answer -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "number.empty"),
        ("   ", "number.empty"),
        ("x" * 100_000, "number.too_long"),
        ("😀📞", "number.not_a_number"),
        ("\x00", "number.not_a_number"),
        ("appelez-moi", "number.not_a_number"),
        ("06 12 34 56", "number.bad_length"),
        ("06 12 34 56 78 90", "number.bad_length"),
        ("+999 12345", "number.bad_length"),
        ("0I 23 45 67 89", "number.letters"),
    ],
)
def test_bad_inputs(text: str, code: str) -> None:
    result = check_number(text)
    assert codes(text) == [code]
    assert result.number.category == "invalid"
    assert result.number.e164 is None
    assert result.verdict is Verdict.inconclusive


def test_huge_input_is_not_echoed_in_full() -> None:
    assert len(check_number("9" * 100_000).number.input) < 100


def test_parse_number_for_message_analysis() -> None:
    parsed = parse_number("08 99 12 34 56")
    assert parsed is not None and parsed.category == "premium" and parsed.display == "08 99 12 34 56"
    assert parse_number("06 12 34 56 7O") is None
    assert parse_number("bonjour") is None


def test_json_shape() -> None:
    data = check_number("0692 12 34 56").model_dump(mode="json")
    assert set(data) == {"kind", "verdict", "findings", "summary", "number"}
    assert data["kind"] == "number"
    assert set(data["number"]) == {"input", "e164", "category", "region", "known_as", "operator", "allocated"}
    assert set(data["findings"][0]) == {"code", "severity", "message", "source"}
    assert data["summary"]
