"""Rendering against text: does a line of text read, as pixels, what its text layer says?

Composite (Type0) fonts carry glyph indexes; only the font's ToUnicode says which
characters they are, and both PDF readers believe it. When nothing else in the file can
confirm the map (:func:`redactkit.pdf._fontcheck.font_check`: a CID-keyed CFF program, a
stripped ``cmap``, a font not embedded), the rendering is the only independent evidence.
:func:`rendering_reasons` OCRs PDFium's rendering of the lines drawn in such fonts and
compares, line by line, the words Tesseract reads confidently with the words the text
layer claims. A line where most of what OCR reads is not in the text layer lies.

It runs only on pages with such fonts (rare in ordinary files, which embed TrueType
programs with their own ``cmap``), so its cost is paid where the evidence is missing.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pymupdf
import pytesseract

from .readers import PdfiumReader

__all__ = ["MIN_LINE_WORDS", "OCR_CONFIDENCE", "RENDER_DPI", "font_key", "rendering_reasons"]

#: Resolution of the rendering OCR'd.
RENDER_DPI = 200
#: Tesseract confidence (0-100) a word needs to count as read.
OCR_CONFIDENCE = 60
#: Confidently read words a line needs before it is judged.
MIN_LINE_WORDS = 3
#: Share of a line's read words the text layer must hold (fuzzily) for the line to be believed.
MIN_AGREEMENT = 0.34

_WORD = re.compile(r"[A-Za-z0-9]{3,}")
_SUBSET = re.compile(r"^[A-Z]{6}\+")


def font_key(name: str) -> str:
    """A font name as MuPDF's spans and the PDF's dictionaries can both be matched by:
    subset prefix, ``#20`` escapes, punctuation and case dropped."""
    name = _SUBSET.sub("", name.lstrip("/")).replace("#20", "")
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class _Line:
    bbox: tuple[float, float, float, float]
    words: set[str]


def _lines(page: pymupdf.Page, fonts: set[str], flags: int) -> list[_Line]:
    """MuPDF's lines that use one of ``fonts`` (all lines when no span names a known font)."""
    lines: list[tuple[_Line, bool]] = []
    for block in page.get_text("dict", flags=flags)["blocks"]:
        for line in block.get("lines", ()):
            spans = line.get("spans", ())
            text = "".join(s.get("text", "") for s in spans)
            hit = any(font_key(s.get("font", "")) in fonts for s in spans)
            lines.append((_Line(tuple(line["bbox"]), {w.casefold() for w in _WORD.findall(text)}), hit))
    chosen = [ln for ln, hit in lines if hit]
    return chosen or [ln for ln, _ in lines]


def _agrees(read: str, claimed: set[str]) -> bool:
    if read in claimed:
        return True
    return any(difflib.SequenceMatcher(None, read, c).ratio() >= 0.75 for c in claimed)


def rendering_reasons(reader: PdfiumReader, index: int, page: pymupdf.Page, fonts: Iterable[str],
                      flags: int) -> list[str]:
    """Lines of page ``index`` drawn in ``fonts`` (keys by :func:`font_key`) whose rendering
    reads other words than their text (empty: they agree, or nothing could be read)."""
    lines = [ln for ln in _lines(page, set(fonts), flags)
             if ln.bbox[2] > ln.bbox[0] and ln.bbox[3] > ln.bbox[1]]
    if not lines:
        return []
    x0 = max(min(ln.bbox[0] for ln in lines) - 4, 0)
    y0 = max(min(ln.bbox[1] for ln in lines) - 4, 0)
    x1 = max(ln.bbox[2] for ln in lines) + 4
    y1 = max(ln.bbox[3] for ln in lines) + 4
    image = reader.render(index, RENDER_DPI)
    k = RENDER_DPI / 72.0
    crop = image.crop((int(x0 * k), int(y0 * k),
                       min(int(x1 * k) + 1, image.width), min(int(y1 * k) + 1, image.height)))
    if crop.width < 8 or crop.height < 8:
        return []
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(crop, config="--psm 6", output_type=pytesseract.Output.DICT)
    read: list[tuple[float, float, str]] = []
    for text, conf, left, top, w, h in zip(data["text"], data["conf"], data["left"], data["top"],
                                           data["width"], data["height"], strict=False):
        if float(conf) < OCR_CONFIDENCE:
            continue
        for word in _WORD.findall(str(text)):
            read.append((x0 + (left + w / 2) / k, y0 + (top + h / 2) / k, word.casefold()))
    lying = 0
    for ln in lines:
        bx0, by0, bx1, by1 = ln.bbox
        got = [w for x, y, w in read if bx0 - 2 <= x <= bx1 + 2 and by0 - 2 <= y <= by1 + 2]
        if len(got) < MIN_LINE_WORDS:
            continue
        agree = sum(1 for w in got if _agrees(w, ln.words))
        if agree < MIN_AGREEMENT * len(got):
            lying += 1
    if lying:
        return [f"{lying} line(s) in a composite font whose ToUnicode nothing confirms read "
                "differently in the rendering (OCR) than in the text layer"]
    return []
