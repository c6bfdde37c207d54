"""Text that is not text: glyphs drawn as vector paths or as small images.

Part of page trust (:mod:`redactkit.pdf.trust`): a page whose visible text is drawn as
outlines, tiny rectangles or image tiles has no text layer to believe there, so it is
read as pixels. :func:`shape_reasons` recognises such text by the shapes of the marks
MuPDF reports (many glyph-sized marks in a row on one baseline, a whole line of outlined
glyphs in one path, image strips of text-line height, small images tiled along a line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pymupdf

__all__ = ["MIN_MARK_RUN", "TEXT_HEIGHT", "mark_runs", "shape_reasons"]

#: Glyph-sized marks (vector or image) in a row on one baseline that read as a line of text.
MIN_MARK_RUN = 5
#: Height range (points) of a text line drawn as marks.
TEXT_HEIGHT = (4.0, 24.0)


@dataclass(frozen=True)
class _Mark:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def h(self) -> float:
        return self.y1 - self.y0

    @property
    def w(self) -> float:
        return self.x1 - self.x0


def _glyph_like(m: _Mark) -> bool:
    return TEXT_HEIGHT[0] <= m.h <= TEXT_HEIGHT[1] and 0.15 * m.h <= m.w <= 1.6 * m.h


def _merge_touching(marks: list[_Mark], tol: float = 0.6) -> list[_Mark]:
    """Union marks whose boxes touch (a glyph drawn as many tiny rectangles → one glyph)."""
    if len(marks) > 20000:
        marks = marks[:20000]
    parent = list(range(len(marks)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cell = 8.0
    grid: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(marks):
        if m.w > 40 or m.h > 40:
            continue  # large shapes (frames, rules) never join glyphs
        for gx in range(int((m.x0 - tol) // cell), int((m.x1 + tol) // cell) + 1):
            for gy in range(int((m.y0 - tol) // cell), int((m.y1 + tol) // cell) + 1):
                for j in grid.get((gx, gy), ()):
                    o = marks[j]
                    if (m.x0 - tol <= o.x1 and o.x0 - tol <= m.x1
                            and m.y0 - tol <= o.y1 and o.y0 - tol <= m.y1):
                        parent[find(i)] = find(j)
                grid.setdefault((gx, gy), []).append(i)
    groups: dict[int, _Mark] = {}
    for i, m in enumerate(marks):
        r = find(i)
        g = groups.get(r)
        groups[r] = m if g is None else _Mark(min(g.x0, m.x0), min(g.y0, m.y0),
                                              max(g.x1, m.x1), max(g.y1, m.y1))
    return list(groups.values())


def mark_runs(marks: Iterable[_Mark]) -> int:
    """Longest run of glyph-like marks on one baseline with word-like gaps."""
    cands = sorted((m for m in marks if _glyph_like(m)), key=lambda m: (round(m.y1), m.x0))
    best = 0
    by_base: dict[int, list[_Mark]] = {}
    for m in cands:
        by_base.setdefault(int(m.y1 // 2), []).append(m)
    for key in list(by_base):
        row = sorted(by_base[key] + by_base.get(key + 1, []), key=lambda m: m.x0)
        run = 1
        for a, b in zip(row, row[1:], strict=False):
            h = max(a.h, b.h)
            if -0.2 * h <= b.x0 - a.x1 <= 1.2 * h and min(a.h, b.h) >= 0.45 * h:
                run += 1
                best = max(best, run)
            else:
                run = 1
        best = max(best, run if row else 0)
    return best


def shape_reasons(page: pymupdf.Page) -> list[str]:
    """Text drawn as vector paths or small images, recognised by the shape of the marks."""
    reasons: list[str] = []
    marks: list[_Mark] = []
    line_paths = 0
    for d in page.get_cdrawings():
        r = d.get("rect")
        if r is None:
            continue
        x0, y0, x1, y1 = r
        items = d.get("items", ())
        m = _Mark(x0, y0, x1, y1)
        if TEXT_HEIGHT[0] <= m.h <= TEXT_HEIGHT[1] and m.w > 3 * m.h and len(items) >= max(12, 2 * m.w / m.h):
            line_paths += 1  # a whole line of outlined glyphs in one path
            continue
        if len(items) > 1 and all(it[0] == "re" for it in items) and (m.w > 2 * m.h or m.h > 2 * m.w):
            # several rectangles in one path: judge each (pixel-drawn glyphs), not the union
            for it in items:
                rr = it[1]
                marks.append(_Mark(rr[0], rr[1], rr[2], rr[3]))
            continue
        marks.append(m)
    if line_paths:
        reasons.append(f"{line_paths} text-line-shaped vector path(s) (outlined text?)")
    run = mark_runs(_merge_touching(marks)) if marks else 0
    if run >= MIN_MARK_RUN:
        reasons.append(f"vector marks shaped like a line of text ({run} glyph-sized marks in a row)")
    images = []
    for info in page.get_image_info():
        x0, y0, x1, y1 = info["bbox"]
        images.append(_Mark(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    strips = [m for m in images if TEXT_HEIGHT[0] <= m.h <= TEXT_HEIGHT[1] and m.w >= 3 * m.h]
    if strips:
        reasons.append(f"{len(strips)} image strip(s) of text-line height")
    small = [m for m in images if TEXT_HEIGHT[0] <= m.h <= TEXT_HEIGHT[1] and m not in strips]
    row = sorted(small, key=lambda m: (round(m.y1 / 2), m.x0))
    tiles = 1
    for a, b in zip(row, row[1:], strict=False):
        if abs(a.y1 - b.y1) < 2 and -1 <= b.x0 - a.x1 <= max(a.h, 2.0):
            tiles += 1
            if tiles >= 3:
                reasons.append("small images tiled along a baseline (a line of text cut into pieces?)")
                break
        else:
            tiles = 1
    return reasons
