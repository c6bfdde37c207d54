"""The invisible text layer of released OCR pages: which words, in which characters.

Burn writes it (:func:`redactkit.burn.add_text_layer`) and verification checks it
(:mod:`redactkit.verify`), from the same two rules below.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np

from ..model import Rect, Word

__all__ = ["layer_text", "searchable_words"]


_LAYER_FOLD = str.maketrans({"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...",
                             "•": "*", "·": "."})


def layer_text(text: str) -> str:
    """``text`` as written into the searchable layer (folded to what the font can encode)."""
    out = []
    for c in text.translate(_LAYER_FOLD):
        if ord(c) < 256:
            out.append(c)
            continue
        base = unicodedata.normalize("NFKD", c)
        out.append("".join(b for b in base if ord(b) < 256 and not unicodedata.combining(b)) or "?")
    return "".join(out)


def searchable_words(words: Sequence[Word], boxes: Sequence[Rect]) -> list[Word]:
    """The OCR words that go into the searchable layer: those whose middle band (where the
    layer's glyphs are centred) touches no redaction box (overlaps it with positive area)."""
    kept = [w for w in words if w.text.strip()]
    if not boxes or not kept:
        return kept
    # Every band against every box in one array operation (a page has hundreds of words and
    # tens of boxes; Rect.overlap_area pair by pair cost about 90 ms a page).
    r = np.array([(w.rect.x0, w.rect.y0, w.rect.x1, w.rect.y1) for w in kept], dtype=np.float64)
    x0, y0, x1, y1 = r[:, 0].copy(), r[:, 1].copy(), r[:, 2].copy(), r[:, 3].copy()
    wide = (x1 - x0) >= (y1 - y0)
    q = np.where(wide, (y1 - y0) / 4, (x1 - x0) / 4)
    y0, y1 = np.where(wide, y0 + q, y0), np.where(wide, y1 - q, y1)
    x0, x1 = np.where(wide, x0, x0 + q), np.where(wide, x1, x1 - q)
    b = np.array([(q.x0, q.y0, q.x1, q.y1) for q in boxes], dtype=np.float64)
    ix = np.minimum(x1[:, None], b[None, :, 2]) - np.maximum(x0[:, None], b[None, :, 0])
    iy = np.minimum(y1[:, None], b[None, :, 3]) - np.maximum(y0[:, None], b[None, :, 1])
    touches = ((ix > 0) & (iy > 0) & (ix * iy > 0)).any(axis=1)
    return [w for w, t in zip(kept, touches.tolist(), strict=True) if not t]
