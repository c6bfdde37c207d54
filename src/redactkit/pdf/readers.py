"""A second, independent PDF reader: PDFium (through pypdfium2).

Ingest, burn and the first verification checks read pages with PyMuPDF (MuPDF). A
text layer that fools MuPDF's extraction (``/ActualText`` it honours, glyphs it clips
away, a ToUnicode it trusts) fools every stage built on it. This module reads the same
file with a different engine, which shares no code with :mod:`redactkit.ingest`:

- :func:`open_pdfium` opens a file (path or bytes) as a :class:`PdfiumReader`;
- :meth:`PdfiumReader.chars` gives a page's characters in content-stream order with
  their boxes, converted to the page space every other stage uses (PDF points, origin at
  the top-left of the CropBox, rotation 0), and :meth:`PdfiumReader.text` the page text;
- :meth:`PdfiumReader.render` renders a page (for OCR with independent pixels).

PDFium ignores clip paths in text extraction (a glyph hidden by a clip is still read)
and reports characters it generated itself (spaces, line breaks) separately, which
:class:`PChar` keeps as ``generated``.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ..model import Rect


@dataclass(frozen=True)
class PageReading:
    """One page as PDFium reads it."""

    text: str
    #: PDFium's text runs (``FPDFText_GetRect``): one rectangle per run of glyphs on a line.
    runs: list[Rect]
    #: Characters with boxes (only when asked for: see :meth:`PdfiumReader.read`).
    chars: list[PChar] = field(default_factory=list)
    #: The drawn characters (``chars`` less spaces and generated ones) as their text and
    #: an (n, 4) array of boxes, page space (only when asked for: ``read(drawn=True)``).
    drawn: tuple[str, np.ndarray] | None = None


@dataclass(frozen=True, slots=True)
class PChar:
    """One character as PDFium reads it: text, box (page space, top-left origin) and flags."""

    c: str
    rect: Rect
    #: PDFium inserted it (a space or line break between text objects), no glyph drew it.
    generated: bool = False


class PdfiumReader:
    """An open PDF read through PDFium; use as a context manager or call :meth:`close`."""

    def __init__(self, source: str | os.PathLike[str] | bytes) -> None:
        self._pdf = pdfium.PdfDocument(source if isinstance(source, bytes) else str(Path(source)))

    def __enter__(self) -> PdfiumReader:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Release PDFium's document."""
        self._pdf.close()

    @property
    def page_count(self) -> int:
        return len(self._pdf)

    def _origin(self, page: pdfium.PdfPage) -> tuple[float, float]:
        """(x0, y1) of the CropBox: page space is x − x0, y1 − y."""
        x0, _y0, _x1, y1 = page.get_cropbox()
        return float(x0), float(y1)

    def read(self, index: int, *, chars: bool = False, drawn: bool = False, runs: bool = True) -> PageReading:
        """Page ``index``: its text, PDFium's text-run rectangles (unless ``runs`` is False:
        then none) and (with ``chars``) every character with its box, (with ``drawn``) the
        drawn characters' boxes as an array. Per-character boxes cost ~10 µs a character
        through ctypes, so callers that only compare texts leave both off."""
        page = self._pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                ox, oy = self._origin(page)
                text = str(textpage.get_text_range())
                rects = []
                for i in range(textpage.count_rects() if runs else 0):
                    left, bottom, right, top = textpage.get_rect(i)
                    rects.append(Rect(left - ox, oy - top, right - ox, oy - bottom))
                got = list(_chars(textpage, ox, oy)) if chars else []
                return PageReading(text, rects, got, _drawn(textpage, ox, oy, text) if drawn else None)
            finally:
                textpage.close()
        finally:
            page.close()

    def chars(self, index: int) -> list[PChar]:
        """Every character of page ``index`` in PDFium's reading order, with its box."""
        return self.read(index, chars=True).chars

    def text(self, index: int) -> str:
        """The text of page ``index`` (PDFium's order, generated separators included)."""
        return self.read(index).text

    def text_in(self, index: int, rects: list[Rect]) -> list[str]:
        """The text PDFium finds inside each of ``rects`` on page ``index`` (``get_text_bounded``)."""
        page = self._pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                ox, oy = self._origin(page)
                return [str(textpage.get_text_bounded(left=r.x0 + ox, bottom=oy - r.y1,
                                                      right=r.x1 + ox, top=oy - r.y0))
                        for r in rects]
            finally:
                textpage.close()
        finally:
            page.close()

    def render(self, index: int, dpi: int) -> Image.Image:
        """Page ``index`` rendered by PDFium in grayscale at ``dpi`` (its own /Rotate ignored)."""
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72.0, rotation=0, grayscale=True)
            try:
                return bitmap.to_pil().convert("L").copy()
            finally:
                bitmap.close()
        finally:
            page.close()


