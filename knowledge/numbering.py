"""The French numbering plan (ARCEP) as data: what a prefix means, where it is, what it costs.

``data/numbering.toml`` holds national prefixes (longest prefix wins, so the canvassing range 0948 beats
the 09 non-geographic range), the overseas prefixes with their own country codes (0262 is +262 262…,
0508 is +508…), short numbers we can source, and the formats of short numbers we cannot list one by one.
Everything is validated and indexed once, at load, so a lookup is a few dictionary reads.
"""

from __future__ import annotations

import importlib.util
import re
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Self

from pydantic import BaseModel, field_validator, model_validator

from knowledge.base import NonBlank, Sourced, Strict, load_file
from knowledge.cache import loader

FILE = "numbering.toml"

_PREFIX_RE = re.compile(r"^0[1-9]\d{0,3}$")
_DIAL_RE = re.compile(r"^\+[1-9]\d{0,8}$")
_SHORT_RE = re.compile(r"^[1-9]\d{1,5}$")
_REGION_RE = re.compile(r"^[A-Z]{2}$")

NATIONAL_LENGTH = 10  # French national numbers: 0 + 9 digits, overseas included


class Category(StrEnum):
    """What kind of line a number is; the JSON field ``number.category``."""

    geographic = "geographic"
    mobile = "mobile"
    non_geographic = "non_geographic"
    canvassing = "canvassing"
    free = "free"
    standard_rate = "standard_rate"
    premium = "premium"
    special = "special"  # other 08 blocks (0836, 085, 086): data services, internet access by modem
    short = "short"
    foreign = "foreign"
    invalid = "invalid"


# Categories a national prefix can have (short/foreign/invalid are decided by the parser).
_RANGE_CATEGORIES = {
    Category.geographic,
    Category.mobile,
    Category.non_geographic,
    Category.canvassing,
    Category.free,
    Category.standard_rate,
    Category.premium,
    Category.special,
}


class ShortKind(StrEnum):
    public_service = "public_service"
    emergency = "emergency"
    help = "help"


class Region(Strict):
    code: NonBlank
    name: NonBlank
    dial: str  # country code of its numbers: "+33", "+262"

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not _REGION_RE.match(value):
            raise ValueError(f"{value!r} must be an ISO 3166 alpha-2 code such as FR or RE")
        return value

    @field_validator("dial")
    @classmethod
    def _dial(cls, value: str) -> str:
        if not _DIAL_RE.match(value) or len(value) > 4:
            raise ValueError(f"dial {value!r} must be a country code such as +33 or +262")
        return value


class Range(Sourced):
    """A national prefix ("0948") and what it means."""

    prefix: NonBlank
    category: Category
    region: NonBlank
    dial: str | None = None  # international form of the prefix; default "+33" + prefix without its 0
    label: NonBlank  # plain French, used inside findings: "un numéro surtaxé en 089"
    price: str | None = None  # premium ranges: the maximum surcharge, in plain French

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not _PREFIX_RE.match(self.prefix):
            raise ValueError(f"prefix {self.prefix!r} must be 2 to 5 digits starting with 0 then 1-9")
        if self.category not in _RANGE_CATEGORIES:
            raise ValueError(f"category {self.category.value!r} cannot be given to a national prefix")
        if self.dial is not None and not _DIAL_RE.match(self.dial):
            raise ValueError(f"dial {self.dial!r} must look like +262692")
        if self.category is Category.premium and not self.price:
            raise ValueError(f"premium prefix {self.prefix} needs its maximum price")
        return self

    @property
    def international(self) -> str:
        return self.dial if self.dial is not None else "+33" + self.prefix[1:]


class ShortNumber(Sourced):
    """A short number we can name (3414 Banque de France, 33700, 17…)."""

    number: NonBlank
    name: NonBlank
    kind: ShortKind
    category: Category
    label: NonBlank

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not _SHORT_RE.match(self.number):
            raise ValueError(f"short number {self.number!r} must be 2 to 6 digits not starting with 0")
        if self.category not in {Category.short, Category.free, Category.standard_rate, Category.premium}:
            raise ValueError(f"category {self.category.value!r} cannot be given to a short number")
        return self


class ShortFormat(Sourced):
    """The shape of a family of short numbers (118 XYZ, 3BPQ…) with what it costs."""

    prefix: NonBlank
    length: int
    category: Category
    label: NonBlank
    price: str | None = None
    sms: bool = False  # a 5-digit SMS number (SMS+): a sender of texts, priced by its first digit

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not (2 <= self.length <= 6) or not self.prefix.isdigit() or len(self.prefix) > self.length:
            raise ValueError(f"short format {self.prefix!r}/{self.length} is not a 2-6 digit short number")
        if self.prefix.startswith("0"):
            raise ValueError("a short number never starts with 0")
        if self.category not in {Category.short, Category.free, Category.standard_rate, Category.premium}:
            raise ValueError(f"category {self.category.value!r} cannot be given to a short number")
        if self.category is Category.premium and not self.price:
            raise ValueError(f"premium short format {self.prefix} needs its maximum price")
        return self


