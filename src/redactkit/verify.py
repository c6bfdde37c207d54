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

The output is opened read-only (rotation set to 0 in memory only, never saved).
Any failed check makes :attr:`VerificationReport.passed` False; deleting the
output is the caller's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pymupdf

from . import ingest
from .burn import FILL, DrawnLabel, plan_labels
from .model import Char, Check, Document, Page, Rect, Redaction, VerificationReport
from .sanitize import pages

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


def verify(
    output_path: Path,
    source: Document,
    redactions: Sequence[Redaction],
    *,
    labels: Mapping[int, Sequence[DrawnLabel]] | Sequence[DrawnLabel] | None = None,
    hidden_chars: HiddenChars = (),
) -> VerificationReport:
    """Run every check on ``output_path``.

    Args:
        output_path: the burned PDF.
        source: the source as ingested (its chars give the expected text outside boxes).
        redactions: the redactions that were burned (rejected ones are ignored).
        labels: the labels burn drew (``BurnResult.labels``); recomputed with
            :func:`redactkit.burn.plan_labels` when None. Pass an empty list
            for an output burned with ``label=False``.
        hidden_chars: invisible characters sanitize removed (``BurnResult.hidden_chars``),
            which are not expected in the output.

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
        doc = ingest.open_pdf(output_path)
    except Exception as exc:
        return VerificationReport([Check("open_output", False, f"cannot open output: {exc}")])
    try:
        out_pages = _read_output(doc)
        checks = [
            check_no_text_in_boxes(out_pages, active, label_map),
            check_boxes_filled(doc, active, label_map),
            check_no_redacted_strings(doc, out_pages, source, active),
            check_text_outside_unchanged(out_pages, source, active, label_map, hidden_chars),
            check_structure_clean(doc),
        ]
    finally:
        doc.close()
    return VerificationReport(checks)


def _read_output(doc: pymupdf.Document) -> list[Page]:
    pages = []
    for i in range(doc.page_count):
        page = doc[i]
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)  # in memory only; never saved
        try:
            pages.append(ingest.read_page(page, i))
        finally:
            if rotation:
                page.set_rotation(rotation)
    return pages


def _rects_by_page(redactions: Iterable[Redaction]) -> dict[int, list[Rect]]:
    out: dict[int, list[Rect]] = {}
    for r in redactions:
        out.setdefault(r.page, []).extend(x for x in r.rects if not x.is_empty)
    return out


def _center(ch: Char) -> tuple[float, float]:
    return ch.rect.center()


def _is_label_glyph(ch: Char, labels: Sequence[DrawnLabel]) -> bool:
    x, y = _center(ch)
    return any(ch.c in lab.text and lab.rect.padded(0.5).contains_point(x, y) for lab in labels)


def check_no_text_in_boxes(
    pages: Sequence[Page], redactions: Sequence[Redaction], labels: Mapping[int, Sequence[DrawnLabel]]
) -> Check:
    """No non-whitespace character centred inside a redaction rectangle, except label glyphs."""
    rects = _rects_by_page(redactions)
    bad: list[tuple[int, str, tuple[float, float]]] = []
    for page in pages:
        boxes = rects.get(page.index, [])
        if not boxes:
            continue
        labs = labels.get(page.index, [])
        for ch in page.chars:
            if ch is None or ch.c.isspace():
                continue
            x, y = _center(ch)
            if any(b.contains_point(x, y) for b in boxes) and not _is_label_glyph(ch, labs):
                bad.append((page.index, ch.c, (round(x, 1), round(y, 1))))
    if bad:
        p, c, pos = bad[0]
        text = "".join(b[1] for b in bad if b[0] == p)[:40]
        detail = f"{len(bad)} character(s) left inside boxes; first {c!r} at {pos} (page {p + 1}): {text!r}"
        return Check("no_text_in_boxes", False, detail, p)
    return Check("no_text_in_boxes", True, "no characters inside any box")


def check_boxes_filled(
    doc: pymupdf.Document, redactions: Sequence[Redaction], labels: Mapping[int, Sequence[DrawnLabel]]
) -> Check:
    """Each rectangle renders as the fill colour (label areas masked, edges shrunk)."""
    fill = tuple(round(c * 255) for c in FILL)
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
            masks = [lab.rect.padded(1.0) for lab in labels.get(pno, [])]
            for box in boxes:
                r = box.padded(-FILL_SHRINK)
                if r.is_empty:
                    continue
                share = _fill_share(page, r, fill, masks)
                if share is not None and (worst is None or share < worst[0]):
                    worst = (share, pno, box)
        finally:
            if rotation:
                page.set_rotation(rotation)
    if worst is not None and worst[0] < FILL_SHARE:
        share, pno, box = worst
        return Check("boxes_filled", False,
                     f"box {box.to_list()} on page {pno + 1} is only {share:.1%} fill colour", pno)
    return Check("boxes_filled", True, "all boxes render as fill colour")


def _fill_share(page: pymupdf.Page, r: Rect, fill: tuple[int, ...], masks: Sequence[Rect]) -> float | None:
    pix = page.get_pixmap(clip=pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), dpi=FILL_DPI, alpha=False,
                          colorspace=pymupdf.csRGB)
    if pix.width == 0 or pix.height == 0:
        return None
    samples = pix.samples
    n, stride = pix.n, pix.stride
    sx = (r.x1 - r.x0) / pix.width
    sy = (r.y1 - r.y0) / pix.height
    total = good = 0
    for yy in range(pix.height):
        py = r.y0 + (yy + 0.5) * sy
        row = yy * stride
        for xx in range(pix.width):
            px = r.x0 + (xx + 0.5) * sx
            if any(m.contains_point(px, py) for m in masks):
                continue
            total += 1
            o = row + xx * n
            if all(abs(samples[o + k] - fill[k]) <= FILL_TOLERANCE for k in range(3)):
                good += 1
    return None if total == 0 else good / total


def _token_pattern(text: str) -> re.Pattern[str] | None:
    parts = text.split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _normalise(text: str, chars: Sequence[Char | None], join_lines: bool) -> tuple[str, list[Char | None]]:
    """Whitespace runs → one space (or, with ``join_lines``, line breaks dropped); keeps the char map."""
    out: list[str] = []
    cmap: list[Char | None] = []
    prev_space = False
    for c, ch in zip(text, chars, strict=True):
        if join_lines and c == "\n":
            continue
        if c.isspace():
            if prev_space:
                continue
            out.append(" ")
            cmap.append(None)
            prev_space = True
        else:
            out.append(c)
            cmap.append(ch)
            prev_space = False
    return "".join(out), cmap


def _allowed(pattern: re.Pattern[str], source: Document, rects: Mapping[int, list[Rect]],
             join_lines: bool) -> int:
    n = 0
    for page in source.pages:
        text, cmap = _normalise(page.text, page.chars, join_lines)
        boxes = rects.get(page.index, [])
        for m in pattern.finditer(text):
            covered = any(
                ch is not None and any(b.contains_point(*_center(ch)) for b in boxes)
                for ch in cmap[m.start():m.end()]
            )
            if not covered:
                n += 1
    return n


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
    doc: pymupdf.Document, pages: Sequence[Page], source: Document, redactions: Sequence[Redaction]
) -> Check:
    """No redacted string anywhere, beyond the occurrences the source holds outside every box."""
    rects = _rects_by_page(redactions)
    side = _side_texts(doc)
    problems: list[str] = []
    seen: set[str] = set()
    keys: list[str] = []
    for red in redactions:
        # A span across a line break is also looked for with the break removed ("Gutier\nrez").
        for variant in (red.text, red.text.replace("-\n", "").replace("\n", "")):
            key = " ".join(variant.split())
            if key and key not in seen:
                seen.add(key)
                keys.append(key)
    for key in keys:
        pattern = _token_pattern(key)
        assert pattern is not None
        for join_lines in (False, True):
            found = sum(_count(pattern, _normalise(p.text, p.chars, join_lines)[0]) for p in pages)
            allowed = _allowed(pattern, source, rects, join_lines)
            if found > allowed:
                mode = "with line breaks removed" if join_lines else "in page text"
                problems.append(f"{key!r} found {found}× {mode}, {allowed} allowed")
                break
        for where, text in side:
            if pattern.search(" ".join(text.split())):
                problems.append(f"{key!r} found in {where}")
    if problems:
        return Check("no_redacted_strings", False, "; ".join(problems[:5]))
    return Check("no_redacted_strings", True, f"{len(seen)} redacted string(s) not found")


def check_text_outside_unchanged(
    pages: Sequence[Page],
    source: Document,
    redactions: Sequence[Redaction],
    labels: Mapping[int, Sequence[DrawnLabel]],
    hidden_chars: HiddenChars = (),
) -> Check:
    """Every source character outside the boxes survives in place; nothing extra appears."""
    rects = _rects_by_page(redactions)
    hidden: dict[int, list[tuple[str, float, float]]] = {}
    for pno, c, x, y in hidden_chars:
        hidden.setdefault(pno, []).append((c, x, y))
    if len(pages) != len(source.pages):
        return Check("text_outside_unchanged", False,
                     f"output has {len(pages)} pages, source {len(source.pages)}")
    tol = POSITION_TOLERANCE
    for src, out in zip(source.pages, pages, strict=True):
        boxes = rects.get(src.index, [])
        labs = labels.get(src.index, [])
        hid = list(hidden.get(src.index, []))
        expected: list[tuple[str, float, float]] = []
        for ch in src.chars:
            if ch is None or ch.c.isspace():
                continue
            x, y = _center(ch)
            if any(b.contains_point(x, y) for b in boxes):
                continue
            # A removed hidden glyph: its centre is that of MuPDF's tall box, so match by x and line.
            match = next((h for h in hid if h[0] == ch.c and abs(h[1] - x) <= tol
                          and ch.rect.y0 - 3 <= h[2] <= ch.rect.y1 + 3), None)
            if match is not None:
                hid.remove(match)
                continue
            expected.append((ch.c, x, y))
        actual: dict[str, list[tuple[float, float]]] = {}
        for ch in out.chars:
            if ch is None or ch.c.isspace() or _is_label_glyph(ch, labs):
                continue
            actual.setdefault(ch.c, []).append(_center(ch))
        for c, x, y in expected:
            cands = actual.get(c, [])
            best_i, best_d = -1, float("inf")
            for i, (ax, ay) in enumerate(cands):
                d = max(abs(ax - x), abs(ay - y))
                if d < best_d:
                    best_i, best_d = i, d
            if best_i < 0 or best_d > tol:
                found = "nowhere"
                if best_i >= 0:
                    found = f"nearest at ({cands[best_i][0]:.2f}, {cands[best_i][1]:.2f})"
                return Check("text_outside_unchanged", False,
                             f"page {src.index + 1}: {c!r} expected at ({x:.2f}, {y:.2f}), found {found}",
                             src.index)
            cands.pop(best_i)
        extra = [(c, pos) for c, lst in actual.items() for pos in lst]
        if extra:
            c, (x, y) = extra[0]
            return Check("text_outside_unchanged", False,
                         f"page {src.index + 1}: {len(extra)} unexpected character(s), first {c!r} "
                         f"at ({x:.2f}, {y:.2f})", src.index)
    return Check("text_outside_unchanged", True, "all text outside the boxes unchanged")


def check_structure_clean(doc: pymupdf.Document) -> Check:
    """No annotations, widgets, embedded files, outline, metadata, XMP or JavaScript names tree."""
    problems: list[str] = []
    for page in pages(doc):
        kind, value = doc.xref_get_key(page.xref, "Annots")
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
