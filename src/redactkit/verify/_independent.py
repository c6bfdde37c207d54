"""Verification with independent eyes: PDFium, and OCR of PDFium's rendering.

The first verification checks (:mod:`redactkit.verify`) read the output with MuPDF, the
engine that ingest used: a text layer that fooled ingest can fool them too. These checks
read the output with PDFium (:mod:`redactkit.pdf.readers`), which shares no code with
MuPDF, and OCR pages whose text layer was untrusted at ingest or that are images in the
output. Each is a :class:`~redactkit.model.Check`:

``pdfium_no_text_in_boxes``
    No character PDFium reads has its centre inside a redaction rectangle (the exemption
    label glyphs burn drew there excepted).
``pdfium_no_redacted_strings``
    No redacted string, and no structured identifier (SSN, phone, e-mail, date of birth
    after its label; any Unicode dash, zero-width character or spacing normalised) in
    PDFium's text of a page, beyond what the source holds on that page outside every
    redaction rectangle (what the plan kept).
``pdfium_text_layer_trusted``
    The output's text layer passes the page-trust tests of :mod:`redactkit.pdf.trust`
    (no ActualText, plausible ToUnicode, MuPDF and PDFium agree, glyph order follows
    position): a release whose text says something other than its pixels is not verified.
``ocr_independent``
    Tesseract on PDFium's rendering of every page that was untrusted at ingest, and of
    every image page with redactions: neither a redacted string nor an identifier the
    plan did not keep reads back. ``skipped`` when re-OCR is off or there is no such page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pymupdf

from ..ingest.ocr import ocr_image
from ..model import CharMap, Check, Document, Page, Rect, Redaction
from ..pdf.readers import PdfiumReader
from ..pdf.trust import TrustAssessor, untrusted_pages
from ..settings import OcrOptions

if TYPE_CHECKING:
    from ..pdf.labels import DrawnLabel

#: Resolution of the independent OCR pass.
OCR_DPI = 200

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_MAP = str.maketrans({c: "-" for c in _DASHES})
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u034f\u180e]")
#: Structured identifiers looked for by pattern (kind → pattern); the key of a match is its digits.
ID_PATTERNS: dict[str, re.Pattern[str]] = {
    "SSN": re.compile(r"(?<!\d)\d{3}\s?-\s?\d{2}\s?-\s?\d{4}(?!\d)"),
    "phone": re.compile(r"(?<!\d)(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}\s?[-.]\s?\d{4}(?!\d)"),
    "e-mail": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "DOB": re.compile(r"(?i)\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth)\s*[:#]?\s*"
                      r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"),
}


def normalise_text(text: str) -> str:
    """NFKC, every dash as ``-``, zero-width and format characters removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text).translate(_DASH_MAP))


def identifiers(text: str) -> set[tuple[str, str]]:
    """(kind, key) of every structured identifier in ``text`` (normalised first)."""
    text = normalise_text(text)
    found: set[tuple[str, str]] = set()
    for kind, pattern in ID_PATTERNS.items():
        for m in pattern.finditer(text):
            value = m.group(m.lastindex or 0)
            key = value.lower() if kind == "e-mail" else re.sub(r"\D", "", value)
            found.add((kind, key))
    return found


def squash(text: str) -> str:
    """Lower-case letters and digits only (spacing, punctuation and dashes ignored)."""
    return re.sub(r"[\W_]", "", normalise_text(text).lower())


def _inside(centers: np.ndarray, boxes: Sequence[Rect]) -> np.ndarray:
    """For each (x, y) centre: inside one of ``boxes``? (NaN centres: False.)"""
    if not boxes or not len(centers):
        return np.zeros(len(centers), dtype=bool)
    b = np.array([[r.x0, r.y0, r.x1, r.y1] for r in boxes])
    x, y = centers[:, 0:1], centers[:, 1:2]
    return np.asarray(((x >= b[:, 0]) & (x <= b[:, 2]) & (y >= b[:, 1]) & (y <= b[:, 3])).any(axis=1))


