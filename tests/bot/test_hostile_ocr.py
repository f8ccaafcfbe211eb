"""Screenshots from hostile or broken sources: every bad file is refused with a French reason, quickly, before
Tesseract or a full decode ever sees it (decompression bombs, lying headers, truncated files, non-images).
"""

from __future__ import annotations

import io
import struct
import time
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from bot.ocr import MAX_BYTES, ImageRejected, OcrError, image_to_text


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels but carries almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def real_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty", b""),
        ("text", b"Payez 245 EUR sur https://intrum-paiement.top"),
        ("html", b"<html><script>alert(1)</script></html>"),
        ("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"),
        ("zip", b"PK\x03\x04" + b"\x00" * 100),
        ("png-magic-only", b"\x89PNG\r\n\x1a\n"),
        ("truncated-png", real_png()[:60]),
        ("bomb-100k-square", png_header(100_000, 100_000)),
        ("bomb-wide", png_header(2**31 - 1, 1)),
        ("bomb-40M-pixels", png_header(8_000, 5_001)),
        ("zero-size", png_header(0, 0)),
        ("too-heavy", b"\x89PNG\r\n\x1a\n" + b"\x00" * (MAX_BYTES + 1)),
        ("path-like", b"../../etc/passwd"),
        ("nul", b"\x00" * 4096),
    ],
)
def test_a_bad_file_is_refused_with_a_french_reason_quickly(name: str, data: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(ImageRejected) as error:
        image_to_text(data)
    assert "Collez plutôt le texte" in str(error.value)
    assert time.perf_counter() - started < 2.0, name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=512),
        st.binary(max_size=256).map(lambda tail: real_png()[:33] + tail),  # a valid header, then garbage
        st.tuples(st.integers(0, 2**31 - 1), st.integers(0, 2**31 - 1))
        .filter(lambda s: s[0] * s[1] > 40_000_000)
        .map(lambda s: png_header(*s)),
    )
)
def test_any_bytes_give_text_or_an_ocr_error_never_a_crash(data: bytes) -> None:
    try:
        text = image_to_text(data)
    except OcrError as exc:
        assert str(exc).strip()
        return
    assert isinstance(text, str)
