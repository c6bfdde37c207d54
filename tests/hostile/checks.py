"""Leak checks over a redacted output: bytes (every stream decompressed), text, rendered re-OCR."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

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
    import os

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
