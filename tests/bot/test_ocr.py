"""Screenshots: real text rendered into an image, read back by Tesseract, then analysed."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.ocr import ImageRejected, OcrError, OcrUnavailable, image_to_text
from checks.message import analyse_message
from checks.result import Verdict
from tests.system_tools import needs_tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def screenshot(lines: list[str], *, dark: bool = False, size: int = 22) -> bytes:
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(FONT, size)
    except OSError:
        font = ImageFont.load_default(size=size)
    background, ink = ("black", "white") if dark else ("white", "black")
    image = Image.new("RGB", (560, 40 * len(lines) + 20), background)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((10, 10 + 40 * i), line, font=font, fill=ink)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@needs_tesseract
def test_a_scam_sms_screenshot_comes_out_likely_scam() -> None:
    data = screenshot(
        [
            "INTRUM: Votre dossier reste impayé.",
            "Réglez 245,90€ sous 24h sur",
            "https://intrum-paiement.com sinon un",
            "huissier passera demain pour saisie.",
        ]
    )
    text = image_to_text(data)
    assert "sous 24h" in text
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert {"message.deadline", "message.payment_link"} <= {f.code for f in result.findings}


@needs_tesseract
def test_a_dark_mode_screenshot_of_a_genuine_message_is_read() -> None:
    data = screenshot(
        ["DGFiP : votre avis d'impôt est disponible", "dans votre espace sur impots.gouv.fr."],
        dark=True,
        size=18,
    )
    text = image_to_text(data)
    assert "impots.gouv.fr" in text
    assert analyse_message(text).verdict is Verdict.likely_legit


def test_a_file_that_is_not_an_image_is_refused_in_french() -> None:
    with pytest.raises(ImageRejected, match="pas une image"):
        image_to_text(b"%PDF-1.4 not an image at all")


def test_an_empty_or_truncated_image_is_refused() -> None:
    with pytest.raises(ImageRejected):
        image_to_text(b"")
    with pytest.raises(ImageRejected):
        image_to_text(screenshot(["Bonjour"])[:60])


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, "PNG")  # tiny file, 144 million pixels
    with pytest.raises(ImageRejected, match="trop grande"):
        image_to_text(buffer.getvalue())


def test_missing_tesseract_asks_for_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    def missing(*args: object, **kwargs: object) -> list[str]:
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(pytesseract, "get_languages", missing)
    with pytest.raises(OcrUnavailable, match="Collez plutôt le texte"):
        image_to_text(screenshot(["Bonjour"]))


def test_missing_french_data_asks_for_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    with pytest.raises(OcrUnavailable, match="français"):
        image_to_text(screenshot(["Bonjour"]))


@needs_tesseract
def test_a_tesseract_failure_is_not_reported_as_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    def failing(*args: object, **kwargs: object) -> str:
        raise pytesseract.TesseractError(1, "Error in pixReadMem")

    monkeypatch.setattr(pytesseract, "image_to_string", failing)
    with pytest.raises(OcrError, match="n'a pas pu être lue"):
        image_to_text(screenshot(["Bonjour"]))
