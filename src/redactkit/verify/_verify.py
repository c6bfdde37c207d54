"""Verify: re-open a burned output and prove the redactions are real.

Checks (each a :class:`~redactkit.model.Check`):

``no_text_in_boxes``
    No character (by the centre of its box) inside any redaction rectangle,
    except the label glyphs burn drew there.
``boxes_filled``
    Every rectangle renders as the fill colour (≥ 98 % of its pixels, label
    areas masked out, edges shrunk to avoid antialiasing).
``no_redacted_strings``
    No redacted string anywhere: page text (whitespace-normalised, and with
    line breaks removed so names split over lines are caught), metadata, XMP,
    annotations, widget values, outline titles, embedded files, page labels.
    Occurrences the plan kept are allowed: the output may hold a string as
    many times as the source holds it outside every redaction rectangle.
``text_outside_unchanged``
    Every source character outside the boxes is still there, same character,
    centre within 0.5 pt; no extra character appeared (the over-redaction and
    line-shift guard).
``structure_clean``
    No annotations, widgets, embedded files, metadata, XMP or JavaScript names tree.
``navigation_safe``
    The outline redactkit wrote (titles, explicit destinations, nothing else) and the page
    labels hold no redacted string and no structured identifier by pattern.
``opens_in_qpdf``
    A second, independent parser (pikepdf, i.e. qpdf) opens the output without
    warnings and counts the source's pages, and MuPDF did not have to repair it:
    a release other tools cannot open (a 3,000-level page tree) is not verified.
``no_active_content``
    No action of an active type (:data:`redactkit.sanitize.ACTIVE_ACTIONS`:
    JavaScript, Launch, URI, SubmitForm, ImportData, GoToR, Rendition, Named, …)
    anywhere: ``/OpenAction``, ``/AA`` of any object, ``/A`` of annotations,
    outline items and fields, the JavaScript names tree, stand-alone action objects.
``reocr``
    Re-OCR of the output reads none of the redacted strings; ``skipped`` (with
    the reason) when re-OCR is off or there is nothing to read.
``pdfium_*``, ``ocr_independent``
    The same questions asked of a second engine (PDFium) and of OCR of its rendering:
    see :mod:`redactkit.verify._independent`.

The output is opened read-only (rotation set to 0 in memory only, never saved).
Any failed check makes :attr:`VerificationReport.passed` False; deleting the
output is the caller's job.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pymupdf

from ..ingest import read_page
from ..model import Check, Document, Page, Rect, Redaction, VerificationReport
from ..pdf import open_pdf
from ..pdf.labels import FILL, DrawnLabel, plan_labels
from ._glyphs import Glyphs, HiddenChars, rects_by_page
from ._independent import independent_checks
from ._reocr import check_reocr, ocr_layer_page
from ._strings import StringCount, outside_unchanged_page, side_texts
from ._structure import check_navigation_safe, check_no_actions, check_opens_in_qpdf, check_structure_clean

__all__ = [
    "FILL_DPI",
    "FILL_SHARE",
    "FILL_SHRINK",
    "FILL_TOLERANCE",
    "check_boxes_filled",
    "verify",
]


#: Share of a box's pixels that must be the fill colour.
FILL_SHARE = 0.98


#: Render resolution for the fill check, and how far the box is shrunk first (points).
FILL_DPI = 144


FILL_SHRINK = 0.5


#: Per-channel distance (0..255) still counted as the fill colour.
FILL_TOLERANCE = 40


def verify(
    output_path: Path,
    source: Document,
    redactions: Sequence[Redaction],
    *,
    labels: Mapping[int, Sequence[DrawnLabel]] | Sequence[DrawnLabel] | None = None,
    hidden_chars: HiddenChars = (),
    reocr: str = "regions",
) -> VerificationReport:
    """Run every check on ``output_path``.

    The output's text is read one page at a time and dropped once that page's checks
    are done, so verification memory does not grow with document length.

    Args:
        output_path: the burned PDF.
        source: the source as ingested (its chars give the expected text outside boxes).
        redactions: the redactions that were burned (rejected ones are ignored).
        labels: the labels burn drew (``BurnResult.labels``); recomputed with
            :func:`redactkit.burn.plan_labels` when None. Pass an empty list
            for an output burned with ``label=False``.
        hidden_chars: invisible characters sanitize removed (``BurnResult.hidden_chars``),
            which are not expected in the output.
        reocr: re-OCR of the output: ``regions`` (around each redaction on OCR
            pages, the default), ``page`` (whole pages with redactions) or ``off``.

    Returns:
        The :class:`VerificationReport`.
    """
    active = [r for r in redactions if r.status != "rejected"]
    if labels is None:
        label_map = plan_labels(active, {p.index: p.rotation for p in source.pages})
    elif isinstance(labels, Mapping):
        label_map = {int(k): list(v) for k, v in labels.items()}
    else:
        label_map = {}
        for lab in labels:
            label_map.setdefault(lab.page, []).append(lab)
    try:
        doc = open_pdf(output_path)
    except Exception as exc:
        return VerificationReport([Check("open_output", False, f"cannot open output: {exc}")])
    try:
        in_boxes, strings, outside, ocr_layer = _text_checks(
            doc, _output_pages(doc), source, active, label_map, hidden_chars)
        checks = [in_boxes, check_boxes_filled(doc, active, label_map), strings, outside,
                  check_structure_clean(doc), check_navigation_safe(doc, active), check_no_actions(doc),
                  check_opens_in_qpdf(output_path, len(source.pages), mupdf_repaired=doc.is_repaired)]
        if any(p.is_ocr for p in source.pages):
            checks.append(ocr_layer)
        else:
            checks.append(Check.skip("ocr_layer", "no OCR pages: no new text layer to check"))
        checks.append(check_reocr(doc, source, active, reocr))
    finally:
        doc.close()
    checks += independent_checks(output_path, source, active, label_map, reocr=reocr)
    return VerificationReport(checks)


def _output_pages(doc: pymupdf.Document) -> Iterator[Page]:
    """The output's pages read one at a time (rotation 0 in memory only, never saved)."""
    for i in range(doc.page_count):
        page = doc[i]
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            yield read_page(page, i)
        finally:
            if rotation:
                page.set_rotation(rotation)


