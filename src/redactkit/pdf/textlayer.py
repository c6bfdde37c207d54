"""The invisible text layer of released OCR pages: which words, in which characters.

Burn writes it (:func:`redactkit.burn.add_text_layer`) and verification checks it
(:mod:`redactkit.verify`), from the same two rules below.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

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
    layer's glyphs are centred) touches no redaction box."""
    out = []
    for w in words:
        if not w.text.strip():
            continue
        r = w.rect
        q = r.height / 4 if r.width >= r.height else r.width / 4
        band = Rect(r.x0, r.y0 + q, r.x1, r.y1 - q) if r.width >= r.height else \
            Rect(r.x0 + q, r.y0, r.x1 - q, r.y1)
        if not any(b.overlap_area(band) > 0 for b in boxes):
            out.append(w)
    return out
