"""Exemption labels inside burned boxes: where they fit, and what was drawn.

Burn draws the labels (:mod:`redactkit.burn`) and verification allows their glyphs
inside the boxes (:mod:`redactkit.verify`); both lay them out with :func:`plan_labels`,
which is why it lives in the PDF layer under both rather than in either stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pymupdf

from ..model import Rect, Redaction

__all__ = ["FILL", "LABEL_COLOR", "LABEL_FONT", "DrawnLabel", "label_font", "layout_label", "plan_labels",
           "to_fitz"]

#: Fill colour of burned boxes (RGB, 0..1) and colour of the label text.
FILL = (0.0, 0.0, 0.0)
LABEL_COLOR = (1.0, 1.0, 1.0)
#: Label font (a Base-14 font: no font file is embedded) and size limits.
LABEL_FONT = "helv"
LABEL_MAX_SIZE = 8.0
LABEL_MIN_SIZE = 4.0
LABEL_STEP = 0.5
#: Free space kept around a label inside its box, as a fraction of the label size.
LABEL_MARGIN = 0.15
_FONT_CACHE: dict[str, pymupdf.Font] = {}


@dataclass(frozen=True)
class DrawnLabel:
    """An exemption label burn wrote inside a box.

    Attributes:
        redaction_id: the redaction the label belongs to.
        page: page index.
        rect_index: which of the redaction's rectangles holds the label.
        text: the label text (the exemption code).
        fontsize: font size used.
        rect: where the label glyphs lie, unrotated page space (font
            ascender to descender over the text advance).
        rotate: text rotation used so the label reads upright on the displayed page.
    """

    redaction_id: str
    page: int
    rect_index: int
    text: str
    fontsize: float
    rect: Rect
    rotate: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "redaction_id": self.redaction_id,
            "page": self.page,
            "rect_index": self.rect_index,
            "text": self.text,
            "fontsize": self.fontsize,
            "rect": self.rect.to_list(),
            "rotate": self.rotate,
        }


def label_font(name: str) -> pymupdf.Font:
    """A Base-14 font by name, loaded once per process."""
    if name not in _FONT_CACHE:
        _FONT_CACHE[name] = pymupdf.Font(name)
    return _FONT_CACHE[name]


_LENGTH_CACHE: dict[str, float] = {}


def _unit_length(text: str) -> float:
    """Width of ``text`` in :data:`LABEL_FONT` at 1 pt (labels repeat: computed once each)."""
    if text not in _LENGTH_CACHE:
        _LENGTH_CACHE[text] = label_font(LABEL_FONT).text_length(text, fontsize=1.0)
    return _LENGTH_CACHE[text]


def to_fitz(r: Rect) -> pymupdf.Rect:
    """A model :class:`~redactkit.model.Rect` as a PyMuPDF rectangle."""
    return pymupdf.Rect(r.x0, r.y0, r.x1, r.y1)


def layout_label(rect: Rect, text: str, rotation: int) -> tuple[float, Rect, pymupdf.Point] | None:
    """Lay out an exemption label on one line inside ``rect``, or return None if it does not fit.

    The label is centred, set in :data:`LABEL_FONT`, at the largest size from
    :data:`LABEL_MAX_SIZE` down to :data:`LABEL_MIN_SIZE` (steps of
    :data:`LABEL_STEP`) at which it fits on one line with a margin. It is
    rotated with the page so that it reads upright on the displayed page.
    This is a pure function so that verification can recompute labels.

    Args:
        rect: the box, unrotated page space.
        text: the label.
        rotation: the page's ``/Rotate`` (0, 90, 180 or 270).

    Returns:
        ``(fontsize, glyph_rect, baseline_start)`` or None.
    """
    text = text.strip()
    if not text or rect.is_empty:
        return None
    rotation %= 360
    vertical = rotation in (90, 270)
    along = rect.height if vertical else rect.width
    across = rect.width if vertical else rect.height
    font = label_font(LABEL_FONT)
    asc, desc = font.ascender, -font.descender  # desc > 0
    size = LABEL_MAX_SIZE
    unit = _unit_length(text)  # text length scales linearly with the font size
    while size >= LABEL_MIN_SIZE - 1e-9:
        length = unit * size
        margin = LABEL_MARGIN * size
        if length + 2 * margin <= along and (asc + desc) * size <= across:
            break
        size -= LABEL_STEP
    else:
        return None
    cx, cy = rect.center()
    # Baseline offset from the box centre (perpendicular to the text) that
    # centres the ascender..descender band.
    off = (asc - desc) * size / 2
    half = length / 2
    if rotation == 0:
        start = pymupdf.Point(cx - half, cy + off)
        glyphs = Rect(cx - half, cy + off - asc * size, cx + half, cy + off + desc * size)
    elif rotation == 90:  # text runs upwards, glyph tops point to -x
        start = pymupdf.Point(cx + off, cy + half)
        glyphs = Rect(cx + off - asc * size, cy - half, cx + off + desc * size, cy + half)
    elif rotation == 180:  # text runs leftwards, glyph tops point to +y
        start = pymupdf.Point(cx + half, cy - off)
        glyphs = Rect(cx - half, cy - off - desc * size, cx + half, cy - off + asc * size)
    else:  # 270: text runs downwards, glyph tops point to +x
        start = pymupdf.Point(cx - off, cy - half)
        glyphs = Rect(cx - off - desc * size, cy - half, cx - off + asc * size, cy + half)
    return size, glyphs, start


def plan_labels(redactions: Sequence[Redaction], rotations: dict[int, int]) -> dict[int, list[DrawnLabel]]:
    """Decide, per page, which labels burn draws (one per redaction, in its widest fitting rectangle).

    Args:
        redactions: the redactions to burn.
        rotations: page index → the page's ``/Rotate``.

    Returns:
        page index → labels, in redaction order.
    """
    out: dict[int, list[DrawnLabel]] = {}
    for red in redactions:
        rotation = rotations.get(red.page, 0) % 360
        best: tuple[float, int, tuple[float, Rect, pymupdf.Point]] | None = None
        # every code a reviewer gave the box where they fit, else the primary code alone
        texts = ([", ".join(red.exemptions)] if len(red.exemptions) > 1 else []) + [red.exemption]
        for text in texts:
            for i, r in enumerate(red.rects):
                lay = layout_label(r, text, rotation)
                if lay is None:
                    continue
                along = r.height if rotation in (90, 270) else r.width
                if best is None or along > best[0]:
                    best = (along, i, lay)
            if best is not None:
                break
        if best is None:
            continue
        _, idx, (size, glyphs, _start) = best
        out.setdefault(red.page, []).append(
            DrawnLabel(red.id, red.page, idx, text.strip(), size, glyphs, rotation)
        )
    return out
