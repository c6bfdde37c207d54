"""How a page image reaches Tesseract (redactkit.ingest.ocr.ocr_image): real Tesseract."""

from __future__ import annotations

from PIL import Image, ImageDraw

from redactkit.ingest.ocr import ocr_image
from redactkit.settings import OcrOptions
from test_scanned import _font


def _text_image(mode: str, background: tuple[int, ...] | int, ink: tuple[int, ...] | int) -> Image.Image:
    img = Image.new(mode, (900, 160), background)
    ImageDraw.Draw(img).text((40, 40), "Quiet Harbor 2718", fill=ink, font=_font(56))
    return img


def test_transparent_background_is_read_as_white() -> None:
    """Transparent pixels whose colour is black are put on white first (as pytesseract did):
    dropping the alpha channel alone would leave black text on black."""
    img = _text_image("RGBA", (0, 0, 0, 0), (0, 0, 0, 255))
    words = [w[0] for w in ocr_image(img, OcrOptions())]
    assert "Harbor" in words and "2718" in words


def test_grey_and_bilevel_images_are_read() -> None:
    rgb = _text_image("RGB", (255, 255, 255), (0, 0, 0))
    for img in (_text_image("L", 255, 0), _text_image("1", 1, 0), rgb, rgb.convert("P")):
        words = [w[0] for w in ocr_image(img, OcrOptions())]
        assert "Quiet" in words, img.mode
