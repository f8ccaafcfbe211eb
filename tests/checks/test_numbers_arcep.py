"""Caller numbers against ARCEP's allocation of number blocks (snapshot of 3 July 2025).

Rows quoted in comments are real rows of ARCEP's MAJNUM.csv (EZABPQM;Tranche_Debut;Tranche_Fin;Mnémo;
Territoire;Date_Attribution); the shipped table is derived from that file.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from checks.message import analyse_message
from checks.numbers import check_number, read_number
from checks.result import Verdict
from knowledge import arcep, numbering, organisations
from knowledge.numbering import Category


def codes(text: str) -> list[str]:
    return [f.code for f in check_number(text).findings]


# --- Allocated blocks ------------------------------------------------------------------------------------


def test_a_number_of_an_allocated_block_names_its_operator_and_date_and_proves_nothing() -> None:
    # 01056;0105600000;0105699999;FRTE;Métropole;01/01/2017
    result = check_number("01 05 61 23 45")
    assert result.number.allocated is True
    operator = result.number.operator
    assert operator is not None
    assert (operator.code, operator.name, operator.allocated) == ("FRTE", "Orange", date(2017, 1, 1))
    block = next(f for f in result.findings if f.code == "number.arcep_block")
    assert block.severity == "info"
    assert "bloc attribué par l'ARCEP à Orange (depuis le 1er janvier 2017" in block.message
    assert "données ARCEP du 3 juillet 2025" in block.message
    assert "pas qui vous appelle" in block.message and "usurpé" in block.message
    assert result.verdict is Verdict.inconclusive  # an operator is not a caller: no legitimacy from it


def test_json_adds_operator_and_allocated() -> None:
    data = check_number("0105612345").model_dump(mode="json")
    assert data["number"]["operator"] == {"code": "FRTE", "name": "Orange", "allocated": "2017-01-01"}
    assert data["number"]["allocated"] is True
    json.dumps(data)  # plain JSON types only


@pytest.mark.parametrize(
    "text",
    [
        "08 36 01 12 34",  # 083601;0836010000;0836019999;FRTE;National;01/01/2017
        "0836 60 12 34",  # 083660;0836600000;0836609999;EMES;National;22/07/2014
        "08 50 01 23 45",  # 08500;0850000000;0850099999;COMP;National;20/12/2011
        "0860 02 12 34",  # 086002;0860020000;0860029999;SFR0;National;08/12/2011
        "+33 8 68 01 12 34",  # 086801;0868010000;0868019999;ODIG;National;01/02/2019
    ],
)
def test_allocated_0836_085_0860_0868_numbers_are_never_invalid(text: str) -> None:
    result = check_number(text)
    found = codes(text)
    assert result.number.allocated is True
    assert result.number.category == "special"
    assert "number.unknown_range" not in found and "number.unallocated" not in found
    assert found[0] == "number.special" and "number.arcep_block" in found
    assert result.verdict is Verdict.suspicious


def test_every_first_and_last_number_of_every_block_is_valid_and_allocated() -> None:
    # 10-digit, 13/14-digit machine-to-machine and short (10YT, 3BPQ, 116/118XYZ) blocks alike.
    table = arcep.load()
    checked = 0
    for block in table.blocks():
        for national in (block.prefix.ljust(block.length, "0"), block.prefix.ljust(block.length, "9")):
            parsed = read_number(national)
            assert parsed.valid, national
            assert parsed.allocated is True and parsed.block is not None, national
            assert parsed.block.operator == block.operator, national
            checked += 1
    assert checked == 2 * 19_096  # every block of the 3 July 2025 file (short blocks: the same number twice)


def test_the_plan_and_arcep_territories_never_contradict() -> None:
    plan = numbering.load()
    for block in arcep.load().blocks():
        if block.length != numbering.NATIONAL_LENGTH:
            continue
        national = block.prefix.ljust(10, "0")
        entry = plan.range_for(national)
        assert entry is not None, national
        if entry.region != "FR":  # an overseas prefix (0262, 0690, 09475…) is in that territory's blocks
            assert block.region == entry.region, national
        parsed = read_number(national)
        if block.region in {"RE", "YT", "GP", "GF", "MQ"}:
            assert parsed.region == block.region, national


def test_known_organisation_numbers_are_all_in_allocated_blocks() -> None:
    for org in organisations.load().organisations.values():
        for entry in org.numbers:
            parsed = read_number(entry.number)
            if parsed.category is Category.foreign or parsed.allocated is None:
                continue
            assert parsed.allocated is True, (org.name, entry.number)


# --- Overseas territories -----------------------------------------------------------------------------


def test_reunion_mobile_block() -> None:
    # 069212;0692120000;0692129999;SRR;La Réunion;14/02/2001
    result = check_number("0692 12 34 56")
    assert (result.number.region, result.number.e164) == ("RE", "+262692123456")
    assert result.number.operator is not None and result.number.operator.code == "SRR"


def test_a_09_block_of_la_reunion_is_dialled_plus_262() -> None:
    result = check_number("09 76 22 12 34")
    assert result.number.allocated is True
    assert (result.number.region, result.number.e164) == ("RE", "+262976221234")
    assert check_number("+262 976 22 12 34").number.e164 == "+262976221234"


def test_a_reunion_09_block_typed_with_plus_33_is_pointed_out_not_called_foreign() -> None:
    result = check_number("+33 9 76 22 12 34")
    assert result.number.category != "foreign"
    assert codes("+33 9 76 22 12 34") == ["number.wrong_country_code"]
    assert "+262976221234" in result.findings[0].message


def test_a_martinique_07_block_takes_its_territory() -> None:
    # 070910;0709100000;0709109999;FRCA;Martinique;01/01/2024
    result = check_number("07 09 10 12 34")
    assert (result.number.region, result.number.e164) == ("MQ", "+596709101234")
    assert result.number.operator is not None and result.number.operator.name == "Free Caraïbe"


def test_mayotte_mobile_and_saint_pierre_blocks() -> None:
    # 063901;0639010000;0639019999;FRTE;Mayotte;01/01/2017
    assert check_number("0639 01 12 34").number.region == "YT"
    # 050841;0508410000;0508419999;SPMT;Saint Pierre et Miquelon;22/04/2024
    spm = check_number("0508 41 23 45")
    assert (spm.number.region, spm.number.e164, spm.number.allocated) == ("PM", "+508412345", True)


def test_a_guadeloupe_0691_number_outside_every_block_is_unallocated() -> None:
    # 0691 blocks exist (069122 Dauphin telecom…), but not 069199.
    result = check_number("0691 99 12 34")
    assert result.number.allocated is False
    assert codes("0691 99 12 34") == ["number.unallocated"]


# --- Unallocated neighbours ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "08 36 04 12 34",  # between 083603 and 083606
        "01 05 51 23 45",  # just before 01056
        "0840 12 34 56",  # no 084 block at all
        "+33 1 99 99 99 99",
    ],
)
def test_a_number_outside_every_block_is_told_plainly(text: str) -> None:
    result = check_number(text)
    assert result.number.category != "invalid"
    assert result.number.allocated is False
    assert result.number.operator is None
    assert codes(text) == ["number.unallocated"]
    message = result.findings[0].message
    assert "aucun bloc de numéros attribué par l'ARCEP" in message
    assert "données ARCEP du 3 juillet 2025" in message
    assert "mal recopié" in message and "falsifié" in message
    assert result.verdict is Verdict.suspicious  # alone it may be a typo: suspicious, not "scam"


def test_an_unallocated_number_claiming_to_be_a_collector_is_a_strong_scam_signal() -> None:
    text = (
        "INTRUM: votre dossier n 45821 est en recouvrement, rappelez le 01 05 51 23 45 sous 24h sinon saisie"
    )
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert any("aucun bloc de numéros attribué par l'ARCEP" in f.message for f in result.findings)


# --- Extended-length mobile blocks (machine-to-machine) ------------------------------------------------


def test_a_14_digit_machine_to_machine_number_of_an_allocated_block() -> None:
    # 0700000;07000000000000;07000009999999;FRTE;Métropole;01/01/2017
    result = check_number("07 00 00 00 00 01 23")
    assert (result.number.category, result.number.allocated) == ("mobile", True)
    assert result.number.e164 == "+337000000000123"
    assert codes("07 00 00 00 00 01 23") == ["number.m2m", "number.arcep_block"]
    assert result.verdict is Verdict.suspicious


def test_a_13_digit_overseas_machine_to_machine_number() -> None:
    # 0700501;0700501000000;0700501999999;BUYC;"Guadeloupe, St Martin et St Barthélemy";07/02/2024
    for text in ("0700501000000", "+590 700 501 000 000"):
        result = check_number(text)
        assert (result.number.region, result.number.e164) == ("GP", "+590700501000000"), text
        assert result.number.operator is not None and result.number.operator.code == "BUYC"


def test_a_14_digit_070_number_outside_every_block_is_unallocated() -> None:
    assert codes("07009999999999") == ["number.unallocated"]


# --- Short numbers --------------------------------------------------------------------------------------


def test_a_mistyped_length_is_a_bad_length_not_an_unallocated_number() -> None:
    result = check_number("06 12 34 56 7")
    assert codes("06 12 34 56 7") == ["number.bad_length"]
    assert result.number.allocated is None


def test_short_number_blocks() -> None:
    # 3414;3414;3414;COLT;National;09/06/2020 ; 118218;118218;118218;LNUM;National;23/06/2005
    bdf = check_number("3414")
    assert bdf.number.allocated is True and bdf.number.operator is not None
    assert bdf.number.operator.code == "COLT"
    assert bdf.verdict is Verdict.likely_legit
    directory = check_number("118 218")
    assert directory.number.operator is not None and directory.number.operator.code == "LNUM"


def test_an_unallocated_four_digit_short_number() -> None:
    assert check_number("3179").number.allocated is False
    assert codes("3179") == ["number.unallocated"]


def test_numbers_the_data_does_not_cover_are_null_not_unallocated() -> None:
    for text in ("17", "112", "33700", "116000", "+44 20 7946 0958"):
        result = check_number(text)
        assert result.number.allocated is None, text
        assert result.number.operator is None, text
        assert "number.unallocated" not in codes(text), text


# --- The table itself -----------------------------------------------------------------------------------


def test_the_shipped_table_is_the_3_july_2025_snapshot() -> None:
    table = arcep.load()
    assert table.data_date == date(2025, 7, 3)
    assert table.size == 19_096
    assert set(table.lengths()) == {4, 6, 10, 13, 14}
    assert "Licence Ouverte" in table.source
