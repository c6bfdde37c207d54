"""Ingest: a source file → :class:`~redactkit.model.Document`.

Born-digital pages are read from the PDF text layer with PyMuPDF, glyph by
glyph, into a page text whose every character maps back to its glyph box.

Each page is classified and read accordingly:

- ``text``: a visible text layer and no page-size image → the text layer.
- ``scanned``: no text layer (an image-only page, or an image input) → OCR.
- ``mixed``: a page-size image with a text layer that is mostly invisible (an
  existing OCR layer from a scanner or OCRmyPDF), or with visible text over a
  page-size image → OCR of the rendered page. The old layer is untrusted: it may
  disagree with the pixels, so detection reads the pixels, and burn removes the
  old hidden layer entirely (and rebuilds a searchable one from our own OCR).

Geometry: pages are read with their ``/Rotate`` temporarily set to 0, so all
rectangles are in the unrotated page space. Burning and verification do the
same, which sidesteps MuPDF's misplaced redaction boxes on rotated pages with
an offset MediaBox.

Glyph boxes: MuPDF's character boxes span the font's full ascender/descender
(for Helvetica about 1.37 × the font size), so on tightly set text the box of
one line overlaps the next, and ``apply_redactions`` removes every glyph whose
box a redaction touches. Redaction geometry therefore uses a tight,
baseline-relative box (see :data:`ASCENT` / :data:`DESCENT`).
"""

from __future__ import annotations

import dataclasses
import math
import os
from array import array
from pathlib import Path

import numpy as np
import pymupdf

from .._fileio import sha256_file
from ..errors import (
    DamagedDocumentError,
    OcrError,
    ProcessingError,
)
from ..model import Char, CharMap, Document, Page, PageKind, Rect, Word
from ..pdf import ASCENT, DESCENT, TEXT_FLAGS, hidden_span, iter_lines, open_source, render_page
from ..pdf.integrity import (
    DAMAGED_WARNING,
    Assessment,
    assess,
    drain_messages,
    keep_usable_pages,
    lost_messages,
    pages_losing,
)
from ..pdf.rasterize import harden_source
from ..pdf.sources import is_image
from ..settings import OcrOptions
from .ocr import check_tesseract, ocr_page
from .oldmarks import find_old_marks

_NO_BOX = (math.nan,) * 4  # a line break's entry in the char map


def read_page(page: pymupdf.Page, index: int) -> Page:
    """Read one PDF page's text layer into a :class:`Page` (rotation must already be 0)."""
    # The glyph loop is written out (no per-glyph call of iter_glyphs / tight_rect): it runs
    # over every glyph of every page twice per document (ingest, and verify on the output).
    # The boxes are tight_rect's, computed by the same expressions.
    text_parts: list[str] = []
    boxes: array[float] = array("d")
    lines: array[int] = array("i")
    hidden = 0
    line_no = 0
    for _line, horizontal, spans in iter_lines(page, flags=TEXT_FLAGS, sort=True):
        line_text: list[str] = []
        line_boxes: list[float] = []
        for span in spans:
            in_hidden = hidden_span(span)
            size = float(span.get("size", 0.0))
            cut = horizontal and size > 0
            up, down = ASCENT * size, DESCENT * size
            chars = span["chars"]
            if in_hidden:
                hidden += sum(1 for ch in chars if not ch["c"].isspace())
            for ch in chars:
                c = ch["c"]
                if not c:
                    continue
                x0, y0, x1, y1 = ch["bbox"]
                if cut:
                    # max(y0, oy - up) and min(y1, oy + down), as tight_rect: the first
                    # argument unless the second is strictly beyond it
                    oy = ch["origin"][1]
                    t = oy - up
                    if t > y0:
                        y0 = t
                    t = oy + down
                    if t < y1:
                        y1 = t
                if len(c) == 1:
                    line_text.append(c)
                    line_boxes += (x0, y0, x1, y1)
                    continue
                # A ligature glyph yields several characters sharing one box.
                for sub in c:
                    line_text.append(sub)
                    line_boxes += (x0, y0, x1, y1)
        if not line_text:
            continue  # a line without characters adds no line break and no line number
        if text_parts:
            text_parts.append("\n")
            boxes.extend(_NO_BOX)
            lines.append(-1)
        text_parts.extend(line_text)
        boxes.extend(line_boxes)
        lines.extend([line_no] * len(line_text))
        line_no += 1
    text = "".join(text_parts)
    words = _words(text, boxes, lines, index)
    has_images = bool(page.get_images(full=False))
    kind: PageKind
    # every character without a glyph is a line break, a blank
    visible = len(text) - sum(map(str.isspace, text)) - hidden  # the count of non-spaces, without a loop
    if words:
        covered = has_images and _images_cover_page(page)
        kind = "mixed" if covered or visible < hidden else "text"
    else:
        kind = "scanned" if has_images or _has_drawings(page) else "empty"
    return Page(
        index=index,
        width=page.rect.width,
        height=page.rect.height,
        rotation=0,
        kind=kind,
        text=text,
        chars=CharMap.from_arrays(text, boxes, lines),
        words=words,
        cropbox=Rect(*page.cropbox),
    )


