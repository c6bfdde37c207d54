"""Ingest: a source file → :class:`~redactkit.model.Document`.

Born-digital pages are read from the PDF text layer with PyMuPDF, glyph by
glyph, into a page text whose every character maps back to its glyph box.

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

from .errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputError,
    UnsupportedFileError,
)
from .fileio import sha256_file
from .model import Char, Document, Page, PageKind, Rect, Word

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
            f"{p}: not a PDF (no %PDF header). Supported inputs are PDF files; "
            "convert other formats to PDF first."
        )
    try:
        doc = pymupdf.open(p, filetype="pdf")
    except Exception as exc:  # MuPDF raises its own FileDataError / RuntimeError
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
    if doc.page_count == 0:
        doc.close()
        raise EmptyDocumentError(f"{p}: the PDF has no pages; nothing to redact.")
    return doc


def _tight_rect(char_bbox: tuple[float, float, float, float], origin_y: float, size: float,
                horizontal: bool) -> Rect:
    x0, y0, x1, y1 = char_bbox
    if horizontal and size > 0:
        y0 = max(y0, origin_y - ASCENT * size)
        y1 = min(y1, origin_y + DESCENT * size)
    return Rect(x0, y0, x1, y1)


def read_page(page: pymupdf.Page, index: int) -> Page:
    """Read one PDF page's text layer into a :class:`Page` (rotation must already be 0)."""
    raw = page.get_text("rawdict", flags=TEXT_FLAGS, sort=True)
    text_parts: list[str] = []
    chars: list[Char | None] = []
    line_no = 0
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            dx, dy = line.get("dir", (1.0, 0.0))
            horizontal = abs(dy) < 1e-3 and dx > 0
            line_chars: list[Char] = []
            for span in line["spans"]:
                size = float(span.get("size", 0.0))
                for ch in span["chars"]:
                    c = ch["c"]
                    if not c:
                        continue
                    rect = _tight_rect(ch["bbox"], ch["origin"][1], size, horizontal)
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
    if words:
        kind = "mixed" if has_images and _images_cover_page(page) else "text"
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


def ingest_pdf(path: str | os.PathLike[str]) -> Document:
    """Read a born-digital PDF into a :class:`Document`.

    Raises:
        InputError: (or a subclass) when the file cannot be read; the message
            names the file and what to do.
    """
    doc = open_pdf(path)
    try:
        pages: list[Page] = []
        for i in range(doc.page_count):
            page = doc[i]
            rotation = page.rotation
            if rotation:
                page.set_rotation(0)  # in memory only: the source file is never written
            p = read_page(page, i)
            p.rotation = rotation
            pages.append(p)
    finally:
        doc.close()
    return Document(path=str(path), sha256=sha256_file(path), pages=pages)
