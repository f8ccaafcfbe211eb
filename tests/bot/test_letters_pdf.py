"""Letters as PDF: the shipped DejaVu font renders French text, read back intact with pypdf."""

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from bot.letter_pdf import FONT_DIR, render_pdf
from checks.letters import fill_letter, template
from knowledge.letters import load

TODAY = date(2026, 11, 22)
FIELDS = {
    "sender_name": "Hélène Dupré",
    "sender_address": "12 rue des Lilas\n69003 Lyon",
    "recipient_name": "Intrum France",
    "recipient_address": "97 allée Alexandre Borodine\n69795 Saint-Priest",
    "place": "Lyon",
    "file_reference": "FR-2024-123456",
    "creditor": "Société Générale",
    "amount_claimed": "1234,56",
    "collector_letter_date": "02/11/2026",
    "contest_reason": "« Je n'ai jamais eu de contrat » avec cette œuvre de <b>fiction</b> **gras**",
}


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " ").replace("\u202f", " "))


def test_the_font_and_its_licence_ship_with_the_package() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert (FONT_DIR / name).is_file()
    assert "Bitstream" in (FONT_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_pdf_round_trip_keeps_accents_guillemets_euro_and_ligatures() -> None:
    data = render_pdf(fill_letter("contest_debt", FIELDS, TODAY))
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for expected in (
        "Hélène Dupré",
        "Société Générale",
        "1 234,56 €",
        "« Je n'ai jamais eu de contrat »",
        "œuvre",
        "Lyon, le 22 novembre 2026",
        "Lettre recommandée avec accusé de réception",
        "Objet : Contestation de créance et demande de justificatifs",
        "Vos références : FR-2024-123456",
        "au plus tard le 22 décembre 2026",
    ):
        assert expected in text, expected


def test_markup_typed_by_the_user_prints_literally_in_the_pdf() -> None:
    text = pdf_text(render_pdf(fill_letter("contest_debt", FIELDS, TODAY)))
    assert "<b>fiction</b> **gras**" in text


def test_the_pdf_does_not_carry_the_sender_s_identity_in_its_metadata() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(fill_letter("contest_debt", FIELDS, TODAY))))
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Hélène" not in metadata and "Lilas" not in metadata


@pytest.mark.parametrize("letter_id", sorted(load().templates))
def test_every_letter_renders_to_a_readable_pdf(letter_id: str) -> None:
    values = {}
    for field in template(letter_id).fields:
        if field.required:
            values[field.name] = FIELDS.get(field.name) or {
                "date": "15/03/2019",
                "amount": "99,90",
                "choice": field.choices[-1].value if field.choices else "",
            }.get(field.type.value, "texte de test")
    letter = fill_letter(letter_id, values, TODAY)
    text = pdf_text(render_pdf(letter))
    assert letter.subject.replace("\u00a0", " ") in text
    assert "Hélène Dupré" in text and "salutations distinguées" in text


def test_a_long_letter_flows_onto_a_second_page() -> None:
    long_reason = " ".join(["Je conteste ce montant que je ne reconnais pas."] * 24)
    data = render_pdf(fill_letter("contest_debt", {**FIELDS, "contest_reason": long_reason}, TODAY))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    assert "salutations distinguées" in pdf_text(data)
