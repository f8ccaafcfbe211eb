"""Caller numbers: read any written form, say what kind of line it is and what that means here.

French numbers (national, +33, 0033, overseas) are classified from the ARCEP plan in knowledge/, not
from phonenumbers: phonenumbers misreads overseas national forms (0262, 0596, 0508 with region FR) and
does not know the canvassing ranges. phonenumbers is used for foreign numbers only.
ARCEP's own allocation of number blocks (``knowledge.arcep``) then says whether a real line can have the
number at all, which operator holds its block and since when, and the territory of overseas 07/09 blocks.
Pure and fast: tables are built at import or first use, no regex is compiled per call, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

import phonenumbers
from phonenumbers import NumberParseException
from pydantic import BaseModel

from checks.calendar_fr import french
from checks.result import CheckResult, Finding, finding, summary_for
from knowledge import arcep, numbering, organisations
from knowledge.arcep import Block
from knowledge.base import Status
from knowledge.numbering import Category, Range, ShortFormat, ShortKind, ShortNumber
from knowledge.organisations import OrgKind
from knowledge.wording import text as wording_text

__all__ = [
    "Category",
    "NumberInfo",
    "NumberResult",
    "OperatorInfo",
    "ParsedNumber",
    "check_number",
    "parse_number",
    "read_number",
]

MAX_INPUT = 64  # longer than any written phone number, spaces and "+33 (0)" included

# Separators people type or paste: spaces of every width, dots, dashes, slashes, brackets, and the
# invisible characters that come with copy-paste (zero-width, bidi marks, BOM).
_SEPARATORS = (
    " .-/()_\t\n\r\v\f"
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"
)
_TRANSLATE: dict[int, int | None] = dict.fromkeys(map(ord, _SEPARATORS))
for _zero in (0xFF10, 0x0660, 0x06F0, 0x0966):  # full-width, Arabic-Indic, Persian, Devanagari digits
    for _i in range(10):
        _TRANSLATE[_zero + _i] = ord("0") + _i
_TRANSLATE[0xFF0B] = ord("+")  # full-width plus
_ASCII_DIGITS = frozenset("0123456789")

# International prefixes of France and its overseas territories; their numbers go through the plan.
_FRENCH_CODES = {"33": 2, "262": 3, "590": 3, "594": 3, "596": 3, "508": 3}


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """What a piece of text says as a phone number. ``problem`` is set when it is not a valid one."""

    input: str
    e164: str | None  # "+33472801414"; short numbers keep their digits ("3414"); None if invalid
    category: Category
    region: str | None  # ISO 3166: FR, RE, GP, MQ, GF, YT, PM, GB, CI…
    display: str  # "04 72 80 14 14", "+225 07 12 34 56 78", "3414"
    range: Range | None = None
    short: ShortNumber | None = None
    short_format: ShortFormat | None = None
    country_code: int | None = None
    country: str | None = None  # French name of a foreign country ("Côte d'Ivoire")
    problem: str | None = None  # empty, too_long, letters, not_a_number, bad_length, unknown_range,
    # wrong_country_code
    letters: str = ""
    hint: str = ""  # for wrong_country_code: the international form the national prefix really has
    block: Block | None = None  # the ARCEP block holding the number
    extended: bool = False  # a 13/14-digit "mobile de longueur étendue" (machine-to-machine)
    allocated: bool | None = None  # in an allocated block; None when ARCEP's data does not cover it

    @property
    def valid(self) -> bool:
        return self.category is not Category.invalid


class OperatorInfo(BaseModel):
    """The operator ARCEP allocated the number's block to: never proof of who is calling."""

    code: str
    name: str
    allocated: date


class NumberInfo(BaseModel):
    input: str
    e164: str | None
    category: Category
    region: str | None
    known_as: list[str]
    operator: OperatorInfo | None = None
    allocated: bool | None = None


class NumberResult(CheckResult):
    kind: Literal["number"] = "number"
    number: NumberInfo


# --- Reading -------------------------------------------------------------------------------------------


def _invalid(text: str, problem: str, display: str = "", letters: str = "") -> ParsedNumber:
    return ParsedNumber(
        input=text,
        e164=None,
        category=Category.invalid,
        region=None,
        display=display,
        problem=problem,
        letters=letters,
    )


def _group_national(national: str) -> str:
    return " ".join(national[i : i + 2] for i in range(0, len(national), 2))


# Overseas territories whose 07/09 blocks ARCEP lists: their numbers are dialled with the territory's
# country code (0976 of a Réunion block is +262 976…), which the prefix alone does not tell.
_OVERSEAS_DIALLED = frozenset({"RE", "YT", "GP", "GF", "MQ"})


