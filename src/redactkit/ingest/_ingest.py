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

import os
from pathlib import Path

import pymupdf
from PIL import Image

from .errors import (
    CorruptDocumentError,
    DamagedDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputError,
    ProcessingError,
    UnsupportedFileError,
)
from .fileio import sha256_file
from .integrity import assess, drain_messages, keep_usable_pages
from .model import Char, Document, Page, PageKind, Rect, Word
from .ocr import OcrOptions, check_tesseract, ocr_page

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

PDF_MAGIC = b"%PDF-"


def open_pdf(path: str | os.PathLike[str]) -> pymupdf.Document:
    """Open a PDF for reading, turning every failure into a typed, actionable error."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: file not found.")
    if p.is_dir():
        raise UnsupportedFileError(f"{p}: is a folder, not a PDF.")
    size = p.stat().st_size
    if size == 0:
        raise EmptyDocumentError(f"{p}: the file is empty (0 bytes); nothing to redact. Check the export.")
    with open(p, "rb") as f:
        head = f.read(1024)
    if PDF_MAGIC not in head:
        raise UnsupportedFileError(
            f"{p}: not a PDF (no %PDF header) nor a TIFF, PNG or JPEG image. "
            "Convert it to PDF first."
        )
    drain_messages()  # whatever earlier work left in MuPDF's store is logged, not blamed on this file
    try:
        doc = pymupdf.open(p, filetype="pdf")
    except Exception as exc:  # MuPDF raises its own FileDataError / RuntimeError
        drain_messages(p)
        raise CorruptDocumentError(
            f"{p}: the PDF is damaged and could not be repaired ({exc}). "
            "Ask the sender for a fresh copy or re-export it."
        ) from exc
    if doc.needs_pass or doc.is_encrypted:
        doc.close()
        raise EncryptedDocumentError(
            f"{p}: the PDF is password-protected. Remove the password (with the owner's "
            "permission) and run again; redactkit never guesses passwords."
        )
    try:
        count = doc.page_count
    except Exception as exc:  # e.g. a page tree whose /Count is 1e9 ("Invalid number of pages")
        doc.close()
        drain_messages(p)
        raise DamagedDocumentError(
            f"{p}: the PDF's page tree is damaged ({exc}); its pages cannot be counted. "
            "Ask the sender for a fresh copy or re-export it; nothing was written.",
            [f"page tree: {exc}"],
        ) from exc
    if count == 0:
        repaired = doc.is_repaired
        doc.close()
        if repaired:
            raise DamagedDocumentError(
                f"{p}: the PDF is damaged (probably truncated): after repair no page is left. "
                "Ask the sender for a complete copy; nothing was written.",
                ["no pages after repair"],
            )
        raise EmptyDocumentError(f"{p}: the PDF has no pages; nothing to redact.")
    return doc


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


def read_page(page: pymupdf.Page, index: int) -> Page:
    """Read one PDF page's text layer into a :class:`Page` (rotation must already be 0)."""
    raw = page.get_text("rawdict", flags=TEXT_FLAGS, sort=True)
    text_parts: list[str] = []
    chars: list[Char | None] = []
    line_no = 0
    hidden = 0
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            dx, dy = line.get("dir", (1.0, 0.0))
            horizontal = abs(dy) < 1e-3 and dx > 0
            line_chars: list[Char] = []
            for span in line["spans"]:
                size = float(span.get("size", 0.0))
                if hidden_span(span):
                    hidden += sum(1 for ch in span["chars"] if not ch["c"].isspace())
                for ch in span["chars"]:
                    c = ch["c"]
                    if not c:
                        continue
                    rect = tight_rect(ch["bbox"], ch["origin"][1], size, horizontal)
                    # A ligature glyph yields several characters sharing one box.
                    for sub in c:
                        line_chars.append(Char(sub, rect, line_no))
            if not line_chars:
                continue
            if chars:
                text_parts.append("\n")
                chars.append(None)
            for ch_ in line_chars:
                text_parts.append(ch_.c)
                chars.append(ch_)
            line_no += 1
    text = "".join(text_parts)
    words = _words(text, chars, index)
    has_images = bool(page.get_images(full=False))
    kind: PageKind
    visible = sum(1 for c in chars if c is not None and not c.c.isspace()) - hidden
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
        chars=chars,
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


def _words(text: str, chars: list[Char | None], page_index: int) -> list[Word]:
    words: list[Word] = []
    i, n = 0, len(text)
    block = 0
    while i < n:
        if text[i].isspace() or chars[i] is None:
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace() and chars[j] is not None:
            j += 1
        rect = None
        for ch in chars[i:j]:
            assert ch is not None
            rect = ch.rect if rect is None else rect.union(ch.rect)
        first = chars[i]
        assert rect is not None and first is not None
        words.append(Word(text[i:j], rect, page_index, i, j, first.line, block))
        i = j
    return words