def _text_checks(
    doc: pymupdf.Document,
    out_pages: Iterable[Page],
    source: Document,
    redactions: Sequence[Redaction],
    labels: Mapping[int, Sequence[DrawnLabel]],
    hidden_chars: HiddenChars = (),
) -> tuple[Check, Check, Check, Check]:
    """``no_text_in_boxes``, ``no_redacted_strings``, ``text_outside_unchanged`` and
    ``ocr_layer`` in one pass over the output pages (each page is read once)."""
    rects = rects_by_page(redactions)
    hidden: dict[int, list[tuple[str, float, float]]] = {}
    for pno, c, x, y in hidden_chars:
        hidden.setdefault(pno, []).append((c, x, y))
    strings = StringCount(redactions)
    bad: list[tuple[int, str, tuple[float, float]]] = []
    outside: Check | None = None
    ocr_layer: Check | None = None
    n_out = 0
    for out in out_pages:
        n_out += 1
        i = out.index
        src = source.pages[i] if i < len(source.pages) else None
        boxes = rects.get(i, [])
        out_g = Glyphs(out, boxes, labels.get(i, []))
        src_g = Glyphs(src, boxes, []) if src is not None else None
        bad.extend(_chars_in_boxes(out_g))
        strings.add(out_g, src_g)
        if src is None:
            continue
        assert src_g is not None
        if src.is_ocr:
            ocr_layer = ocr_layer or ocr_layer_page(src, out_g, boxes)
        else:
            outside = outside or outside_unchanged_page(src_g, out_g, hidden.get(i, []))
    if n_out != len(source.pages):
        outside = Check("text_outside_unchanged", False,
                        f"output has {n_out} pages, source {len(source.pages)}")
    if not rects and not bad:
        in_boxes = Check.skip("no_text_in_boxes", "no redactions: no boxes to check")
    elif bad:
        p, c, pos = bad[0]
        text = "".join(b[1] for b in bad if b[0] == p)[:40]
        detail = f"{len(bad)} character(s) left inside boxes; first {c!r} at {pos} (page {p + 1}): {text!r}"
        in_boxes = Check("no_text_in_boxes", False, detail, p)
    else:
        in_boxes = Check("no_text_in_boxes", True, "no characters inside any box")
    return (
        in_boxes,
        strings.result(side_texts(doc)),
        outside or Check("text_outside_unchanged", True, "all text outside the boxes unchanged"),
        ocr_layer or Check("ocr_layer", True, "OCR text layers hold exactly the unredacted words"),
    )


def _chars_in_boxes(g: Glyphs) -> list[tuple[int, str, tuple[float, float]]]:
    """Non-space characters centred inside a box, except label glyphs."""
    out = []
    for k in np.flatnonzero(g.inside & g.glyph & ~g.space & ~g.label):
        x, y = g.centers[k]
        out.append((g.index, g.text[k], (round(float(x), 1), round(float(y), 1))))
    return out


