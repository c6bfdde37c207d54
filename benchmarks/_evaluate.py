"""Score a redacted PDF against ground truth (``sample_docs/*.truth.json``).

Used by tests and accuracy benchmarks; it knows nothing of the pipeline and
looks only at the output PDF, so it measures what a reader of the released
file can actually get.

Truth format (see ``sample_docs/README.md``)::

    {"document": "X.pdf", "items": [{"text", "category", "action", "page", "bbox", "parts"?}]}

Rules, per box of an item (``parts`` if present, else ``page`` + ``bbox``), in
the truth's page space (unrotated; a rotated output page is read with its
rotation set to 0 in memory, never saved):

* **Characters in a box** are the glyphs of ``page.get_text("rawdict")`` whose
  bbox centre lies inside the box, in extraction order.
* **Redaction labels are not leaks.** Before comparing, glyphs drawn in a
  light colour (luminance ≥ 0.6: they are only visible on a dark fill, i.e.
  they are the box's label) are dropped, and so is any text that matches
  :data:`LABEL_RE` (FOIA codes such as ``(b)(6)``, ``(b)(7)(C)``, ``[REDACTED]``).
* **redact** items: the item is *redacted* iff, for every box, (a) no run of
  ``min(2, len(T))`` or more consecutive alphanumerics of the item's own text
  ``T`` (case-folded, alphanumerics only) survives among the remaining
  characters in the box — a lone surviving letter or digit, or unrelated
  characters, do not count; and (b) the box renders as mostly solid fill:
  at least :data:`REDACT_MIN_DARK` of its pixels are dark (gray < :data:`DARK_LEVEL`).
* **keep** items: the item is *kept* iff the characters in its boxes, joined
  with whitespace removed, contain the item text with whitespace removed
  (case-sensitive), and no box is more than :data:`KEEP_MAX_DARK` dark — unless the box
  is that dark in the source PDF too (light text on a dark header band: the redactor did
  not darken it, and its text must still be extractable). The source is the PDF the truth
  names, beside a truth file given by path (or ``source_pdf``); with no source, every dark
  keep box counts as blacked out, as before.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

#: Text drawn inside a redaction box that is a label, not a leak.
LABEL_RE = re.compile(
    r"\(b\)\(\d\)(?:\([A-F]\))?|\[?\s*(?:REDACTED|WITHHELD|EXEMPT)\s*\]?",
    re.IGNORECASE,
)
#: A gray value (0-255) below this is a "dark" pixel.
DARK_LEVEL = 80
#: A redact box must be at least this dark (room for a white label).
REDACT_MIN_DARK = 0.6
#: A keep box this dark or darker counts as blacked out. Plain text stays well below
#: (bold 12 pt capitals in a tight box measure about 0.28 at the default DPI).
KEEP_MAX_DARK = 0.45
#: Render resolution for the fill check.
RENDER_DPI = 100
#: Glyphs whose colour luminance is at least this are treated as labels.
LIGHT_LUMINANCE = 0.6

CATEGORY_ORDER = [
    "PERSON", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "DRIVER_LICENSE", "PLATE", "VIN",
    "OFFICER", "BADGE", "AGENCY", "CASE_NUMBER", "OFFENSE", "INCIDENT_DATE", "TRAP_WORD",
]


@dataclass
class CategoryCount:
    """Counts for one category: redact items (total, redacted) and keep items (total, kept)."""

    redact_total: int = 0
    redacted: int = 0
    keep_total: int = 0
    kept: int = 0

    def add(self, other: CategoryCount) -> None:
        """Add ``other``'s counts to this one."""
        self.redact_total += other.redact_total
        self.redacted += other.redacted
        self.keep_total += other.keep_total
        self.kept += other.kept


@dataclass
class Miss:
    """An item the output got wrong, and why."""

    document: str
    item: dict[str, Any]
    reason: str

    def __str__(self) -> str:
        it = self.item
        return (f"{self.document} p{it.get('page')} {it.get('category')}/{it.get('action')} "
                f"{it.get('text')!r}: {self.reason}")


