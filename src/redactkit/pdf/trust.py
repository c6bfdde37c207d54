"""Page trust: may a page's text layer be believed, or must the page be read as pixels?

A text layer can lie: extraction may show a harmless phrase while the page shows a name
(``/ActualText``, a scrambled or missing ToUnicode), drop glyphs the page still holds
(text outside a clip path), hand detection text it cannot match (glyphs out of order,
letter-spaced, stacked vertically, zero-width characters, exotic dashes inside an SSN),
or be absent where text is plainly visible (glyphs drawn as vector paths or as small
images). A page whose layer is **untrusted** is handled like a scan:
:func:`redactkit.rasterize.harden` rasterizes it, ingest OCRs it and burn blanks pixels.

:class:`TrustAssessor` classifies pages with evidence from three sources that share
no code:

- the file's structure through pikepdf (qpdf): a real content-stream parser
  (``parse_content_stream``) finds ActualText however it is written (inline, in a named
  ``/Properties`` entry, behind an escaped key name like ``/Actual#54ext``, after a
  comment) in page content, Form XObjects and tiling patterns; font dictionaries give
  missing and implausible ToUnicode maps;
- PDFium (:mod:`redactkit.pdf.readers`): its characters against MuPDF's (normalised
  multisets: whitespace, ligatures, soft hyphens and dash variants do not count), glyph
  order against position, zero-width characters, exotic dashes in identifiers;
- MuPDF itself: text extracted with and without the clip flag (clipped glyphs), and the
  shapes of vector paths and images (many glyph-sized marks in a row on one baseline;
  :mod:`redactkit.pdf._shapes`).

:func:`reasons_for` returns why a page is untrusted (empty: trusted). The reasons end
up in the document's warnings through the rasterize note.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import pymupdf

from ..model import Rect
from ._fontcheck import font_check, font_problem, parse_tounicode
from ._rendercheck import font_key, rendering_reasons
from ._shapes import shape_reasons
from .readers import PageReading, PdfiumReader

#: Characters two readers may differ by before a page counts as a disagreement:
#: at least this many, and at least :data:`DISAGREE_SHARE` of the page's characters.
DISAGREE_MIN = 3
DISAGREE_SHARE = 0.02
#: Share of words two readers may split differently (with at least :data:`DISAGREE_MIN`).
WORD_DISAGREE_SHARE = 0.03
#: Letters/digits PDFium reads that MuPDF's clipped extraction lacks before a page is untrusted.
MIN_MISSING = 2
#: Backward steps along one baseline (glyphs drawn right-to-left or shuffled) tolerated.
MAX_BACKWARD_STEPS = 4
#: Vertically stacked glyphs in a row that make a page untrusted (vertical writing; a column
#: that spells nothing, such as a court caption's column of ")", is layout: :func:`spells_nothing`).
MIN_VERTICAL_RUN = 4
#: Single characters separated by spaces in a row (letter-spaced text) that make a page untrusted.
MIN_SPACED_LETTERS = 6
#: Nesting depth followed into Form XObjects and patterns.
MAX_DEPTH = 12

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad"
_DASH_MAP = str.maketrans({c: "-" for c in _DASHES})
_EXOTIC_ID = re.compile(
    rf"(?<!\d)\d{{3}}\s?[{_DASHES}]\s?\d{{2}}\s?[{_DASHES}]\s?\d{{4}}(?!\d)"      # SSN
    rf"|(?<!\d)\d{{3}}\s?[{_DASHES}]\s?\d{{4}}(?!\d)"                               # phone
    rf"|(?<!\d)\d{{1,2}}\s?[{_DASHES}]\s?\d{{1,2}}\s?[{_DASHES}]\s?\d{{2,4}}(?!\d)"  # date
)
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u034f\u180e]")
_DROP = re.compile("[\\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u034f\u180e-]")
_WORDS = re.compile(r"\w+")
_SPACED = re.compile(r"(?:(?<!\S)\w (?=\w(?:\s|$))){" + str(MIN_SPACED_LETTERS - 1) + ",}")


def normalise(text: str) -> str:
    """Text as two readers can be expected to agree on it: NFKC (ligatures split),
    dashes unified, whitespace, soft hyphens, control and zero-width characters dropped."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).translate(_DASH_MAP))