def check_boxes_filled(
    doc: pymupdf.Document, redactions: Sequence[Redaction], labels: Mapping[int, Sequence[DrawnLabel]]
) -> Check:
    """Each rectangle renders as the fill colour (label areas masked, edges shrunk).

    Each page is rendered once; boxes are read from that one image.
    """
    fill = np.array([round(c * 255) for c in FILL], dtype=np.int16)
    rects = rects_by_page(redactions)
    worst: tuple[float, int, Rect] | None = None
    for pno, boxes in sorted(rects.items()):
        if not 0 <= pno < doc.page_count:
            return Check("boxes_filled", False, f"redaction on page {pno + 1}, which the output lacks", pno)
        page = doc[pno]
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            image = _render(page)
            masks = _mask_pixels(image, page.rect, [lab.rect.padded(1.0) for lab in labels.get(pno, [])])
            for box in boxes:
                r = box.padded(-FILL_SHRINK)
                if r.is_empty:
                    continue
                share = _fill_share(image, page.rect, r, fill, masks)
                if share is not None and (worst is None or share < worst[0]):
                    worst = (share, pno, box)
        finally:
            if rotation:
                page.set_rotation(rotation)
    if not rects:
        return Check.skip("boxes_filled", "no redactions: no boxes to check")
    if worst is not None and worst[0] < FILL_SHARE:
        share, pno, box = worst
        return Check("boxes_filled", False,
                     f"box {box.to_list()} on page {pno + 1} is only {share:.1%} fill colour", pno)
    return Check("boxes_filled", True, "all boxes render as fill colour")


def _render(page: pymupdf.Page) -> np.ndarray:
    pix = page.get_pixmap(dpi=FILL_DPI, alpha=False, colorspace=pymupdf.csRGB)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)
    return arr[:, : pix.width * pix.n].reshape(pix.height, pix.width, pix.n)


def _px(v: float, origin: float, limit: int) -> int:
    """Pixel index of the first pixel centre at or after page coordinate ``v`` (clamped)."""
    return max(0, min(limit, math.ceil((v - origin) * (FILL_DPI / 72.0) - 0.5)))


MaskPixels = tuple[int, int, int, int]


def _mask_pixels(image: np.ndarray, page_rect: pymupdf.Rect, masks: Sequence[Rect]) -> list[MaskPixels]:
    """``masks`` as pixel bounds ``(x0, x1, y0, y1)`` of ``image`` (computed once per page,
    not once per box and mask)."""
    h, w = image.shape[:2]
    ox, oy = page_rect.x0, page_rect.y0
    return [(_px(m.x0, ox, w), _px(m.x1, ox, w), _px(m.y0, oy, h), _px(m.y1, oy, h)) for m in masks]


def _fill_share(image: np.ndarray, page_rect: pymupdf.Rect, r: Rect, fill: np.ndarray,
                masks: Sequence[Rect] | Sequence[MaskPixels]) -> float | None:
    """Share of pixel centres inside ``r`` (outside ``masks``: rectangles, or their
    :func:`_mask_pixels`) that are the fill colour."""
    h, w = image.shape[:2]
    ox, oy = page_rect.x0, page_rect.y0
    x0, x1 = _px(r.x0, ox, w), _px(r.x1, ox, w)
    y0, y1 = _px(r.y0, oy, h), _px(r.y1, oy, h)
    if x1 <= x0 or y1 <= y0:
        return None
    region = image[y0:y1, x0:x1, :3].astype(np.int16)
    good = np.all(np.abs(region - fill) <= FILL_TOLERANCE, axis=2)
    keep = np.ones(good.shape, dtype=bool)
    pixels = [m if isinstance(m, tuple) else _mask_pixels(image, page_rect, [m])[0] for m in masks]
    # only masks that reach into the region (the others' slices below are empty): a page's
    # labels are tested against each of its boxes, so this loop ran labels x boxes times
    pixels = [m for m in pixels if m[1] > x0 and m[0] < x1 and m[3] > y0 and m[2] < y1]
    for ax0, ax1, ay0, ay1 in pixels:
        mx0, mx1 = ax0 - x0, ax1 - x0
        if mx1 <= 0 or mx0 >= x1 - x0:
            continue  # left or right of the region: its slice below would be empty
        my0, my1 = ay0 - y0, ay1 - y0
        keep[max(0, my0):max(0, my1), max(0, mx0):max(0, mx1)] = False
    total = int(keep.sum())
    return None if total == 0 else float(good[keep].sum()) / total
