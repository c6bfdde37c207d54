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
    plan did not keep reads back. Only where that can happen is read (:func:`read_regions`):
    around every redaction box, and every word with digits or an '@' on a line where ingest
    read two digits or an '@';
    the rest of a scanned page is the source's pixels, which burn did not touch. Each
    region is compared with the kept text it shows. ``--reocr page`` (and a page ingest
    read no word on) reads whole pages. ``skipped`` when re-OCR is off or there is no
    such page.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pymupdf
from PIL import Image

from ..errors import OcrError
from ..ingest.ocr import ocr_image, unrotate_box
from ..model import CharMap, Check, Document, Page, Rect, Redaction, Word
from ..pdf.readers import PChar, PdfiumReader
from ..pdf.trust import TrustAssessor, untrusted_pages
from ..settings import OcrOptions
from ._reocr import merge_regions

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
    source_chars = _SourceChars(source)
    texts: list[str] = []  # PDFium's text of each output page, for the trust tests
    try:
        for i in range(reader.page_count):
            src = source.pages[i] if i < len(source.pages) else None
            page_boxes = boxes.get(i, [])
            # the text runs are for the trust tests' layout checks, which verify leaves off
            reading = reader.read(i, drawn=bool(page_boxes), runs=False)
            texts.append(reading.text)
            label_rects = [lab.rect.padded(0.5) for lab in labels.get(i, ())]
            label_text = "".join(lab.text for lab in labels.get(i, ()))
            if reading.drawn is not None:
                # every character PDFium draws (not a space, not one it generated), centre in a box
                drawn, b = reading.drawn
                centers = np.column_stack(((b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2))
                hits = np.flatnonzero(_inside(centers, page_boxes))
                on_label = _inside(centers[hits], label_rects) if len(hits) else np.zeros(0, dtype=bool)
                for k, lab in zip(hits, on_label, strict=False):
                    c = drawn[int(k)]
                    if not (lab and c in label_text):
                        x, y = centers[int(k)].tolist()
                        in_boxes.append(f"page {i + 1}: {c!r} at ({x:.1f}, {y:.1f})")
            exp = _Expect(src, page_boxes, needles)
            expects[i] = exp
            found = exp.problems(reading.text, f"page {i + 1}")
            if found and src is not None and not src.is_ocr:
                # MuPDF and PDFium may order a page differently (columns, table cells), which
                # joins or splits a string: ask PDFium what the source holds outside the boxes.
                same = _pdfium_source_expect(source_chars, i, page_boxes, needles, exp)
                if same is not None:
                    found = same.problems(reading.text, f"page {i + 1}")
            strings += found
        trust = _output_trust(output_path, reader.page_count, texts)
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
        source_chars.close()
    return checks


class _SourceChars:
    """PDFium's characters of the source's pages, the source opened at most once per
    document (it used to be opened again for every page that needed it)."""

    def __init__(self, source: Document) -> None:
        self._source = source
        self._reader: PdfiumReader | None = None
        self._failed = False

    def chars(self, index: int) -> list[PChar] | None:
        """The characters of page ``index``; None when the source file is not at hand (e.g.
        bytes given to the API) or PDFium reads another page count."""
        if self._failed:
            return None
        try:
            if self._reader is None:
                self._reader = PdfiumReader(Path(self._source.path))
                if self._reader.page_count != len(self._source.pages):
                    self._failed = True
                    return None
            return self._reader.chars(index)
        except Exception:
            return None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


def _pdfium_source_expect(source: _SourceChars, index: int, boxes: Sequence[Rect], needles: Sequence[str],
                          mupdf: _Expect) -> _Expect | None:
    """What the source page holds outside ``boxes`` as PDFium reads it (None when the source
    file is not at hand, e.g. bytes given to the API, or PDFium reads another page count)."""
    chars = source.chars(index)
    if chars is None:
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


def _output_trust(output_path: Path, pages: int, texts: Sequence[str] = ()) -> Check:
    """``pdfium_text_layer_trusted``; ``texts``: PDFium's text of the output's pages as
    already read from the same file (the same reader, so not read again)."""
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
                    why = assessor.text_reasons(doc, page, layout=False,
                                                pdfium_text=texts[i] if i < len(texts) else None)
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
    whole = 0
    for i in todo:
        src = source.pages[i] if i < len(source.pages) else None
        boxes = [r for red in by_page.get(i, ()) for r in red.rects if not r.is_empty]
        image = reader.render(i, OCR_DPI)
        page_rect = Rect(0, 0, image.width * 72.0 / OCR_DPI, image.height * 72.0 / OCR_DPI)
        # A page ingest read no word on is read whole (nothing tells where its text is), and
        # so is one whose regions cover most of it (overlapping crops would cost more).
        whole_page = reocr == "page" or src is None or not src.words
        regions = [] if whole_page or src is None else read_regions(src, boxes)
        if sum(r.width * r.height for r in regions) > WHOLE_PAGE_SHARE * page_rect.width * page_rect.height:
            whole_page = True
        if whole_page:
            whole += 1
            regions = [page_rect]
        rotation = src.ocr_rotation if src is not None else 0
        try:
            texts = _read_regions(image, regions, rotation, options, boxes)
        except OcrError as exc:  # a crash or a hang of Tesseract: the output cannot be cleared
            raise type(exc)(f"{source.path}: verification's OCR failed on page {i + 1}: {exc}; "
                            "nothing was written.") from exc
        kept_in = _KeptIn(src, boxes) if not whole_page and src is not None else None
        for region, text in zip(regions, texts, strict=True):
            exp = expects[i]
            if kept_in is not None:
                exp = _Expect(None, boxes, exp.needles)
                exp.kept = squash(kept_in(region))
                exp.ids = expects[i].ids  # an identifier kept anywhere on the page may stand here
            problems += exp.problems(text, f"page {i + 1} (OCR)")
    problems = list(dict.fromkeys(problems))  # overlapping regions of one page report alike
    if problems:
        return Check(name, False, "; ".join(problems[:5]), _page_of(problems[0]))
    part = f", {whole} of them whole" if whole and whole < len(todo) else (" whole" if whole else "")
    return Check(name, True, f"OCR of PDFium's rendering of {len(todo)} page(s){part} reads no redacted "
                 "string and no identifier the plan did not keep"
                 + ("" if whole == len(todo) else " (around every box and every word holding digits or '@')"))


#: Regions covering more than this share of a page (summed): the page is read whole instead.
WHOLE_PAGE_SHARE = 0.6
#: A kept character centred this close outside a re-read region counts as shown in it (points).
KEPT_MARGIN = 6.0
#: How far a re-read region reaches left and right of a box or identifier word, in its
#: heights (a box misplaced beside its word, or a label before a number, shows there) ...
REACH_LINES = 3.0
#: ... and at most (points).
REGION_REACH = 150.0


def read_regions(page: Page, boxes: Sequence[Rect]) -> list[Rect]:
    """Where the independent OCR reads a page: around every redaction box (a box that left
    ink visible, or sits beside its word, shows there) and every source word holding a
    digit or an '@' on a line with two digits or an '@' (where a structured identifier can
    stand; on a line naming a date of birth, the whole line, label included). Each
    rectangle reaches :data:`REACH_LINES` times its height sideways (at most
    :data:`REGION_REACH` points) and half its height up and down; rectangles of one line
    band that overlap are merged, so no word is read twice there. Regions of neighbouring
    lines may overlap: each is checked against the kept text it shows (:func:`_kept_in`).

    A line ingest read without two digits cannot hold an identifier the plan missed, unless
    ingest misread nearly every digit of it; pixels outside these regions are the source's,
    not touched by burn."""
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    anchors = list(boxes)
    for words in lines.values():
        text = "".join(w.text for w in words)
        if sum(c.isdigit() for c in text) < 2 and "@" not in text:
            continue
        if _DOB_LABEL.search(" ".join(w.text for w in words)):
            r = words[0].rect
            for w in words[1:]:
                r = r.union(w.rect)
            anchors.append(r)
        else:
            anchors += [w.rect for w in words if "@" in w.text or any(c.isdigit() for c in w.text)]
    page_rect = Rect(0, 0, page.width, page.height)
    return merge_regions([
        r.padded(min(REGION_REACH, REACH_LINES * r.height), r.height / 2).intersect(page_rect)
        for r in anchors if not r.is_empty])


_DOB_LABEL = re.compile(r"(?i)\bD\.?O\.?B\b|birth")


def _kept_in(page: Page, boxes: Sequence[Rect], region: Rect) -> str:
    """The source's characters in no box whose centre lies in ``region`` widened by
    :data:`KEPT_MARGIN` (the plan's kept text there: a kept word cut by the crop's edge may
    still read back, so it counts as visible)."""
    return _KeptIn(page, boxes)(region)


class _KeptIn:
    """:func:`_kept_in` for the many regions of one page: the glyph centres, the in-box
    test and the page's characters as an array are made once per page, not once a region."""

    def __init__(self, page: Page, boxes: Sequence[Rect]) -> None:
        chars = page.chars if isinstance(page.chars, CharMap) else CharMap(page.text, page.chars)
        centers = chars.centers()
        n = min(len(page.text), len(centers))  # as zip(text, mask) pairs them
        self._centers = centers[:n]
        self._free = ~_inside(self._centers, boxes)
        self._text = page.text[:n]

    def __call__(self, region: Rect) -> str:
        keep = _inside(self._centers, [region.padded(KEPT_MARGIN)]) & self._free
        return "".join(itertools.compress(self._text, keep.tolist()))


def _read_regions(image: Image.Image, regions: Sequence[Rect], rotation: int,
                  options: OcrOptions, boxes: Sequence[Rect] = ()) -> list[str]:
    """The text of each region of ``image`` (rendered at :data:`OCR_DPI`), read by one
    Tesseract run over the page with everything outside the regions whitened.

    Each pixel is read once, in its line's context: crops stacked on a sheet read the rows
    shared by neighbouring regions again and again, cut through glyphs, and cost as much as
    the whole page. A word counts for every region holding its centre, else for the region
    it overlaps most (a word cut by the mask's edge).

    Tesseract reads each poorly read line a second time inverted, for light print on dark
    ground; on these sheets that is mostly the redaction labels, white on the black boxes,
    about a third of the run. It is turned off only when no part of the sheet outside the
    redaction ``boxes`` is dark ground (:func:`has_dark_ground`), so light print anywhere
    else on the page is still read."""
    scale = OCR_DPI / 72.0
    src = np.asarray(image.convert("L"))
    masked = np.full_like(src, 255)
    crops: list[tuple[int, int, int, int] | None] = []
    for r in regions:
        box = (max(0, int(r.x0 * scale)), max(0, int(r.y0 * scale)),
               min(image.width, int(r.x1 * scale + 0.999)), min(image.height, int(r.y1 * scale + 0.999)))
        if box[2] - box[0] < 8 or box[3] - box[1] < 8:
            crops.append(None)
            continue
        masked[box[1]:box[3], box[0]:box[2]] = src[box[1]:box[3], box[0]:box[2]]
        crops.append(box)
    if all(b is None for b in crops):
        return ["" for _ in regions]
    invert = has_dark_ground(masked, boxes, scale)
    sheet = Image.fromarray(masked)
    if rotation:
        sheet = sheet.rotate(-rotation, expand=True)
    parts: list[list[str]] = [[] for _ in regions]
    boxes_px = crops
    for text, wbox, _conf, _key in ocr_image(sheet, options, invert=invert, reader="verify"):
        x0, y0, x1, y1 = unrotate_box(wbox, rotation, image.width, image.height)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        holding = [k for k, b in enumerate(boxes_px)
                   if b is not None and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]]
        if not holding:
            overlap = [(max(0.0, min(x1, b[2]) - max(x0, b[0])) * max(0.0, min(y1, b[3]) - max(y0, b[1])), k)
                       for k, b in enumerate(boxes_px) if b is not None]
            holding = [max(overlap)[1]] if overlap else []
        for k in holding:
            parts[k].append(text)
    return [" ".join(p) for p in parts]