@dataclass
class Score:
    """Result of scoring one or more output documents."""

    documents: list[str] = field(default_factory=list)
    categories: dict[str, CategoryCount] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    @property
    def redact_total(self) -> int:
        """Number of items that must be redacted."""
        return sum(c.redact_total for c in self.categories.values())

    @property
    def redacted(self) -> int:
        """Number of redact items that were redacted."""
        return sum(c.redacted for c in self.categories.values())

    @property
    def keep_total(self) -> int:
        """Number of items that must be kept."""
        return sum(c.keep_total for c in self.categories.values())

    @property
    def kept(self) -> int:
        """Number of keep items that were kept."""
        return sum(c.kept for c in self.categories.values())

    @property
    def recall(self) -> float:
        """Fraction of redact items redacted (1.0 when there are none)."""
        return self.redacted / self.redact_total if self.redact_total else 1.0

    @property
    def keep_rate(self) -> float:
        """Fraction of keep items kept (1.0 when there are none)."""
        return self.kept / self.keep_total if self.keep_total else 1.0

    def merge(self, other: Score) -> None:
        """Fold ``other`` into this score."""
        self.documents.extend(other.documents)
        for cat, cnt in other.categories.items():
            self.categories.setdefault(cat, CategoryCount()).add(cnt)
        self.misses.extend(other.misses)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (misses included)."""
        return {
            "documents": list(self.documents),
            "recall": self.recall,
            "keep_rate": self.keep_rate,
            "categories": {k: vars(v).copy() for k, v in self.categories.items()},
            "misses": [{"document": m.document, "item": m.item, "reason": m.reason} for m in self.misses],
        }

    def format_table(self) -> str:
        """A printable per-category table plus the overall recall and keep rate."""

        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:6.1f}%" if b else "     -"

        cats = [c for c in CATEGORY_ORDER if c in self.categories]
        cats += sorted(c for c in self.categories if c not in CATEGORY_ORDER)
        head = (f"{'category':<16} {'redact':>7} {'done':>6} {'recall':>7}   "
                f"{'keep':>6} {'kept':>6} {'rate':>7}")
        lines = [head, "-" * len(head)]
        for cat in cats:
            c = self.categories[cat]
            lines.append(
                f"{cat:<16} {c.redact_total:>7} {c.redacted:>6} {pct(c.redacted, c.redact_total):>7}   "
                f"{c.keep_total:>6} {c.kept:>6} {pct(c.kept, c.keep_total):>7}"
            )
        lines.append("-" * len(head))
        lines.append(
            f"{'TOTAL':<16} {self.redact_total:>7} {self.redacted:>6} "
            f"{pct(self.redacted, self.redact_total):>7}   "
            f"{self.keep_total:>6} {self.kept:>6} {pct(self.kept, self.keep_total):>7}"
        )
        lines.append(f"documents: {len(self.documents)}   recall: {self.recall:.4f}   keep rate: "
                     f"{self.keep_rate:.4f}   misses: {len(self.misses)}")
        return "\n".join(lines)


# ---------------------------------------------------------------------------


_Glyph = tuple[str, float, float, bool]  # char, centre x, centre y, drawn in a light colour


#: Central share of a box's height used for the darkness test (see :func:`_dark_fraction`).
CENTRAL_BAND = 0.6


def _luminance(srgb: int) -> float:
    r, g, b = (srgb >> 16) & 255, (srgb >> 8) & 255, srgb & 255
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255


def _page_glyphs(page: pymupdf.Page) -> list[_Glyph]:
    out: list[_Glyph] = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                light = _luminance(int(span.get("color", 0))) >= LIGHT_LUMINANCE
                for ch in span["chars"]:
                    x0, y0, x1, y1 = ch["bbox"]
                    out.append((ch["c"], (x0 + x1) / 2, (y0 + y1) / 2, light))
    return out


def _in_box(glyphs: list[_Glyph], box: pymupdf.Rect, *, drop_light: bool) -> str:
    return "".join(
        c for c, x, y, light in glyphs
        if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1 and not (drop_light and light)
    )


def _alnum(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def _dark_fraction(page: pymupdf.Page, box: pymupdf.Rect) -> float:
    """Share of ``box`` that is dark or under a light (label) glyph: a white exemption
    label printed inside a black box is part of a solid redaction."""
    # Gold boxes span the font's full line height (MuPDF's glyph boxes), taller than the
    # ink; a redaction box sized to the ink must not be penalised for the blank band above
    # and below it, so darkness is measured on the box's central band.
    band = (box.y1 - box.y0) * (1 - CENTRAL_BAND) / 2
    clip = pymupdf.Rect(box.x0, box.y0 + band, box.x1, box.y1 - band) & page.rect
    if clip.is_empty:
        return 0.0
    pix = page.get_pixmap(clip=clip, dpi=RENDER_DPI, colorspace=pymupdf.csGRAY, alpha=False)
    if not pix.samples:
        return 0.0
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    counted = np.ones(img.shape, dtype=bool)
    scale = RENDER_DPI / 72.0
    for block in page.get_text("rawdict", clip=clip)["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if _luminance(int(span.get("color", 0))) < LIGHT_LUMINANCE:
                    continue
                x0, y0, x1, y1 = span["bbox"]
                c0 = max(0, int((x0 - clip.x0) * scale))
                c1 = max(0, int(np.ceil((x1 - clip.x0) * scale)))
                r0 = max(0, int((y0 - clip.y0) * scale))
                r1 = max(0, int(np.ceil((y1 - clip.y0) * scale)))
                counted[r0:r1, c0:c1] = False
    # Pixels under a label count as part of the redaction (white code on the black box).
    return float(((img < DARK_LEVEL) | ~counted).sum()) / img.size


def _boxes(item: dict[str, Any]) -> list[tuple[int, pymupdf.Rect]]:
    parts = item.get("parts") or [{"page": item["page"], "bbox": item["bbox"]}]
    return [(int(p["page"]), pymupdf.Rect(p["bbox"])) for p in parts]


def _load_truth(truth: dict[str, Any] | str | Path) -> dict[str, Any]:
    if isinstance(truth, dict):
        return truth
    data = json.loads(Path(truth).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "items" not in data:
        raise ValueError(f"{truth}: not a truth file (no 'items')")
    return data


def judge_item(doc: pymupdf.Document, item: dict[str, Any],
               glyph_cache: dict[int, list[_Glyph]] | None = None,
               label_re: re.Pattern[str] | None = None,
               source: pymupdf.Document | None = None) -> str | None:
    """Judge one truth item against an open output document.

    Args:
        doc: The output PDF, opened, with every page's rotation already 0.
        item: One truth item.
        glyph_cache: Optional per-page cache of extracted glyphs.
        label_re: What counts as a redaction label (default :data:`LABEL_RE`).
        source: The source PDF, opened likewise: a keep box already dark there is not
            counted as blacked out.

    Returns:
        ``None`` when the item is handled correctly (redacted, or kept), else
        the reason it is a miss.
    """
    cache = {} if glyph_cache is None else glyph_cache
    want = str(item["text"])
    redact = item["action"] == "redact"
    seen: list[str] = []
    for pno, box in _boxes(item):
        if not 0 <= pno < doc.page_count:
            return f"page {pno} missing from output"
        page = doc[pno]
        if pno not in cache:
            cache[pno] = _page_glyphs(page)
        dark = _dark_fraction(page, box)
        if redact:
            left = (label_re or LABEL_RE).sub(" ", _in_box(cache[pno], box, drop_light=True))
            target = _alnum(want)
            run = _longest_common_run(_alnum(left), target)
            if target and run >= min(2, len(target)):
                return f"text survives in box: {left.strip()!r}"
            if dark < REDACT_MIN_DARK:
                return f"box not filled ({dark:.0%} dark)"
        else:
            if dark >= KEEP_MAX_DARK and not (
                    source is not None and pno < source.page_count
                    and _dark_fraction(source[pno], box) >= KEEP_MAX_DARK):
                return f"box blacked out ({dark:.0%} dark)"
            seen.append(_in_box(cache[pno], box, drop_light=False))
    if not redact:
        got = "".join("".join(seen).split())
        if "".join(want.split()) not in got:
            return f"text not extractable from box (found {''.join(seen).strip()!r})"
    return None


def _source_beside(truth: dict[str, Any] | str | Path, data: dict[str, Any]) -> Path | None:
    """The source PDF the truth names, in the truth file's folder (None for a truth dict)."""
    if isinstance(truth, dict) or not data.get("document"):
        return None
    src = Path(truth).with_name(str(data["document"]))
    return src if src.suffix.lower() == ".pdf" and src.is_file() else None