def disagreement(a: str, b: str) -> tuple[int, int]:
    """(characters in one reading but not the other, characters in the larger reading)."""
    ca, cb = Counter(normalise(a)), Counter(normalise(b))
    diff = sum(((ca - cb) + (cb - ca)).values())
    return diff, max(sum(ca.values()), sum(cb.values()))


def word_disagreement(a: str, b: str) -> tuple[int, int]:
    """(words of two or more characters in one reading but not the other, words in the
    larger reading): glyphs in the right multiset but the wrong order split or scramble
    the words detection matches."""
    wa, wb = (Counter(w for w in _WORDS.findall(unicodedata.normalize("NFKC", t).translate(_DASH_MAP))
                      if len(w) >= 2) for t in (a, b))
    diff = sum(((wa - wb) + (wb - wa)).values())
    return diff, max(sum(wa.values()), sum(wb.values()))


def readers_disagree(a: str, b: str) -> bool:
    """True when two readings of one page differ materially (see :data:`DISAGREE_MIN`)."""
    diff, total = disagreement(a, b)
    return diff >= DISAGREE_MIN and diff > DISAGREE_SHARE * total


# --- structure (pikepdf) --------------------------------------------------------------------------

@dataclass
class _Structure:
    """What pikepdf found per page (index → reasons)."""

    reasons: dict[int, list[str]] = field(default_factory=dict)


def _dict_get(obj: object, key: str) -> object | None:
    try:
        if isinstance(obj, pikepdf.Dictionary) or isinstance(obj, pikepdf.Stream):
            return obj.get(key)
    except Exception:
        return None
    return None


def _props_have_actualtext(props: object, resources: object) -> bool:
    if isinstance(props, pikepdf.Name):
        table = _dict_get(resources, "/Properties")
        props = _dict_get(table, str(props)) if table is not None else None
    if not isinstance(props, pikepdf.Dictionary):
        return False
    # Even an empty ActualText replaces the glyphs it covers (with nothing).
    return "/ActualText" in props or "/E" in props


def _stream_has_bdc(stream: object) -> bool:
    try:
        data = stream.read_bytes() if isinstance(stream, pikepdf.Stream) else b""
    except Exception:
        return True  # unreadable: let the parser decide
    return b"BDC" in data


def _actualtext_in(content: object, resources: object) -> int:
    """ActualText/E property lists used by BDC operators in one content stream (or page)."""
    n = 0
    try:
        ops = pikepdf.parse_content_stream(content)  # type: ignore[arg-type]
    except Exception:
        return 0
    for instr in ops:
        if isinstance(instr, pikepdf.ContentStreamInlineImage):
            continue
        if str(instr.operator) == "BDC" and len(instr.operands) >= 2 and \
                _props_have_actualtext(instr.operands[1], resources):
            n += 1
    return n


def _children(resources: object) -> Iterator[pikepdf.Stream]:
    """Form XObjects and tiling patterns named in ``resources``."""
    for key, kind in (("/XObject", "/Form"), ("/Pattern", None)):
        table = _dict_get(resources, key)
        if not isinstance(table, pikepdf.Dictionary):
            continue
        for _name, obj in table.items():
            if not isinstance(obj, pikepdf.Stream):
                continue
            if kind is not None and obj.get("/Subtype") != pikepdf.Name(kind):
                continue
            if kind is None and obj.get("/PatternType") != 1:
                continue
            yield obj


def _fonts(resources: object) -> Iterator[pikepdf.Dictionary]:
    table = _dict_get(resources, "/Font")
    if isinstance(table, pikepdf.Dictionary):
        for _name, font in table.items():
            if isinstance(font, pikepdf.Dictionary):
                yield font


def _font_names(font: pikepdf.Dictionary) -> set[str]:
    """Keys (:func:`font_key`) of every name a composite font goes by, as MuPDF may report it."""
    names = {str(font.get("/BaseFont", ""))}
    descs = font.get("/DescendantFonts")
    if isinstance(descs, pikepdf.Array):
        for d in descs:
            if isinstance(d, pikepdf.Dictionary):
                names.add(str(d.get("/BaseFont", "")))
                fd = d.get("/FontDescriptor")
                if isinstance(fd, pikepdf.Dictionary):
                    names.add(str(fd.get("/FontName", "")))
    return {k for n in names if (k := font_key(n))}


