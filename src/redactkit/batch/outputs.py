"""Packet outputs, written by the parent after every document ran: summaries, Bates numbers, one PDF.

* ``packet-summary.json`` / ``.csv`` / ``.html`` — per document: pages,
  redactions by exemption, status, reason of a failure, timings, Bates range.
  Counts only: no redacted text (that stays in each document's log).
* ``--bates PREFIX`` — every page of every verified output is stamped
  ``PREFIX000001`` … in the bottom margin, into ``OUT/bates/<name>.pdf``. The
  stamp goes only where the margin is empty: no text (visible or not) under it
  and the rendered area blank. Otherwise a smaller size or the other corner is
  tried; if nothing fits, that document fails with the page named. Stamping
  happens *after* verification and is itself checked (see :func:`check_stamped`).
* ``--combine`` — ``OUT/packet-release.pdf``: every released document in packet
  order with one bookmark each, titled with the source file name only; a file
  name holding a string redacted anywhere in the packet (or one token of a
  redacted person's name) becomes "Document N".
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pymupdf

from .._fileio import atomic_path, csv_row, write_text_atomic
from ..errors import ProcessingError, StampError
from ..ingest import ingest_pdf
from ..model import Check, Rect
from ..pdf.labels import DrawnLabel
from ..report import RedactionLog
from ..verify import check_no_redacted_strings, check_structure_clean, check_text_outside_unchanged
from .rows import PacketTotals, SummaryRow

if TYPE_CHECKING:
    from ..model import Redaction
    from .run import BatchOptions

__all__ = [
    "BATES_DIR",
    "BLANK_LEVEL",
    "COMBINED_PDF",
    "CSV_COLUMNS",
    "EDGE",
    "FinishedPacket",
    "MARGIN",
    "STAMP_PAD",
    "STAMP_SIZES",
    "SUMMARY_CSV",
    "SUMMARY_HTML",
    "SUMMARY_JSON",
    "SUMMARY_SCHEMA",
    "Stamp",
    "bates_label",
    "check_stamped",
    "combine_packet",
    "finish_packet",
    "safe_title",
    "stamp_packet",
    "stamp_pdf",
    "summary_csv",
    "summary_html",
    "write_summaries",
]

logger = logging.getLogger("redactkit.packet_outputs")  # the name it had as one module

SUMMARY_SCHEMA = "redactkit.packet-summary/1"
SUMMARY_JSON = "packet-summary.json"
SUMMARY_CSV = "packet-summary.csv"
SUMMARY_HTML = "packet-summary.html"
COMBINED_PDF = "packet-release.pdf"
BATES_DIR = "bates"

#: The margin band a stamp must lie in (points from the page edge).
MARGIN = 36.0
#: Distance of the stamp's baseline box from the bottom and side edges (points).
EDGE = 10.0
#: Font sizes tried, largest first.
STAMP_SIZES = (8.0, 7.0, 6.0, 5.0)
#: Free space required around a stamp (points).
STAMP_PAD = 2.0
#: A rendered pixel darker than this (any channel) counts as content.
BLANK_LEVEL = 235

CSV_COLUMNS = [
    "document",
    "source",
    "status",
    "pages",
    "redactions",
    "redactions_by_exemption",
    "consistency_added",
    "bates_first",
    "bates_last",
    "seconds",
    "timings",
    "resumed",
    "policy",
    "requester",
    "notes",
    "error_type",
    "error",
    "output",
]


# --------------------------------------------------------------------------- summaries


def write_summaries(out: Path, rows: Sequence[SummaryRow], meta: dict[str, Any]) -> list[Path]:
    """Write ``packet-summary.json``, ``.csv`` and ``.html`` atomically; return their paths.

    ``meta`` holds the summary's run-level JSON fields (tool, policy, executor...).
    """
    totals = PacketTotals.of(rows)
    doc = {
        "schema": SUMMARY_SCHEMA,
        **meta,
        "totals": totals.to_dict(),
        "documents": [r.to_dict() for r in rows],
    }
    paths = [out / SUMMARY_JSON, out / SUMMARY_CSV, out / SUMMARY_HTML]
    write_text_atomic(paths[0], json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    write_text_atomic(paths[1], summary_csv(rows))
    write_text_atomic(paths[2], summary_html(rows, totals, meta))
    logger.info("packet summary: %d of %d document(s) released -> %s",
                totals.ok, totals.documents, paths[0])
    return paths


def summary_csv(rows: Iterable[SummaryRow]) -> str:
    """One CSV row per document (cells neutralised against formula injection)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(csv_row(
            {
                **r.to_dict(),
                "redactions_by_exemption": "; ".join(f"{k}={v}" for k, v in r.by_exemption.items()),
                "timings": "; ".join(f"{k}={v:.3f}" for k, v in r.timings.items()),
                "resumed": "yes" if r.resumed else "",
            }
        ))
    return buf.getvalue()