def score_output(output_pdf: str | Path, truth: dict[str, Any] | str | Path, *,
                 label_re: re.Pattern[str] | None = None, source_pdf: str | Path | None = None) -> Score:
    """Score one output PDF against its ground truth.

    Args:
        output_pdf: The redacted PDF to judge.
        truth: The truth dict, or the path of a ``*.truth.json`` file.
        label_re: What counts as a redaction label (default :data:`LABEL_RE`);
            pass your own when the burn step writes other label text.
        source_pdf: The source PDF (default: the one the truth names, beside its file).

    Returns:
        A :class:`Score` with per-category counts and the misses.
    """
    data = _load_truth(truth)
    name = str(data.get("document") or Path(output_pdf).name)
    score = Score(documents=[name])
    src_path = source_pdf or _source_beside(truth, data)
    with pymupdf.open(output_pdf) as doc, \
            (pymupdf.open(src_path) if src_path else contextlib.nullcontext()) as source:
        for d in (doc, source) if source is not None else (doc,):
            for page in d:
                if page.rotation:
                    page.set_rotation(0)  # in memory only: read in the unrotated page space
        cache: dict[int, list[_Glyph]] = {}
        for item in data["items"]:
            cat = score.categories.setdefault(str(item["category"]), CategoryCount())
            reason = judge_item(doc, item, cache, label_re, source)
            if item["action"] == "redact":
                cat.redact_total += 1
                cat.redacted += reason is None
            else:
                cat.keep_total += 1
                cat.kept += reason is None
            if reason is not None:
                score.misses.append(Miss(name, dict(item), reason))
    return score


def score_many(pairs: Iterable[tuple[str | Path, dict[str, Any] | str | Path]], *,
               label_re: re.Pattern[str] | None = None) -> Score:
    """Score several (output PDF, truth) pairs and add the results up.

    Args:
        pairs: (output PDF, truth dict or truth path) per document.
        label_re: As for :func:`score_output`.

    Returns:
        One :class:`Score` over all documents.
    """
    total = Score()
    for output_pdf, truth in pairs:
        total.merge(score_output(output_pdf, truth, label_re=label_re))
    return total
