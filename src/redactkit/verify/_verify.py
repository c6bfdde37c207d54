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
    No annotations, widgets, embedded files, outline, metadata, XMP or
    JavaScript names tree.
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

The output is opened read-only (rotation set to 0 in memory only, never saved).
Any failed check makes :attr:`VerificationReport.passed` False; deleting the
output is the caller's job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from ..ingest import read_page
from ..ingest.ocr import ocr_image
from ..model import CharMap, Check, Document, Page, Rect, Redaction, VerificationReport
from ..pdf import open_pdf, pages, render_page
from ..pdf.labels import FILL, DrawnLabel, plan_labels
from ..pdf.sanitize import ACTIVE_ACTIONS
from ..pdf.textlayer import layer_text, searchable_words
from ..settings import OcrOptions

#: Tolerance for a surviving character's position (points).
POSITION_TOLERANCE = 0.5
#: Share of a box's pixels that must be the fill colour.
FILL_SHARE = 0.98
#: Render resolution for the fill check, and how far the box is shrunk first (points).
FILL_DPI = 144
FILL_SHRINK = 0.5
#: Per-channel distance (0..255) still counted as the fill colour.
FILL_TOLERANCE = 40

HiddenChars = Sequence[tuple[int, str, float, float]]
_WORD = re.compile(r"\w+")


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
                  check_structure_clean(doc), check_no_actions(doc),
                  check_opens_in_qpdf(output_path, len(source.pages), mupdf_repaired=doc.is_repaired)]
        if any(p.is_ocr for p in source.pages):
            checks.append(ocr_layer)
        else:
            checks.append(Check.skip("ocr_layer", "no OCR pages: no new text layer to check"))
        checks.append(check_reocr(doc, source, active, reocr))
    finally:
        doc.close()
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


def _rects_by_page(redactions: Iterable[Redaction]) -> dict[int, list[Rect]]:
    out: dict[int, list[Rect]] = {}
    for r in redactions:
        out.setdefault(r.page, []).extend(x for x in r.rects if not x.is_empty)
    return out


#: Every character ``str.isspace`` accepts (none lies above U+3000).
_SPACES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)


class _Glyphs:
    """One page's text and glyph geometry as arrays: what the text checks compare.

    ``inside`` marks glyphs centred in a redaction box, ``label`` the glyphs of the
    exemption labels burn drew there, ``space`` whitespace, ``glyph`` characters that
    have a glyph (not a separator ingest inserted).
    """

    def __init__(self, page: Page, boxes: Sequence[Rect], labels: Sequence[DrawnLabel]) -> None:
        self.index, self.text = page.index, page.text
        chars = page.chars if isinstance(page.chars, CharMap) else CharMap(page.text, page.chars)
        self.boxes, self.centers = chars.boxes(), chars.centers()
        b = self.boxes
        self.codes = np.frombuffer(page.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self.space = np.isin(self.codes, _SPACES)
        self.glyph = ~np.isnan(b[:, 0])
        self.inside = _inside_mask(self.centers, boxes)
        self.label = np.zeros(len(self.text), dtype=bool)
        for lab in labels:
            for i in np.flatnonzero(_inside_mask(self.centers, [lab.rect.padded(0.5)])):
                if self.text[i] in lab.text:
                    self.label[i] = True

    def visible(self) -> np.ndarray:
        """Indices of non-space glyphs that are not label glyphs."""
        return np.flatnonzero(self.glyph & ~self.space & ~self.label)


def _inside_mask(centers: np.ndarray, boxes: Sequence[Rect]) -> np.ndarray:
    """For each centre: inside one of ``boxes``? (NaN centres: False.)"""
    if not boxes or not len(centers):
        return np.zeros(len(centers), dtype=bool)
    b = np.array([[r.x0, r.y0, r.x1, r.y1] for r in boxes])
    x, y = centers[:, 0:1], centers[:, 1:2]
    return np.asarray(((x >= b[:, 0]) & (x <= b[:, 2]) & (y >= b[:, 1]) & (y <= b[:, 3])).any(axis=1))


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
    rects = _rects_by_page(redactions)
    hidden: dict[int, list[tuple[str, float, float]]] = {}
    for pno, c, x, y in hidden_chars:
        hidden.setdefault(pno, []).append((c, x, y))
    strings = _StringCount(redactions)
    bad: list[tuple[int, str, tuple[float, float]]] = []
    outside: Check | None = None
    ocr_layer: Check | None = None
    n_out = 0
    for out in out_pages:
        n_out += 1
        i = out.index
        src = source.pages[i] if i < len(source.pages) else None
        boxes = rects.get(i, [])
        out_g = _Glyphs(out, boxes, labels.get(i, []))
        src_g = _Glyphs(src, boxes, []) if src is not None else None
        bad.extend(_chars_in_boxes(out_g))
        strings.add(out_g, src_g)
        if src is None:
            continue
        assert src_g is not None
        if src.is_ocr:
            ocr_layer = ocr_layer or _ocr_layer_page(src, out_g, boxes)
        else:
            outside = outside or _outside_unchanged_page(src_g, out_g, hidden.get(i, []))
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
        strings.result(_side_texts(doc)),
        outside or Check("text_outside_unchanged", True, "all text outside the boxes unchanged"),
        ocr_layer or Check("ocr_layer", True, "OCR text layers hold exactly the unredacted words"),
    )