#: A font's findings, cached per object: (problem or None, names if only the rendering can confirm it).
FontFinding = tuple[str | None, frozenset[str]]


def _font_finding(font: pikepdf.Dictionary, cache: dict[tuple[int, int], FontFinding]) -> FontFinding:
    og = font.objgen
    if og != (0, 0) and og in cache:
        return cache[og]
    problem, blind = font_check(font)
    found: FontFinding = (problem, frozenset(_font_names(font) or {"?"}) if blind else frozenset())
    if og != (0, 0):
        cache[og] = found
    return found


def _walk(container: object, resources: object, depth: int, seen: set[tuple[int, int]],
          counts: Counter[str], blind: set[str], cache: dict[tuple[int, int], FontFinding]) -> None:
    if isinstance(container, pikepdf.Stream) and _stream_has_bdc(container) or \
            not isinstance(container, pikepdf.Stream):
        counts["actualtext"] += _actualtext_in(container, resources)
    for font in _fonts(resources):
        og = font.objgen
        if og != (0, 0) and og in seen:
            continue
        seen.add(og)
        problem, names = _font_finding(font, cache)
        blind |= names
        if problem:
            counts[problem] += 1
    if depth >= MAX_DEPTH:
        return
    for child in _children(resources):
        og = child.objgen
        if og in seen:
            continue
        seen.add(og)
        res = child.get("/Resources", resources)
        _walk(child, res, depth + 1, seen, counts, blind, cache)


def structure_reasons(pdf: pikepdf.Pdf, index: int) -> list[str]:
    """ActualText replacements and font problems on page ``index`` (pikepdf)."""
    return structure_findings(pdf, index, {})[0]


def structure_findings(pdf: pikepdf.Pdf, index: int, cache: dict[tuple[int, int], FontFinding],
                       ) -> tuple[list[str], set[str]]:
    """:func:`structure_reasons`, and the names of the page's composite fonts whose
    ToUnicode only the rendering can confirm; ``cache`` keeps font findings between pages."""
    page = pikepdf.Page(pdf.pages[index])
    resources = page.obj.get("/Resources") or page.resources
    counts: Counter[str] = Counter()
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        has_bdc = any(_stream_has_bdc(s) for s in contents)
    else:
        has_bdc = _stream_has_bdc(contents)
    if has_bdc:
        counts["actualtext"] += _actualtext_in(page, resources)
    blind: set[str] = set()
    _walk(pikepdf.Dictionary(), resources, 0, set(), counts, blind, cache)
    reasons = []
    n = counts.pop("actualtext", 0)
    if n:
        reasons.append(f"{n} /ActualText replacement(s) in marked content")
    reasons += sorted(counts)
    return reasons, blind


# --- PDFium ---------------------------------------------------------------------------------------

def _columns(runs: list[Rect]) -> list[tuple[int, int]]:
    """Runs stacked one under the other, consecutive in reading order: ``(first, last)``
    index pairs of each column of at least two runs."""
    cols: list[tuple[int, int]] = []
    start = 0
    for i, (a, b) in enumerate(zip(runs, runs[1:], strict=False)):
        h = max(a.height, b.height, 1.0)
        stacked = (abs(a.x0 - b.x0) < 0.6 * h and a.width < 1.2 * h and b.width < 1.2 * h
                   and 0.4 * h < b.y0 - a.y0 < 2.5 * h)
        if not stacked:
            if i > start:
                cols.append((start, i))
            start = i + 1
    if len(runs) - 1 > start:
        cols.append((start, len(runs) - 1))
    return cols


def spells_nothing(glyphs: list[str]) -> bool:
    """True when a column's glyphs, read top to bottom, cannot hide a name or a number:
    every run holds a visible character, and fewer than two different letters or digits
    occur (a court caption's column of ')' or '§', bullets, checkboxes, one repeated 'X').
    A run that reads as nothing (no text for its box) is not known to spell nothing."""
    if any(not g.strip() for g in glyphs):
        return False
    return len({c for g in glyphs for c in g if c.isalnum()}) < 2


