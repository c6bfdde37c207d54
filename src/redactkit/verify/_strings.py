"""Text checks: no redacted string left anywhere, and nothing outside the boxes changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import pymupdf

from ..model import Check, Document, Page, Redaction
from ..pdf import pages
from ..pdf.labels import DrawnLabel
from ._glyphs import POSITION_TOLERANCE, SPACES, Glyphs, HiddenChars, rects_by_page

__all__ = [
    "check_no_redacted_strings",
    "check_text_outside_unchanged",
]


_WORD = re.compile(r"\w+")


_W = re.compile(r"\w")


class TokenPattern:
    r"""``(?<!\w)<tokens joined by \s+>(?!\w)``, searched as the regex engine would, but
    several times faster: a pattern that opens with a look-behind gets no literal-prefix
    scan (the engine tries every position), so the body is found by its literal first
    token and the look-behind is tested at each candidate start; a candidate that fails
    it is searched again from the next position, as the engine does."""

    def __init__(self, parts: Sequence[str]) -> None:
        body = r"\s+".join(re.escape(p) for p in parts)
        self._body = re.compile(rf"{body}(?!\w)")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        r"""The matches of ``(?<!\w)body(?!\w)`` in ``text``, left to right, not overlapping."""
        pos = 0
        search, word = self._body.search, _W.match
        while (m := search(text, pos)) is not None:
            start = m.start()
            if start and word(text, start - 1):
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def _token_pattern(text: str) -> TokenPattern | None:
    parts = text.split()
    if not parts:
        return None
    return TokenPattern(parts)


def _count(pattern: TokenPattern, text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _normalise(codes: np.ndarray, join_lines: bool) -> tuple[str, np.ndarray]:
    """Whitespace runs → one space (with ``join_lines``, line breaks dropped first).

    Returns the normalised text and, for each of its characters, its index in the original.
    """
    idx = np.flatnonzero(codes != 10) if join_lines else np.arange(len(codes))
    sub = codes[idx]
    space = np.isin(sub, SPACES)
    keep = ~(space & np.concatenate(([False], space[:-1])))
    idx, sub = idx[keep], np.where(space[keep], np.uint32(32), sub[keep])
    return sub.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass"), idx


class StringCount:
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
                # a one-character value (a child's age "4") is no string to search for: the same
                # digit stands in page numbers, labels "(b)(7)(C)" and metadata; the glyph checks
                # still prove its box took it out
                if key and key not in seen and sum(c.isalnum() for c in key) >= 2:
                    seen.add(key)
                    self.keys.append(key)
        # compiled on first use: most redacted strings are on no output page (their anchor word
        # is gone), and compiling each one's pattern was most of this check's cost on a first document
        self._patterns: list[TokenPattern | None] = [None] * len(self.keys)
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

    def pattern(self, k: int) -> TokenPattern:
        """The pattern of ``self.keys[k]`` (keys are never blank, so there is one)."""
        pattern = self._patterns[k]
        if pattern is None:
            pattern = self._patterns[k] = _token_pattern(self.keys[k])
            assert pattern is not None
        return pattern

    def _candidates(self, text: str) -> list[int]:
        ks = set(self.anchorless)
        for w in set(_WORD.findall(text)):
            ks.update(self.by_anchor.get(w, ()))
        return sorted(ks)

    def add(self, out: Glyphs | None, src: Glyphs | None) -> None:
        """Count one page of the output and the same page of the source."""
        if not self.keys:
            return
        for jl in (0, 1):
            if out is not None:
                # With line breaks dropped, a line's first word is glued to the end of the line
                # before. Both sides are read as what is left: the output without the labels burn
                # drew, the source without the characters inside boxes (below). Otherwise a kept
                # word after a redacted line ("…(b)(7)(C)" / "Oakdale Police") counts as a whole
                # word in the output and not in the source ("…27596Oakdale"): a clean release withheld.
                text, _idx = _normalise(out.codes[~out.label] if jl else out.codes, bool(jl))
                for k in self._candidates(text):
                    pattern = self.pattern(k)
                    self.found[jl][k] += _count(pattern, text)
            if src is not None and jl:
                text, _idx = _normalise(src.codes[~src.inside], True)
                for k in self._candidates(text):
                    pattern = self.pattern(k)
                    self.allowed[jl][k] += _count(pattern, text)
            elif src is not None:
                text, idx = _normalise(src.codes, False)
                # covered[a:b].any() as a difference of running counts (no numpy call per match)
                run = [0, *np.cumsum(src.inside[idx], dtype=np.int64).tolist()]
                # a counted match touches no character inside a box, so its anchor word is whole in
                # the page with those characters blanked: the strings redacted on this page alone
                # are not searched (nor compiled) here
                outside = np.where(src.inside, np.uint32(32), src.codes).astype(np.uint32)
                for k in self._candidates(outside.tobytes().decode("utf-32-le", "surrogatepass")):
                    pattern = self.pattern(k)
                    self.allowed[jl][k] += sum(
                        1 for m in pattern.finditer(text) if run[m.end()] == run[m.start()])

    def result(self, side: Sequence[tuple[str, str]]) -> Check:
        problems: list[str] = []
        sides = [(where, " ".join(text.split())) for where, text in side]
        candidates = [set(self._candidates(text)) for _where, text in sides]
        for k, key in enumerate(self.keys):
            for jl in (0, 1):
                if self.found[jl][k] > self.allowed[jl][k]:
                    mode = "with line breaks removed" if jl else "in page text"
                    found, allowed = self.found[jl][k], self.allowed[jl][k]
                    problems.append(f"{key!r} found {found}× {mode}, {allowed} allowed")
                    break
            # a match holds the key's anchor word whole, as on the pages (_candidates)
            for (where, text), cands in zip(sides, candidates, strict=True):
                if k in cands and self.pattern(k).search(text):
                    problems.append(f"{key!r} found in {where}")
        if problems:
            return Check("no_redacted_strings", False, "; ".join(problems[:5]))
        if not self.keys:
            return Check.skip("no_redacted_strings", "no redactions: no strings to look for")
        return Check("no_redacted_strings", True, f"{len(self.keys)} redacted string(s) not found")


def side_texts(doc: pymupdf.Document) -> list[tuple[str, str]]:
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
    rects = rects_by_page(redactions)
    count = StringCount(redactions)
    out_pages = {p.index: p for p in pages}
    for i in sorted(set(out_pages) | {p.index for p in source.pages}):
        out = out_pages.get(i)
        src = source.pages[i] if i < len(source.pages) else None
        count.add(Glyphs(out, [], []) if out is not None else None,
                  Glyphs(src, rects.get(i, []), []) if src is not None else None)
    return count.result(side_texts(doc))


def outside_unchanged_page(src: Glyphs, out: Glyphs,
                            hidden: Sequence[tuple[str, float, float]]) -> Check | None:
    """One page of ``text_outside_unchanged``: a failed check, or None when the page passes."""
    hid = list(hidden)
    keep = np.flatnonzero(src.glyph & ~src.space & ~src.inside)
    vis = out.visible()
    if not hid and _twins_in_place(src, out, keep, vis):
        return None
    return _outside_searched(src, out, hid, keep, vis)


#: How far (points) an output glyph may sit from its source twin for :func:`_twins_in_place`
#: (MuPDF's rewrite moves kept glyphs by ~1e-5); far below :data:`POSITION_TOLERANCE`.
TWIN_SHIFT = 0.005


def _twins_in_place(src: Glyphs, out: Glyphs, keep: np.ndarray, vis: np.ndarray) -> bool:
    """Would :func:`_outside_searched` match every kept source glyph to the output glyph at the
    same place in reading order (its twin), and so pass? True when the output's visible glyphs are
    the kept ones, in order, each within :data:`TWIN_SHIFT` of its twin, and no two output glyphs
    of one character are within ``2 * TWIN_SHIFT`` of each other: then a glyph's twin is strictly
    the nearest candidate the search can see (any nearer one would be that close to the twin), so
    the search takes it, and nothing is left over. False means "search", never "failed"."""
    if len(vis) != len(keep) or not np.array_equal(src.codes[keep], out.codes[vis]):
        return False
    if not len(vis):
        return True  # nothing kept, nothing shown: the search has nothing to match or leave over
    sc, oc = src.centers[keep], out.centers[vis]
    if not bool(np.all(np.abs(sc - oc) <= TWIN_SHIFT)):  # NaN centres fail this: searched
        return False
    near = 2 * TWIN_SHIFT
    code, x, y = out.codes[vis], oc[:, 0], oc[:, 1]
    order = np.lexsort((x, code))
    c, xs, ys = code[order], x[order], y[order]
    # runs of one character whose x steps are all below `near` hold every pair that close in x;
    # within a run, any pair that close in y is adjacent (or chained by close steps) in y order
    run = np.concatenate(([0], np.cumsum((c[1:] != c[:-1]) | (np.diff(xs) >= near))))
    by_y = np.lexsort((ys, run))
    r, yy = run[by_y], ys[by_y]
    return not bool(np.any((r[1:] == r[:-1]) & (np.diff(yy) < near)))


def _outside_searched(src: Glyphs, out: Glyphs, hid: list[tuple[str, float, float]],
                      keep: np.ndarray, vis: np.ndarray) -> Check | None:
    """:func:`outside_unchanged_page` by searching each kept source glyph among the output's."""
    tol = POSITION_TOLERANCE
    xs, ys = src.centers[keep, 0].tolist(), src.centers[keep, 1].tolist()
    text = src.text
    expected = [(text[k], x, y) for k, x, y in zip(keep.tolist(), xs, ys, strict=True)]
    if hid:
        y0s, y1s = src.boxes[keep, 1].tolist(), src.boxes[keep, 3].tolist()
        kept: list[tuple[str, float, float]] = []
        for (c, x, y), y0, y1 in zip(expected, y0s, y1s, strict=True):
            if hid:
                # A removed hidden glyph: its centre is that of MuPDF's tall box, so match by x and line.
                match = next((h for h in hid
                              if h[0] == c and abs(h[1] - x) <= tol and y0 - 3 <= h[2] <= y1 + 3), None)
                if match is not None:
                    hid.remove(match)
                    continue
            kept.append((c, x, y))
        expected = kept
    # Output glyphs bucketed by (char, line band): a match is searched only among glyphs
    # of the same character within a few points, instead of the whole page.
    actual: dict[tuple[str, int], list[tuple[float, float]]] = {}
    cxs, cys = out.centers[vis, 0].tolist(), out.centers[vis, 1].tolist()
    for k, cx, cy in zip(vis.tolist(), cxs, cys, strict=True):
        actual.setdefault((out.text[k], round(cy)), []).append((cx, cy))
    page = src.index
    for c, x, y in expected:
        best: tuple[float, list[tuple[float, float]], int] | None = None
        # the first nearest in band and list order; a glyph exactly in place (the usual case:
        # burn leaves unredacted text where it was) cannot be beaten, so the search stops there
        for band in (round(y) - 1, round(y), round(y) + 1):
            cands = actual.get((c, band))
            if not cands:
                continue
            for j, (ax, ay) in enumerate(cands):
                d = max(abs(ax - x), abs(ay - y))
                if best is None or d < best[0]:
                    best = (d, cands, j)
                    if d == 0.0:
                        break
            if best is not None and best[0] == 0.0:
                break
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
    rects = rects_by_page(redactions)
    hidden: dict[int, list[tuple[str, float, float]]] = {}
    for pno, c, x, y in hidden_chars:
        hidden.setdefault(pno, []).append((c, x, y))
    for src, out in zip(source.pages, pages, strict=True):
        if src.is_ocr:
            continue  # OCR pages get a new text layer; the ocr_layer check covers them
        boxes = rects.get(src.index, [])
        out_g = Glyphs(out, boxes, labels.get(src.index, []))
        failed = outside_unchanged_page(Glyphs(src, boxes, []), out_g, hidden.get(src.index, []))
        if failed is not None:
            return failed
    return Check("text_outside_unchanged", True, "all text outside the boxes unchanged")