#: Side of the blocks :func:`has_dark_ground` looks at (pixels at :data:`OCR_DPI`: about a
#: line of 10-point text) and the dark share that makes a block dark ground: dark print on
#: white fills well under half of any such block, light print on dark well over.
GROUND_BLOCK = 32
DARK_GROUND_SHARE = 0.5


def has_dark_ground(gray: np.ndarray, boxes: Sequence[Rect], scale: float) -> bool:
    """True when a block of ``gray`` (8-bit, white = 255) outside every redaction box
    (each widened by 2 pixels for its anti-aliased edge) is mostly dark: the only place
    where light print, which Tesseract reads only inverted, can stand."""
    ground = gray < 128
    if boxes:
        ground = ground.copy()
        h, w = ground.shape
        for b in boxes:
            x0, y0 = max(0, int(b.x0 * scale) - 2), max(0, int(b.y0 * scale) - 2)
            x1, y1 = min(w, int(b.x1 * scale + 0.999) + 2), min(h, int(b.y1 * scale + 0.999) + 2)
            if x1 > x0 and y1 > y0:
                ground[y0:y1, x0:x1] = False
    n = GROUND_BLOCK
    h, w = ground.shape
    padded = np.zeros((-(-h // n) * n, -(-w // n) * n), dtype=np.uint16)
    padded[:h, :w] = ground
    share = padded.reshape(padded.shape[0] // n, n, padded.shape[1] // n, n).sum(axis=(1, 3)) / (n * n)
    return bool((share > DARK_GROUND_SHARE).any())


__all__ = ["DARK_GROUND_SHARE", "GROUND_BLOCK", "ID_PATTERNS", "KEPT_MARGIN", "REACH_LINES", "REGION_REACH",
           "WHOLE_PAGE_SHARE", "has_dark_ground", "identifiers", "independent_checks", "kept_text",
           "normalise_text", "read_regions", "squash"]
