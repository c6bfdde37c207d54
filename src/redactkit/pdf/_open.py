"""Opening a PDF for reading, every failure turned into a typed, actionable error."""

from __future__ import annotations

import os
from pathlib import Path

import pymupdf

from ..errors import (
    CorruptDocumentError,
    DamagedDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputError,
    UnsupportedFileError,
)
from .integrity import drain_messages

__all__ = ["PDF_MAGIC", "open_pdf"]

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