def order_reasons(runs: list[Rect], text: str,
                  column_text: Callable[[list[Rect]], list[str]] | None = None) -> list[str]:
    """Glyph order that does not follow position, from PDFium's text runs in reading
    order (right-to-left or shuffled glyphs on one baseline; glyphs stacked in a column),
    and characters detection cannot see through (zero-width, exotic dashes in identifiers).
    ``column_text`` gives the text of each of some runs' boxes: with it, a column whose
    glyphs spell nothing (:func:`spells_nothing`) is layout, not vertical writing."""
    reasons: list[str] = []
    backward = 0
    for a, b in zip(runs, runs[1:], strict=False):
        h = max(a.height, b.height, 1.0)
        if abs(a.y1 - b.y1) < 0.3 * h and b.x1 <= a.x0 + 0.1 * h:
            backward += 1
    best_vertical = 0
    for first, last in _columns(runs):
        n = last - first + 1
        if n < MIN_VERTICAL_RUN or n <= best_vertical:
            continue
        if column_text is not None and spells_nothing(column_text(runs[first:last + 1])):
            continue
        best_vertical = n
    if backward > MAX_BACKWARD_STEPS:
        reasons.append(f"glyph order does not follow position ({backward} backward steps on a line)")
    if best_vertical >= MIN_VERTICAL_RUN:
        reasons.append(f"vertically stacked glyphs ({best_vertical} in a column)")
    zero = len(_ZERO_WIDTH.findall(text))
    if zero:
        reasons.append(f"{zero} zero-width or format character(s) in the text")
    if _EXOTIC_ID.search(text):
        reasons.append("an identifier written with non-ASCII dashes")
    return reasons


# --- MuPDF: clipping (shapes: _shapes.py) ------------------------------------------------------

#: The flags ingest reads with (:data:`redactkit.ingest.TEXT_FLAGS`): clipped glyphs are dropped.
_CLIPPED = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES
            | pymupdf.TEXT_MEDIABOX_CLIP)


def missing_reasons(mupdf_text: str, pdfium_text: str) -> list[str]:
    """Letters and digits PDFium reads that MuPDF's clipped extraction (what ingest reads)
    does not: glyphs outside a clip path or a Form XObject's BBox, or otherwise hidden
    from MuPDF. Both readers agree exactly on ordinary pages, so two are enough."""
    a, b = Counter(normalise(pdfium_text)), Counter(normalise(mupdf_text))
    lost = sum(n for c, n in (a - b).items() if c.isalnum())
    if lost >= MIN_MISSING:
        return [f"{lost} letter(s)/digit(s) PDFium reads are missing from MuPDF's text "
                "(clipped or hidden glyphs)"]
    return []


# --- the assessor ---------------------------------------------------------------------------------