#: Largest page image rendered for OCR (pixels); bigger pages are rendered at a lower dpi.
MAX_RENDER_PIXELS = 60_000_000


def render_page(page: pymupdf.Page, dpi: int) -> tuple[Image.Image, int]:
    """Render a page (rotation must be 0) to a grayscale image; lowers dpi for huge pages."""
    w_in, h_in = page.rect.width / 72.0, page.rect.height / 72.0
    if w_in * h_in * dpi * dpi > MAX_RENDER_PIXELS:
        dpi = max(72, int((MAX_RENDER_PIXELS / (w_in * h_in)) ** 0.5))
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples), dpi


def ingest(path: str | os.PathLike[str], *, ocr: OcrOptions | None = None,
           raster_dpi: int | None = None, allow_repaired: bool = False) -> Document:
    """Read a PDF or image into a :class:`Document`, OCR-ing pages that need it.

    Args:
        path: a PDF, TIFF, PNG or JPEG file.
        ocr: OCR settings; defaults to :class:`OcrOptions`.
        raster_dpi: resolution of the fallback rendering of pages that are unsafe as
            vector content (:mod:`redactkit.rasterize`); burn must use the same value.
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
    from .sources import is_image, open_source

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
            from .integrity import DAMAGED_WARNING

            shown = ", ".join(str(i + 1) for i in dropped)
            notes.append(f"{DAMAGED_WARNING}: page(s) {shown} of the {listed} the file lists are "
                         f"missing and left out; page numbers after them shift")
        notes += harden_source(doc, p, raster_dpi)
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
                except ProcessingError as exc:
                    raise ProcessingError(f"{p}: OCR failed on page {i + 1}: {exc}") from exc
                pg.dpi = dpi
                pg.cropbox = Rect(*page.cropbox)
            pg.rotation = rotation
            pages.append(pg)
        if not image_input:  # what reading the pages' content reported
            notes.extend(check_integrity(doc, p, allow_repaired, late=True))
    finally:
        doc.close()
        drain_messages(p)
    return Document(path=str(path), sha256=sha256_file(path), pages=pages, warnings=notes)


def check_integrity(doc: pymupdf.Document, path: Path, allow_repaired: bool, *,
                    late: bool = False) -> list[str]:
    """Raise :class:`DamagedDocumentError` when reading ``doc`` lost anything (see
    :mod:`redactkit.integrity`); else return the notes for the log's warnings.

    Called right after opening (structure), and with ``late`` after every page was read
    (only MuPDF's messages since the first call).
    """
    from .integrity import DAMAGED_WARNING, Assessment, lost_messages

    if late:
        repaired = bool(doc.is_repaired)  # MuPDF may repair lazily, when an object is first read
        verdict = Assessment(repaired, lost_messages(drain_messages(path), repaired))
    else:
        verdict = assess(doc, path, drain_messages(path))
    if not verdict.problems:
        return verdict.notes
    what = "; ".join(verdict.problems)
    if not allow_repaired:
        raise DamagedDocumentError(
            f"{path}: the PDF is damaged{' and MuPDF repaired it' if verdict.repaired else ''}; "
            f"what could not be read would be missing from the release: {what}. Ask the sender "
            "for a complete copy. To release what could be read anyway, run again with "
            "--allow-repaired (allow_repaired=True); nothing was written.",
            verdict.problems,
        )
    return [f"{DAMAGED_WARNING}: {what}. Content MuPDF could not read is not in the output."]


def harden_source(doc: pymupdf.Document, path: Path, raster_dpi: int | None = None) -> list[str]:
    """:func:`redactkit.rasterize.harden` with MuPDF failures turned into typed errors."""
    from .errors import RedactkitError
    from .rasterize import DEFAULT_RASTER_DPI, harden

    try:
        return harden(doc, raster_dpi or DEFAULT_RASTER_DPI)
    except RedactkitError as exc:
        raise type(exc)(f"{path}: {exc}") from exc
    except Exception as exc:
        raise CorruptDocumentError(
            f"{path}: the PDF is damaged in a way that cannot be made safe ({exc}); nothing was written."
        ) from exc


def ingest_pdf(path: str | os.PathLike[str], *, ocr: OcrOptions | None = None,
               raster_dpi: int | None = None, allow_repaired: bool = False) -> Document:
    """Alias of :func:`ingest` (kept for callers that only pass PDFs)."""
    return ingest(path, ocr=ocr, raster_dpi=raster_dpi, allow_repaired=allow_repaired)
