"""Leak checks over a redacted output: bytes (every stream decompressed, by MuPDF and by qpdf), text
(MuPDF and PDFium), rendered re-OCR (MuPDF's and PDFium's rendering)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pikepdf
import pymupdf

from redactkit.pdf.readers import PdfiumReader

_HEX = re.compile(rb"<([0-9A-Fa-f\s]{4,})>")
_LIT = re.compile(rb"\((?:\\.|[^\\)])*\)")


def _variants(secret: str) -> list[bytes]:
    return [secret.encode("latin-1"), secret.encode("utf-16-be"), secret.replace(" ", "").encode("latin-1")]


def _decoded_strings(data: bytes) -> bytes:
    """Hex strings decoded (insert_text writes ``<4d61...>``) and literal escapes undone, joined."""
    out = []
    for m in _HEX.finditer(data):
        digits = re.sub(rb"\s", b"", m.group(1))
        if len(digits) % 2:
            digits += b"0"
        try:
            out.append(bytes.fromhex(digits.decode()))
        except ValueError:
            continue
    for m in _LIT.finditer(data):
        out.append(re.sub(rb"\\([()\\])", rb"\1", m.group(0)[1:-1]))
    return b"\n".join(out)


def byte_leaks(path: Path, secrets: list[str]) -> list[str]:
    """Secrets found in the file bytes, in any object's source, or in any decompressed stream."""
    raw = path.read_bytes()
    blobs: list[tuple[str, bytes]] = [("file", raw)]
    doc = pymupdf.open(path)
    try:
        for xref in range(1, doc.xref_length()):
            try:
                obj = doc.xref_object(xref, compressed=True).encode("latin-1", "replace")
            except Exception:
                continue
            blobs.append((f"object {xref}", obj))
            if doc.xref_is_stream(xref):
                try:
                    data = doc.xref_stream(xref) or b""
                except Exception:
                    data = doc.xref_stream_raw(xref) or b""
                blobs.append((f"stream {xref}", data))
        for i in range(doc.page_count):
            blobs.append((f"page {i + 1} contents", doc[i].read_contents()))
    finally:
        doc.close()
    found = []
    for where, blob in blobs:
        hay = blob + b"\n" + _decoded_strings(blob)
        hay_l = hay.lower()
        for s in secrets:
            if any(v.lower() in hay_l for v in _variants(s)):
                found.append(f"{s!r} in {where}")
    return found


def extracted_text(path: Path) -> str:
    """All text MuPDF extracts: every page, no MediaBox clip, every optional-content layer on."""
    doc = pymupdf.open(path)
    try:
        ocgs = list(doc.get_ocgs())
        if ocgs:
            doc.set_layer(-1, on=ocgs)
        parts = []
        for i in range(doc.page_count):
            page = doc[i]
            parts.append(page.get_text("text", flags=0))
            parts.append(page.get_text("text", flags=0, clip=pymupdf.INFINITE_RECT()))
            for annot in page.annots():
                parts.append(" ".join(str(v) for v in annot.info.values()))
        parts.append(" ".join(str(v) for v in (doc.metadata or {}).values()))
        return "\n".join(parts)
    finally:
        doc.close()


def text_leaks(path: Path, secrets: list[str]) -> list[str]:
    text = " ".join(extracted_text(path).split())
    return [s for s in secrets if s in text or s.replace(" ", "") in text.replace(" ", "")]


def ocr_text(path: Path, dpi: int = 200) -> str:
    import pytesseract
    from PIL import Image

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    doc = pymupdf.open(path)
    try:
        out = []
        for i in range(doc.page_count):
            pix = doc[i].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
            out.append(pytesseract.image_to_string(img))
        return "\n".join(out)
    finally:
        doc.close()


def _squash(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


def ocr_leaks(ocr: str, secrets: list[str]) -> list[str]:
    hay = _squash(ocr)
    return [s for s in secrets if _squash(s) in hay]


def pdfium_leaks(path: Path, secrets: list[str]) -> list[str]:
    """Secrets in PDFium's text of any page (spacing ignored)."""
    with PdfiumReader(path) as reader:
        text = " ".join(reader.text(i) for i in range(reader.page_count))
    squashed = re.sub(r"\s", "", text)
    return [s for s in secrets if s in text or re.sub(r"\s", "", s) in squashed]


def pdfium_ocr_text(path: Path) -> str:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with PdfiumReader(path) as reader:
        return "\n".join(pytesseract.image_to_string(reader.render(i, 200)) for i in range(reader.page_count))


def qpdf_stream_leaks(path: Path, secrets: list[str]) -> list[str]:
    """Secrets in any object or decompressed stream as qpdf (pikepdf) reads them."""
    found = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            blob = b""
            if isinstance(obj, pikepdf.Stream):
                try:
                    blob = obj.read_bytes()
                except Exception:
                    blob = obj.read_raw_bytes()
            elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.String)):
                blob = bytes(obj.unparse())
            for s in secrets:
                if s.encode("latin-1", "ignore") in blob or s.encode("utf-16-be") in blob:
                    found.append(f"{s!r} in object {obj.objgen}")
    return found


def no_earlier_revisions(path: Path) -> None:
    data = path.read_bytes()
    assert data.count(b"%%EOF") == 1, "incremental update in the output"
    assert data.count(b"startxref") == 1


def assert_untrusted_page_burned_clean(case: Any, tmp_path: Path, redactor: Any) -> None:
    """``case`` (a make_corpus2/3 case, page untrusted) through ``redactor.redact``: verified, burned
    as a scan, and no secret for three readers (PyMuPDF, PDFium, Tesseract on PDFium's rendering),
    in any decompressed stream (ours and qpdf's) or in an earlier revision."""
    out = tmp_path / f"{case.name}.redacted.pdf"
    log = redactor.redact(Path(case.path), out)
    assert log.passed
    assert any("untrusted text layer" in w for w in log.warnings), log.warnings
    assert text_leaks(out, case.secrets) == []                      # reader 1: PyMuPDF
    assert pdfium_leaks(out, case.secrets) == []                    # reader 2: PDFium
    assert ocr_leaks(pdfium_ocr_text(out), case.secrets) == []      # reader 3: OCR of PDFium's render
    assert byte_leaks(out, case.secrets) == []
    assert qpdf_stream_leaks(out, case.secrets) == []
    no_earlier_revisions(out)
    names = {c.name: c.status for c in log.verification.checks}
    assert names["pdfium_no_redacted_strings"] == "passed"
    assert names["ocr_independent"] == "passed"