def _allocated(table: arcep.ArcepTable, digits: str, block: Block | None) -> bool | None:
    """True in a block; False when ARCEP's data covers numbers of this shape; None when it does not."""
    if block is not None:
        return True
    return False if table.covers(digits) else None


def _french(text: str, national: str, typed: str | None) -> ParsedNumber:
    """A 10-digit national form ("0692123456"). ``typed`` is the E.164 the user wrote, if any."""
    plan = numbering.load()
    entry = plan.range_for(national)
    table = arcep.load()
    block = table.block_for(national)
    if entry is None:  # pragma: no cover - the plan has a range for every prefix 01-09 (tested)
        return _invalid(text, "unknown_range", _group_national(national))
    e164 = entry.international + national[len(entry.prefix) :]
    region = entry.region
    if block is not None and block.region != region and block.region in _OVERSEAS_DIALLED:
        # ARCEP's territory wins over the prefix rule: a 0976 block of La Réunion is not a mainland 09.
        region = block.region
        e164 = plan.dials[region] + national[1:]
    if typed is not None and typed != e164:
        # "+33 6 92…" mixes two forms: Réunion mobiles are +262 692…. Never rewrite it silently.
        # When ARCEP's territory made the difference ("+33 9 76 22…" of a Réunion block), phonenumbers'
        # generic reading of +33 9… must not win: it would call a French number foreign.
        other = _foreign(text, typed) if region == entry.region else None
        if other is not None and other.valid:
            return other
        return _mixed_form(text, typed, entry, e164)
    return _valid(text, national, e164, entry, entry.category, region, block, table)


def _valid(
    text: str,
    national: str,
    e164: str,
    entry: Range,
    category: Category,
    region: str,
    block: Block | None,
    table: arcep.ArcepTable,
    *,
    extended: bool = False,
) -> ParsedNumber:
    """A valid French number: its range of the plan, category and territory, and its ARCEP block."""
    return ParsedNumber(
        input=text,
        e164=e164,
        category=category,
        region=region,
        display=_group_national(national),
        range=entry,
        block=block,
        allocated=_allocated(table, national, block),
        extended=extended,
    )


def _mixed_form(text: str, typed: str, entry: Range, e164: str) -> ParsedNumber:
    """A number typed with another territory's country code: said, with its right writing, never rewritten."""
    return replace(_invalid(text, "wrong_country_code", typed), range=entry, hint=e164)


# ARCEP's "numéros mobiles de longueur étendue": 14 digits (13 overseas), all starting 070, for
# machine-to-machine lines (connected objects, payment terminals). phonenumbers does not know them.
_EXTENDED_LENGTHS = frozenset({13, 14})
_EXTENDED_PREFIX = "070"


def _is_extended(national: str) -> bool:
    return len(national) in _EXTENDED_LENGTHS and national.startswith(_EXTENDED_PREFIX)


def _extended(text: str, national: str, typed: str | None) -> ParsedNumber:
    """A 13/14-digit machine-to-machine number: dialled with its territory's country code (ARCEP)."""
    plan = numbering.load()
    table = arcep.load()
    block = table.block_for(national)
    entry = plan.range_for(national)
    region = block.region if block is not None else "FR"
    e164 = plan.dials.get(region, "+33") + national[1:]
    if entry is None:  # pragma: no cover - "07" is in the plan
        return _invalid(text, "bad_length", _group_national(national))
    if typed is not None and typed != e164:
        return _mixed_form(text, typed, entry, e164)
    return _valid(text, national, e164, entry, Category.mobile, region, block, table, extended=True)


def _foreign(text: str, e164: str) -> ParsedNumber:
    try:
        parsed = phonenumbers.parse(e164, None)
    except NumberParseException:
        return _invalid(text, "bad_length", e164)
    # is_valid_number() would look the region up a second time: do it once.
    region = phonenumbers.region_code_for_number(parsed)
    if region is None or not phonenumbers.is_valid_number_for_region(parsed, region):
        return _invalid(text, "unknown_range", e164)
    national = phonenumbers.national_significant_number(parsed)
    display = f"+{parsed.country_code} {national}"  # format_number() would double the cost of the check
    return ParsedNumber(
        input=text,
        e164=f"+{parsed.country_code}{national}",
        category=Category.foreign,
        region=region,
        display=display,
        country_code=parsed.country_code,
        country=_country_name(parsed) or region,
    )


def _country_name(parsed: phonenumbers.PhoneNumber) -> str:
    """``phonenumbers.geocoder.country_name_for_number(parsed, "fr")``, from knowledge's country table."""
    regions = phonenumbers.region_codes_for_country_code(parsed.country_code or 0)
    if len(regions) == 1:
        return numbering.country_name(regions[0])
    valid = [r for r in regions if phonenumbers.is_valid_number_for_region(parsed, r)]
    return numbering.country_name(valid[0]) if len(valid) == 1 else ""


