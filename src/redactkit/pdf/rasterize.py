"""Hostile-input hardening: make a freshly opened source safe to read and burn, page by page.

:func:`harden` runs on the in-memory document right after it is opened, in
:func:`redactkit.ingest.ingest` *and* in :func:`redactkit.burn.burn` (the same
deterministic steps on the same bytes, so both see the same pages). Ingest records
what it did (:class:`~redactkit.model.Hardening`: the raster dpi and the pages it
rasterized) as ``Document.hardening``; burn hardens with that dpi and refuses to write
when it rasterizes other pages. The source file is never written.

1. Annotations and form widgets are dropped first: MuPDF's text extraction
   includes their appearance streams, so a widget value or a free-text note
   would otherwise read as page text. Sanitize removes them from the output
   anyway. A *pending redaction annotation* in the source must never be applied
   by burn (its overlay text would be written into the page).
2. ``/ActualText``, ``/Alt`` and ``/E`` strings in marked content of page and
   Form XObject content streams are removed: MuPDF extracts ``/ActualText``
   instead of the glyphs it covers, and the strings stay in the bytes.
3. A page that cannot be made safe as vector content is **rasterized**: rendered
   (without annotations) at :data:`DEFAULT_RASTER_DPI`, its content replaced by
   that one image, and from then on treated as a scan (OCR, pixel burn, new
   searchable layer). Reasons (:func:`unsafe_reasons`): Type3 fonts (glyphs are
   arbitrary drawings, their Unicode may lie), text drawn as vector outlines,
   text outside the visible page (MediaBox/CropBox), content in optional-content
   layers (a layer switched off is neither extracted nor seen), an image on a
   text page (pixels may hold text that the text layer does not; text may hide
   under it), and ``/UserUnit``; and, from :mod:`redactkit.pdf.trust`, a text layer
   that cannot be believed (``untrusted text layer: …``). Every rasterized page
   is reported as a warning.

Page size guard: a page that would render to more than
:data:`MAX_RASTER_PIXELS` is rendered at a lower dpi (not below
:data:`MIN_RASTER_DPI`); one too large even then is refused with an
:class:`~redactkit.errors.InputError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pymupdf

from .._fileio import sha256_file
from ..errors import CorruptDocumentError, InputError, RedactkitError
from ..model import Hardening
from . import sanitize as sz
from ._glyphs import iter_glyphs
from ._open import PDF_MAGIC
from .trust import TrustAssessor

__all__ = [
    "DEFAULT_RASTER_DPI",
    "MAX_CURVES",
    "MAX_FORM_DEPTH",
    "MAX_PAGE_POINTS2",
    "MAX_RASTER_PIXELS",
    "MIN_RASTER_DPI",
    "MIN_TEXT_IMAGE",
    "SCAN_COVER",
    "harden",
    "harden_source",
    "rasterize_page",
    "remove_marked_text",
    "strip_marked_text",
    "unsafe_reasons",
]

#: Resolution of the fallback rendering of unsafe pages.
DEFAULT_RASTER_DPI = 200
MIN_RASTER_DPI = 72
#: Largest fallback image (pixels).
MAX_RASTER_PIXELS = 60_000_000
#: Largest page area accepted (points², at rotation 0): 15 megapixels at 72 dpi, so
#: verification's 144-dpi render stays under 60 megapixels.
MAX_PAGE_POINTS2 = 15_000_000
#: Bézier segments on a page with text above which its drawings are taken for outlined glyphs.
MAX_CURVES = 24
#: An image at least this wide and tall (points) on a text page may hold a line of text.
MIN_TEXT_IMAGE = (48.0, 10.0)
#: Share of the page an image must cover for the page to count as a scan (OCR'd anyway).
SCAN_COVER = 0.5
#: Nesting depth followed into Form XObjects.
MAX_FORM_DEPTH = 12

_MC_KEYS = re.compile(rb"/(?:ActualText|Alt|E)(?=[\s(<])\s*")


def _skip_string(data: bytes, i: int) -> int:
    """Index after the PDF string starting at ``data[i]`` (literal or hex), or -1."""
    if data[i:i + 1] == b"(":
        depth, j = 0, i
        while j < len(data):
            c = data[j:j + 1]
            if c == b"\\":
                j += 2
                continue
            if c == b"(":
                depth += 1
            elif c == b")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return -1
    if data[i:i + 1] == b"<" and data[i + 1:i + 2] != b"<":
        end = data.find(b">", i)
        return -1 if end < 0 else end + 1
    return -1


def strip_marked_text(data: bytes) -> tuple[bytes, int]:
    """Remove ``/ActualText``, ``/Alt`` and ``/E`` string entries from a content stream.

    Returns the new stream and the number of entries removed. A key not followed
    by a string is left alone.
    """
    out: list[bytes] = []
    pos, n = 0, 0
    for m in _MC_KEYS.finditer(data):
        if m.start() < pos:
            continue
        end = _skip_string(data, m.end())
        if end < 0:
            continue
        out.append(data[pos:m.start()])
        pos = end
        n += 1
    out.append(data[pos:])
    return b"".join(out), n


def _form_xrefs(doc: pymupdf.Document, page: pymupdf.Page) -> list[int]:
    """Form XObjects a page uses, directly or nested."""
    found: list[int] = []
    seen: set[int] = set()
    todo = [(int(x[0]), 0) for x in page.get_xobjects()]
    while todo:
        xref, depth = todo.pop()
        if xref in seen or xref <= 0 or depth > MAX_FORM_DEPTH:
            continue
        seen.add(xref)
        try:
            if doc.xref_get_key(xref, "Subtype")[1] != "/Form":
                continue
            found.append(xref)
            obj = doc.xref_object(xref, compressed=True)
        except Exception:
            continue
        res = re.search(r"/XObject\s*<<(.*?)>>", obj, re.S)
        body = res.group(1) if res else ""
        kind, val = doc.xref_get_key(xref, "Resources")
        if kind == "xref":
            try:
                rx = doc.xref_object(int(val.split()[0]), compressed=True)
            except Exception:
                rx = ""
            m = re.search(r"/XObject\s*(?:<<(.*?)>>|(\d+)\s+0\s+R)", rx, re.S)
            if m and m.group(1):
                body += m.group(1)
            elif m and m.group(2):
                try:
                    body += doc.xref_object(int(m.group(2)), compressed=True)
                except Exception:
                    pass
        for ref in re.findall(r"(\d+)\s+0\s+R", body):
            todo.append((int(ref), depth + 1))
    return found


def _streams(doc: pymupdf.Document, page: pymupdf.Page) -> list[int]:
    return [int(x) for x in page.get_contents()] + _form_xrefs(doc, page)


def remove_marked_text(doc: pymupdf.Document) -> int:
    """Strip ``/ActualText``, ``/Alt`` and ``/E`` strings from every page's content and forms."""
    n = 0
    done: set[int] = set()
    for page in sz.pages(doc):
        for xref in _streams(doc, page):
            if xref in done:
                continue
            done.add(xref)
            try:
                data = doc.xref_stream(xref)
            except Exception:
                continue
            if not data or not _MC_KEYS.search(data):
                continue
            new, k = strip_marked_text(data)
            if k:
                doc.update_stream(xref, new)
                n += k
    return n