class NumberingFile(Strict):
    region: list[Region]
    range: list[Range]
    short: list[ShortNumber] = []
    short_format: list[ShortFormat] = []

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        codes = {r.code for r in self.region}
        seen: set[str] = set()
        for item in self.range:
            if item.region not in codes:
                raise ValueError(
                    f"prefix {item.prefix}: region {item.region!r} is not in the [[region]] list"
                )
            if item.prefix in seen:
                raise ValueError(f"prefix {item.prefix} is listed twice")
            seen.add(item.prefix)
        numbers = [s.number for s in self.short]
        if len(numbers) != len(set(numbers)):
            raise ValueError("a short number is listed twice")
        shapes = [(f.prefix, f.length) for f in self.short_format]
        if len(shapes) != len(set(shapes)):
            raise ValueError("a short format (prefix and length) is listed twice")
        sms_lengths = {f.length for f in self.short_format if f.sms}
        if len(sms_lengths) != 1:
            lengths = sorted(sms_lengths)
            raise ValueError(
                f"the SMS series (short_format, sms = true) must exist and share one length: {lengths}"
            )
        if any(f.length in sms_lengths and not f.sms for f in self.short_format):
            raise ValueError("a short format of the SMS series' length must be an SMS series (sms = true)")
        return self

    def sms_pattern(self) -> str:
        """A regular expression (no group) matching exactly the numbers of the SMS series: "(?:3\\d{4}|4\\d{4}|…)"."""
        sms = [f for f in self.short_format if f.sms]
        length = sms[0].length
        prefixes = sorted((f.prefix for f in sms), key=lambda p: (-len(p), p))
        alternatives = "|".join(f"{prefix}\\d{{{length - len(prefix)}}}" for prefix in prefixes)
        return f"(?:{alternatives})"


class NumberingPlan(BaseModel):
    """Indexed plan: every lookup is a dictionary read."""

    regions: dict[str, str]
    dials: dict[str, str]  # region code -> country code ("RE" -> "+262")
    ranges: dict[str, Range]
    prefix_lengths: tuple[int, ...]  # longest first
    shorts: dict[str, ShortNumber]
    short_formats: dict[tuple[str, int], ShortFormat]
    sms_pattern: str  # the numbers of the SMS series (SMS+), as a regular expression without group

    def range_for(self, national: str) -> Range | None:
        """The most specific range for a national number such as "0948123456"."""
        ranges = self.ranges
        for size in self.prefix_lengths:
            hit = ranges.get(national[:size])
            if hit is not None:
                return hit
        return None

    def short_format_for(self, digits: str) -> ShortFormat | None:
        size = len(digits)
        formats = self.short_formats
        for end in range(size, 0, -1):
            hit = formats.get((digits[:end], size))
            if hit is not None:
                return hit
        return None

    def region_name(self, code: str) -> str:
        return self.regions.get(code, code)


@loader
def load() -> NumberingPlan:
    parsed = load_file(FILE, NumberingFile)
    ranges = {item.prefix: item for item in parsed.range}
    return NumberingPlan(
        regions={r.code: r.name for r in parsed.region},
        dials={r.code: r.dial for r in parsed.region},
        ranges=ranges,
        prefix_lengths=tuple(sorted({len(p) for p in ranges}, reverse=True)),
        shorts={s.number: s for s in parsed.short},
        short_formats={(f.prefix, f.length): f for f in parsed.short_format},
        sms_pattern=parsed.sms_pattern(),
    )


def sms_number_pattern() -> str:
    """The 5-digit SMS numbers (SMS+) as a regular expression without group, read from the SMS series of
    ``numbering.toml``: the one source for the checks and the conversation that look for an SMS sender."""
    return load().sms_pattern


def country_name(region: str) -> str:
    """French name of a country or territory (ISO 3166 code), or "" when phonenumbers has none.

    ``phonenumbers.geocoder.country_name_for_number`` would import ``phonenumbers.geodata``: 40 MB of
    per-prefix place names (~0.4 s, ~50 MB of memory) to answer from its small table of country names.
    Only that table is read, once, on first use.
    """
    names = _locale_data().get(region)
    if names is None:
        return ""
    name = str(names.get("fr", ""))
    if name.startswith("*"):  # "*xx": the name is held under language xx
        name = str(names.get(name[1:], ""))
    return name


@cache
def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' country-name table (``phonenumbers.geodata.locale``), read without its package."""
    import phonenumbers  # imported here: knowledge loads at start-up without it

    try:
        path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
        spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
        if spec is None or spec.loader is None:
            raise ImportError(path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table: dict[str, dict[str, str]] = module.LOCALE_DATA
    except (ImportError, OSError, AttributeError, SyntaxError):  # another layout: the normal import,
        # which also loads the 40 MB geodata package (slower, same answer)
        from phonenumbers.geodata.locale import LOCALE_DATA

        table = LOCALE_DATA
    return table