def summary_html(rows: Sequence[SummaryRow], totals: PacketTotals, meta: dict[str, Any]) -> str:
    """A short, self-contained HTML page: totals, then one table row per document."""
    e = html.escape
    ex = ", ".join(f"{e(k)}: {v}" for k, v in totals.redactions_by_exemption.items()) or "none"
    head = (
        f"<p>{totals.ok} of {totals.documents} document(s) released, {totals.failed} failed; "
        f"{totals.pages} page(s), {totals.redactions} redaction(s) ({ex}). "
        f"Policy {e(str(meta.get('policy', {}).get('name', '')))}.</p>"
    )
    body = []
    for r in rows:
        bates = f"{r.bates_first}–{r.bates_last}" if r.bates_first else ""
        status = "ok" if r.ok else f"FAILED: {r.error}"
        body.append(
            f"<tr class='{e(r.status)}'><td>{e(r.document)}</td><td>{r.pages}</td>"
            f"<td>{r.redactions}</td>"
            f"<td>{e(', '.join(f'{k}: {v}' for k, v in r.by_exemption.items()))}</td>"
            f"<td>{e(bates)}</td><td>{e(status)}</td><td>{r.seconds:.2f}</td></tr>"
        )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Release packet summary</title>"
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;"
        "padding:2px 6px}tr.failed{background:#fdd}</style></head><body>"
        "<h1>Release packet summary</h1>"
        + head
        + "<table><tr><th>document</th><th>pages</th><th>redactions</th><th>by exemption</th>"
        "<th>Bates</th><th>status</th><th>seconds</th></tr>" + "".join(body) + "</table></body></html>\n"
    )


# --------------------------------------------------------------------------- Bates stamping


@dataclass(frozen=True)
class Stamp:
    """One stamped text on one page: where (unrotated page space) and at what size."""

    page: int
    text: str
    rect: Rect
    fontsize: float


def bates_label(prefix: str, number: int, digits: int = 6) -> str:
    """``PREFIX`` followed by the zero-padded number."""
    return f"{prefix}{number:0{digits}d}"


def _content_free(page: pymupdf.Page, display: pymupdf.Rect, words: list[pymupdf.Rect]) -> bool:
    """True when no word (visible or hidden) and no rendered mark lies in ``display`` (padded)."""
    area = (
        pymupdf.Rect(
            display.x0 - STAMP_PAD, display.y0 - STAMP_PAD, display.x1 + STAMP_PAD, display.y1 + STAMP_PAD
        )
        & page.rect
    )
    if area.is_empty:
        return False
    unrot = area * page.derotation_matrix
    if any(w.intersects(unrot) for w in words):
        return False
    pix = page.get_pixmap(clip=area, dpi=144, colorspace=pymupdf.csRGB, alpha=False, annots=False)
    return min(pix.samples) >= BLANK_LEVEL if pix.samples else True


def _place(
    page: pymupdf.Page,
    text: str,
    corners: Sequence[str],
    words: list[pymupdf.Rect],
    taken: list[pymupdf.Rect],
) -> tuple[pymupdf.Rect, float] | None:
    """A free display-space rectangle in the bottom margin for ``text``, and its font size."""
    r = page.rect
    for size in STAMP_SIZES:
        width = pymupdf.get_text_length(text, fontname="helv", fontsize=size) + 1.0
        height = size * 1.3
        y1 = r.y1 - EDGE
        y0 = y1 - height
        if y0 < r.y1 - MARGIN:
            continue
        for corner in corners:
            if corner == "right":
                x1 = r.x1 - EDGE - MARGIN / 2
                x0 = x1 - width
            elif corner == "left":
                x0 = r.x0 + EDGE + MARGIN / 2
                x1 = x0 + width
            else:  # centre
                x0 = (r.x0 + r.x1 - width) / 2
                x1 = x0 + width
            cand = pymupdf.Rect(x0, y0, x1, y1)
            if x0 < r.x0 or x1 > r.x1 or any(cand.intersects(t) for t in taken):
                continue
            if _content_free(page, cand, words):
                return cand, size
    return None