def kept_text(page: Page, boxes: Sequence[Rect]) -> str:
    """The source page's text with every character centred in a redaction box removed."""
    if not boxes:
        return page.text
    chars = page.chars if isinstance(page.chars, CharMap) else CharMap(page.text, page.chars)
    inside = _inside(chars.centers(), boxes)
    return "".join(c for c, gone in zip(page.text, inside, strict=False) if not gone)


class _Expect:
    """What may appear on one page of the output: the source's kept text and identifiers."""

    def __init__(self, page: Page | None, boxes: Sequence[Rect], needles: Sequence[str]) -> None:
        kept = kept_text(page, boxes) if page is not None else ""
        self.kept = squash(kept)
        self.ids = identifiers(kept)
        self.needles = needles

    def problems(self, text: str, where: str) -> list[str]:
        found = []
        hay = squash(text)
        for needle in self.needles:
            if hay.count(needle) > self.kept.count(needle):
                found.append(f"{where}: redacted text {needle!r} reads back")
        for kind, key in sorted(identifiers(text) - self.ids):
            if any(key == k for kd, k in self.ids if kd == kind):
                continue
            if kind != "e-mail" and any(key in k for _kd, k in self.ids):
                continue  # a kept longer number holds it
            found.append(f"{where}: {kind} ending {key[-4:]!r} not kept by the plan")
        return found


def independent_checks(
    output_path: Path,
    source: Document,
    redactions: Sequence[Redaction],
    labels: Mapping[int, Sequence[DrawnLabel]],
    *,
    reocr: str = "regions",
    ocr: OcrOptions | None = None,
) -> list[Check]:
    """Run the PDFium and OCR checks (see the module docstring) on ``output_path``."""
    active = [r for r in redactions if r.status != "rejected"]
    boxes: dict[int, list[Rect]] = {}
    by_page: dict[int, list[Redaction]] = {}
    for r in active:
        boxes.setdefault(r.page, []).extend(x for x in r.rects if not x.is_empty)
        by_page.setdefault(r.page, []).append(r)
    try:
        reader = PdfiumReader(output_path)
    except Exception as exc:
        fail = f"PDFium cannot open the output ({exc})"
        return [Check(n, False, fail) for n in ("pdfium_no_text_in_boxes", "pdfium_no_redacted_strings",
                                                 "pdfium_text_layer_trusted", "ocr_independent")]
    needles = sorted({n for r in active if len(n := squash(r.text)) >= 4})
    in_boxes: list[str] = []
    strings: list[str] = []
    expects: dict[int, _Expect] = {}
    try:
        for i in range(reader.page_count):
            src = source.pages[i] if i < len(source.pages) else None
            page_boxes = boxes.get(i, [])
            reading = reader.read(i, chars=bool(page_boxes))
            label_rects = [lab.rect.padded(0.5) for lab in labels.get(i, ())]
            label_text = "".join(lab.text for lab in labels.get(i, ()))
            if reading.chars:
                drawn = [ch for ch in reading.chars if not ch.generated and not ch.c.isspace()]
                centers = np.array([ch.rect.center() for ch in drawn], dtype=float).reshape(-1, 2)
                hits = np.flatnonzero(_inside(centers, page_boxes))
                on_label = _inside(centers[hits], label_rects) if len(hits) else np.zeros(0, dtype=bool)
                for k, lab in zip(hits, on_label, strict=False):
                    ch = drawn[int(k)]
                    if not (lab and ch.c in label_text):
                        x, y = ch.rect.center()
                        in_boxes.append(f"page {i + 1}: {ch.c!r} at ({x:.1f}, {y:.1f})")
            exp = _Expect(src, page_boxes, needles)
            expects[i] = exp
            found = exp.problems(reading.text, f"page {i + 1}")
            if found and src is not None and not src.is_ocr:
                # MuPDF and PDFium may order a page differently (columns, table cells), which
                # joins or splits a string: ask PDFium what the source holds outside the boxes.
                same = _pdfium_source_expect(source, i, page_boxes, needles, exp)
                if same is not None:
                    found = same.problems(reading.text, f"page {i + 1}")
            strings += found
        trust = _output_trust(output_path, reader.page_count)
        checks = [
            Check("pdfium_no_text_in_boxes", False, "; ".join(in_boxes[:5]),
                  _page_of(in_boxes[0])) if in_boxes else
            (Check("pdfium_no_text_in_boxes", True, "PDFium reads no character inside any box")
             if boxes else Check.skip("pdfium_no_text_in_boxes", "no redactions: no boxes to look into")),
            Check("pdfium_no_redacted_strings", False, "; ".join(strings[:5]), _page_of(strings[0]))
            if strings else Check("pdfium_no_redacted_strings", True, "PDFium's text holds no redacted "
                                  "string and no identifier the plan did not keep"),
            trust,
            _ocr_check(reader, source, by_page, expects, reocr, ocr),
        ]
    finally:
        reader.close()
    return checks