class TrustAssessor:
    """Classify the pages of one PDF file; pass :meth:`reasons` to :func:`redactkit.rasterize.harden`.

    Opened on the source file (the bytes on disk, read by pikepdf and PDFium) and asked
    about pages of the same file as MuPDF holds them in memory (after the annotations
    were dropped and inline ActualText stripped). A file PDFium or pikepdf cannot open,
    or whose page count they read differently, makes every page untrusted.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.problem = ""
        self._pdfium: PdfiumReader | None = None
        self._pike: pikepdf.Pdf | None = None
        self._fonts: dict[tuple[int, int], FontFinding] = {}
        try:
            self._pdfium = PdfiumReader(self.path)
        except Exception as exc:
            self.problem = f"PDFium cannot open the file ({exc})"
        try:
            self._pike = pikepdf.open(self.path)
        except Exception as exc:
            self.problem = self.problem or f"qpdf cannot open the file ({exc})"

    def close(self) -> None:
        """Release both readers."""
        if self._pdfium is not None:
            self._pdfium.close()
        if self._pike is not None:
            self._pike.close()

    def __enter__(self) -> TrustAssessor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _text_in(self, index: int, rects: list[Rect]) -> list[str]:
        """PDFium's text inside each box (shrunk a little, so a neighbour's edge stays out)."""
        assert self._pdfium is not None
        inset = [Rect(r.x0 + 0.2 * r.width, r.y0 + 0.2 * r.height, r.x1 - 0.2 * r.width,
                      r.y1 - 0.2 * r.height) for r in rects]
        return self._pdfium.text_in(index, inset)

    def reasons(self, doc: pymupdf.Document, page: pymupdf.Page) -> list[str]:
        """Why ``page`` (rotation 0) of ``doc`` has an untrusted text layer; empty if trusted."""
        return self.text_reasons(doc, page) + shape_reasons(page)

    def text_reasons(self, doc: pymupdf.Document, page: pymupdf.Page, *, layout: bool = True,
                     pdfium_text: str | None = None) -> list[str]:
        """:meth:`reasons` without the shape tests (vector and image marks). Verify asks
        this of an output (whose redaction boxes are rows of filled rectangles) with
        ``layout`` False: glyph order, letter spacing and dashes matter to detection at
        ingest; in an output (e.g. an OCR layer of a column of letters) they are no lie.
        ``pdfium_text``: PDFium's text of this page of the same file when the caller has
        read it already (``layout`` False only: with ``layout`` the text runs are read too)."""
        index = page.number
        assert index is not None
        if self.problem:
            return [self.problem]
        assert self._pdfium is not None and self._pike is not None
        if self._pdfium.page_count != doc.page_count or len(self._pike.pages) != doc.page_count:
            return [f"readers disagree on the page count (MuPDF {doc.page_count}, "
                    f"PDFium {self._pdfium.page_count}, qpdf {len(self._pike.pages)})"]
        reasons: list[str] = []
        blind: set[str] = set()
        try:
            found, blind = structure_findings(self._pike, index, self._fonts)
            reasons += found
        except Exception as exc:
            reasons.append(f"page structure unreadable by qpdf ({exc})")
        mupdf_text = page.get_text("text", flags=_CLIPPED)
        if pdfium_text is not None and not layout:
            reading = PageReading(pdfium_text, [])
        else:
            try:
                reading = self._pdfium.read(index)
            except Exception as exc:
                return [*reasons, f"PDFium cannot read the page ({exc})"]
        reasons += missing_reasons(mupdf_text, reading.text)
        diff, total = disagreement(mupdf_text, reading.text)
        if diff >= DISAGREE_MIN and diff > DISAGREE_SHARE * total:
            reasons.append(f"MuPDF and PDFium read the page differently ({diff} of {total} characters)")
        if layout:
            # Word boundaries come from glyph gaps, which each engine judges its own way: a lie
            # at ingest, but not in an output's invisible OCR layer (words placed one by one),
            # where the character comparison above is the test. (OCRmyPDF's scans failed it.)
            wdiff, wtotal = word_disagreement(mupdf_text, reading.text)
            if wdiff >= DISAGREE_MIN and wdiff > WORD_DISAGREE_SHARE * wtotal:
                reasons.append(f"MuPDF and PDFium split the page into different words ({wdiff} of {wtotal})")
            reasons += order_reasons(reading.runs, reading.text,
                                     lambda rects: self._text_in(index, rects))
        elif zero := len(_ZERO_WIDTH.findall(reading.text)):
            reasons.append(f"{zero} zero-width or format character(s) in the text")
        if layout and _SPACED.search(mupdf_text):
            reasons.append("letter-spaced text (single characters separated by spaces)")
        if blind and not reasons:  # the costly test last, and only when nothing else decided
            try:
                reasons += rendering_reasons(self._pdfium, index, page, blind, _CLIPPED)
            except Exception as exc:
                reasons.append(f"composite font text could not be checked against the rendering ({exc})")
        return reasons


#: How :func:`redactkit.rasterize.harden` notes a page it rasterized for an untrusted text layer.
_UNTRUSTED_NOTE = re.compile(r"^page (\d+): rasterized\b.*\(.*untrusted text layer: ")


def untrusted_pages(warnings: Iterable[str]) -> set[int]:
    """Indices of the pages a document's ingest warnings say were rasterized as untrusted."""
    return {int(m.group(1)) - 1 for w in warnings if (m := _UNTRUSTED_NOTE.match(w))}


__all__ = ["TrustAssessor", "disagreement", "font_problem", "missing_reasons", "normalise", "order_reasons",
           "parse_tounicode", "readers_disagree", "shape_reasons", "spells_nothing", "structure_findings",
           "structure_reasons", "untrusted_pages", "word_disagreement"]
