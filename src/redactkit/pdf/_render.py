"""Rendering a page to pixels (for OCR)."""

from __future__ import annotations

import pymupdf
from PIL import Image

__all__ = ["MAX_RENDER_PIXELS", "render_page"]


#: Largest page image rendered for OCR (pixels); bigger pages are rendered at a lower dpi.
MAX_RENDER_PIXELS = 60_000_000


def render_page(page: pymupdf.Page, dpi: int) -> tuple[Image.Image, int]:
    """Render a page (rotation must be 0) to a grayscale image; lowers dpi for huge pages."""
    w_in, h_in = page.rect.width / 72.0, page.rect.height / 72.0
    if w_in * h_in * dpi * dpi > MAX_RENDER_PIXELS:
        dpi = max(72, int((MAX_RENDER_PIXELS / (w_in * h_in)) ** 0.5))
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples), dpi
