"""OCR of the rendered output where the input was scanned: no redacted word reads back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import pymupdf
from PIL import Image

from ..errors import OcrError
from ..ingest.ocr import ocr_image
from ..model import Check, Document, Page, Rect, Redaction
from ..pdf import render_page
from ..pdf.textlayer import layer_text, searchable_words
from ..settings import OcrOptions
from ._glyphs import Glyphs

__all__ = [
    "check_reocr",
    "merge_regions",
]


def ocr_layer_page(src: Page, out: Glyphs, boxes: Sequence[Rect]) -> Check | None:
    """On an OCR page the new text layer holds exactly the characters of the OCR words outside
    every box (compared as a multiset: text extraction may join touching words)."""
    expected = Counter(
        c for w in searchable_words(src.words, boxes) for c in layer_text(w.text) if not c.isspace()
    )
    found = Counter(out.text[k] for k in out.visible().tolist())
    if found != expected:
        missing = "".join(sorted((expected - found).elements()))[:30]
        extra = "".join(sorted((found - expected).elements()))[:30]
        return Check("ocr_layer", False,
                     f"page {src.index + 1}: text layer differs from the unredacted OCR words "
                     f"(missing {missing!r}, unexpected {extra!r})", src.index)
    return None


def check_reocr(doc: pymupdf.Document, source: Document, redactions: Sequence[Redaction],
                mode: str = "regions", options: OcrOptions | None = None) -> Check:
    """Re-OCR the output where it matters and confirm no redacted string reads back.

    ``regions``: not read here. Each box of an OCR page with its rim of half a line lies
    inside a region the independent check ``ocr_independent``
    (:mod:`redactkit.verify._independent`) reads on PDFium's rendering (three line heights
    either side, half a line up and down), against the kept text of that region, which is
    stricter than this check's test; a second Tesseract pass over the same pixels through
    MuPDF's rendering cost about a third of a page's OCR and found nothing the other did
    not. The check is ``skipped`` with that reason. ``page``: every page with redactions,
    whole; ``off``: skipped. Matching ignores case and spacing, since OCR varies in both.

    The check is ``skipped`` (with the reason) when re-OCR is off, there are no
    redactions, or nothing was read.
    """
    if mode == "off":
        return Check.skip("reocr", "re-OCR is off (--reocr off)")
    if not redactions:
        return Check.skip("reocr", "no redactions: nothing to read back")
    by_page: dict[int, list[Redaction]] = {}
    for r in redactions:
        by_page.setdefault(r.page, []).append(r)
    if mode == "regions":
        ocr = sorted({p.index + 1 for p in source.pages if p.is_ocr and p.index in by_page})
        if not ocr:
            return Check.skip("reocr", "re-OCR (regions): no OCR page has a redaction")
        return Check.skip("reocr", f"re-OCR (regions): the boxes of page(s) {_pages(ocr)} are read by "
                          "ocr_independent (Tesseract on PDFium's rendering, wider regions)")
    options = options or OcrOptions(detect_orientation=False)
    read_pages = 0
    for pno, reds in sorted(by_page.items()):
        page = doc[pno]
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            image, dpi = render_page(page, options.dpi)
            scale = dpi / 72.0
            src_page = source.pages[pno]
            regions = [Rect(0, 0, page.rect.width, page.rect.height)]
            crops = []
            for region in regions:
                box = (max(0, int(region.x0 * scale)), max(0, int(region.y0 * scale)),
                       min(image.width, int(region.x1 * scale)), min(image.height, int(region.y1 * scale)))
                if box[2] - box[0] < 8 or box[3] - box[1] < 8:
                    continue
                crop = image.crop(box)
                if src_page.ocr_rotation:
                    crop = crop.rotate(-src_page.ocr_rotation, expand=True)
                crops.append(crop)
            if not crops:
                continue
            read_pages += 1
            # One Tesseract run per page: the regions stacked into one image.
            try:
                read = _squash(" ".join(w[0] for w in ocr_image(_stack(crops), options, reader="verify")))
            except OcrError as exc:  # a crash or a hang of Tesseract: the output cannot be cleared
                raise type(exc)(f"{source.path}: re-OCR failed on page {pno + 1}: {exc}; "
                                "nothing was written.") from exc
            for red in reds:
                needle = _squash(red.text)
                if (len(needle) >= 4 and needle in read and not _kept_nearby(needle, src_page, red)
                        and read.count(needle) > _visible_count(needle, src_page, reds, regions)):
                    return Check("reocr", False,
                                 f"page {pno + 1}: re-OCR reads redacted text {red.text!r} "
                                 f"({mode} around {[r.to_list() for r in red.rects]})", pno)
        finally:
            if rotation:
                page.set_rotation(rotation)
    if not read_pages:
        return Check.skip("reocr", f"re-OCR ({mode}): no region large enough to read")
    return Check("reocr", True, f"re-OCR ({mode}) of {read_pages} page(s) reads none of the redacted strings")


def _pages(numbers: Sequence[int]) -> str:
    return ", ".join(map(str, numbers[:10])) + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


def merge_regions(regions: list[Rect]) -> list[Rect]:
    """Union regions of the same line band, so a line with several redactions is read once
    (regions on different lines stay apart: a union would read text no region covers)."""
    merged: list[Rect] = []
    for r in sorted(regions, key=lambda q: (q.y0, q.x0)):
        for i, m in enumerate(merged):
            v = min(m.y1, r.y1) - max(m.y0, r.y0)
            same_band = v >= 0.8 * min(m.height, r.height) and abs(m.height - r.height) < 0.3 * r.height
            if same_band and m.overlap_area(r) > 0:
                merged[i] = m.union(r)
                break
        else:
            merged.append(r)
    return merged


def _stack(crops: Sequence[Image.Image], gap: int = 24) -> Image.Image:
    """Stack images vertically on white, separated by ``gap`` pixels."""
    width = max(c.width for c in crops)
    height = sum(c.height for c in crops) + gap * (len(crops) - 1)
    sheet = Image.new("L", (width, height), 255)
    y = 0
    for c in crops:
        sheet.paste(c.convert("L"), (0, y))
        y += c.height + gap
    return sheet


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _kept_nearby(needle: str, page: Page, red: Redaction) -> bool:
    """True when the same string also stands, unredacted, on the page (a deliberate keep)."""
    boxes = list(red.rects)
    return any(_squash(w.text) == needle and not any(b.contains_point(*w.rect.center()) for b in boxes)
               for w in page.words)


def _visible_count(needle: str, page: Page, reds: Sequence[Redaction], regions: Sequence[Rect]) -> int:
    """How often ``needle`` stands inside unredacted source words of the re-read regions.

    A redacted word can be part of a kept one ("Alle" in "Alles" on the next line); re-OCR
    reads the kept word too. Only occurrences beyond these count as a leak."""
    boxes = [r for red in reds for r in red.rects]
    n = 0
    for w in page.words:
        if needle not in _squash(w.text) or any(b.contains_point(*w.rect.center()) for b in boxes):
            continue
        if any(g.overlap_area(w.rect) > 0 for g in regions):
            n += _squash(w.text).count(needle)
    return n
