"""One page's text and glyph geometry as arrays: what the text checks compare.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..model import CharMap, Page, Rect, Redaction
from ..pdf.labels import DrawnLabel

__all__ = [
    "HiddenChars",
    "POSITION_TOLERANCE",
]


#: Tolerance for a surviving character's position (points).
POSITION_TOLERANCE = 0.5


HiddenChars = Sequence[tuple[int, str, float, float]]


def rects_by_page(redactions: Iterable[Redaction]) -> dict[int, list[Rect]]:
    out: dict[int, list[Rect]] = {}
    for r in redactions:
        out.setdefault(r.page, []).extend(x for x in r.rects if not x.is_empty)
    return out


#: Every character ``str.isspace`` accepts (none lies above U+3000).
SPACES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)


class Glyphs:
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
        self.space = np.isin(self.codes, SPACES)
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
