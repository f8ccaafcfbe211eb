"""Letters under hostile answers: markup and templates stay literal text, absurd dates and amounts get a clear
French reason naming the field, and the PDF file name never comes from what the user typed.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import UserInput
from bot.letter_pdf import render_pdf
from checks.letters import (
    FilledLetter,
    LetterValidationError,
    UnknownLetter,
    fill_letter,
    letter_ids,
    template,
)
from knowledge.letters import FieldType
from tests.chat_harness import memory_store
from tests.strategies import printable_field

TODAY = date(2026, 11, 22)
BASE = {
    "sender_name": "Hélène Dupré",
    "sender_address": "12 rue des Lilas\n69003 Lyon",
    "recipient_name": "Intrum France",
    "recipient_address": "97 allée Alexandre Borodine\n69795 Saint-Priest",
    "place": "Lyon",
}
# Values for the other required fields of each template, so that a letter is complete.
REQUIRED_EXTRA = {
    "original_creditor": "SFR",
    "creditor": "SFR",
    "debt_description": "facture de téléphone",
    "due_date": "15/03/2019",
    "prescription_rule": "",  # filled per template with its first choice
    "professional_name": "Intrum France",
    "complaint_date": "02/11/2026",
    "dispute_summary": "Je conteste le montant.",
    "request": "Annuler les frais.",
    "situation": "",  # filled per template with its first choice
}
INJECTIONS = [
    "<b>gras</b>",
    "<script>alert(1)</script>",
    "**gras** __souligné__",
    "[clic](https://evil.example)",
    "{today}",
    "{sender_name}",
    "{0.__class__.__mro__}",
    "%s %(x)s",
    "'); DROP TABLE reports;--",
    "../../etc/passwd",
    "&lt;i&gt;",
]


def complete_fields(letter_id: str) -> dict[str, str]:
    fields = dict(BASE)
    for field in template(letter_id).fields:
        if field.name in fields or not field.required:
            continue
        if field.type is FieldType.choice:
            fields[field.name] = field.choices[0].value
        else:
            fields[field.name] = REQUIRED_EXTRA[field.name]
    return fields


def free_text_fields(letter_id: str) -> list[str]:
    kinds = {FieldType.text, FieldType.long_text, FieldType.reference}
    return [f.name for f in template(letter_id).fields if f.type in kinds]


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.mark.parametrize("letter_id", letter_ids())
def test_every_template_fills_with_the_test_answers(letter_id: str) -> None:
    assert isinstance(fill_letter(letter_id, complete_fields(letter_id), TODAY), FilledLetter)


@pytest.mark.parametrize("attack", INJECTIONS)
@pytest.mark.parametrize("letter_id", letter_ids())
def test_markup_and_template_syntax_in_any_field_print_literally(letter_id: str, attack: str) -> None:
    fields_by_name = {f.name: f for f in template(letter_id).fields}
    for name in free_text_fields(letter_id):
        value = f"ZQX{attack}"
        if len(value) > fields_by_name[name].limit:
            continue
        letter = fill_letter(letter_id, complete_fields(letter_id) | {name: value}, TODAY)
        text = letter.text.replace("\u00a0", " ")
        if fields_by_name[name].required:
            assert "ZQX" in text, f"{name} is required but not printed"
        if "ZQX" in text:
            assert value in text, (name, value, text)


@pytest.mark.parametrize("letter_id", ["contest_debt", "stop_calls", "refer_to_mediator"])
def test_markup_in_a_letter_prints_literally_in_the_pdf(letter_id: str) -> None:
    long_field = next(f.name for f in template(letter_id).fields if f.type is FieldType.long_text)
    attack = "<b>gras</b> **etoiles** {today} '); DROP TABLE reports;--"
    fields = complete_fields(letter_id) | {long_field: attack, "sender_name": "<i>Zoé</i> **Dupré**"}
    letter = fill_letter(letter_id, fields, TODAY)
    pdf = render_pdf(letter)
    shown = pdf_text(pdf)
    assert "<b>gras</b> **etoiles** {today} '); DROP TABLE reports;--" in shown
    assert "<i>Zoé</i> **Dupré**" in shown
    assert b"/Author" not in pdf  # no name in the metadata


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("01/01/0001", "trop ancienne"),
        ("0001-01-01", "trop ancienne"),
        ("31/12/1969", "trop ancienne"),
        ("31/12/9999", "futur"),
        ("9999-12-31", "futur"),
        ("23/11/2026", "futur"),
        ("29/02/2023", "n'existe pas"),
        ("31/04/2024", "n'existe pas"),
        ("00/00/0000", "n'existe pas"),
        ("99999-01-01", "illisible"),
        ("mars 2024", "jour exact"),  # a month is enough only where the letter says so (due date)
        ("1e308", "illisible"),
        ("NaN", "illisible"),
        ("2024-03-15T00:00:00", "illisible"),
        ("\x00\u202e15/03/2024", ""),  # invisible characters are dropped: it reads as a real date
    ],
)
def test_absurd_dates_in_a_letter_get_a_clear_reason_naming_the_field(raw: str, reason: str) -> None:
    fields = complete_fields("stop_calls") | {"first_call_date": raw}
    if not reason:
        assert "15 mars 2024" in fill_letter("stop_calls", fields, TODAY).text
        return
    with pytest.raises(LetterValidationError) as error:
        fill_letter("stop_calls", fields, TODAY)
    [problem] = error.value.problems
    assert problem.field == "first_call_date"
    assert problem.label in problem.message
    assert reason in problem.message


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("1e308", "pas un montant lisible"),
        ("1E308", "pas un montant lisible"),
        ("-245", "négatif"),
        ("−245,00 €", "négatif"),
        ("NaN", "pas un montant lisible"),
        ("nan €", "pas un montant lisible"),
        ("Infinity", "pas un montant lisible"),
        ("0", "supérieur à zéro"),
        ("0,00 €", "supérieur à zéro"),
        ("0,001", "pas un montant lisible"),
        ("10 000 000,01 €", "impossible"),
        ("999 999 999 999 €", "impossible"),
        # 13 digits and more are refused as unreadable (pinned in test_letters.py), not as impossible
        ("1 000 000 000 000 €", "pas un montant lisible"),
        ("9" * 39, "pas un montant lisible"),
        ("9" * 400, "trop long"),
        ("٣٤٥٦٧٨٩٠١٢", "impossible"),  # Arabic-Indic digits are digits too: 3 456 789 012 €
        ("245 EUR'); DROP TABLE reports;--", "pas un montant lisible"),
        ("<b>245</b>", "pas un montant lisible"),
        ("0x1F", "pas un montant lisible"),
        ("1_000", "pas un montant lisible"),
    ],
)
def test_absurd_amounts_in_a_letter_get_a_clear_reason_naming_the_field(raw: str, reason: str) -> None:
    fields = complete_fields("contest_debt") | {"amount_claimed": raw}
    with pytest.raises(LetterValidationError) as error:
        fill_letter("contest_debt", fields, TODAY)
    [problem] = error.value.problems
    assert problem.field == "amount_claimed"
    assert "Montant" in problem.message or problem.label in problem.message
    assert reason in problem.message, problem.message


def test_a_huge_plausible_amount_is_printed_in_french_format() -> None:
    fields = complete_fields("contest_debt") | {"amount_claimed": "9 999 999,99 €"}
    assert "9\u00a0999\u00a0999,99\u00a0€" in fill_letter("contest_debt", fields, TODAY).text


@pytest.mark.parametrize(
    "letter_id", ["../../etc/passwd", "rgpd_access/../../x", "", "<b>", "'); DROP TABLE x;--"]
)
def test_an_unknown_letter_id_is_refused_by_name(letter_id: str) -> None:
    with pytest.raises(UnknownLetter):
        fill_letter(letter_id, BASE, TODAY)
    with pytest.raises(KeyError):
        DefaultServices().letter_fields(letter_id)


class WriteWatch:
    """Records any file opened for writing (audit event ``open``), wherever the call comes from."""

    def __init__(self) -> None:
        self.active = False
        self.writes: list[str] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active or event != "open":
            return
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & 0b11  # O_WRONLY or O_RDWR
        )
        if writing:
            self.writes.append(str(path))


_WATCH = WriteWatch()
sys.addaudithook(_WATCH)


@pytest.fixture
def watch() -> Iterator[WriteWatch]:
    _WATCH.writes.clear()
    _WATCH.active = True
    try:
        yield _WATCH
    finally:
        _WATCH.active = False


@pytest.mark.parametrize("letter_id", letter_ids())
def test_pdf_file_name_comes_from_the_letter_id_and_nothing_is_written_to_disk(
    letter_id: str, watch: WriteWatch
) -> None:
    fields = complete_fields(letter_id)
    for name in free_text_fields(letter_id):
        fields[name] = "../../etc/passwd"
    fields["sender_name"] = "..\\..\\windows\\system32"
    view = DefaultServices().letter_pdf(letter_id, fields, TODAY)
    assert view.filename == f"lettre-{letter_id.replace('_', '-')}-2026-11-22.pdf"
    assert re.fullmatch(r"lettre-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf", view.filename)
    assert view.pdf.startswith(b"%PDF")
    assert watch.writes == []


async def test_a_forged_letter_button_is_answered_without_a_file_or_a_crash(watch: WriteWatch) -> None:
    """Telegram clients can send any callback data: a forged letter id must not reach a file name."""
    conversation = Conversation(DefaultServices(), await memory_store())
    for data in ["L:../../etc/passwd", "L:", "L:rgpd_access/../../x", "l:pdf", "L:<b>x</b>", "L:" + "A" * 60]:
        replies = await conversation.handle("u-forged", UserInput.of_button(data), chat_id=1)
        assert replies and all(r.text.strip() for r in replies)
        assert all(not r.documents for r in replies)
    assert watch.writes == []


FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(
    st.sampled_from(letter_ids()),
    st.dictionaries(
        st.sampled_from([*BASE, "x", "amount_claimed", "first_call_date", "contest_reason"]),
        printable_field(),
        max_size=6,
    ),
)
def test_fill_letter_accepts_or_names_each_bad_field(letter_id: str, answers: dict[str, str]) -> None:
    fields = complete_fields(letter_id) | answers
    declared = {f.name for f in template(letter_id).fields}
    try:
        letter = fill_letter(letter_id, fields, TODAY)
    except LetterValidationError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.message.strip()
            assert problem.field in declared or problem.field in answers
        return
    assert letter.text.strip()
    for part in [*letter.sender, *letter.recipient, letter.signature]:
        assert not any(ch in part for ch in "\x00\u202e\u200b"), part


def test_the_write_watch_sees_a_write(watch: WriteWatch, tmp_path: Any) -> None:
    (tmp_path / "probe.pdf").write_bytes(b"x")
    assert str(tmp_path / "probe.pdf") in watch.writes
