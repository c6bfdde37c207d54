"""Burn: apply a plan's redactions to a PDF for real, sanitize it and save a full copy.

What :func:`burn` does, per page that has redactions (with the page's ``/Rotate``
temporarily set to 0, so the plan's rectangles, which are in unrotated page
space, land where they belong even on rotated pages with an offset MediaBox):

1. **Images and vector graphics** are redacted with the planned rectangles:
   image pixels under a box are blanked, line art entirely inside a box is
   removed (``apply_redactions`` with text ignored).
2. **Text** is removed in a second pass with *removal rectangles*: the planned
   rectangle, clamped so that it does not touch the glyph boxes MuPDF uses for
   neighbouring characters. MuPDF removes every glyph whose box, the font's
   full ascender-to-descender box over the advance width shrunk by 10 % on
   each side (measured on 1.28.2: Helvetica keeps 0.938 × size above and
   0.162 × size below the baseline), intersects a redaction rectangle. At
   1.15× leading the tight box of one line therefore reaches the glyph boxes
   of the next, and redacting "Chen" would also delete the letters of
   "kitchen" below it. Any target glyph the clamped rectangle no longer
   reaches gets its own small removal rectangle at its centre.
3. **Black boxes** are painted over the planned rectangles (fill only, no
   stroke, so the box does not grow by half a line width), and the exemption
   code is written in white inside a box when it fits on one line at 4 pt or
   more (PyMuPDF's own overlay text wraps a code like ``(b)(6)`` character by
   character, or silently drops it when it does not fit, so burn lays the
   label out itself and records exactly what it drew).

Then the whole document is sanitized (:mod:`redactkit.sanitize`), which also
removes every invisible text layer (an old OCR layer is untrusted). On OCR pages a
new invisible text layer is built from the OCR words that were *not* redacted
(``searchable``), so the public copy stays searchable. Image inputs (TIFF, PNG,
JPEG) are converted to PDF pages first (:mod:`redactkit.sources`); the output is
always a PDF. The document is then serialised with a full save (``garbage=4,
deflate=True, clean=True``), never an incremental one, and the release is written by
:func:`redactkit.burn.rebuild.rebuild_pdf` as a new PDF holding only allowlisted parts
(pages, their content and the resources it uses), so no earlier revision and no key
sanitize does not know survives. The source is never written.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from ..errors import ProcessingError, UsageError
from ..model import Hardening, Rect, Redaction, Word
from ..pdf import ASCENT, DESCENT, TEXT_FLAGS, iter_lines, open_source
from ..pdf import sanitize as sz
from ..pdf.integrity import drain_messages, keep_usable_pages, walk_page_tree
from ..pdf.labels import FILL, LABEL_COLOR, LABEL_FONT, DrawnLabel, layout_label, plan_labels
from ..pdf.labels import label_font as _font
from ..pdf.labels import to_fitz as _to_fitz
from ..pdf.navigation import read_navigation, safe_navigation, vocabulary
from ..pdf.rasterize import harden_source
from ..pdf.sanitize import SanitizeReport, sanitize_detailed
from ..pdf.textlayer import layer_text, searchable_words
from .rebuild import rebuild_counts, rebuild_pdf

#: Fraction of a glyph box MuPDF ignores on each side when deciding what a redaction removes.
MUPDF_GLYPH_SHRINK = 0.10
#: Gap kept between a removal rectangle and a neighbouring glyph box (points).
CLAMP_EPSILON = 0.01



@dataclass
class BurnResult:
    """What :func:`burn` did.

    Attributes:
        output_path: the file written.
        pages: indexes of the pages that had redactions applied.
        boxes: number of rectangles burned.
        labels: per page, the labels actually drawn (verification must allow
            their glyphs inside the boxes).
        unlabeled: ids of redactions whose label fitted in none of their rectangles.
        clamped: number of text-removal rectangles narrowed to spare neighbouring glyphs.
        extra_removal_rects: number of per-glyph removal rectangles added because
            a clamped rectangle no longer reached a target glyph.
        sanitized: counts of what sanitize removed, by operation name.
        hidden_chars: the invisible characters sanitize removed, as
            ``(page, char, x, y)`` with the glyph centre in unrotated page space.
        searchable_words: OCR words written back as an invisible text layer.
    """

    output_path: Path
    pages: list[int] = field(default_factory=list)
    boxes: int = 0
    labels: dict[int, list[DrawnLabel]] = field(default_factory=dict)
    unlabeled: list[str] = field(default_factory=list)
    searchable_words: int = 0
    clamped: int = 0
    extra_removal_rects: int = 0
    sanitized: dict[str, int] = field(default_factory=dict)
    hidden_chars: list[tuple[int, str, float, float]] = field(default_factory=list)

    def all_labels(self) -> list[DrawnLabel]:
        """Every drawn label, in page order."""
        return [lab for page in sorted(self.labels) for lab in self.labels[page]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "output_path": str(self.output_path),
            "pages": self.pages,
            "boxes": self.boxes,
            "labels": [lab.to_dict() for lab in self.all_labels()],
            "unlabeled": self.unlabeled,
            "clamped": self.clamped,
            "extra_removal_rects": self.extra_removal_rects,
            "sanitized": self.sanitized,
            "hidden_chars": len(self.hidden_chars),
        }


def _page_glyphs(page: pymupdf.Page) -> tuple[np.ndarray, np.ndarray]:
    """Every glyph of a page (rotation 0): tight centres (n, 2) and MuPDF removal boxes (n, 4)."""
    # iter_glyphs' walk written out per line (no Glyph and no Rect per glyph); the boxes are
    # gathered per span and the arithmetic done once for the page, with tight_rect's
    # expressions: max(y0, t) is t only when t > y0, min(y1, t) only when t < y1.
    bboxes: list[tuple[float, float, float, float]] = []
    origin_y: list[float] = []
    up: list[float] = []  # per glyph: ASCENT * size on a horizontal line with a size, else NaN
    down: list[float] = []
    nan = float("nan")
    for _line, horizontal, spans in iter_lines(page, flags=TEXT_FLAGS):
        for span in spans:
            size = float(span.get("size", 0.0))
            chars = [ch for ch in span["chars"] if ch["c"] and not ch["c"].isspace()]
            if not chars:
                continue
            bboxes.extend(ch["bbox"] for ch in chars)
            origin_y.extend(ch["origin"][1] for ch in chars)
            cut = horizontal and size > 0
            up.extend([ASCENT * size if cut else nan] * len(chars))
            down.extend([DESCENT * size if cut else nan] * len(chars))
    b = np.array(bboxes, dtype=float).reshape(-1, 4)
    x0, y0, x1, y1 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    oy = np.array(origin_y, dtype=float)
    top, bottom = oy - np.array(up, dtype=float), oy + np.array(down, dtype=float)
    ty0 = np.where(top > y0, top, y0)  # NaN (no cut) compares False: y0 kept
    ty1 = np.where(bottom < y1, bottom, y1)
    sx, sy = (x1 - x0) * MUPDF_GLYPH_SHRINK, (y1 - y0) * MUPDF_GLYPH_SHRINK
    centres = np.column_stack(((x0 + x1) / 2, (ty0 + ty1) / 2)).reshape(-1, 2)
    removal = np.column_stack((x0 + sx, y0 + sy, x1 - sx, y1 - sy)).reshape(-1, 4)
    return centres, removal


Box = list[float]  # x0, y0, x1, y1


def _empty(b: Box) -> bool:
    return b[2] <= b[0] or b[3] <= b[1]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def removal_rects(rect: Rect, targets: np.ndarray, others: np.ndarray) -> tuple[list[pymupdf.Rect], bool]:
    """Text-removal rectangles for one planned rectangle.

    Args:
        rect: the planned rectangle.
        targets: removal boxes (k, 4) of the glyphs whose tight centre is inside this rectangle.
        others: removal boxes (m, 4) of the glyphs whose tight centre is inside no planned
            rectangle of the page.

    Returns:
        ``(rects, clamped)``: the clamped rectangle plus one small rectangle per
        target glyph it no longer reaches; ``clamped`` tells whether it was narrowed.
    """
    t = [rect.x0, rect.y0, rect.x1, rect.y1]
    clamped = False
    for b in others.tolist():
        if _empty(b) or not _overlaps(t, b):
            continue
        ov_x = min(t[2], b[2]) - max(t[0], b[0])
        ov_y = min(t[3], b[3]) - max(t[1], b[1])
        bcx, bcy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        tcx, tcy = (t[0] + t[2]) / 2, (t[1] + t[3]) / 2
        if ov_y <= ov_x:
            if bcy > tcy:
                t[3] = b[1] - CLAMP_EPSILON
            else:
                t[1] = b[3] + CLAMP_EPSILON
        else:
            if bcx > tcx:
                t[2] = b[0] - CLAMP_EPSILON
            else:
                t[0] = b[2] + CLAMP_EPSILON
        clamped = True
    out: list[pymupdf.Rect] = []
    if not _empty(t):
        out.append(pymupdf.Rect(*t))
    for g in targets.tolist():
        if _empty(g) or (not _empty(t) and _overlaps(t, g)):
            continue
        cx, cy = (g[0] + g[2]) / 2, (g[1] + g[3]) / 2
        out.append(pymupdf.Rect(cx - 0.05, cy - 0.05, cx + 0.05, cy + 0.05))
    return out, clamped


def _burn_page(page: pymupdf.Page, reds: Sequence[Redaction], labels: Sequence[DrawnLabel],
               result: BurnResult) -> None:
    planned = [r for red in reds for r in red.rects if not r.is_empty]
    # Vectorised geometry: which glyph centres lie in which planned rect, and which glyph
    # removal boxes could touch it (a page has thousands of glyphs and dozens of boxes).
    centres, boxes = _page_glyphs(page)
    prect = np.array([[r.x0, r.y0, r.x1, r.y1] for r in planned], dtype=float).reshape(-1, 4)
    cx, cy = centres[:, 0:1], centres[:, 1:2]
    inside = (cx >= prect[:, 0]) & (cx <= prect[:, 2]) & (cy >= prect[:, 1]) & (cy <= prect[:, 3])
    near = ((boxes[:, 0:1] <= prect[:, 2] + 0.01) & (boxes[:, 2:3] >= prect[:, 0] - 0.01)
            & (boxes[:, 1:2] <= prect[:, 3] + 0.01) & (boxes[:, 3:4] >= prect[:, 1] - 0.01))
    is_other = ~inside.any(axis=1) if len(planned) else np.ones(len(boxes), dtype=bool)
    # Pass 1: images and line art under the planned rectangles.
    sz.apply_rects(page, [_to_fitz(r) for r in planned], images=sz.REDACT_IMAGE_PIXELS,
                   graphics=sz.REDACT_LINE_ART_IF_COVERED, text=sz.REDACT_TEXT_NONE)
    # Pass 2: text, with rectangles that spare neighbouring glyphs.
    removal: list[pymupdf.Rect] = []
    for j, r in enumerate(planned):
        rects, clamped = removal_rects(r, boxes[inside[:, j]], boxes[near[:, j] & is_other])
        result.clamped += int(clamped)
        result.extra_removal_rects += sum(1 for rr in rects if rr.width <= 0.11)
        removal.extend(rects)
    if removal:
        sz.apply_rects(page, removal, images=sz.REDACT_IMAGE_NONE, graphics=sz.REDACT_LINE_ART_NONE,
                       text=sz.REDACT_TEXT_REMOVE)
    # Boxes: fill only (a stroke would grow the box by half its width).
    shape = page.new_shape()
    for r in planned:
        shape.draw_rect(_to_fitz(r))
    shape.finish(fill=FILL, color=None, width=0)
    shape.commit()
    result.boxes += len(planned)
    if labels:
        text_shape = page.new_shape()  # one content-stream addition for all labels of the page
        with _font_installed_once(page):
            for lab in labels:
                lay = layout_label(_label_box(reds, lab), lab.text, lab.rotate)
                if lay is None:  # pragma: no cover - plan_labels already checked the fit
                    continue
                size, _glyphs, start = lay
                text_shape.insert_text(start, lab.text, fontname=LABEL_FONT, fontsize=size, color=LABEL_COLOR,
                                       rotate=lab.rotate)
        text_shape.commit()


@contextlib.contextmanager
def _font_installed_once(page: pymupdf.Page) -> Iterator[None]:
    """``Shape.insert_text`` calls ``page.insert_font`` for every label; after the first call
    for a font name the font is in the page's and the document's font lists, and the call
    only looks it up again (it scans the page's resources: about a tenth of a millisecond a
    label) and returns the same xref. Inside this block the first answer per argument set is
    kept and returned again; the page's own method is restored after."""
    real = page.insert_font
    answers: dict[tuple[Any, ...], Any] = {}

    def insert_font(*args: Any, **kwargs: Any) -> Any:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in answers:
            answers[key] = real(*args, **kwargs)
        return answers[key]

    page.insert_font = insert_font  # type: ignore[method-assign]
    try:
        yield
    finally:
        del page.insert_font  # the class's method again


