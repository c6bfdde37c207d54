"""Source files → a PyMuPDF document: PDFs as they are, images (TIFF, PNG, JPEG) as PDF pages.

Image inputs become one PDF page per frame. Page size in points = pixels × 72 / dpi,
where dpi is the image's resolution tag when present and ≥ 100, otherwise
``max(width_px / 8.5, height_px / 11)`` (the image fitted to a US Letter page):
phone photos often carry a meaningless 72-dpi tag.

The conversion is deterministic, so burn and verify can redo it instead of
keeping a temporary file around; the source file is only ever read.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from pathlib import Path

import pymupdf
from PIL import Image, ImageSequence, UnidentifiedImageError

from ..errors import DamagedDocumentError, EmptyDocumentError, InputError, UnsupportedFileError
from ._open import open_pdf

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_IMAGE_PIXELS",
    "MIN_TAGGED_DPI",
    "PDF_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "image_to_pdf",
    "is_image",
    "open_source",
    "page_dpi",
]

IMAGE_SUFFIXES = frozenset({".tif", ".tiff", ".png", ".jpg", ".jpeg"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES

#: Images larger than this are refused: OCR at this size needs several GB and minutes.
MAX_IMAGE_PIXELS = 100_000_000
MIN_TAGGED_DPI = 100


def is_image(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` names an image input (by content when the suffix is ambiguous)."""
    p = Path(path)
    if p.suffix.lower() in IMAGE_SUFFIXES:
        return True
    if p.suffix.lower() in PDF_SUFFIXES:
        return False
    try:
        with open(p, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*"))


def page_dpi(image: Image.Image) -> float:
    """The resolution used to size an image's page (see module docstring)."""
    dpi = image.info.get("dpi")
    if dpi:
        try:
            x = float(dpi[0])
        except (TypeError, ValueError, IndexError):
            x = 0.0
        if x >= MIN_TAGGED_DPI:
            return x
    w, h = image.size
    return max(w / 8.5, h / 11.0)


def image_to_pdf(path: str | os.PathLike[str]) -> pymupdf.Document:
    """Convert an image file (every frame of a TIFF) into an in-memory PDF document."""
    p = Path(path)
    if p.stat().st_size == 0:
        raise EmptyDocumentError(f"{p}: the file is empty (0 bytes); nothing to redact.")
    Image.MAX_IMAGE_PIXELS = None  # we enforce our own, clearer limit below
    size = p.stat().st_size
    try:
        img = Image.open(p)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, TypeError, EOFError,
            struct.error) as exc:
        if _has_image_magic(p):  # a real TIFF/PNG/JPEG header: the rest is damaged or cut off
            raise _damaged_image(p, f"its header cannot be read ({exc})") from exc
        raise UnsupportedFileError(
            f"{p}: not a supported image (TIFF, PNG or JPEG) or PDF. Convert it to PDF first."
        ) from exc
    out = pymupdf.open()
    try:
        for n, frame in enumerate(_frames(img, p)):
            beyond = _data_past_end(frame, size)
            if beyond:
                raise _damaged_image(p, f"frame {n + 1}'s image data ends {beyond} bytes past the "
                                     "end of the file (truncated)")
            w, h = frame.size
            if w == 0 or h == 0:
                raise EmptyDocumentError(f"{p}: frame {n + 1} has zero size; nothing to redact.")
            if w * h > MAX_IMAGE_PIXELS:
                raise InputError(
                    f"{p}: frame {n + 1} is {w}×{h} pixels ({w * h / 1e6:.0f} MP), over the "
                    f"{MAX_IMAGE_PIXELS / 1e6:.0f} MP limit. Rescan at 300 dpi or downscale it first."
                )
            dpi = page_dpi(frame)
            try:
                frame.load()
                buf = io.BytesIO()
                mode = frame.mode
                if mode not in ("1", "L", "RGB"):
                    frame = frame.convert("RGB")
                frame.save(buf, format="PNG")
            except (OSError, ValueError, SyntaxError, TypeError, EOFError, struct.error) as exc:
                raise _damaged_image(p, f"frame {n + 1} cannot be decoded ({exc})") from exc
            page = out.new_page(width=w * 72.0 / dpi, height=h * 72.0 / dpi)
            page.insert_image(page.rect, stream=buf.getvalue())
    except Exception:
        out.close()
        raise
    finally:
        img.close()
    if out.page_count == 0:
        raise EmptyDocumentError(f"{p}: the image has no frames; nothing to redact.")
    return out


def _has_image_magic(p: Path) -> bool:
    with open(p, "rb") as f:
        head = f.read(8)
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*"))


def _damaged_image(p: Path, what: str) -> DamagedDocumentError:
    return DamagedDocumentError(
        f"{p}: the image is damaged or truncated: {what}. A partial image would release a "
        "partial record; rescan or re-export it. Nothing was written.",
        [what],
    )


def _frames(img: Image.Image, p: Path) -> Iterator[Image.Image]:
    """Every frame of ``img``; a TIFF whose next frame cannot be found raises instead of
    silently ending the sequence early."""
    try:
        yield from ImageSequence.Iterator(img)
    except (OSError, ValueError, SyntaxError, TypeError, struct.error) as exc:
        raise _damaged_image(p, f"a frame cannot be read ({exc})") from exc


#: TIFF tags giving where each strip (or tile) of a frame's data lies.
_TIFF_EXTENTS = ((273, 279), (324, 325))  # StripOffsets/StripByteCounts, TileOffsets/TileByteCounts


def _data_past_end(frame: Image.Image, size: int) -> int:
    """For a TIFF frame, how many bytes of its strips or tiles lie beyond the file's end (0: none).

    Decoders differ in whether a short strip is an error; this does not depend on them.
    """
    tags = getattr(frame, "tag_v2", None)
    if tags is None:
        return 0
    end = 0
    for off_tag, count_tag in _TIFF_EXTENTS:
        offsets, counts = tags.get(off_tag), tags.get(count_tag)
        if offsets is None or counts is None:
            continue
        offs = offsets if isinstance(offsets, tuple) else (offsets,)
        cnts = counts if isinstance(counts, tuple) else (counts,)
        end = max([end, *(int(o) + int(c) for o, c in zip(offs, cnts, strict=False))])
    return max(0, end - size)


def open_source(path: str | os.PathLike[str]) -> pymupdf.Document:
    """Open a source file as a PDF document (images converted; PDFs via ``ingest.open_pdf``)."""
    p = Path(path)
    if p.exists() and p.is_file() and is_image(p):
        return image_to_pdf(p)
    return open_pdf(p)
