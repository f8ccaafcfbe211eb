"""Fill a letter template with the user's answers: validate, compute deadlines, lay the letter out.

Pure: ``today`` is a parameter, nothing is read but the cached templates. Field values are data, never
markup or templates: they are inserted after the template is formatted, so ``<b>`` or ``{x}`` typed by a
user stays literal text. Every problem is reported at once, each naming the field's French label, so the
conversation can ask again for exactly what is wrong.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, ConfigDict, computed_field

from checks.calendar_fr import MONTHS_FR, add_months, add_years, years_french
from checks.calendar_fr import french as format_date_fr
from checks.dates import DateErrorCode, ParsedDate, parse_date, parse_day
from checks.text_normalise import fold
from knowledge import letters as letters_knowledge
from knowledge.citations import SourceRef
from knowledge.letters import FieldType, LetterField, LetterTemplate, Paragraph
from knowledge.wording import placeholders
from knowledge.wording import text as t

__all__ = [
    "LRAR_MENTION",
    "MAX_AMOUNT",
    "SUBJECT_PREFIX",
    "FieldProblem",
    "FilledLetter",
    "LetterDeadline",
    "LetterValidationError",
    "UnknownLetter",
    "add_months",
    "check_field",
    "fill_letter",
    "format_amount",
    "format_date_fr",
    "letter_ids",
    "parse_amount",
    "parse_date_fr",
    "prefill",
    "template",
]

LRAR_MENTION = "Lettre recommandée avec accusé de réception"
SUBJECT_PREFIX = "Objet\u00a0: "
SALUTATION = "Madame, Monsieur,"
CLOSING = "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
MAX_AMOUNT = Decimal("10000000")  # a consumer debt above ten million euros is a typo
OLDEST_DATE = date(1970, 1, 1)
MAX_ADDRESS_LINES = 5
NBSP = "\u00a0"


class UnknownLetter(ValueError):
    """The letter id is not a known template; the message lists the valid ids."""


class FieldProblem(BaseModel):
    model_config = ConfigDict(frozen=True)

    field: str
    label: str
    message: str


class LetterValidationError(ValueError):
    """One or more fields are missing or invalid; ``problems`` names each field and its French label."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))


