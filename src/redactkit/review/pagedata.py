"""What the review page needs beyond the plan: the character map, kept spans, needs-review flags.

* :func:`char_map` -- each page's text and its glyph boxes, so the offline page can
  search-and-redact on the exact glyphs without a server. The boxes are packed as
  little-endian uint16 (``x0, y0, x1, y1`` per character, in units of ``scale``
  points, floored/ceiled outward so a box built from them covers the glyph; 65535 marks
  a separator with no glyph) and base64-encoded: about 11 bytes a character.
* :func:`kept_boxes` -- the spans the policy left visible (officers, badge numbers),
  with their rectangles, so a reviewer sees what stays.
* :func:`needs_review` -- why a proposed redaction deserves a second look (a score
  close to its threshold, low OCR confidence, a mark the source already carried).
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable
from typing import Any

import numpy as np

from ..ingest import LOW_CONFIDENCE
from ..model import CharMap, Document, Kept, Rect, Redaction
from ..plan import line_rects
from ..policy import Policy

__all__ = ["NEEDS_REVIEW_MARGIN", "NO_GLYPH", "char_map", "kept_boxes", "needs_review"]

#: A proposal scoring less than this above its entity's threshold needs review.
NEEDS_REVIEW_MARGIN = 0.15
#: The packed value of a separator (no glyph).
NO_GLYPH = 65535
_MAX_UNITS = 65534


def char_map(document: Document) -> list[dict[str, Any]]:
    """Per page ``{"t": text, "s": scale (pt per unit), "b": base64 uint16 boxes}``."""
    out: list[dict[str, Any]] = []
    for page in document.pages:
        scale = max(0.05, math.ceil(max(page.width, page.height) / _MAX_UNITS * 1000) / 1000)
        if len(page.text):
            chars = page.chars if isinstance(page.chars, CharMap) else CharMap(page.text, page.chars)
            boxes = chars.boxes()
            missing = np.isnan(boxes).any(axis=1)
            q = np.empty(boxes.shape, dtype=np.float64)
            with np.errstate(invalid="ignore"):
                q[:, :2] = np.floor(boxes[:, :2] / scale)
                q[:, 2:] = np.ceil(boxes[:, 2:] / scale)
            q = np.clip(np.nan_to_num(q, nan=0.0), 0, _MAX_UNITS)
            q[missing] = NO_GLYPH
            packed = base64.b64encode(q.astype("<u2").tobytes()).decode("ascii")
        else:
            packed = ""
        out.append({"t": page.text, "s": scale, "b": packed})
    return out


def kept_boxes(
    document: Document, kept: list[Kept], to_display: Callable[[Rect, int], list[float]]
) -> list[dict[str, Any]]:
    """The kept spans with their unrotated ``rects`` and displayed ``drects`` (one per line)."""
    out: list[dict[str, Any]] = []
    for n, k in enumerate(kept):
        rects: list[Rect] = []
        if 0 <= k.page < len(document.pages):
            page = document.pages[k.page]
            base = document.page_offsets[k.page]
            s, e = max(k.start - base, 0), min(k.end - base, len(page.text))
            if s < e:
                rects = line_rects(page.chars[s:e])
        out.append({
            "kid": f"k{n}", "page": k.page, "text": k.text, "entity": k.entity, "why": k.why,
            "rects": [[round(v, 2) for v in r.to_list()] for r in rects],
            "drects": [to_display(r, k.page) for r in rects],
        })
    return out


def needs_review(r: Redaction, policy: Policy) -> list[str]:
    """Why ``r`` needs a second look (empty: it does not)."""
    why: list[str] = []
    if r.status == "needs_review":  # the detector's own uncertainty tier (its explanation says why)
        why.append(f"detector unsure: {r.explanation}" if r.explanation else "detector unsure")
    if r.recognizer == "oldmarks":
        why.append("a redaction mark the source already carried")
    elif r.entity in policy.redact and r.score < policy.threshold(r.entity) + NEEDS_REVIEW_MARGIN:
        why.append(f"score {r.score:.2f} is close to the threshold {policy.threshold(r.entity):.2f}")
    if r.conf is not None and r.conf < LOW_CONFIDENCE:
        why.append(f"low OCR confidence ({r.conf:.0f})")
    return why