def _chars_in_boxes(g: _Glyphs) -> list[tuple[int, str, tuple[float, float]]]:
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
    rects = _rects_by_page(redactions)
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
            masks = [lab.rect.padded(1.0) for lab in labels.get(pno, [])]
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


def _fill_share(image: np.ndarray, page_rect: pymupdf.Rect, r: Rect, fill: np.ndarray,
                masks: Sequence[Rect]) -> float | None:
    """Share of pixel centres inside ``r`` (outside ``masks``) that are the fill colour."""
    h, w = image.shape[:2]
    scale = FILL_DPI / 72.0
    ox, oy = page_rect.x0, page_rect.y0

    def px(v: float, origin: float, limit: int) -> int:
        return max(0, min(limit, int(np.ceil((v - origin) * scale - 0.5))))

    x0, x1 = px(r.x0, ox, w), px(r.x1, ox, w)
    y0, y1 = px(r.y0, oy, h), px(r.y1, oy, h)
    if x1 <= x0 or y1 <= y0:
        return None
    region = image[y0:y1, x0:x1, :3].astype(np.int16)
    good = np.all(np.abs(region - fill) <= FILL_TOLERANCE, axis=2)
    keep = np.ones(good.shape, dtype=bool)
    for m in masks:
        mx0, mx1 = px(m.x0, ox, w) - x0, px(m.x1, ox, w) - x0
        my0, my1 = px(m.y0, oy, h) - y0, px(m.y1, oy, h) - y0
        keep[max(0, my0):max(0, my1), max(0, mx0):max(0, mx1)] = False
    total = int(keep.sum())
    return None if total == 0 else float(good[keep].sum()) / total


def _token_pattern(text: str) -> re.Pattern[str] | None:
    parts = text.split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _normalise(codes: np.ndarray, join_lines: bool) -> tuple[str, np.ndarray]:
    """Whitespace runs → one space (with ``join_lines``, line breaks dropped first).

    Returns the normalised text and, for each of its characters, its index in the original.
    """
    idx = np.flatnonzero(codes != 10) if join_lines else np.arange(len(codes))
    sub = codes[idx]
    space = np.isin(sub, _SPACES)
    keep = ~(space & np.concatenate(([False], space[:-1])))
    idx, sub = idx[keep], np.where(space[keep], np.uint32(32), sub[keep])
    return sub.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass"), idx


