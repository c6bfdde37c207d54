"""Reading a page's glyphs: the extraction flags, one glyph iterator, tight glyph boxes.

Every stage that looks at a page's characters (ingest, hardening, sanitize, burn, verify)
walks ``page.get_text("rawdict")`` through :func:`iter_glyphs`, so they all see the same
glyphs in the same order.

Glyph boxes: MuPDF's character boxes span the font's full ascender/descender
(for Helvetica about 1.37 × the font size), so on tightly set text the box of
one line overlaps the next, and ``apply_redactions`` removes every glyph whose
box a redaction touches. Redaction geometry therefore uses a tight,
baseline-relative box (see :data:`ASCENT` / :data:`DESCENT`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import pymupdf

from ..model import Rect

__all__ = [
    "ASCENT", "DESCENT", "TEXT_FLAGS", "Glyph", "hidden_span", "iter_glyphs", "iter_lines", "pages",
    "tight_rect",
]

#: Tight glyph box above / below the baseline, as fractions of the font size.
#: Covers capitals, ascenders and descenders of common fonts while staying
#: clear of neighbouring lines set at 1.2× leading.
ASCENT = 0.80
DESCENT = 0.22

#: Flags for text extraction; identical for ingest and verification.
TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE
    | pymupdf.TEXT_PRESERVE_LIGATURES
    | pymupdf.TEXT_MEDIABOX_CLIP
)


class Glyph(NamedTuple):
    """One character of ``page.get_text("rawdict")`` with what callers need of its context.

    Attributes:
        c: the character(s) (a ligature glyph may carry several; may be empty).
        bbox: MuPDF's character box.
        origin: the glyph origin (baseline point).
        size: the span's font size.
        horizontal: the line runs left to right (no rotation).
        line: running number of the text line in the extraction (blocks in order).
        span: the span dict the glyph belongs to (font, flags, alpha...).
    """

    c: str
    bbox: tuple[float, float, float, float]
    origin: tuple[float, float]
    size: float
    horizontal: bool
    line: int
    span: dict[str, Any]


def iter_lines(page: pymupdf.Page, *, flags: int = TEXT_FLAGS, sort: bool = False,
               clip: Any = None) -> Iterator[tuple[int, bool, list[dict[str, Any]]]]:
    """``(line number, horizontal, spans)`` of every text line of ``page``: the walk of
    :func:`iter_glyphs`, one line at a time, for callers that loop over a page's glyphs
    themselves (ingest reads every glyph of every page, twice per document)."""
    kwargs: dict[str, Any] = {"flags": flags}
    if sort:
        kwargs["sort"] = True
    if clip is not None:
        kwargs["clip"] = clip
    raw = page.get_text("rawdict", **kwargs)
    line_no = 0
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            dx, dy = line.get("dir", (1.0, 0.0))
            yield line_no, abs(dy) < 1e-3 and dx > 0, line["spans"]
            line_no += 1


def iter_glyphs(page: pymupdf.Page, *, flags: int = TEXT_FLAGS, sort: bool = False,
                clip: Any = None) -> Iterator[Glyph]:
    """Every glyph of ``page`` (rotation as the page has it), text blocks only, in extraction order."""
    for line_no, horizontal, spans in iter_lines(page, flags=flags, sort=sort, clip=clip):
        for span in spans:
            size = float(span.get("size", 0.0))
            for ch in span["chars"]:
                yield Glyph(ch["c"], ch["bbox"], ch["origin"], size, horizontal, line_no, span)


def tight_rect(char_bbox: tuple[float, float, float, float], origin_y: float, size: float,
               horizontal: bool) -> Rect:
    """A glyph's redaction box: MuPDF's box cut to :data:`ASCENT`/:data:`DESCENT` × size
    around the baseline on horizontal lines (see the module docstring)."""
    x0, y0, x1, y1 = char_bbox
    if horizontal and size > 0:
        y0 = max(y0, origin_y - ASCENT * size)
        y1 = min(y1, origin_y + DESCENT * size)
    return Rect(x0, y0, x1, y1)


def hidden_span(span: dict[str, object]) -> bool:
    """Same test as ``Document.scrub``: GlyphLessFont, alpha 0, or neither filled nor stroked."""
    font = span.get("font")
    if isinstance(font, str) and font.split("+")[-1] == "GlyphLessFont":
        return True
    if span.get("alpha") == 0:
        return True
    flags = span.get("char_flags")
    filled = getattr(pymupdf.mupdf, "FZ_STEXT_FILLED", None)
    stroked = getattr(pymupdf.mupdf, "FZ_STEXT_STROKED", None)
    if isinstance(flags, int) and isinstance(filled, int) and isinstance(stroked, int):
        return not (flags & filled) and not (flags & stroked)
    return False


def pages(doc: pymupdf.Document) -> list[pymupdf.Page]:
    """All pages of ``doc`` (typed; PyMuPDF's stubs do not declare iteration)."""
    return [doc[i] for i in range(doc.page_count)]