class LetterDeadline(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    date: date
    legal: bool
    basis: str | None = None


class FilledLetter(BaseModel):
    """A letter ready to print: structured parts for layout, and ``text`` for a plain-text message."""

    model_config = ConfigDict(frozen=True)

    letter_id: str
    title: str
    sender: list[str]
    recipient: list[str]
    place_date: str
    mention: str
    subject: str
    references: list[str]
    salutation: str
    paragraphs: list[str]
    closing: str
    signature: str
    deadlines: list[LetterDeadline]
    legal_refs: list[SourceRef]
    notes: list[str]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        blocks = [
            "\n".join(self.sender),
            "\n".join(self.recipient),
            self.place_date,
            self.mention,
            SUBJECT_PREFIX + self.subject,
        ]
        if self.references:
            blocks.append("\n".join(self.references))
        blocks += [self.salutation, *self.paragraphs, self.closing, self.signature]
        return "\n\n".join(blocks) + "\n"


# --- formatting and parsing ---------------------------------------------------------------------------


def format_amount(value: Decimal) -> str:
    """``1 234,56 €`` with no-break spaces, so the amount never splits across lines."""
    units, cents = f"{value.quantize(Decimal('0.01')):.2f}".split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    return f"{NBSP.join(groups)},{cents}{NBSP}€"


_AMOUNT_NOISE = re.compile(r"(€|eur(?:os?)?\b|[\s\u00a0\u202f'’])", re.IGNORECASE)


def parse_amount(raw: str) -> Decimal:
    """Read a euro amount as French people type it; raise ValueError with a French reason."""
    text = raw.strip()
    if text.startswith(("-", "−")):
        raise ValueError(t("letters.reason.negative_amount"))
    text = _AMOUNT_NOISE.sub("", text)
    if "," in text and "." in text:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        text = text.replace(thousands, "").replace(decimal_sep, ".")
    elif "," in text:
        text = text.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    if not re.fullmatch(r"\d{1,12}(\.\d{1,2})?", text):
        raise ValueError(t("letters.reason.unreadable_amount"))
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex above already guarantees a decimal
        raise ValueError(t("letters.reason.unreadable_amount")) from None
    if value <= 0:
        raise ValueError(t("letters.reason.zero_amount"))
    if value > MAX_AMOUNT:
        raise ValueError(t("letters.reason.huge_amount", limit=format_amount(MAX_AMOUNT)))
    return value


def parse_date_fr(raw: str) -> date:
    """Read "15/03/2024", "2024-03-15", "1er mars 2024" (``checks.dates``, the year in full); raise ValueError
    with a French reason."""
    day = parse_day(raw, short_year=False)
    if isinstance(day, date):
        return day
    if day is DateErrorCode.short_year:
        raise ValueError(t("letters.reason.short_year"))
    if day is DateErrorCode.impossible:
        raise ValueError(t("letters.reason.impossible_date"))
    if day is DateErrorCode.too_old:
        raise ValueError(t("letters.reason.too_old", oldest=format_date_fr(OLDEST_DATE)))
    raise ValueError(t("letters.reason.unreadable_date"))


# "je sais pas", "?", "aucune idée", a bare "oui"/"non": an answer to a question, not something to print in
# a letter ("non" was printed as the recipient's name).
_DONT_KNOW_RE = re.compile(
    r"[?!. ]*|(?:je )?(?:ne )?(?:sais|sait|connais|connait) (?:pas|plus|rien)[ ?!.]*|j ?sais pas[ ?!.]*|jsp|"
    r"aucune idee[ ?!.]*|(?:c est )?inconnu[e]?|pas d idee|ne sais pas|sais pas|idk|\?+ ?\?*|"
    r"(?:oui|non|ouais|ok|okay|rien|aucun|aucune|personne)[ ?!.]*"
)
# "je sais pas comment on fait" typed as a name or an address: a sentence that starts by not knowing is not
# a value to print (a long text, the reason for contesting, may say it: "je sais pas pourquoi...").
_STARTS_NOT_KNOWING_RE = re.compile(r"(?:je )?(?:ne )?(?:sais|sait) (?:pas|plus)\b|j ?sais pas\b|jsp\b")
_LETTER_RE = re.compile(r"[^\W\d_]{2,}")


def _fold(text: str) -> str:
    """The project's one folding, with apostrophes and hyphens read as spaces ("j'sais-pas" -> "j sais pas")."""
    return " ".join(re.sub(r"['\-]", " ", fold(text)).split())


def _looks_like_address(text: str) -> bool:
    """At least a number (street or postal code) and a word: "je sais pas" and "?" are not addresses."""
    return any(ch.isdigit() for ch in text) and len(_LETTER_RE.findall(text)) >= 1 and len(text) >= 8


def _read_date(text: str, today: date) -> tuple[date, str]:
    """A date as the rest of the bot reads it (checks.dates: "15/03/2022", "15 mars 2022", "mars 2022",
    "il y a 3 ans"), with its precision; the letters' own strict reader for what that one refuses."""
    read = parse_date(text, today)
    if isinstance(read, ParsedDate):
        return read.value, ("day" if not read.approximate and read.precision == "day" else read.precision)
    if read.code is DateErrorCode.future and read.value is not None:
        return read.value, "day"
    if read.code is DateErrorCode.impossible:
        raise ValueError(t("letters.reason.impossible_date"))
    return parse_date_fr(text), "day"


def _clean(raw: str, multiline: bool) -> str:
    """Drop invisible and control characters; keep line breaks only where lines make sense."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n":
            kept.append("\n" if multiline else " ")
        elif category in {"Cc", "Cf"}:  # NUL, bell, zero-width spaces, bidi overrides
            continue
        elif category in {"Zl", "Zp"}:
            kept.append("\n" if multiline else " ")
        else:
            kept.append(ch)
    lines = [" ".join(line.split()) for line in "".join(kept).split("\n")]
    return "\n".join(line for line in lines if line)


def _unprintable(text: str) -> bool:
    """Emoji, pictograms and private or unassigned code points have no place in a posted letter."""
    for ch in text:
        category = unicodedata.category(ch)
        if category in {"Co", "Cs", "Cn"} or ord(ch) > 0xFFFF or (category == "So" and ord(ch) > 0xFF):
            return True
    return False


# --- filling ------------------------------------------------------------------------------------------


def letter_ids() -> list[str]:
    return list(letters_knowledge.load().templates)


def template(letter_id: str) -> LetterTemplate:
    """The template (fields with labels, types and help) the conversation asks the user to fill."""
    try:
        return letters_knowledge.load().template(letter_id)
    except KeyError:
        raise UnknownLetter(
            t("letters.problem.unknown_letter", letter_id=repr(letter_id), choices=", ".join(letter_ids()))
        ) from None


def _convert(field: LetterField, raw: str, today: date) -> tuple[str, date | None]:
    """The text to print for ``raw`` and, for dates, the parsed date. Raise ValueError (French reason)."""
    multiline = field.type in {FieldType.address, FieldType.long_text}
    text = _clean(raw, multiline)
    if not text:
        return "", None
    if len(text) > field.limit:
        raise ValueError(t("letters.reason.too_long", length=len(text), limit=field.limit))
    if _unprintable(text):
        raise ValueError(t("letters.reason.unprintable"))
    if field.type is FieldType.address and len(text.split("\n")) > MAX_ADDRESS_LINES:
        raise ValueError(t("letters.reason.too_many_lines", limit=MAX_ADDRESS_LINES))
    if field.type is not FieldType.choice and _DONT_KNOW_RE.fullmatch(_fold(text)):
        raise ValueError(t("letters.reason.dont_know"))
    if field.type not in {FieldType.choice, FieldType.long_text} and _STARTS_NOT_KNOWING_RE.match(
        _fold(text)
    ):
        raise ValueError(t("letters.reason.dont_know"))
    if field.type is FieldType.address and not _looks_like_address(text):
        raise ValueError(t("letters.reason.not_an_address"))
    if field.type is FieldType.amount:
        return format_amount(parse_amount(text)), None
    if field.type is FieldType.date:
        parsed, precision = _read_date(text, today)
        if parsed < OLDEST_DATE:
            raise ValueError(t("letters.reason.too_old", oldest=format_date_fr(OLDEST_DATE)))
        if field.not_future and parsed > today:
            raise ValueError(t("letters.reason.future", date=format_date_fr(parsed)))
        if precision == "month" and field.month_ok:
            # The plausibility checks take the month's last day: never "prescribed" on a guessed day.
            last = date(parsed.year, parsed.month, calendar.monthrange(parsed.year, parsed.month)[1])
            return f"{MONTHS_FR[parsed.month - 1]} {parsed.year}", last
        if precision != "day":
            raise ValueError(
                t("letters.reason.month_needed" if field.month_ok else "letters.reason.day_needed")
            )
        shown = format_date_fr(parsed)
        return (f"le {shown}" if field.month_ok else shown), parsed
    if field.type is FieldType.choice:
        wanted = text.casefold()
        for choice in field.choices:
            if wanted in {choice.value.casefold(), choice.label.casefold()}:
                return choice.value, None
        options = " ; ".join(f"« {c.label} »" for c in field.choices)
        raise ValueError(t("letters.reason.not_a_choice", options=options))
    return text, None


def _validate(
    letter: LetterTemplate, fields: Mapping[str, str], today: date
) -> tuple[dict[str, str], dict[str, date]]:
    problems: list[FieldProblem] = []
    declared = {f.name: f for f in letter.fields}
    for name in fields:
        if name not in declared:
            problems.append(
                FieldProblem(
                    field=name, label=name, message=t("letters.problem.unknown_field", name=repr(name))
                )
            )
    values: dict[str, str] = {}
    dates: dict[str, date] = {}
    for field in letter.fields:
        raw = fields.get(field.name)
        if raw is not None and not isinstance(raw, str):
            raw = str(raw)
        try:
            text, parsed = _convert(field, raw or "", today)
        except ValueError as exc:
            problems.append(
                FieldProblem(
                    field=field.name,
                    label=field.label,
                    message=t("letters.problem.field", label=field.label, reason=exc),
                )
            )
            continue
        if not text:
            if field.required:
                problems.append(
                    FieldProblem(
                        field=field.name,
                        label=field.label,
                        message=t("letters.problem.missing", label=field.label),
                    )
                )
            continue
        values[field.name] = text
        if parsed is not None:
            dates[field.name] = parsed
    for field in letter.fields:  # plausibility checks that span two fields
        choice = next((c for c in field.choices if c.value == values.get(field.name)), None)
        if choice is None or choice.min_years_since is None or choice.since_field not in dates:
            continue
        ends = add_years(dates[choice.since_field], choice.min_years_since)
        if ends >= today:  # the last day is still open: prescribed only from the day after (art. 2229)
            since = declared[choice.since_field]
            problems.append(
                FieldProblem(
                    field=choice.since_field,
                    label=since.label,
                    message=t(
                        "letters.problem.not_yet_prescribed",
                        label=since.label,
                        years=years_french(choice.min_years_since),
                        ends=format_date_fr(ends),
                    ),
                )
            )
    if problems:
        raise LetterValidationError(problems)
    return values, dates


_SPACE_BEFORE = re.compile(r" ([:;!?»])")
_SPACE_AFTER = re.compile(r"« ")


def _typography(text: str) -> str:
    """French typography: a no-break space before : ; ! ? » and after «, so they never start a line."""
    return _SPACE_AFTER.sub("«" + NBSP, _SPACE_BEFORE.sub(NBSP + r"\1", text))


def _condition_holds(condition: str, values: Mapping[str, str]) -> bool:
    name, _, value = condition.partition("=")
    return name in values and (not value or values[name] == value)


def _render(parts: list[Paragraph], params: Mapping[str, str], given: Mapping[str, str]) -> list[str]:
    """Keep the parts whose conditions and placeholders are satisfied, gluing ``continues`` parts."""
    out: list[str] = []
    for part in parts:
        if not all(_condition_holds(c, given) for c in part.only_if):
            continue
        if any(_condition_holds(c, given) for c in part.unless):
            continue
        if not placeholders(part.text) <= params.keys():
            continue  # mentions an optional field the user left empty
        text = _typography(part.text.format_map(params))
        if part.continues and out:
            out[-1] = f"{out[-1]} {text}" if not text.startswith("–") else f"{out[-1]}\n{text}"
        else:
            out.append(text)
    return out


def prefill(letter_id: str, known: Mapping[str, str], today: date) -> dict[str, str]:
    """The answers a letter can take from what the conversation already established: a field of the same
    name whose value passes its own check, and the choice covering ``known["debt_type"]``."""
    try:
        letter = template(letter_id)
    except UnknownLetter:
        return {}
    values: dict[str, str] = {}
    debt_type = known.get("debt_type", "")
    unmatched: set[str] = set()  # dates a choice reads, when no choice covers this debt (a judgment…)
    for field in letter.fields:
        if field.type is FieldType.choice:
            chosen = next((c for c in field.choices if debt_type and debt_type in c.debt_types), None)
            if chosen is not None:
                values[field.name] = chosen.value
            else:
                unmatched |= {c.since_field for c in field.choices if c.since_field}
    for field in letter.fields:
        if field.type is FieldType.choice or field.name in unmatched:
            continue
        raw = known.get(field.name, "")
        if raw and check_field(letter_id, field.name, raw, today) is None:
            values[field.name] = raw
    return values


def check_field(letter_id: str, name: str, raw: str, today: date) -> str | None:
    """The French problem with one answer, as ``fill_letter`` would report it, or None: the conversation
    checks each answer when it is typed, not only at the preview."""
    try:
        letter = template(letter_id)
    except UnknownLetter:
        return None
    field = next((f for f in letter.fields if f.name == name), None)
    if field is None:
        return None
    try:
        _convert(field, raw, today)
    except ValueError as exc:
        return t("letters.problem.field", label=field.label, reason=exc)
    return None


def fill_letter(letter_id: str, fields: Mapping[str, str], today: date) -> FilledLetter:
    """Validate ``fields`` against the template and lay out the dated letter.

    Raises UnknownLetter for an unknown id and LetterValidationError listing every bad or missing field.
    """
    letter = template(letter_id)
    values, _ = _validate(letter, fields, today)
    printed = dict(values)
    for field in letter.fields:  # a choice prints its sentence, not its code
        if field.type is FieldType.choice and field.name in values:
            printed[field.name] = next(c.text for c in field.choices if c.value == values[field.name])
    deadlines = []
    for spec in letter.deadlines:
        due = date.fromordinal(add_months(today, spec.months).toordinal() + spec.days)
        printed[spec.name] = format_date_fr(due)
        deadlines.append(LetterDeadline(label=spec.label, date=due, legal=spec.legal, basis=spec.basis))
    printed["today"] = format_date_fr(today)
    return FilledLetter(
        letter_id=letter.id,
        title=letter.title,
        sender=[values["sender_name"], *values["sender_address"].split("\n")],
        recipient=[values["recipient_name"], *values["recipient_address"].split("\n")],
        place_date=f"{values['place']}, le {printed['today']}",
        mention=LRAR_MENTION,
        subject=_typography(letter.subject.format_map(printed)),
        references=_render(letter.references, printed, values),
        salutation=SALUTATION,
        paragraphs=_render(letter.paragraphs, printed, values),
        closing=CLOSING,
        signature=values["sender_name"],
        deadlines=deadlines,
        legal_refs=list(letter.legal_refs),
        notes=list(letter.notes),
    )
