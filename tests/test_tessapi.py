"""Tesseract's C API in the OCR worker (redactkit.ingest.tessapi, driven by
redactkit.ingest.ocrworker) against the CLI run it replaces: real Tesseract both ways, same
words, boxes, confidences and lines; its time limit and its messages."""

from __future__ import annotations

import dataclasses

import pytest
from PIL import Image, ImageDraw

from redactkit.errors import OcrTimeoutError
from redactkit.ingest import ocr, ocrworker
from redactkit.model import Rect
from redactkit.settings import OcrOptions
from redactkit.verify import _independent
from test_scanned import _font

pytestmark = pytest.mark.skipif(not ocrworker.available(), reason="no Tesseract library for a worker")


def _sheet(lines: int = 6) -> Image.Image:
    img = Image.new("L", (1700, 120 + 90 * lines), 255)
    draw = ImageDraw.Draw(img)
    for k in range(lines):
        draw.text((60, 60 + 90 * k), f"Unit {k} met Orla Pennick at 41{k} Quarry Row, 555-201-33{k}{k}",
                  fill=0, font=_font(40))
    draw.rectangle((900, 150, 1200, 200), fill=0)  # a redaction box: a line Tesseract reads poorly
    draw.text((960, 150), "(b)(6)", fill=255, font=_font(36))
    return img


@pytest.mark.parametrize("invert", [True, False])
@pytest.mark.parametrize("mode", ["L", "1", "RGB"])
def test_worker_reads_what_the_cli_reads(monkeypatch: pytest.MonkeyPatch, mode: str, invert: bool) -> None:
    """Raw pixels into ``TessBaseAPISetImage`` read as the CLI reads the image file."""
    img = _sheet().convert(mode)
    here = ocr.ocr_image(img, OcrOptions(), invert=invert)
    monkeypatch.setattr(ocrworker, "available", lambda: False)  # the pytesseract / CLI path
    cli = ocr.ocr_image(img, OcrOptions(), invert=invert)
    assert here == cli
    assert any("555-201-3300" in w[0] for w in here)


def test_time_limit_fails_the_page_and_the_next_call_reads() -> None:
    with pytest.raises(OcrTimeoutError, match="timed out"):
        ocr.ocr_image(_sheet(30), dataclasses.replace(OcrOptions(), timeout=0.001))
    assert any("Pennick" in w[0] for w in ocr.ocr_image(_sheet(1), OcrOptions()))


def test_library_messages_stay_off_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    """Tesseract prints 'Estimating resolution as ...' for an image without a resolution;
    the CLI's stderr was captured, the library's must not reach the user's terminal."""
    ocr.ocr_image(_sheet(2), OcrOptions())
    assert capfd.readouterr().err == ""


def test_verification_reads_with_its_own_instance(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, ingest and verification each ran their own Tesseract process; the worker keeps
    an instance per reader, so verification never reads with the one that read the source."""
    real = ocrworker.image_to_data
    readers: list[str] = []

    def spy(*args: object, **kwargs: object) -> str:
        readers.append(str(kwargs.get("reader")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ocrworker, "image_to_data", spy)
    img = _sheet(2)
    ocr.ocr_image(img, OcrOptions())
    region = Rect(0, 0, img.width * 72 / _independent.OCR_DPI, img.height * 72 / _independent.OCR_DPI)
    texts = _independent._read_regions(img, [region], 0, OcrOptions(detect_orientation=False))
    assert "Pennick" in texts[0]
    assert readers == ["ingest", "verify"]