def _label_box(reds: Sequence[Redaction], lab: DrawnLabel) -> Rect:
    for red in reds:
        if red.id == lab.redaction_id:
            return red.rects[lab.rect_index]
    raise ProcessingError(f"label for unknown redaction {lab.redaction_id}")  # pragma: no cover


#: Characters the searchable layer's font (Base-14 Helvetica, WinAnsi) cannot show,
#: written as their closest ASCII form instead.
def add_text_layer(page: pymupdf.Page, words: Sequence[Word], boxes: Sequence[Rect]) -> int:
    """Write ``words`` as invisible text (render mode 3) over their boxes, except redacted ones.

    Each word is sized to its OCR box, so search hits and copy-paste land on the
    right place of the image. Returns the number of words written.
    """
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)
    n = 0
    try:
        font = _font(LABEL_FONT)
        # One shape for the page, committed once: page.insert_text makes and commits a shape
        # per word, and each commit re-reads the page's contents (about 1 ms a word).
        shape = page.new_shape()
        with _font_installed_once(page):  # not a scan of the page's fonts for every word
            for w in searchable_words(words, boxes):
                text = layer_text(w.text)
                cx, cy = w.rect.center()
                unit = font.text_length(text, fontsize=1.0)
                if unit <= 0:
                    continue
                tall = w.rect.height > 1.5 * w.rect.width and len(text) > 1  # a word read sideways
                along, across = (w.rect.height, w.rect.width) if tall else (w.rect.width, w.rect.height)
                size = max(1.0, min(along / unit, across * 1.2))
                if not tall:
                    point, rot = pymupdf.Point(w.rect.x0, cy + 0.3 * size), 0
                else:  # bottom-to-top reading, as OCR of a page turned 90°
                    point, rot = pymupdf.Point(cx + 0.3 * size, w.rect.y1), 90
                shape.insert_text(point, text, fontname=LABEL_FONT, fontsize=size, render_mode=3, rotate=rot)
                n += 1
        if n:
            shape.commit()
    finally:
        if rotation:
            page.set_rotation(rotation)
    return n


