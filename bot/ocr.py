"""Read the text of a screenshot (an SMS, an e-mail) with Tesseract, in French.

I/O lives here, in bot/: the checks only ever see the recognised text. Screenshots are small and
anti-aliased, so they are turned to grayscale and enlarged before recognition; huge or broken files are
refused with a plain-French reason instead of exhausting memory.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from knowledge import wording

__all__ = ["ImageRejected", "OcrError", "OcrUnavailable", "image_to_text"]

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000  # beyond this it is not a screenshot; refuse before decoding (decompression bombs)
MIN_WIDTH = 1500  # screenshots narrower than this are enlarged: Tesseract wants ~30 px high letters
MAX_SCALE = 4
TIMEOUT_SECONDS = 20
LANGUAGE = "fra"


def _reason(key: str) -> str:
    """A plain-French reason, from knowledge/data/texts/ocr.toml, with the request to paste the text."""
    return f"{wording.text(f'ocr.reason.{key}')} {wording.text('ocr.reason.ask_for_text')}"


class OcrError(RuntimeError):
    """The image could not be read; the message is plain French, fit to show the user."""


class OcrUnavailable(OcrError):
    """Tesseract or its French data is not installed on this machine."""


class ImageRejected(OcrError):
    """Not an image, a corrupt one, or one far too large to be a screenshot."""


def _open(data: bytes) -> Image.Image:
    if not data:
        raise ImageRejected(_reason("empty"))
    if len(data) > MAX_BYTES:
        raise ImageRejected(_reason("too_heavy"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageRejected(_reason("too_large"))
            image.load()
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(_reason("too_large")) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ImageRejected(_reason("unreadable")) from exc
    return image


def _prepare(image: Image.Image) -> Image.Image:
    """Grayscale, transparency on white, dark mode turned to dark-on-light, small screenshots enlarged."""
    image = ImageOps.exif_transpose(image)
    if image.mode in {"RGBA", "LA", "P"}:
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(background, image)
    gray = image.convert("L")
    histogram = gray.histogram()
    dark = sum(histogram[:128])
    if dark > sum(histogram[128:]):
        gray = ImageOps.invert(gray)  # dark mode: white text on black
    gray = ImageOps.autocontrast(gray)
    if gray.width < MIN_WIDTH:
        scale = min(MAX_SCALE, max(1, round(MIN_WIDTH / max(1, gray.width))))
        if scale > 1:
            gray = gray.resize((gray.width * scale, gray.height * scale), Image.Resampling.LANCZOS)
    return gray


def _tesseract_ready() -> None:
    try:
        import pytesseract
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise OcrUnavailable(_reason("unavailable")) from exc
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError) as exc:
        raise OcrUnavailable(_reason("no_tesseract")) from exc
    if LANGUAGE not in languages:
        raise OcrUnavailable(_reason("no_french"))


def image_to_text(data: bytes) -> str:
    """The text of a screenshot, as Tesseract reads it in French. Raises an ``OcrError`` with a French reason."""
    import pytesseract

    image = _prepare(_open(data))
    _tesseract_ready()
    try:
        text: str = pytesseract.image_to_string(
            image, lang=LANGUAGE, config="--psm 6", timeout=TIMEOUT_SECONDS
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable(_reason("unavailable")) from exc
    except pytesseract.TesseractError as exc:  # a RuntimeError subclass: must be caught first
        raise OcrError(_reason("failed")) from exc
    except RuntimeError as exc:  # pytesseract raises a plain RuntimeError on timeout
        raise OcrError(_reason("too_slow")) from exc
    return text.strip()