def _chars(textpage: pdfium.PdfTextPage, ox: float, oy: float) -> Iterator[PChar]:
    raw = textpage.raw
    v0, v1, v2, v3 = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(v0), ctypes.byref(v1), ctypes.byref(v2), ctypes.byref(v3))
    get_box, is_generated = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_IsGenerated
    n = textpage.count_chars()
    # One call for every character's text (UTF-16 units, one per character index) instead
    # of FPDFText_GetUnicode per character; per-character only if the lengths disagree.
    text = str(textpage.get_text_range(0, n)) if n else ""
    if len(text) != n:
        text = "".join(_char(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(n))
    get_unicode = pdfium_c.FPDFText_GetUnicode
    for i, c in enumerate(text):
        if c in "\ufffe\ufffd":  # GetText rewrites some codes (PDFium's hyphen marker 0x02)
            c = _char(get_unicode(raw, i))
        if c == "\x00" or not get_box(raw, i, *refs):
            continue
        # generated characters are spaces and line breaks: asked only of the others
        yield PChar(c, Rect(v0.value - ox, oy - v3.value, v1.value - ox, oy - v2.value),
                    not c.isspace() and is_generated(raw, i) == 1)


def _drawn(textpage: pdfium.PdfTextPage, ox: float, oy: float,
           whole: str | None = None) -> tuple[str, np.ndarray]:
    """The characters :func:`_chars` yields with ``generated`` False and not a space, in the
    same order with the same boxes, as their text and an (n, 4) array: the same walk
    without an object per character (and no box asked of a space). ``whole``: the page's
    ``get_text_range()`` when the caller has it (the same string as ``get_text_range(0, n)``)."""
    raw = textpage.raw
    v0, v1, v2, v3 = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(v0), ctypes.byref(v1), ctypes.byref(v2), ctypes.byref(v3))
    get_box, is_generated = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_IsGenerated
    get_unicode = pdfium_c.FPDFText_GetUnicode
    n = textpage.count_chars()
    text = whole if whole is not None else (str(textpage.get_text_range(0, n)) if n else "")
    if len(text) != n:
        text = "".join(_char(get_unicode(raw, i)) for i in range(n))
    cs: list[str] = []
    boxes: list[float] = []
    for i, c in enumerate(text):
        if c in "\ufffe\ufffd":
            c = _char(get_unicode(raw, i))
        if c == "\x00" or c.isspace() or not get_box(raw, i, *refs) or is_generated(raw, i) == 1:
            continue
        cs.append(c)
        boxes += (v0.value - ox, oy - v3.value, v1.value - ox, oy - v2.value)
    return "".join(cs), np.array(boxes, dtype=float).reshape(-1, 4)


def _char(code: int) -> str:
    if not code:
        return "\x00"
    try:
        return chr(code)
    except ValueError:
        return "\ufffd"


def open_pdfium(source: str | os.PathLike[str] | bytes) -> PdfiumReader:
    """Open ``source`` with PDFium (raises ``pypdfium2.PdfiumError`` when it cannot)."""
    return PdfiumReader(source)


__all__ = ["PChar", "PageReading", "PdfiumReader", "open_pdfium"]