def burn(
    source_path: Path,
    redactions: Sequence[Redaction],
    dst_path: Path,
    *,
    label: bool = True,
    searchable: Mapping[int, Sequence[Word]] | None = None,
    hardening: Hardening,
) -> BurnResult:
    """Burn ``redactions`` into a copy of ``source_path`` written to ``dst_path``.

    Args:
        source_path: the source PDF; never written.
        redactions: the redactions to apply (rejected ones are skipped).
        dst_path: where to write; normally a temporary path from
            :func:`redactkit.fileio.atomic_path`, renamed by the caller.
        label: draw the exemption code inside boxes where it fits.
        searchable: OCR words per page to write back as an invisible text layer;
            words whose centre lies inside any redaction box are left out.
        hardening: what ingest's hardening did to this source (``Document.hardening``).
            Burn hardens the source again at its ``raster_dpi`` (see
            :mod:`redactkit.pdf.rasterize`) and checks that it rasterizes the same pages, so
            the page images it burns are the ones ingest OCR'd.

    Returns:
        A :class:`BurnResult` (labels drawn, sanitize counts, hidden text removed).

    Raises:
        InputError: the source cannot be opened (see :func:`redactkit.ingest.open_pdf`).
        UsageError: ``dst_path`` is the source file, or a redaction names a missing page.
        ProcessingError: MuPDF failed while redacting or saving, or hardening the source
            again rasterized other pages than ``hardening`` records (nothing is written).
    """
    source_path, dst_path = Path(source_path), Path(dst_path)
    if dst_path.exists() and os.path.samefile(source_path, dst_path):
        raise UsageError(f"{dst_path}: the output would overwrite the source; choose another path.")
    active = [r for r in redactions if r.status != "rejected"]
    doc = open_source(source_path)
    result = BurnResult(output_path=dst_path)
    try:
        keep_usable_pages(doc)  # as ingest did (only a repaired source loses pages here)
        # ingest's trust verdicts are replayed, not computed again (see harden_source)
        _notes, again = harden_source(doc, source_path, hardening.raster_dpi, recorded=hardening)
        check_hardening(source_path, hardening, again)
        by_page: dict[int, list[Redaction]] = {}
        for red in active:
            if not 0 <= red.page < doc.page_count:
                raise UsageError(
                    f"{source_path}: redaction {red.id} is on page {red.page + 1}, "
                    f"but the document has {doc.page_count} pages."
                )
            by_page.setdefault(red.page, []).append(red)
        rotations = {i: doc[i].rotation for i in by_page}
        labels = plan_labels(active, rotations) if label else {}
        stage = "preparing the pages"  # where a failure happened, for the error message
        try:
            for pno in sorted(by_page):
                stage = f"page {pno + 1}"
                page = doc[pno]
                rotation = page.rotation
                if rotation:
                    page.set_rotation(0)
                try:
                    _burn_page(page, by_page[pno], labels.get(pno, []), result)
                finally:
                    if rotation:
                        page.set_rotation(rotation)
                result.pages.append(pno)
            result.labels = {p: labs for p, labs in labels.items() if labs}
            drawn = {lab.redaction_id for labs in labels.values() for lab in labs}
            result.unlabeled = [r.id for r in active if r.id not in drawn] if label else []
            stage = "removing metadata, links, attachments and hidden content"
            source_navigation = read_navigation(doc)  # before sanitize drops it
            report: SanitizeReport = sanitize_detailed(doc)
            result.sanitized = report.counts
            result.hidden_chars = report.hidden_chars
            for pno, words in sorted((searchable or {}).items()):
                stage = f"page {pno + 1} (searchable text layer)"
                boxes = [r for red in by_page.get(pno, []) for r in red.rects]
                result.searchable_words += add_text_layer(doc[pno], words, boxes)
            # only what the release's pages show, minus every redacted string
            # (the pages' words are only consulted for outline titles and page labels: a
            # source with neither is not read again for them)
            has_nav = bool(source_navigation.outline) or source_navigation.labels is not None
            navigation = safe_navigation(source_navigation, doc.page_count, [r.text for r in active],
                                         vocabulary(doc[i].get_text() for i in range(doc.page_count))
                                         if has_nav else set())
            stage = "writing the output"
            flatten_page_tree(doc)
            # no_new_id: the same source and plan give byte-identical output on every run.
            data = doc.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True)
            # The release is a new document holding only allowlisted parts (burn.rebuild).
            rebuilt = rebuild_pdf(data, dst_path, navigation)
            result.sanitized.update(rebuild_counts(rebuilt))
            result.sanitized.update(navigation.counts())
        except (UsageError, ProcessingError):
            raise
        except Exception as exc:
            raise ProcessingError(
                f"{source_path}: burning redactions failed at {stage} ({type(exc).__name__}: {exc}); "
                "nothing was written. Re-export or print the file to a new PDF and redact that, "
                "or report the file as a redactkit bug."
            ) from exc
    finally:
        doc.close()
        drain_messages(source_path)
    return result