class _StringCount:
    """``no_redacted_strings`` over page texts, fed one page at a time.

    A redacted string may appear in the output as often as the source holds it
    outside every box (the occurrences the plan kept). Each string is searched
    only on pages holding its longest word, which keeps the check linear in
    document length instead of (strings x pages).
    """

    def __init__(self, redactions: Sequence[Redaction]) -> None:
        self.keys: list[str] = []
        seen: set[str] = set()
        for red in redactions:
            # A span across a line break is also looked for with the break removed ("Gutier\nrez").
            for variant in (red.text, red.text.replace("-\n", "").replace("\n", "")):
                key = " ".join(variant.split())
                if key and key not in seen:
                    seen.add(key)
                    self.keys.append(key)
        self.patterns = [_token_pattern(k) for k in self.keys]
        self.by_anchor: dict[str, list[int]] = {}
        self.anchorless: list[int] = []
        for k, key in enumerate(self.keys):
            anchor = max(_WORD.findall(key), key=len, default="")
            if anchor:
                self.by_anchor.setdefault(anchor, []).append(k)
            else:
                self.anchorless.append(k)
        # [join_lines][key]: occurrences found in the output / allowed by the source.
        self.found = [[0] * len(self.keys) for _ in (False, True)]
        self.allowed = [[0] * len(self.keys) for _ in (False, True)]

    def _candidates(self, text: str) -> list[int]:
        ks = set(self.anchorless)
        for w in set(_WORD.findall(text)):
            ks.update(self.by_anchor.get(w, ()))
        return sorted(ks)

    def add(self, out: _Glyphs | None, src: _Glyphs | None) -> None:
        """Count one page of the output and the same page of the source."""
        if not self.keys:
            return
        for jl in (0, 1):
            if out is not None:
                text, _idx = _normalise(out.codes, bool(jl))
                for k in self._candidates(text):
                    pattern = self.patterns[k]
                    assert pattern is not None
                    self.found[jl][k] += _count(pattern, text)
            if src is not None:
                text, idx = _normalise(src.codes, bool(jl))
                covered = src.inside[idx]
                for k in self._candidates(text):
                    pattern = self.patterns[k]
                    assert pattern is not None
                    self.allowed[jl][k] += sum(
                        1 for m in pattern.finditer(text) if not covered[m.start():m.end()].any())

    def result(self, side: Sequence[tuple[str, str]]) -> Check:
        problems: list[str] = []
        for k, key in enumerate(self.keys):
            for jl in (0, 1):
                if self.found[jl][k] > self.allowed[jl][k]:
                    mode = "with line breaks removed" if jl else "in page text"
                    found, allowed = self.found[jl][k], self.allowed[jl][k]
                    problems.append(f"{key!r} found {found}× {mode}, {allowed} allowed")
                    break
            pattern = self.patterns[k]
            assert pattern is not None
            for where, text in side:
                if pattern.search(" ".join(text.split())):
                    problems.append(f"{key!r} found in {where}")
        if problems:
            return Check("no_redacted_strings", False, "; ".join(problems[:5]))
        if not self.keys:
            return Check.skip("no_redacted_strings", "no redactions: no strings to look for")
        return Check("no_redacted_strings", True, f"{len(self.keys)} redacted string(s) not found")