def _international(text: str, digits: str) -> ParsedNumber:
    """``digits`` follow a "+" or "00" (country code first)."""
    for code, size in _FRENCH_CODES.items():
        if digits.startswith(code):
            rest = digits[size:]
            if code == "33" and len(rest) == 10 and rest[0] == "0":
                rest = rest[1:]  # "+33 0 9 48…": the trunk 0 typed after the country code
            national = ("0508" + rest) if code == "508" else ("0" + rest)
            if _is_extended(national):
                return _extended(text, national, "+" + code + rest)
            if len(national) != numbering.NATIONAL_LENGTH:
                return _invalid(text, "bad_length", "+" + digits)
            return _french(text, national, "+" + code + rest)
    return _foreign(text, "+" + digits)


def _short(text: str, digits: str) -> ParsedNumber:
    plan = numbering.load()
    table = arcep.load()
    block = table.block_for(digits)
    known = plan.shorts.get(digits)
    shape = plan.short_format_for(digits) if known is None else None
    entry = known or shape
    if entry is None:
        return _invalid(text, "bad_length", digits)
    return ParsedNumber(
        input=text,
        e164=digits,
        category=entry.category,
        region="FR",
        display=digits,
        short=known,
        short_format=shape,
        block=block,
        # A sourced official number absent from the data is not called unallocated: None, not False.
        allocated=_allocated(table, digits, block)
        if known is None
        else (True if block is not None else None),
    )


def read_number(text: str) -> ParsedNumber:
    """Read ``text`` as a phone number, whatever its written form; never raises.

    Handles spaces, dots, dashes, "+33", "0033", "+33 (0)9…", overseas national forms (0262, 0596, 0508…),
    foreign numbers in international form and French short numbers. Letters are never read as digits.
    """
    if len(text) > MAX_INPUT:
        return _invalid(text, "too_long")
    cleaned = text.strip()
    if cleaned[:4].lower() == "tel:":
        cleaned = cleaned[4:]
    if "(0)" in cleaned and cleaned.startswith(("+", "00", "\uff0b")):
        cleaned = cleaned.replace("(0)", "", 1)  # "+33 (0)9 48…": the 0 is dropped after a country code
    compact = cleaned.translate(_TRANSLATE)
    if not compact:
        return _invalid(text, "empty")
    plus = compact[0] == "+"
    digits = compact[1:] if plus else compact
    if not digits or not _ASCII_DIGITS.issuperset(digits):
        return _not_digits(text, digits)
    if plus:
        return _international(text, digits)
    if digits.startswith("00"):
        return _international(text, digits[2:])
    if digits[0] == "0":
        if _is_extended(digits):
            return _extended(text, digits, None)
        if len(digits) != numbering.NATIONAL_LENGTH:
            return _invalid(text, "bad_length", _group_national(digits))
        return _french(text, digits, None)
    if len(digits) <= 6:
        return _short(text, digits)
    return _invalid(text, "bad_length", _group_national(digits))


def _not_digits(text: str, body: str) -> ParsedNumber:
    letters = [c for c in body if c.isalpha()]
    digit_count = sum(1 for c in body if c in _ASCII_DIGITS)
    others = len(body) - len(letters) - digit_count
    if letters and others == 0 and digit_count >= 4 and len(letters) <= 3:
        shown = ", ".join(wording_text("numbers.letters.quoted", letter=c) for c in dict.fromkeys(letters))
        return _invalid(text, "letters", letters=shown)
    return _invalid(text, "not_a_number")


def parse_number(text: str) -> ParsedNumber | None:
    """The number written in ``text``, or None when it is not a valid phone number (for message analysis)."""
    parsed = read_number(text)
    return parsed if parsed.valid else None


# --- Judging -------------------------------------------------------------------------------------------

_KNOWN_CODE = {
    Status.confirmed: "number.known_confirmed",
    Status.reported: "number.known_reported",
    Status.unverified: "number.known_unverified",
}
_PROBLEM_CODE = {
    "empty": "number.empty",
    "too_long": "number.too_long",
    "letters": "number.letters",
    "not_a_number": "number.not_a_number",
    "bad_length": "number.bad_length",
    "unknown_range": "number.unknown_range",
    "wrong_country_code": "number.wrong_country_code",
}
_EMERGENCY_KINDS = {ShortKind.emergency}
_SERVICE_KINDS = {OrgKind.public_service, OrgKind.help}


