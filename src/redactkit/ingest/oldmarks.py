"""Old redactions: redaction marks a source already carries when it comes in.

Two kinds are found by :func:`find_old_marks` (on the freshly opened source, before
:mod:`redactkit.rasterize` drops annotations), each reported to the reviewer and turned
into a redaction of the plan (:func:`mark_redactions`), so the area is burned for real:

- **pending redaction annotations** (``/Redact`` annotations never applied): the producer
  meant to hide the area, but the text under it is still in the file. Reason
  :data:`REASON_PENDING`.
- **fake redactions**: a filled dark rectangle drawn over text that is still in the text
  layer (the "black box in Word" mistake, what Free Law Project's x-ray looks for). A
  character counts as covered when its centre lies in the box and its own glyph box renders
  (almost) entirely dark, so white label text on a black box, or white text on a dark
  banner, is not taken for hidden text. Reason :data:`REASON_COVERED`.

Geometry is unrotated page space (the page's ``/Rotate`` is set to 0 in memory while
reading), as everywhere else in redactkit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pymupdf

from ..model import Document, Rect, Redaction
from ..pdf import TEXT_FLAGS, pages
from ..pdf.sanitize import PDF_ANNOT_REDACT

ENTITY = "PRIOR_REDACTION"
#: Exemption code written on (and logged for) old marks: the original exemption is unknown.
EXEMPTION = "PRIOR"
REASON_PENDING = "pre-existing redaction mark"
REASON_COVERED = "pre-existing redaction with recoverable text"
#: A fill whose RGB components are all at or below this is dark.
DARK_FILL = 0.3
#: Grey level (0-255) at or below which a rendered pixel counts as dark.
DARK_PIXEL = 80
#: Share of a glyph box's pixels that must be dark for the glyph to count as hidden.
HIDDEN_SHARE = 0.97
#: Smallest box taken for a redaction mark (points, each side).
MIN_BOX = 2.0
#: Render zoom for the visibility test.
ZOOM = 2.0


__all__ = ["OldMark", "find_old_marks", "mark_redactions"]


@dataclass(frozen=True)
class OldMark:
    """A redaction mark found in the source.

    Attributes:
        page: page index.
        rect: the mark's area, unrotated page space.
        kind: ``pending_annotation`` or ``covered_text``.
        text: the text-layer characters under it (what would have leaked), in reading order.
        chars: how many characters (pending) or hidden characters (covered) lie under it.
    """

    page: int
    rect: Rect
    kind: str
    text: str
    chars: int

    @property
    def reason(self) -> str:
        return REASON_PENDING if self.kind == "pending_annotation" else REASON_COVERED

    def warning(self) -> str:
        """The reviewer note (it names the page and the area, never the text)."""
        box = "[" + ", ".join(f"{v:.1f}" for v in self.rect.to_list()) + "]"
        if self.kind == "pending_annotation":
            return (f"page {self.page + 1}: a redaction annotation that was never applied covers {box} "
                    f"({self.chars} character(s) still in the file); its area is now burned "
                    f"({REASON_PENDING})")
        return (f"page {self.page + 1}: {REASON_COVERED}: {self.chars} character(s) under an opaque box "
                f"at {box} could be copied out of the source; they are removed (burned)")


def _chars(page: pymupdf.Page) -> list[tuple[str, pymupdf.Rect]]:
    out: list[tuple[str, pymupdf.Rect]] = []
    raw = page.get_text("rawdict", flags=TEXT_FLAGS)
    for block in raw["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for ch in span["chars"]:
                    if ch["c"]:
                        out.append((ch["c"], pymupdf.Rect(ch["bbox"])))
    return out


def _inside(chars: list[tuple[str, pymupdf.Rect]], r: pymupdf.Rect) -> list[tuple[str, pymupdf.Rect]]:
    out = []
    for c, b in chars:
        cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
        if r.x0 <= cx <= r.x1 and r.y0 <= cy <= r.y1:
            out.append((c, b))
    return out


def _text(chars: list[tuple[str, pymupdf.Rect]]) -> str:
    return " ".join("".join(c for c, _ in chars).split())


def _dark_boxes(page: pymupdf.Page) -> list[pymupdf.Rect]:
    boxes: list[pymupdf.Rect] = []
    for d in page.get_drawings():
        fill = d.get("fill")
        if not fill or max(fill) > DARK_FILL:
            continue
        if (d.get("fill_opacity") if d.get("fill_opacity") is not None else 1.0) < 0.9:
            continue
        if any(item[0] == "c" for item in d["items"]):  # curves: not a box
            continue
        r = pymupdf.Rect(d["rect"]) & page.rect
        if r.is_empty or r.width < MIN_BOX or r.height < MIN_BOX:
            continue
        boxes.append(r)
    return boxes


def _hidden(page: pymupdf.Page, box: pymupdf.Rect, chars: list[tuple[str, pymupdf.Rect]]) -> int:
    """How many of ``chars`` (centres in ``box``) render entirely dark, i.e. are not visible."""
    pix = page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), clip=box, colorspace=pymupdf.csGRAY,
                          alpha=False, annots=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    n = 0
    for c, b in chars:
        if c.isspace():
            continue
        g = b & box
        if g.is_empty:
            continue
        x0 = int((g.x0 - box.x0) * ZOOM)
        y0 = int((g.y0 - box.y0) * ZOOM)
        x1 = max(x0 + 1, int((g.x1 - box.x0) * ZOOM))
        y1 = max(y0 + 1, int((g.y1 - box.y0) * ZOOM))
        cell = img[y0:y1, x0:x1]
        if cell.size and float((cell <= DARK_PIXEL).mean()) >= HIDDEN_SHARE:
            n += 1
    return n


def find_old_marks(doc: pymupdf.Document) -> list[OldMark]:
    """Pending redaction annotations and dark boxes over extractable text, page by page.

    Must run on the source as opened, before its annotations are dropped. The document is
    not modified (rotation is set to 0 and restored in memory).
    """
    marks: list[OldMark] = []
    if not doc.is_pdf:
        return marks
    for page in pages(doc):
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            pending = [pymupdf.Rect(a.rect) for a in page.annots(types=(PDF_ANNOT_REDACT,))]
            boxes = _dark_boxes(page)
            if not pending and not boxes:
                continue
            chars = _chars(page)
            for r in pending:
                under = _inside(chars, r)
                marks.append(OldMark(page.number, Rect(r.x0, r.y0, r.x1, r.y1), "pending_annotation",
                                     _text(under), sum(1 for c, _ in under if not c.isspace())))
            for r in boxes:
                under = _inside(chars, r)
                if not any(not c.isspace() for c, _ in under):
                    continue
                hidden = _hidden(page, r, under)
                if hidden:
                    marks.append(OldMark(page.number, Rect(r.x0, r.y0, r.x1, r.y1), "covered_text",
                                         _text(under), hidden))
        finally:
            if rotation:
                page.set_rotation(rotation)
    return marks


def mark_redactions(document: Document) -> list[Redaction]:
    """One redaction (status ``proposed``, so review can see it) per old mark of ``document``."""
    out: list[Redaction] = []
    for m in getattr(document, "old_marks", ()):
        key = f"prior:{m.page}:{m.kind}:" + ",".join(f"{v:.2f}" for v in m.rect.to_list())
        out.append(Redaction(
            id="p" + hashlib.sha1(key.encode()).hexdigest()[:8],
            page=m.page,
            rects=(m.rect,),
            entity=ENTITY,
            exemption=EXEMPTION,
            reason=m.reason,
            text=m.text,
            recognizer="oldmarks",
            score=1.0,
            explanation=f"{m.kind.replace('_', ' ')} found in the source",
        ))
    return out