def _side_texts(doc: pymupdf.Document) -> list[tuple[str, str]]:
    """Every non-page-text place a string can hide: (where, text)."""
    out: list[tuple[str, str]] = []
    for k, v in (doc.metadata or {}).items():
        if isinstance(v, str) and v:
            out.append((f"metadata {k}", v))
    xmp = doc.get_xml_metadata()
    if xmp:
        out.append(("XMP", xmp))
    for page in pages(doc):
        for annot in page.annots():
            for k, v in annot.info.items():
                if isinstance(v, str) and v:
                    out.append((f"page {page.number + 1} annotation {k}", v))
        for w in page.widgets():
            for label, val in (("value", w.field_value), ("name", w.field_name), ("label", w.field_label)):
                if isinstance(val, str) and val:
                    out.append((f"page {page.number + 1} field {label}", val))
        for link in page.get_links():
            uri = link.get("uri")
            if isinstance(uri, str):
                out.append((f"page {page.number + 1} link", uri))
    for entry in doc.get_toc(simple=True):
        out.append(("outline", str(entry[1])))
    for name in doc.embfile_names():
        out.append(("embedded file name", name))
        info = doc.embfile_info(name)
        out.append(("embedded file info", " ".join(str(v) for v in info.values())))
        try:
            data = doc.embfile_get(name)
        except Exception:
            continue
        out.append((f"embedded file {name}", data.decode("utf-8", errors="replace")))
        out.append((f"embedded file {name} (utf-16)", data.decode("utf-16", errors="replace")))
    for rule in doc.get_page_labels():
        prefix = rule.get("prefix")
        if prefix:
            out.append(("page label", str(prefix)))
    return out


def check_no_redacted_strings(
    doc: pymupdf.Document, pages: Iterable[Page], source: Document, redactions: Sequence[Redaction]
) -> Check:
    """No redacted string anywhere, beyond the occurrences the source holds outside every box."""
    rects = _rects_by_page(redactions)
    count = _StringCount(redactions)
    out_pages = {p.index: p for p in pages}
    for i in sorted(set(out_pages) | {p.index for p in source.pages}):
        out = out_pages.get(i)
        src = source.pages[i] if i < len(source.pages) else None
        count.add(_Glyphs(out, [], []) if out is not None else None,
                  _Glyphs(src, rects.get(i, []), []) if src is not None else None)
    return count.result(_side_texts(doc))


def _outside_unchanged_page(src: _Glyphs, out: _Glyphs,
                            hidden: Sequence[tuple[str, float, float]]) -> Check | None:
    """One page of ``text_outside_unchanged``: a failed check, or None when the page passes."""
    tol = POSITION_TOLERANCE
    hid = list(hidden)
    expected: list[tuple[str, float, float]] = []
    keep = np.flatnonzero(src.glyph & ~src.space & ~src.inside)
    xs, ys = src.centers[keep, 0].tolist(), src.centers[keep, 1].tolist()
    y0s, y1s = src.boxes[keep, 1].tolist(), src.boxes[keep, 3].tolist()
    for k, x, y, y0, y1 in zip(keep.tolist(), xs, ys, y0s, y1s, strict=True):
        c = src.text[k]
        if hid:
            # A removed hidden glyph: its centre is that of MuPDF's tall box, so match by x and line.
            match = next((h for h in hid if h[0] == c and abs(h[1] - x) <= tol and y0 - 3 <= h[2] <= y1 + 3),
                         None)
            if match is not None:
                hid.remove(match)
                continue
        expected.append((c, x, y))
    # Output glyphs bucketed by (char, line band): a match is searched only among glyphs
    # of the same character within a few points, instead of the whole page.
    actual: dict[tuple[str, int], list[tuple[float, float]]] = {}
    vis = out.visible()
    cxs, cys = out.centers[vis, 0].tolist(), out.centers[vis, 1].tolist()
    for k, cx, cy in zip(vis.tolist(), cxs, cys, strict=True):
        actual.setdefault((out.text[k], round(cy)), []).append((cx, cy))
    page = src.index
    for c, x, y in expected:
        best: tuple[float, list[tuple[float, float]], int] | None = None
        for band in (round(y) - 1, round(y), round(y) + 1):
            cands = actual.get((c, band), [])
            for j, (ax, ay) in enumerate(cands):
                d = max(abs(ax - x), abs(ay - y))
                if best is None or d < best[0]:
                    best = (d, cands, j)
        if best is None or best[0] > tol:
            found = "nowhere"
            if best is not None:
                nx, ny = best[1][best[2]]
                found = f"nearest at ({nx:.2f}, {ny:.2f})"
            return Check("text_outside_unchanged", False,
                         f"page {page + 1}: {c!r} expected at ({x:.2f}, {y:.2f}), found {found}", page)
        best[1].pop(best[2])
    extra = [(key[0], pos) for key, lst in actual.items() for pos in lst]
    if extra:
        c, (x, y) = extra[0]
        return Check("text_outside_unchanged", False,
                     f"page {page + 1}: {len(extra)} unexpected character(s), first {c!r} "
                     f"at ({x:.2f}, {y:.2f})", page)
    return None