def _images_cover_page(page: pymupdf.Page) -> bool:
    area = page.rect.width * page.rect.height
    covered = 0.0
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & page.rect
        covered += r.width * r.height
    return area > 0 and covered / area > 0.5


def _has_drawings(page: pymupdf.Page) -> bool:
    # Text drawn as vector outlines has no text layer but is still text; treat as scanned.
    return len(page.get_drawings()) > 50


#: Every character ``str.isspace`` accepts (none lies above U+3000).
_SPACES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)


def _words(text: str, boxes: array[float], lines: array[int], page_index: int) -> list[Word]:
    """The page's words: maximal runs of characters that are no space and no line break
    ingest inserted, each with the union of its glyph boxes.

    The unions are taken with numpy over the whole page. That is exactly what the loop of
    :func:`_words_loop` takes (the first of equal values, from ±inf, in order) whenever no
    box coordinate of a word is a zero (0.0 and -0.0 are equal but print differently) or
    not finite; pages with such a coordinate go through the loop."""
    n = len(text)
    if not n or lines.itemsize != 4:
        return _words_loop(text, boxes, lines, page_index)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    inword = ~(np.isin(codes, _SPACES) | (np.frombuffer(lines, dtype=np.int32) < 0))
    if not inword.any():
        return []
    b = np.frombuffer(boxes, dtype=np.float64).reshape(-1, 4)
    glyphs = b[inword]
    if not np.isfinite(glyphs).all() or (glyphs == 0.0).any():
        return _words_loop(text, boxes, lines, page_index)
    edge = np.diff(inword.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
    lo = np.where(inword[:, None], b, np.inf)
    hi = np.where(inword[:, None], b, -np.inf)
    x0s = np.minimum.reduceat(lo[:, 0], starts).tolist()
    y0s = np.minimum.reduceat(lo[:, 1], starts).tolist()
    x1s = np.maximum.reduceat(hi[:, 2], starts).tolist()
    y1s = np.maximum.reduceat(hi[:, 3], starts).tolist()
    return [Word(text[i:j], Rect(x0, y0, x1, y1), page_index, i, j, lines[i], 0)
            for i, j, x0, y0, x1, y1 in zip(starts.tolist(), ends.tolist(), x0s, y0s, x1s, y1s, strict=True)]


def _words_loop(text: str, boxes: array[float], lines: array[int], page_index: int) -> list[Word]:
    words: list[Word] = []
    i, n = 0, len(text)
    block = 0
    while i < n:
        if text[i].isspace() or lines[i] < 0:
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace() and lines[j] >= 0:
            j += 1
        # the union of the word's glyph boxes: min/max from ±inf over the glyphs in order
        # (the pairwise fold a loop would do), one call per side
        a, b = 4 * i, 4 * j
        rect = Rect(min(math.inf, *boxes[a:b:4]), min(math.inf, *boxes[a + 1:b:4]),
                    max(-math.inf, *boxes[a + 2:b:4]), max(-math.inf, *boxes[a + 3:b:4]))
        words.append(Word(text[i:j], rect, page_index, i, j, lines[i], block))
        i = j
    return words


def ingest(path: str | os.PathLike[str], *, ocr: OcrOptions | None = None,
           raster_dpi: int | None = None, allow_repaired: bool = False) -> Document:
    """Read a PDF or image into a :class:`Document`, OCR-ing pages that need it.

    Args:
        path: a PDF, TIFF, PNG or JPEG file.
        ocr: OCR settings; defaults to :class:`OcrOptions`.
        raster_dpi: resolution of the fallback rendering of pages that are unsafe as
            vector content (:mod:`redactkit.pdf.rasterize`). What hardening did (this dpi
            and the pages it rasterized) is recorded as ``Document.hardening``; burn hardens
            again from that record and checks it gets the same pages.
        allow_repaired: proceed with a PDF that MuPDF could only read in part (see
            :mod:`redactkit.integrity`); the document's warnings then say what was lost.
            A repair that lost nothing never needs this (it is noted in the warnings).

    Raises:
        DamagedDocumentError: the PDF is damaged or truncated and ``allow_repaired`` is
            False; ``problems`` lists what could not be read. Nothing is written.
        InputError: (or a subclass) when the file cannot be read; the message
            names the file and what to do.
        MissingDependencyError: a page needs OCR and Tesseract is not installed.
        ProcessingError: OCR failed on a page (the message names the page).
    """
    options = ocr or OcrOptions()
    p = Path(path)
    image_input = p.is_file() and is_image(p)
    doc = open_source(p)
    checked = False
    try:
        notes = [] if image_input else check_integrity(doc, p, allow_repaired)
        listed = doc.page_count
        dropped = keep_usable_pages(doc)  # damaged input allowed: the pages that exist (burn too)
        if dropped:
            shown = ", ".join(str(i + 1) for i in dropped)
            notes.append(f"{DAMAGED_WARNING}: page(s) {shown} of the {listed} the file lists are "
                         f"missing and left out; page numbers after them shift")
        marks = [] if image_input else find_old_marks(doc)  # before harden drops annotations
        notes += [m.warning() for m in marks]
        hardened, hardening = harden_source(doc, p, raster_dpi)
        notes += hardened
        pages: list[Page] = []
        for i in range(doc.page_count):
            try:
                page = doc[i]
                rotation = page.rotation
                if rotation:
                    page.set_rotation(0)  # in memory only: the source file is never written
                pg = read_page(page, i)
            except Exception as exc:  # MuPDF cannot load or parse the page
                drain_messages(p)
                raise DamagedDocumentError(
                    f"{p}: page {i + 1} cannot be read ({exc}); the PDF is damaged. Ask the sender "
                    "for a fresh copy or re-export it; nothing was written.",
                    [f"page {i + 1}: {exc}"],
                ) from exc
            if image_input:
                pg.kind = "scanned"
            if pg.kind in ("scanned", "mixed"):
                if not checked:
                    check_tesseract(options.lang)
                    checked = True
                image, dpi = render_page(page, options.dpi)
                try:
                    pg = ocr_page(image, i, page.rect.width, page.rect.height, options, kind=pg.kind)
                except ProcessingError as exc:  # a crash or a hang keeps its type (OcrError)
                    kind = type(exc) if isinstance(exc, OcrError) else ProcessingError
                    raise kind(f"{p}: OCR failed on page {i + 1}: {exc}; nothing was written.") from exc
                pg = ascii_dashes(pg)
                pg.dpi = dpi
                pg.cropbox = Rect(*page.cropbox)
            pg.rotation = rotation
            pages.append(pg)
        if not image_input:  # what reading the pages' content reported
            notes.extend(check_integrity(doc, p, allow_repaired, late=True))
    finally:
        doc.close()
        drain_messages(p)
    return Document(path=str(path), sha256=sha256_file(path), pages=pages, warnings=notes, old_marks=marks,
                    hardening=hardening)


#: Dashes Tesseract reads in identifiers (an SSN printed with U+2212 reads as em dashes).
_OCR_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"})


def ascii_dashes(page: Page) -> Page:
    """An OCR page with every Unicode dash read as ``-`` (one character for one, so offsets
    and boxes hold): detection's SSN and phone patterns then match (issue 12)."""
    text = page.text.translate(_OCR_DASHES)
    if text == page.text:
        return page
    words = [dataclasses.replace(w, text=w.text.translate(_OCR_DASHES)) for w in page.words]
    chars = [None if ch is None else Char(ch.c.translate(_OCR_DASHES), ch.rect, ch.line)
             for ch in page.chars]
    return dataclasses.replace(page, text=text, chars=chars, words=words)


def check_integrity(doc: pymupdf.Document, path: Path, allow_repaired: bool, *,
                    late: bool = False) -> list[str]:
    """Raise :class:`DamagedDocumentError` when reading ``doc`` lost anything (see
    :mod:`redactkit.integrity`); else return the notes for the log's warnings.

    Called right after opening (structure), and with ``late`` after every page was read
    (only MuPDF's messages since the first call).
    """
    if late:
        repaired = bool(doc.is_repaired)  # MuPDF may repair lazily, when an object is first read
        verdict = Assessment(repaired, lost_messages(drain_messages(path), repaired))
    else:
        verdict = assess(doc, path, drain_messages(path))
    if not verdict.problems:
        return verdict.notes
    what = "; ".join(verdict.problems)
    if any(m.startswith("MuPDF could not read") for m in verdict.problems):
        where = pages_losing(path)
        if where:
            shown = ", ".join(map(str, where[:20])) + (" ..." if len(where) > 20 else "")
            what += f" (on page{'s' if len(where) > 1 else ''} {shown})"
    if not allow_repaired:
        raise DamagedDocumentError(
            f"{path}: the PDF is damaged{' and MuPDF repaired it' if verdict.repaired else ''}; "
            f"what could not be read would be missing from the release: {what}. Ask the sender "
            "for a complete copy. To release what could be read anyway, run again with "
            "--allow-repaired (allow_repaired=True); nothing was written.",
            verdict.problems,
        )
    return [f"{DAMAGED_WARNING}: {what}. Content MuPDF could not read is not in the output."]


def ingest_pdf(path: str | os.PathLike[str], *, ocr: OcrOptions | None = None,
               raster_dpi: int | None = None, allow_repaired: bool = False) -> Document:
    """Alias of :func:`ingest` (kept for callers that only pass PDFs)."""
    return ingest(path, ocr=ocr, raster_dpi=raster_dpi, allow_repaired=allow_repaired)
