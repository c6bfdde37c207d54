"""The PDF layer under every stage: opening a source, hardening it, reading its glyphs,
rendering, labels and the text layer of released pages.

Nothing here knows about detection, plans or policies; every stage (ingest, burn,
verify, review) reads and writes PDFs through it.
"""

from __future__ import annotations

from ._glyphs import (
    ASCENT,
    DESCENT,
    TEXT_FLAGS,
    Glyph,
    hidden_span,
    iter_glyphs,
    iter_lines,
    pages,
    tight_rect,
)
from ._open import PDF_MAGIC, open_pdf
from ._render import MAX_RENDER_PIXELS, render_page
from .sources import IMAGE_SUFFIXES, PDF_SUFFIXES, SUPPORTED_SUFFIXES, is_image, open_source

__all__ = [
    "ASCENT",
    "DESCENT",
    "Glyph",
    "IMAGE_SUFFIXES",
    "MAX_RENDER_PIXELS",
    "PDF_MAGIC",
    "PDF_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "TEXT_FLAGS",
    "hidden_span",
    "is_image",
    "iter_glyphs",
    "iter_lines",
    "open_pdf",
    "open_source",
    "pages",
    "render_page",
    "tight_rect",
]