def check_text_outside_unchanged(
    pages: Sequence[Page],
    source: Document,
    redactions: Sequence[Redaction],
    labels: Mapping[int, Sequence[DrawnLabel]],
    hidden_chars: HiddenChars = (),
) -> Check:
    """Every source character outside the boxes survives in place; nothing extra appears."""
    if len(pages) != len(source.pages):
        return Check("text_outside_unchanged", False,
                     f"output has {len(pages)} pages, source {len(source.pages)}")
    rects = _rects_by_page(redactions)
    hidden: dict[int, list[tuple[str, float, float]]] = {}
    for pno, c, x, y in hidden_chars:
        hidden.setdefault(pno, []).append((c, x, y))
    for src, out in zip(source.pages, pages, strict=True):
        if src.is_ocr:
            continue  # OCR pages get a new text layer; the ocr_layer check covers them
        boxes = rects.get(src.index, [])
        out_g = _Glyphs(out, boxes, labels.get(src.index, []))
        failed = _outside_unchanged_page(_Glyphs(src, boxes, []), out_g, hidden.get(src.index, []))
        if failed is not None:
            return failed
    return Check("text_outside_unchanged", True, "all text outside the boxes unchanged")


def _ocr_layer_page(src: Page, out: _Glyphs, boxes: Sequence[Rect]) -> Check | None:
    """On an OCR page the new text layer holds exactly the characters of the OCR words outside
    every box (compared as a multiset: text extraction may join touching words)."""
    expected = Counter(
        c for w in searchable_words(src.words, boxes) for c in layer_text(w.text) if not c.isspace()
    )
    found = Counter(out.text[k] for k in out.visible().tolist())
    if found != expected:
        missing = "".join(sorted((expected - found).elements()))[:30]
        extra = "".join(sorted((found - expected).elements()))[:30]
        return Check("ocr_layer", False,
                     f"page {src.index + 1}: text layer differs from the unredacted OCR words "
                     f"(missing {missing!r}, unexpected {extra!r})", src.index)
    return None


