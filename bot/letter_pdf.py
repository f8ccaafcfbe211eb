"""Render a filled letter as an A4 PDF, French layout, with the DejaVu font shipped in ``knowledge/fonts``.

I/O (reading the font files) lives here, at the bot edge; ``checks.letters`` stays pure. Text is written
as plain text (fpdf2 ``markdown`` off), so anything a user typed — ``<b>``, ``**`` — prints literally.
The PDF carries no metadata beyond the letter title: no name, no address.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fpdf import FPDF

import knowledge
from checks.letters import SUBJECT_PREFIX, FilledLetter

__all__ = ["FONT_DIR", "render_pdf"]

FONT_DIR = Path(knowledge.__file__).resolve().parent / "fonts"
FONT = "DejaVu"
MARGIN_MM = 20
RECIPIENT_X_MM = 110
LINE_MM = 5.4
SIZE_PT = 10.5


@cache
def _font_files() -> tuple[Path, Path]:
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    for path in (regular, bold):
        if not path.is_file():
            raise FileNotFoundError(f"police manquante pour les lettres PDF : {path}")
    return regular, bold


def _block(pdf: FPDF, text: str, *, x: float | None = None, bold: bool = False, gap: float = 0.0) -> None:
    pdf.set_font(FONT, "B" if bold else "", SIZE_PT)
    left = pdf.l_margin if x is None else x
    pdf.set_x(left)
    width = pdf.w - pdf.r_margin - left
    pdf.multi_cell(width, LINE_MM, text, align="L", new_x="LMARGIN", new_y="NEXT", markdown=False)
    if gap:
        pdf.ln(gap)


def render_pdf(letter: FilledLetter) -> bytes:
    """The letter as PDF bytes (A4, sender top left, recipient on the right, then date, subject, body)."""
    regular, bold = _font_files()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(auto=True, margin=MARGIN_MM)
    pdf.add_font(FONT, "", str(regular))
    pdf.add_font(FONT, "B", str(bold))
    pdf.set_title(letter.title)
    pdf.set_creator("verif-recouvrement")
    pdf.add_page()

    _block(pdf, "\n".join(letter.sender), gap=6)
    _block(pdf, "\n".join(letter.recipient), x=RECIPIENT_X_MM, gap=6)
    _block(pdf, letter.place_date, x=RECIPIENT_X_MM, gap=6)
    _block(pdf, letter.mention, bold=True, gap=2)
    _block(pdf, SUBJECT_PREFIX + letter.subject, bold=True, gap=2)
    if letter.references:
        _block(pdf, "\n".join(letter.references), gap=2)
    pdf.ln(4)
    _block(pdf, letter.salutation, gap=3)
    for paragraph in letter.paragraphs:
        _block(pdf, paragraph, gap=3)
    _block(pdf, letter.closing, gap=10)
    _block(pdf, letter.signature, x=RECIPIENT_X_MM)
    return bytes(pdf.output())