def check_hardening(source_path: Path, recorded: Hardening, again: Hardening) -> None:
    """Raise :class:`ProcessingError` unless hardening the source again (``again``) did what
    ingest recorded (``recorded``): the same bytes, the same dpi and the same rasterized pages.

    A difference means burn's page images are not the ones ingest read, so the plan's boxes
    could land beside the text they cover; nothing must be written. The trust verdicts are
    replayed from ``recorded`` only for the same bytes (``source_sha256``; other bytes are
    assessed again); the rest of hardening (annotations, marked content, the MuPDF
    unsafe-page checks) always runs again, so a page it now rasterizes differently fails here.
    """
    what: list[str] = []
    if again.raster_dpi != recorded.raster_dpi:
        what.append(f"raster dpi {again.raster_dpi}, not {recorded.raster_dpi}")
    if again.rasterized != recorded.rasterized:
        def pages(idx: Sequence[int]) -> str:
            return ", ".join(str(i + 1) for i in idx) or "none"
        what.append(f"rasterized page(s) {pages(again.rasterized)}, where ingest rasterized "
                    f"{pages(recorded.rasterized)}")
    replayed = bool(recorded.source_sha256) and again.source_sha256 == recorded.source_sha256
    if replayed and recorded.untrusted is not None and again.untrusted != recorded.untrusted and not what:
        what.append("page-trust verdicts differ from ingest's")
    if not what:
        return
    raise ProcessingError(
        f"{source_path}: hardening the source for burning differs from what ingest read "
        f"({'; '.join(what)}); the redaction boxes could miss, so nothing was written. "
        "Report this with the file."
    )


def flatten_page_tree(doc: pymupdf.Document) -> bool:
    """Give ``doc`` a flat page tree (one /Pages node listing every page) if it is nested.

    qpdf, pikepdf and pdfminer refuse or crash on deep trees (qpdf stops at about 100
    levels; pdfminer recurses), so an output must not keep a 3,000-level chain from its
    source. ``Document.select`` rebuilds the tree flat and copies inherited attributes
    (MediaBox, Resources, Rotate) into each page. Returns True when it rebuilt.
    """
    if walk_page_tree(doc).flat:
        return False
    doc.select(list(range(doc.page_count)))
    return True