def _uses_optional_content(doc: pymupdf.Document, page: pymupdf.Page) -> bool:
    for xref in _streams(doc, page):
        try:
            data = doc.xref_stream(xref) or b""
            obj = doc.xref_object(xref, compressed=True)
        except Exception:
            continue
        if re.search(rb"/OC\s*/", data) or "/OC " in obj or "/OC/" in obj:
            return True
    for info in page.get_image_info(xrefs=True):
        xref = int(info.get("xref") or 0)
        if xref > 0 and doc.xref_get_key(xref, "OC")[0] != "null":
            return True
    return False


def _text_inside(page: pymupdf.Page, rect: pymupdf.Rect) -> tuple[bool, int]:
    """Whether ``page`` has a non-space glyph, and how many non-space glyphs have their
    centre more than 1 pt outside ``rect``.

    Most pages are answered from the span boxes (``dict``): a span box is the union of its
    glyph boxes (PyMuPDF's ``JM_make_spanlist``), so every glyph centre of a span whose box
    lies within the bounds is inside too. Only when a span reaches past the bounds, or no
    span text shows a non-space character, are the glyphs counted one by one (``rawdict``,
    the same extraction), which gives the exact answer.
    """
    lo_x, hi_x, lo_y, hi_y = rect.x0 - 1, rect.x1 + 1, rect.y0 - 1, rect.y1 + 1
    has_text = False
    clipped = False
    for block in page.get_text("dict", flags=0, clip=pymupdf.INFINITE_RECT())["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            for span in line["spans"]:
                x0, y0, x1, y1 = span["bbox"]
                if not (lo_x <= x0 and x1 <= hi_x and lo_y <= y0 and y1 <= hi_y):
                    clipped = True
                if not has_text and not span["text"].isspace() and span["text"]:
                    has_text = True
    if has_text and not clipped:
        return True, 0
    has_text = False
    outside = 0
    for g in iter_glyphs(page, flags=0, clip=pymupdf.INFINITE_RECT()):
        if g.c.isspace():
            continue
        has_text = True
        x0, y0, x1, y1 = g.bbox
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (lo_x <= cx <= hi_x and lo_y <= cy <= hi_y):
            outside += 1
    return has_text, outside


def unsafe_reasons(doc: pymupdf.Document, page: pymupdf.Page) -> list[str]:
    """Why ``page`` (rotation 0) cannot be burned safely as vector content; empty when it can."""
    reasons: list[str] = []
    if any(f[2] == "Type3" for f in page.get_fonts(full=True)):
        reasons.append("Type3 font")
    rect = page.rect
    has_text, outside = _text_inside(page, rect)
    if outside:
        reasons.append(f"{outside} character(s) outside the visible page")
    curves = sum(1 for d in page.get_drawings() for item in d["items"] if item[0] == "c")
    if curves > MAX_CURVES:
        reasons.append(f"vector drawings with {curves} curve segments (outlined text?)")
    area = rect.width * rect.height
    images = [pymupdf.Rect(i["bbox"]) for i in page.get_image_info()]
    covered = sum((r & rect).width * (r & rect).height for r in images if not (r & rect).is_empty)
    is_scan = area > 0 and covered / area > SCAN_COVER
    if has_text and not is_scan and any(
        min(r.width, r.height) >= MIN_TEXT_IMAGE[1] and max(r.width, r.height) >= MIN_TEXT_IMAGE[0]
        for r in images
    ):
        reasons.append("an image on a text page")
    if is_scan and any(r not in rect + (-1, -1, 1, 1) for r in images):
        reasons.append("an image extending beyond the visible page")
    if doc.get_ocgs() and _uses_optional_content(doc, page):
        reasons.append("optional content (layers)")
    kind, val = doc.xref_get_key(page.xref, "UserUnit")
    if kind != "null" and val not in ("1", "1.0"):
        reasons.append(f"/UserUnit {val}")
    return reasons


def rasterize_page(doc: pymupdf.Document, page: pymupdf.Page, dpi: int = DEFAULT_RASTER_DPI) -> int:
    """Replace the content of ``page`` (rotation 0) with its rendering; return the dpi used."""
    w_in, h_in = page.rect.width / 72.0, page.rect.height / 72.0
    if w_in * h_in * dpi * dpi > MAX_RASTER_PIXELS:
        dpi = int((MAX_RASTER_PIXELS / max(w_in * h_in, 1e-9)) ** 0.5)
    if dpi < MIN_RASTER_DPI:
        raise InputError(
            f"page {page.number + 1} is {page.rect.width:.0f}×{page.rect.height:.0f} pt; rendering it "
            f"at {MIN_RASTER_DPI} dpi would exceed {MAX_RASTER_PIXELS / 1e6:.0f} megapixels. "
            "Split or rescale the page first."
        )
    pix = page.get_pixmap(dpi=dpi, annots=False, alpha=False, colorspace=pymupdf.csRGB)
    contents = page.get_contents()
    if contents:
        doc.update_stream(contents[0], b"")
        doc.xref_set_key(page.xref, "Contents", f"{contents[0]} 0 R")
    doc.xref_set_key(page.xref, "Resources", "<<>>")
    for key in ("Group", "UserUnit", "PieceInfo", "Thumb"):
        doc.xref_set_key(page.xref, key, "null")
    # Anything outside the visible page (CropBox) is not in the image.
    page.insert_image(page.rect, pixmap=pix)
    return dpi


def harden(doc: pymupdf.Document, dpi: int = DEFAULT_RASTER_DPI, *,
           untrusted: Callable[[pymupdf.Document, pymupdf.Page], list[str]] | None = None) -> list[str]:
    """Make an in-memory source safe to read and burn (see module docstring).

    ``untrusted`` (e.g. :meth:`redactkit.pdf.trust.TrustAssessor.reasons`) adds reasons of its
    own: a page whose text layer it does not trust is rasterized like an unsafe one.

    Returns:
        Reviewer warnings, one per rasterized page and per kind of content dropped.
    """
    return _harden(doc, dpi, untrusted)[0]


def _harden(doc: pymupdf.Document, dpi: int,
            untrusted: Callable[[pymupdf.Document, pymupdf.Page], list[str]] | None,
            ) -> tuple[list[str], tuple[int, ...], tuple[tuple[int, str], ...]]:
    """:func:`harden`, also returning the indexes of the pages it rasterized and the
    ``untrusted`` verdicts that made it rasterize (index, why)."""
    notes: list[str] = []
    rasterized: list[int] = []
    verdicts: list[tuple[int, str]] = []
    if not doc.is_pdf:
        return notes, (), ()
    n_annots = sz.remove_annotations(doc) + sz.remove_form_fields(doc)
    if n_annots:
        notes.append(f"{n_annots} annotation(s)/form field(s) ignored for reading; removed from the output")
    n_mc = remove_marked_text(doc)
    if n_mc:
        notes.append(f"{n_mc} /ActualText, /Alt or /E string(s) removed from page content")
    for page in sz.pages(doc):
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            r = page.rect
            if r.width * r.height > MAX_PAGE_POINTS2 or r.width <= 0 or r.height <= 0:
                raise InputError(
                    f"page {page.number + 1} is {r.width:.0f}×{r.height:.0f} pt, outside the "
                    f"accepted size (up to {MAX_PAGE_POINTS2 / 1e6:.0f} million pt², e.g. 54×54 in). "
                    "Split or rescale the page first."
                )
            reasons = unsafe_reasons(doc, page)
            if not reasons and untrusted is not None:
                distrust = untrusted(doc, page)
                if distrust:
                    why = "; ".join(distrust)
                    verdicts.append((page.number, why))
                    reasons = [f"untrusted text layer: {why}"]
            if reasons:
                used = rasterize_page(doc, page, dpi)
                rasterized.append(page.number)
                notes.append(f"page {page.number + 1}: rasterized at {used} dpi and OCR'd "
                             f"({'; '.join(reasons)}); it is an image in the output")
        finally:
            if rotation:
                page.set_rotation(rotation)
    return notes, tuple(rasterized), tuple(verdicts)


def harden_source(doc: pymupdf.Document, path: Path, raster_dpi: int | None = None, *,
                  recorded: Hardening | None = None) -> tuple[list[str], Hardening]:
    """:func:`harden` with the source file's page-trust classifier (:mod:`redactkit.pdf.trust`),
    and MuPDF failures turned into typed errors.

    Ingest calls it without ``recorded`` and keeps the returned
    :class:`~redactkit.model.Hardening` on the document: it holds the trust verdicts, so page
    trust (PDFium, qpdf, perhaps OCR) runs once per document. Burn passes that record as
    ``recorded``: its verdicts are replayed instead of assessed again (when the record has
    them and was made from the same bytes), the deterministic MuPDF checks run again, and
    burn compares the result with the record (:func:`redactkit.burn.check_hardening`).

    Returns:
        ``(notes, hardening)``: the reviewer warnings of :func:`harden` and what it did.
    """
    dpi = raster_dpi or DEFAULT_RASTER_DPI
    digest = _sha256(path)
    replay = recorded is not None and recorded.untrusted is not None and recorded.source_sha256 == digest
    assessor = None if replay else _trust_assessor(path)
    try:
        if replay:
            assert recorded is not None and recorded.untrusted is not None
            verdicts = {i: why for i, why in recorded.untrusted}

            def untrusted(_doc: pymupdf.Document, page: pymupdf.Page) -> list[str]:
                why = verdicts.get(page.number if page.number is not None else -1)
                return [why] if why else []

            notes, rasterized, found = _harden(doc, dpi, untrusted)
        else:
            notes, rasterized, found = _harden(doc, dpi, assessor.reasons if assessor is not None else None)
        return notes, Hardening(dpi, rasterized, found, digest)
    except RedactkitError as exc:
        raise type(exc)(f"{path}: {exc}") from exc
    except Exception as exc:
        raise CorruptDocumentError(
            f"{path}: the PDF is damaged in a way that cannot be made safe ({exc}); nothing was written."
        ) from exc
    finally:
        if assessor is not None:
            assessor.close()


def _sha256(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError:
        return ""


def _trust_assessor(path: Path) -> TrustAssessor | None:
    """A page-trust classifier on the source file; None for images (their pages are scans anyway)."""
    try:
        with open(path, "rb") as f:
            if PDF_MAGIC not in f.read(1024):
                return None
    except OSError:
        return None
    return TrustAssessor(path)