def _pdfium_source_expect(source: Document, index: int, boxes: Sequence[Rect], needles: Sequence[str],
                          mupdf: _Expect) -> _Expect | None:
    """What the source page holds outside ``boxes`` as PDFium reads it (None when the source
    file is not at hand, e.g. bytes given to the API, or PDFium reads another page count)."""
    path = Path(source.path)
    try:
        with PdfiumReader(path) as reader:
            if reader.page_count != len(source.pages):
                return None
            chars = reader.chars(index)
    except Exception:
        return None
    centers = np.array([c.rect.center() for c in chars], dtype=float).reshape(-1, 2)
    inside = _inside(centers, boxes)
    kept = "".join(c.c for c, gone in zip(chars, inside, strict=False) if not gone or c.c.isspace())
    exp = _Expect(None, boxes, needles)
    exp.kept = squash(kept)
    exp.ids = identifiers(kept) | mupdf.ids
    return exp


def _page_of(problem: str) -> int | None:
    m = re.match(r"page (\d+)", problem)
    return int(m.group(1)) - 1 if m else None


def _output_trust(output_path: Path, pages: int) -> Check:
    problems: list[str] = []
    doc = pymupdf.open(output_path)
    try:
        with TrustAssessor(output_path) as assessor:
            for i in range(min(pages, doc.page_count)):
                page = doc[i]
                rotation = page.rotation
                if rotation:
                    page.set_rotation(0)
                try:
                    why = assessor.text_reasons(doc, page, layout=False)
                finally:
                    if rotation:
                        page.set_rotation(rotation)
                if why:
                    problems.append(f"page {i + 1}: {'; '.join(why)}")
    finally:
        doc.close()
    if problems:
        return Check("pdfium_text_layer_trusted", False, "; ".join(problems[:5]), _page_of(problems[0]))
    return Check("pdfium_text_layer_trusted", True, "the output's text layer agrees between MuPDF and PDFium "
                 "and carries no ActualText or implausible ToUnicode")


def _ocr_check(reader: PdfiumReader, source: Document, by_page: Mapping[int, Sequence[Redaction]],
               expects: Mapping[int, _Expect], reocr: str, options: OcrOptions | None) -> Check:
    name = "ocr_independent"
    if reocr == "off":
        return Check.skip(name, "re-OCR is off (--reocr off)")
    untrusted = untrusted_pages(source.warnings)
    todo = sorted(i for i in expects if i in untrusted or (
        i < len(source.pages) and source.pages[i].is_ocr and (by_page.get(i) or reocr == "page")))
    if not todo:
        return Check.skip(name, "no page was untrusted at ingest and no image page has a redaction")
    options = options or OcrOptions(detect_orientation=False)
    problems: list[str] = []
    for i in todo:
        image = reader.render(i, OCR_DPI)
        text = " ".join(w[0] for w in ocr_image(image, options))
        problems += expects[i].problems(text, f"page {i + 1} (OCR)")
    if problems:
        return Check(name, False, "; ".join(problems[:5]), _page_of(problems[0]))
    return Check(name, True, f"OCR of PDFium's rendering of {len(todo)} page(s) reads no redacted string "
                 "and no identifier the plan did not keep")


__all__ = ["ID_PATTERNS", "identifiers", "independent_checks", "kept_text", "normalise_text", "squash"]