def stamp_pdf(src: Path, dst: Path, prefix: str, first_number: int, footer: str | None = None) -> list[Stamp]:
    """Write ``src`` with a Bates number (and ``footer``) on every page to ``dst`` (atomically).

    Raises:
        StampError: a page has no free room in its bottom margin; nothing is written.
    """
    stamps: list[Stamp] = []
    with pymupdf.open(src) as doc:
        for i in range(doc.page_count):
            page = doc[i]
            words = [pymupdf.Rect(w[:4]) for w in page.get_text("words")]
            taken: list[pymupdf.Rect] = []
            wanted: list[tuple[str, tuple[str, ...]]] = [
                (bates_label(prefix, first_number + i), ("right", "left"))
            ]
            if footer:
                wanted.append((footer, ("left", "centre", "right")))
            for text, corners in wanted:
                placed = _place(page, text, corners, words, taken)
                if placed is None:
                    raise StampError(
                        f"{src}: page {i + 1}: the bottom margin holds text or images where "
                        f"'{text}' would go (tried {', '.join(corners)} at "
                        f"{STAMP_SIZES[0]:g}–{STAMP_SIZES[-1]:g} pt); "
                        "not stamped. Stamp this document by hand or choose a shorter prefix/footer."
                    )
                display, size = placed
                font = pymupdf.Font("helv")
                baseline = pymupdf.Point(display.x0 + 0.5, display.y1 + font.descender * size)
                page.insert_text(baseline * page.derotation_matrix, text, fontsize=size, fontname="helv",
                                 color=(0, 0, 0), rotate=page.rotation)
                box = display * page.derotation_matrix
                taken.append(display)
                stamps.append(Stamp(i, text, Rect(box.x0, box.y0, box.x1, box.y1), size))
        with atomic_path(dst) as tmp:
            doc.save(tmp, garbage=4, deflate=True, clean=True)
    return stamps


def check_stamped(
    stamped: Path, verified: Path, redactions: Sequence[Redaction], stamps: Sequence[Stamp]
) -> list[Check]:
    """Re-check a stamped file against the verified output it was made from, with verify's checks.

    * ``structure_clean`` — stamping added no annotation, metadata, outline...;
    * ``no_redacted_strings`` — no redacted string appears more often than in the verified output;
    * ``text_outside_unchanged`` — every character of the verified output is still in place and
      the only new characters lie in the stamp boxes (nothing was stamped over content).
    """
    base = ingest_pdf(verified)
    after = ingest_pdf(stamped)
    labels: dict[int, list[DrawnLabel]] = {}
    for s in stamps:
        labels.setdefault(s.page, []).append(DrawnLabel("stamp", s.page, 0, s.text, s.fontsize, s.rect, 0))
    with pymupdf.open(stamped) as doc:
        return [
            check_structure_clean(doc),
            check_no_redacted_strings(doc, after.pages, base, redactions),
            check_text_outside_unchanged(after.pages, base, [], labels),
        ]


def _log_redactions(log_path: Path) -> list[Redaction]:
    return [r for r in RedactionLog.read(log_path).redactions if r.status != "rejected"]


def stamp_packet(
    rows: Sequence[SummaryRow], out: Path, prefix: str, start: int = 1, footer: str | None = None
) -> list[SummaryRow]:
    """Stamp every ``ok`` row's output in packet order.

    Returns:
        The rows, each stamped one with its Bates range; a row whose document cannot
        be stamped becomes failed.
    """
    number = start
    stamped_rows: list[SummaryRow] = []
    for r in rows:
        if not r.ok:
            stamped_rows.append(r)
            continue
        src = Path(r.output)
        dst = out / BATES_DIR / f"{r.document}.pdf"
        try:
            stamps = stamp_pdf(src, dst, prefix, number, footer)
            checks = check_stamped(dst, src, _log_redactions(Path(r.log)), stamps)
            bad = [c for c in checks if not c.passed]
            if bad:
                dst.unlink(missing_ok=True)
                raise StampError(
                    f"{src}: the Bates-stamped copy failed re-verification and was deleted: "
                    + "; ".join(f"{c.name}: {c.detail}" for c in bad)
                )
        except (StampError, OSError, RuntimeError, ValueError) as exc:
            dst.unlink(missing_ok=True)
            stamped_rows.append(r.failed(exc))
            continue
        first, last = bates_label(prefix, number), bates_label(prefix, number + r.pages - 1)
        stamped_rows.append(r.stamped(first, last, dst))
        number += r.pages
    return stamped_rows


