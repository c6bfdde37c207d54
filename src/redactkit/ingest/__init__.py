"""Ingest: a source file (PDF, TIFF, PNG, JPEG, bytes) → :class:`~redactkit.model.Document`.

``_ingest`` reads text layers and classifies pages, :mod:`.ocr` reads scanned pages with
Tesseract, :mod:`.inputs` turns bytes and file objects into a path for the run.
"""

from __future__ import annotations

from ._ingest import check_integrity, harden_source, ingest, ingest_pdf, read_page
from .inputs import OpenedSource, SourceInput, opened_source
from .ocr import LOW_CONFIDENCE, check_tesseract, ocr_image, ocr_page

__all__ = [
    "LOW_CONFIDENCE",
    "OpenedSource",
    "SourceInput",
    "check_integrity",
    "check_tesseract",
    "harden_source",
    "ingest",
    "ingest_pdf",
    "ocr_image",
    "ocr_page",
    "opened_source",
    "read_page",
]