def check_reocr(doc: pymupdf.Document, source: Document, redactions: Sequence[Redaction],
                mode: str = "regions", options: OcrOptions | None = None) -> Check:
    """Re-OCR the output where it matters and confirm no redacted string reads back.

    ``regions``: each redacted line's surroundings (the box widened by 150 pt and by
    half a line up and down) on OCR pages; ``page``: every page with redactions, whole;
    ``off``: skipped. Matching ignores case and spacing, since OCR varies in both.

    The check is ``skipped`` (with the reason) when re-OCR is off, there are no
    redactions, or nothing was read (``regions`` mode and no OCR page has a redaction).
    """
    if mode == "off":
        return Check.skip("reocr", "re-OCR is off (--reocr off)")
    if not redactions:
        return Check.skip("reocr", "no redactions: nothing to read back")
    options = options or OcrOptions(detect_orientation=False)
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    ocr_pages = {p.index for p in source.pages if p.is_ocr}
    read_pages = 0
    for pno, reds in sorted(by_page.items()):
        if mode == "regions" and pno not in ocr_pages:
            continue
        page = doc[pno]
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            image, dpi = render_page(page, options.dpi)
            scale = dpi / 72.0
            src_page = source.pages[pno]
            if mode == "page":
                regions = [Rect(0, 0, page.rect.width, page.rect.height)]
            else:
                regions = _merge_regions([
                    Rect(r.x0 - 150, r.y0 - r.height / 2, r.x1 + 150, r.y1 + r.height / 2)
                    for red in reds for r in red.rects
                ])
            crops = []
            for region in regions:
                box = (max(0, int(region.x0 * scale)), max(0, int(region.y0 * scale)),
                       min(image.width, int(region.x1 * scale)), min(image.height, int(region.y1 * scale)))
                if box[2] - box[0] < 8 or box[3] - box[1] < 8:
                    continue
                crop = image.crop(box)
                if src_page.ocr_rotation:
                    crop = crop.rotate(-src_page.ocr_rotation, expand=True)
                crops.append(crop)
            if not crops:
                continue
            read_pages += 1
            # One Tesseract run per page: the regions stacked into one image.
            read = _squash(" ".join(w[0] for w in ocr_image(_stack(crops), options)))
            for red in reds:
                needle = _squash(red.text)
                if len(needle) >= 4 and needle in read and not _kept_nearby(needle, src_page, red):
                    return Check("reocr", False,
                                 f"page {pno + 1}: re-OCR reads redacted text {red.text!r} "
                                 f"({mode} around {[r.to_list() for r in red.rects]})", pno)
        finally:
            if rotation:
                page.set_rotation(rotation)
    if not read_pages:
        why = "no OCR page has a redaction" if mode == "regions" else "no region large enough to read"
        return Check.skip("reocr", f"re-OCR ({mode}): {why}")
    return Check("reocr", True, f"re-OCR ({mode}) of {read_pages} page(s) reads none of the redacted strings")


def _merge_regions(regions: list[Rect]) -> list[Rect]:
    """Union regions of the same line band, so a line with several redactions is read once
    (regions on different lines stay apart: a union would read text no region covers)."""
    merged: list[Rect] = []
    for r in sorted(regions, key=lambda q: (q.y0, q.x0)):
        for i, m in enumerate(merged):
            v = min(m.y1, r.y1) - max(m.y0, r.y0)
            same_band = v >= 0.8 * min(m.height, r.height) and abs(m.height - r.height) < 0.3 * r.height
            if same_band and m.overlap_area(r) > 0:
                merged[i] = m.union(r)
                break
        else:
            merged.append(r)
    return merged


def _stack(crops: Sequence[Image.Image], gap: int = 24) -> Image.Image:
    """Stack images vertically on white, separated by ``gap`` pixels."""
    width = max(c.width for c in crops)
    height = sum(c.height for c in crops) + gap * (len(crops) - 1)
    sheet = Image.new("L", (width, height), 255)
    y = 0
    for c in crops:
        sheet.paste(c.convert("L"), (0, y))
        y += c.height + gap
    return sheet


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _kept_nearby(needle: str, page: Page, red: Redaction) -> bool:
    """True when the same string also stands, unredacted, on the page (a deliberate keep)."""
    boxes = list(red.rects)
    return any(_squash(w.text) == needle and not any(b.contains_point(*w.rect.center()) for b in boxes)
               for w in page.words)


def check_structure_clean(doc: pymupdf.Document) -> Check:
    """No annotations, widgets, embedded files, outline, metadata, XMP or JavaScript names tree."""
    problems: list[str] = []
    for page in pages(doc):
        kind, value = doc.xref_get_key(page.xref, "Annots")
        if kind == "xref":  # an indirect array: look inside it (it may be empty)
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        if kind not in ("null",) and re.search(r"\d+\s+0\s+R", value):
            problems.append(f"page {page.number + 1} has annotations/widgets")
    if doc.embfile_count():
        problems.append(f"{doc.embfile_count()} embedded file(s)")
    if doc.get_toc():
        problems.append("outline present")
    meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
    if meta:
        problems.append(f"metadata: {sorted(meta)}")
    if doc.get_xml_metadata():
        problems.append("XMP metadata present")
    cat = doc.pdf_catalog()
    if doc.xref_get_key(cat, "Names/JavaScript")[0] != "null":
        problems.append("JavaScript names tree present")
    if doc.xref_get_key(cat, "AcroForm")[0] != "null":
        problems.append("AcroForm present")
    if doc.xref_get_key(cat, "OpenAction/S")[0] != "null":
        problems.append("OpenAction action present")
    if problems:
        return Check("structure_clean", False, "; ".join(problems))
    return Check("structure_clean", True, "no annotations, forms, attachments, outline, metadata or scripts")