# --------------------------------------------------------------------------- one combined PDF


def _title_pattern(text: str) -> re.Pattern[str] | None:
    tokens = text.split()
    if not tokens:
        return None
    return re.compile(
        r"(?<![^\W_])" + r"[\s_.-]+".join(map(re.escape, tokens)) + r"(?![^\W_])", re.IGNORECASE
    )


def safe_title(file_name: str, redacted: Iterable[str], fallback: str) -> str:
    """``file_name`` unless any redacted string occurs in it (whole word, any case); then ``fallback``."""
    for text in redacted:
        rx = _title_pattern(text)
        if rx is not None and rx.search(file_name):
            return fallback
    return file_name


def combine_packet(rows: Sequence[SummaryRow], dst: Path) -> Path | None:
    """Write every released document (Bates copy if stamped) into one PDF with a bookmark per source.

    Raises:
        ProcessingError: the combined file failed its own checks (it is not left behind).
    """
    parts = [r for r in rows if r.ok]
    if not parts:
        return None
    redacted: set[str] = set()
    for r in parts:
        for x in _log_redactions(Path(r.log)):
            redacted.add(" ".join(x.text.split()))
            if x.entity == "PERSON":  # a surname alone in a file name identifies the person too
                redacted.update(t for t in (w.strip(".,;:'’()") for w in x.text.split()) if len(t) >= 3)
    toc: list[list[Any]] = []
    texts: list[str] = []
    combined = pymupdf.open()
    try:
        for n, r in enumerate(parts, 1):
            path = Path(r.bates_output or r.output)
            with pymupdf.open(path) as part:
                start = combined.page_count
                combined.insert_pdf(part, links=False, annots=False, widgets=False)
                texts.extend(p.get_text() for p in part)
            toc.append([1, safe_title(Path(r.source).name, redacted, f"Document {n}"), start + 1])
        combined.set_metadata({})
        structure = check_structure_clean(combined)
        if not structure.passed:
            raise ProcessingError(
                f"{dst}: the combined release is not clean ({structure.detail}); not written."
            )
        combined.set_toc(toc)
        with atomic_path(dst) as tmp:
            combined.save(tmp, garbage=4, deflate=True, clean=True)
            with pymupdf.open(tmp) as check:
                if [e[1:] for e in check.get_toc(simple=True)] != [e[1:] for e in toc]:
                    raise ProcessingError(f"{dst}: the bookmarks did not survive saving; not written.")
                if [p.get_text() for p in check] != texts:
                    raise ProcessingError(
                        f"{dst}: page text differs from the released documents; not written."
                    )
                titles = " | ".join(str(e[1]) for e in toc)
                leaked = [t for t in redacted if (rx := _title_pattern(t)) is not None and rx.search(titles)]
                if leaked:
                    raise ProcessingError(f"{dst}: a bookmark title holds redacted text; not written.")
    finally:
        combined.close()
    return dst


@dataclass(frozen=True, slots=True)
class FinishedPacket:
    """What :func:`finish_packet` did: the final rows and the files written.

    Attributes:
        rows: the rows after Bates stamping (a document that could not be stamped failed).
        summary_paths: ``packet-summary.json``, ``.csv`` and ``.html``.
        combined: the combined release, or None.
        packet_errors: packet-level errors (a combined release that could not be written).
    """

    rows: list[SummaryRow]
    summary_paths: list[Path]
    combined: Path | None
    packet_errors: list[str]


def finish_packet(rows: Sequence[SummaryRow], opts: BatchOptions, meta: dict[str, Any]) -> FinishedPacket:
    """Bates stamping, combining and summaries, in that order (the parent's last steps).

    ``meta`` holds the summary's run-level JSON fields; the combined file, the Bates
    prefix and the packet errors are added to it.
    """
    out = Path(opts.out)
    errors: list[str] = []
    final = stamp_packet(rows, out, opts.bates, opts.bates_start, opts.footer) if opts.bates else list(rows)
    combined = None
    if opts.combine:
        try:
            combined = combine_packet(final, out / COMBINED_PDF)
        except (ProcessingError, OSError, RuntimeError, ValueError) as exc:
            errors.append(str(exc))
    meta = {
        **meta,
        "combined": str(combined) if combined else None,
        "bates": opts.bates,
        "packet_errors": errors,
    }
    return FinishedPacket(final, write_summaries(out, final, meta), combined, errors)