def _category_findings(parsed: ParsedNumber, known: bool) -> list[Finding]:
    plan = numbering.load()
    category = parsed.category
    display = parsed.display
    entry = parsed.range
    if category is Category.foreign:
        return [
            finding(
                "number.foreign",
                display=display,
                country_code=parsed.country_code,
                country=parsed.country or parsed.region or wording_text("numbers.country.unknown"),
            )
        ]
    if parsed.short is not None:
        short = parsed.short
        code = "number.emergency" if short.kind in _EMERGENCY_KINDS else "number.official_short"
        return [finding(code, display=display, name=short.name, label=short.label)]
    if parsed.short_format is not None:
        shape = parsed.short_format
        if shape.sms:
            return [finding("number.sms_short", display=display, label=shape.label)]
        if category is Category.premium:
            return [finding("number.premium", display=display, label=shape.label, price=shape.price)]
        code = "number.free" if category is Category.free else "number.short_unknown"
        return [finding(code, display=display, label=shape.label)]
    if entry is None:  # pragma: no cover - every valid French number carries its range
        return []
    found: list[Finding] = []
    where = plan.region_name(entry.region)
    if category is Category.premium:
        found.append(finding("number.premium", display=display, label=entry.label, price=entry.price))
    elif category is Category.canvassing:
        found.append(finding("number.canvassing", display=display, label=entry.label, where=where))
    elif parsed.extended:
        found.append(finding("number.m2m", display=display, where=plan.region_name(parsed.region or "FR")))
    elif category is Category.mobile:
        found.append(finding("number.mobile", display=display, label=entry.label, where=where))
    elif not known:
        if category is Category.geographic:
            if entry.region == "FR":
                found.append(finding("number.geographic", display=display, label=entry.label))
            else:
                found.append(
                    finding("number.overseas_fixed", display=display, label=entry.label, where=where)
                )
        elif category is Category.non_geographic:
            found.append(finding("number.non_geographic", display=display, label=entry.label))
        elif category is Category.free:
            found.append(finding("number.free", display=display, label=entry.label))
        elif category is Category.standard_rate:
            found.append(finding("number.standard_rate", display=display, label=entry.label))
    if category is Category.special:
        found.append(finding("number.special", display=display, label=entry.label))
    if entry.status is Status.unverified and parsed.block is None:  # an ARCEP block confirms the range
        found.append(finding("number.unconfirmed_range", prefix=entry.prefix))
    return found


def _data_date() -> str:
    """The words "données ARCEP du 3 juillet 2025", said wherever a finding relies on the ARCEP snapshot."""
    table = arcep.load()
    said = _DATA_DATE.get(table.data_date)
    if said is None:
        said = _DATA_DATE[table.data_date] = wording_text("arcep.date.data", date=french(table.data_date))
    return said


_DATA_DATE: dict[date, str] = {}  # start-up work (one entry per table), not a per-input cache


def _block_finding(block: Block) -> Finding:
    return finding(
        "number.arcep_block", operator=block.operator_name, since=french(block.allocated), data=_data_date()
    )


def check_number(text: str) -> NumberResult:
    """Explain a caller number for someone contacted by a (real or fake) debt collector."""
    parsed = read_number(text)
    known_as: list[str] = []
    findings: list[Finding]
    if not parsed.valid:
        problem = parsed.problem or "not_a_number"
        findings = [
            finding(
                _PROBLEM_CODE[problem],
                display=parsed.display,
                length=len(text),
                letters=parsed.letters,
                expected=parsed.hint,
                label=parsed.range.label if parsed.range else "",
            )
        ]
    elif parsed.allocated is False:
        # No real line can have it: saying anything else about the number would only blur that.
        findings = [finding("number.unallocated", display=parsed.display, data=_data_date())]
    else:
        owners = organisations.load().owners_of_number(parsed.e164) if parsed.e164 else []
        findings = []
        for org, entry in owners:
            known_as.append(org.name)
            findings.append(finding(_KNOWN_CODE[entry.status], name=org.name, label=entry.label))
        if parsed.short is not None and parsed.short.name not in known_as:
            known_as.append(parsed.short.name)
        findings.extend(_category_findings(parsed, known=bool(owners)))
        if owners and not all(org.kind in _SERVICE_KINDS for org, _ in owners):
            findings.append(finding("number.spoofing"))
        if parsed.block is not None:
            findings.append(_block_finding(parsed.block))
    block = parsed.block
    info = NumberInfo.model_construct(
        input=text if len(text) <= MAX_INPUT else text[:MAX_INPUT] + "…",
        e164=parsed.e164,
        category=parsed.category,
        region=parsed.region,
        known_as=known_as,
        operator=None
        if block is None
        else OperatorInfo.model_construct(
            code=block.operator, name=block.operator_name, allocated=block.allocated
        ),
        allocated=parsed.allocated,
    )
    return NumberResult.model_construct(
        kind="number", findings=findings, summary=summary_for("number", findings), number=info
    )