def check_opens_in_qpdf(output_path: Path, pages: int, *, mupdf_repaired: bool = False) -> Check:
    """The output opens cleanly in pikepdf (qpdf) with ``pages`` pages, and MuPDF did not repair it."""
    import pikepdf  # lazy: only for the qpdf cross-check

    problems: list[str] = []
    if mupdf_repaired:
        problems.append("MuPDF had to repair the output")
    try:
        with pikepdf.open(output_path) as pdf:
            count = len(pdf.pages)
            warnings = [str(w) for w in pdf.get_warnings()]
    except Exception as exc:  # qpdf refuses the file (too deep a page tree, broken xref...)
        problems.append(f"pikepdf (qpdf) cannot open the output: {exc}")
    else:
        if count != pages:
            problems.append(f"pikepdf (qpdf) counts {count} page(s), the source has {pages}")
        if warnings:
            problems.append("qpdf warns: " + "; ".join(warnings[:3]))
    if problems:
        return Check("opens_in_qpdf", False, "; ".join(problems))
    return Check("opens_in_qpdf", True, f"pikepdf (qpdf) opens the output: {pages} page(s)")


_ACTION_KEY = re.compile(r"/(?:AA|A|S|OpenAction)(?=[\s()<>\[\]{}/%])")


def _action_at(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    """The ``/S`` of an action under ``key`` of ``xref``; ``""`` for a GoTo that chains
    ``/Next`` actions; None when there is none, or it is a plain GoTo."""
    kind, value = doc.xref_get_key(xref, key)
    if kind in ("null", "array", "name", "string", "int", "float", "bool") or value in ("", "null"):
        return None
    s_kind, s_value = doc.xref_get_key(xref, f"{key}/S")
    if s_kind != "name":
        return None
    if s_value == "/GoTo":
        nxt = doc.xref_get_key(xref, f"{key}/Next")
        return "/GoTo with /Next" if nxt[0] != "null" and nxt[1] not in ("", "null") else None
    return s_value


def check_no_actions(doc: pymupdf.Document) -> Check:
    """No active action anywhere in the output (every object is read, reachable or not)."""
    problems: list[str] = []
    cat = doc.pdf_catalog()
    if doc.xref_get_key(cat, "Names/JavaScript")[0] != "null":
        problems.append("JavaScript names tree")
    opening = _action_at(doc, cat, "OpenAction")
    if opening is not None:
        problems.append(f"/OpenAction {opening}")
    for xref in range(1, doc.xref_length()):
        try:
            text = str(doc.xref_object(xref, compressed=True))
        except Exception:  # a free object
            continue
        if not _ACTION_KEY.search(text):
            continue
        aa = doc.xref_get_key(xref, "AA")
        if aa[0] != "null" and aa[1] not in ("", "null"):
            problems.append(f"object {xref}: additional actions (/AA)")
        action = _action_at(doc, xref, "A")
        if action is not None:
            problems.append(f"object {xref}: /A {action} action")
        s_kind, s_value = doc.xref_get_key(xref, "S")
        if s_kind == "name" and s_value in ACTIVE_ACTIONS:
            problems.append(f"object {xref}: {s_value} action")
    if problems:
        return Check("no_active_content", False, "; ".join(problems[:5]) +
                     (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""))
    return Check("no_active_content", True, "no JavaScript, launch, URI, form-submit or other actions")
