"""OCR: a page image → words with boxes in PDF page space, via Tesseract.

Tesseract's ``image_to_data`` TSV (word boxes + confidence), with
``OMP_THREAD_LIMIT=1``: on a 2-core machine Tesseract's own threading is about 6×
slower than one thread per process. The run is made by a persistent worker process through
the library's C API where it can be the same run (:mod:`.ocrworker`: the model loaded once,
not once a page; a crash or hang of Tesseract fails the page, not the host), else by the CLI
through pytesseract. Orientation comes from Tesseract's
OSD; a page scanned upside down or sideways is turned upright for recognition
and its boxes are mapped back, so every box is in the page's own space.

Before recognition a page is deskewed (small scan skew, up to :data:`MAX_SKEW`
degrees, found by the projection-profile method) and long ruling lines of forms and
tables are whitened: Tesseract otherwise glues rules to the words next to them or
skips whole ruled cells. Boxes are mapped back through both steps.

Words of low confidence are kept (PII in a smudged word is still PII); their
confidence travels on :class:`~redactkit.model.Word` into the log.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PIL import Image, ImageOps

from ..errors import MissingDependencyError, OcrError, OcrTimeoutError
from ..model import Char, Page, PageKind, Rect, Word
from ..settings import OcrOptions
from . import ocrworker

__all__ = [
    "DARK_PAGE_SHARE",
    "LOW_CONFIDENCE",
    "MAX_SKEW",
    "OcrWord",
    "READS_WELL_CONF",
    "READS_WELL_WORDS",
    "RULE_EDGE_INCHES",
    "RULE_MIN_INCHES",
    "SKEW_COARSE",
    "SKEW_STEP",
    "check_tesseract",
    "detect_rotation",
    "estimate_skew",
    "ocr_image",
    "ocr_page",
    "remove_rules",
    "unrotate_box",
]

#: Largest skew corrected before OCR (degrees), and the search step.
MAX_SKEW = 4.0
SKEW_STEP = 0.1
#: Every this many steps on the coarse pass of :func:`estimate_skew`.
SKEW_COARSE = 5
#: Dark runs longer than this (inches) are ruling lines, not letters.
RULE_MIN_INCHES = 0.4
#: How far past a rule's dark core its anti-aliased edge is whitened too (inches; 2 px at 300 dpi).
RULE_EDGE_INCHES = 0.007

#: Characters that cell borders and specks turn into: stripped from word edges, and
#: words made only of them are dropped (they would split a label from its value).
_DEBRIS = frozenset("|_—–=~‘’'`\"[]{}¦")
_LEAD_DEBRIS = "|‘'`[{¦"
_TRAIL_DEBRIS = "|]}¦"

#: A page with more than this share of dark pixels is light print on dark: read inverted.
DARK_PAGE_SHARE = 0.5

#: Confidence below which a word is flagged for the reviewer (it is never dropped).
LOW_CONFIDENCE = 60.0


def check_tesseract(lang: str = "eng") -> None:
    """Raise a clear error when Tesseract or its language data is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise MissingDependencyError(
            "Tesseract OCR is not installed; scanned pages cannot be read. Install the Debian "
            "packages 'tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd' (apt-get install -y ...)."
        )
    try:
        langs = _languages(exe)
    except Exception as exc:  # pragma: no cover - depends on the installation
        raise MissingDependencyError(f"Tesseract could not be run ({exc}).") from exc
    for needed in [*lang.split("+"), "osd"]:
        if needed not in langs:
            pkg = f"tesseract-ocr-{needed}"
            raise MissingDependencyError(
                f"Tesseract language data '{needed}' is missing. Install the Debian package '{pkg}'."
            )


@functools.lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    """The languages of the Tesseract at ``exe`` (asked once per process: it costs a run)."""
    import pytesseract  # lazy: only when a page needs OCR

    return frozenset(pytesseract.get_languages(config=""))


@contextmanager
def _single_thread() -> Iterator[None]:
    old = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = old


def detect_rotation(image: Image.Image, options: OcrOptions) -> int:
    """Clockwise degrees (0/90/180/270) to turn ``image`` upright; 0 when OSD cannot tell."""
    import pytesseract  # lazy: only when a page needs OCR

    try:
        with _single_thread():
            osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=options.timeout)
    except Exception:
        return 0  # too little text for OSD: assume upright
    m = re.search(r"Rotate:\s*(\d+)", osd)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not m or (conf and float(conf.group(1)) < 1.0):
        return 0
    return int(m.group(1)) % 360


def ocr_image(image: Image.Image, options: OcrOptions, *, invert: bool = True,
              reader: str = "ingest") -> list[OcrWord]:
    """Run Tesseract; return (text, box in image pixels of the given image, conf, line key).

    ``invert=False`` turns off Tesseract's second reading of each poorly read line with
    its colours inverted (``tessedit_do_invert``): it finds light print on dark ground and
    nothing else, so a caller that knows the image holds no dark ground may skip it.
    ``reader`` names whose Tesseract instance reads in the worker (verification reads with
    its own, not the one ingest read the page with).

    Raises:
        OcrError: Tesseract crashed (:class:`~redactkit.errors.OcrCrashError`), ran past
            ``options.timeout`` (:class:`~redactkit.errors.OcrTimeoutError`) or failed.
    """
    import pytesseract  # lazy: only when a page needs OCR

    if "A" in image.getbands():  # transparency on white, as pytesseract did
        sheet = Image.new("RGB", image.size, (255, 255, 255))
        sheet.paste(image.convert("RGBA"), (0, 0), image.convert("RGBA").getchannel("A"))
        image = sheet
    elif image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    if ocrworker.available():  # the raw pixels to the OCR worker, its model loaded once
        # OcrError (a crash, a hang, a failure) goes up as it is: the caller names the page.
        tsv = ocrworker.image_to_data(image, options.lang, invert=invert, timeout=options.timeout,
                                      reader=reader)
        data = pytesseract.pytesseract.file_to_dict(tsv, "\t", -1)
    else:
        data = _cli_image_to_data(image, options, invert=invert)
    out: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        raw_text = (text or "").strip()
        text = raw_text.lstrip(_LEAD_DEBRIS).rstrip(_TRAIL_DEBRIS)
        if not text or all(c in _DEBRIS for c in text):
            continue  # a table rule or speck read as punctuation
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        if text != raw_text:  # trim the box by the share of characters stripped
            lead = raw_text.index(text)
            unit = w / len(raw_text)
            x, w = x + lead * unit, len(text) * unit
        conf = float(data["conf"][i])
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        out.append((text, (float(x), float(y), float(x + w), float(y + h)), conf, key))
    return out


def _cli_image_to_data(image: Image.Image, options: OcrOptions, *, invert: bool) -> dict[str, list[str]]:
    """``image_to_data`` by the ``tesseract`` command (where the worker cannot run)."""
    import pytesseract  # lazy: only when a page needs OCR

    # The image goes to Tesseract as an uncompressed PNM file written here: pytesseract's
    # own hand-off is a PNG at zlib's default level, about 0.2 s of encoding a 300 dpi page
    # for nothing (Tesseract reads the same pixels, and neither format carries a resolution).
    with _single_thread(), tempfile.TemporaryDirectory(prefix="redactkit-ocr-") as tmp:
        path = os.path.join(tmp, "page.pnm")
        image.save(path, format="PPM")
        config = "--psm 3" + ("" if invert else " -c tessedit_do_invert=0")
        try:
            data: dict[str, list[str]] = pytesseract.image_to_data(
                path, lang=options.lang, config=config, output_type=pytesseract.Output.DICT,
                timeout=options.timeout,
            )
        except RuntimeError as exc:  # pytesseract's errors (a timeout, a failed run) are RuntimeErrors
            kind = OcrTimeoutError if "timeout" in str(exc).lower() else OcrError
            raise kind(f"Tesseract failed or timed out after {options.timeout} s ({exc})") from exc
    return data


def estimate_skew(image: Image.Image) -> float:
    """Angle (degrees, counter-clockwise as displayed) that best levels the text lines."""
    small = image.convert("L")
    scale = 800 / max(small.size)
    if scale < 1:
        small = small.resize((max(1, int(small.width * scale)), max(1, int(small.height * scale))))
    ys, xs = np.nonzero(np.asarray(small) < 128)
    height, width = small.height, small.width
    dx, dy = xs - width / 2.0, ys - height / 2.0
    scores: dict[int, float] = {}

    def score(step: int) -> float:  # angle = step * SKEW_STEP; each angle is scored once
        if step not in scores:
            # The ink pixels turned counter-clockwise about the centre (as PIL's rotate turns
            # the image), each counted in the row it lands in: about 1 ms an angle, where
            # turning the image and summing its rows took about 8.
            a = np.radians(step * SKEW_STEP)
            x = np.rint(width / 2.0 + dx * np.cos(a) + dy * np.sin(a))
            y = np.rint(height / 2.0 - dx * np.sin(a) + dy * np.cos(a))
            inside = (x >= 0) & (x < width) & (y >= 0) & (y < height)
            rows = np.bincount(y[inside].astype(np.intp), minlength=height).astype(np.float64) * 255
            scores[step] = float(np.diff(rows).var())  # sharp row transitions = level text lines
        return scores[step]

    # Coarse to fine: every COARSE-th angle, then every angle around the best few (the
    # score is smooth over a degree or so; 81 rotations became about 30).
    limit = round(MAX_SKEW / SKEW_STEP)
    coarse = sorted(range(-limit, limit + 1, SKEW_COARSE), key=lambda a: (-score(a), abs(a)))
    for centre in coarse[:2]:
        for step in range(max(-limit, centre - SKEW_COARSE + 1), min(limit, centre + SKEW_COARSE - 1) + 1):
            score(step)
    best = max(sorted(scores), key=lambda a: (scores[a], -a))  # ties: the smallest angle, as before
    return round(best * SKEW_STEP, 6) if best else 0.0


def remove_rules(image: Image.Image, dpi: float) -> Image.Image:
    """Whiten long horizontal and vertical dark runs (form and table rules)."""
    arr = np.asarray(image.convert("L"))
    dark = arr < 128
    k = max(20, int(RULE_MIN_INCHES * dpi))
    # A rule's anti-aliased edges are lighter than the ink threshold; left behind they
    # read as stray marks, so each rule is widened across its direction before whitening.
    edge = max(1, round(RULE_EDGE_INCHES * dpi))
    mask = _grow(_long_runs(dark, k, axis=1), edge, axis=0) | _grow(_long_runs(dark, k, axis=0), edge, axis=1)
    if not mask.any():
        return image
    out = arr.copy()
    out[mask] = 255
    return Image.fromarray(out)


def _grow(mask: np.ndarray, r: int, axis: int) -> np.ndarray:
    """``mask`` widened by ``r`` pixels both ways along ``axis``."""
    out = mask.copy()
    for shift in range(1, r + 1):
        if axis == 0:
            out[shift:] |= mask[:-shift]
            out[:-shift] |= mask[shift:]
        else:
            out[:, shift:] |= mask[:, :-shift]
            out[:, :-shift] |= mask[:, shift:]
    return out


def _long_runs(dark: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Pixels belonging to a run of at least ``k`` dark pixels along ``axis``.

    Run-length form: the rows are laid end to end with a white pixel between them, each
    run found by its start and end, and the long ones filled back through one cumulative
    sum of +1/-1 marks (one byte a pixel; an erosion by a ``k``-pixel line cost a
    cumulative sum per pixel and window, about ten times the time).

    Only lines that can hold such a run are scanned: a run of ``k`` pixels covers two
    neighbouring samples taken every ``k // 2`` pixels along it, so a line (row or column)
    where no two neighbouring samples are both dark has none. On a page of text that leaves
    about half the rows and a third of the columns.
    """
    step = k // 2
    if step >= 1 and dark.shape[axis] > step:
        samples = dark[:, ::step] if axis == 1 else dark[::step]
        pairs = samples[:, :-1] & samples[:, 1:] if axis == 1 else samples[:-1] & samples[1:]
        lines = np.flatnonzero(pairs.any(axis=axis))
        out = np.zeros(dark.shape, dtype=bool)
        if lines.size:
            if axis == 1:
                out[lines] = _runs_along_rows(dark[lines], k)
            else:
                out[:, lines] = _runs_along_rows(np.ascontiguousarray(dark[:, lines].T), k).T
        return out
    return _runs_along_rows(dark, k) if axis == 1 else np.ascontiguousarray(_runs_along_rows(dark.T, k).T)


def _runs_along_rows(d: np.ndarray, k: int) -> np.ndarray:
    """:func:`_long_runs` along the rows of ``d``, every row scanned."""
    rows, width = d.shape
    flat = np.zeros((rows, width + 1), dtype=np.int8)
    flat[:, :width] = d
    edges = np.diff(flat.ravel(), prepend=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)  # every run ends at the latest on its row's white pad
    long = (ends - starts) >= k
    marks = np.zeros(flat.size, dtype=np.int8)
    marks[starts[long]] = 1
    marks[ends[long]] = -1  # runs never touch: an end is never another run's start
    return np.cumsum(marks, dtype=np.int8).reshape(rows, width + 1)[:, :width] > 0


OcrWord = tuple[str, tuple[float, float, float, float], float, tuple[int, int, int]]


def _looks_like_form(raw: list[OcrWord]) -> bool:
    """Forms and tables: Tesseract splits them into many short lines (cells), often column
    by column, which separates each label from its value."""
    per_line: dict[tuple[int, int, int], int] = {}
    for _t, _b, _c, key in raw:
        per_line[key] = per_line.get(key, 0) + 1
    if len(per_line) < 6:
        return False
    counts = sorted(per_line.values())
    return counts[len(counts) // 2] < 4


def _rows_in_reading_order(raw: list[OcrWord]) -> list[OcrWord]:
    """Regroup words into visual rows (top to bottom, left to right), so "Name:" and the
    value in the next cell end up on one text line, as in the printed form."""
    if not raw:
        return raw
    heights = sorted(b[3] - b[1] for _t, b, _c, _k in raw)
    tol = heights[len(heights) // 2] * 0.5
    rows: list[list[OcrWord]] = []
    centre: list[float] = []
    for w in sorted(raw, key=lambda w: (w[1][1] + w[1][3]) / 2):
        cy = (w[1][1] + w[1][3]) / 2
        if rows and abs(cy - centre[-1]) <= tol:
            rows[-1].append(w)
            centre[-1] = sum((x[1][1] + x[1][3]) / 2 for x in rows[-1]) / len(rows[-1])
        else:
            rows.append([w])
            centre.append(cy)
    out: list[OcrWord] = []
    for n, row in enumerate(rows):
        for t, b, c, _k in sorted(row, key=lambda w: w[1][0]):
            out.append((t, b, c, (0, 0, n)))
    return out


def _unskew_box(box: tuple[float, float, float, float], angle: float, w: int, h: int
                ) -> tuple[float, float, float, float]:
    """Map a box from the deskewed image (rotated ``angle`` ccw about the centre) back."""
    if not angle:
        return box
    a = np.radians(angle)
    cx, cy = w / 2.0, h / 2.0
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - cx, y - cy
        xs.append(cx + dx * np.cos(a) - dy * np.sin(a))
        ys.append(cy + dx * np.sin(a) + dy * np.cos(a))
    return (float(min(xs)), float(min(ys)), float(max(xs)), float(max(ys)))


def unrotate_box(box: tuple[float, float, float, float], rotation: int, w: int, h: int
                 ) -> tuple[float, float, float, float]:
    """Map a box from the upright image (rotated ``rotation`` clockwise) back to the original."""
    x0, y0, x1, y1 = box
    if rotation == 0:
        return box
    if rotation == 180:
        return (w - x1, h - y1, w - x0, h - y0)
    if rotation == 90:  # upright = original turned 90° clockwise; upright size (h, w)
        return (y0, h - x1, y1, h - x0)
    if rotation == 270:
        return (w - y1, x0, w - y0, x1)
    raise ValueError(rotation)


#: A page "reads well" upright when this many words have a median confidence of at least
#: :data:`READS_WELL_CONF`; otherwise orientation is checked with OSD.
READS_WELL_WORDS = 15
READS_WELL_CONF = 70.0


def _reads_well(raw: list[OcrWord]) -> bool:
    confs = sorted(c for t, _b, c, _k in raw if c >= 0 and any(ch.isalnum() for ch in t))
    return len(confs) >= READS_WELL_WORDS and confs[len(confs) // 2] >= READS_WELL_CONF


def _read_upright(upright: Image.Image, dpi: float, options: OcrOptions) -> tuple[float, list[OcrWord]]:
    """Deskew, remove rules and OCR an upright page image; boxes are in the levelled image."""
    skew = estimate_skew(upright) if options.deskew else 0.0
    level = upright.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255) if skew else upright
    return skew, ocr_image(remove_rules(level, dpi) if options.remove_rules else level, options)


def ocr_page(image: Image.Image, page_index: int, width_pt: float, height_pt: float,
             options: OcrOptions, kind: PageKind = "scanned") -> Page:
    """OCR ``image`` (covering the whole page) into a :class:`Page` in PDF points.

    Each word's box is split evenly among its characters, so a span inside a
    word maps to part of the box; the page text joins words with spaces and
    lines with newlines.
    """
    image = image.convert("L") if image.mode not in ("L", "RGB") else image
    if (np.asarray(image.convert("L")) < 128).mean() > DARK_PAGE_SHARE:
        # Light print on a dark page: rule removal would take the whole background for
        # rules and whiten it, and Tesseract's own inversion reads it badly. Same geometry.
        image = ImageOps.invert(image.convert("L"))
    dpi = image.width / (width_pt / 72.0)
    # Read the page as it lies first; only a page that reads badly pays for Tesseract's
    # orientation detection (OSD costs about half an OCR pass).
    rotation = 0
    skew, raw = _read_upright(image, dpi, options)
    if options.detect_orientation and not _reads_well(raw):
        rotation = detect_rotation(image, options)
        if rotation:
            skew, raw = _read_upright(image.rotate(-rotation, expand=True), dpi, options)
    upright = image.rotate(-rotation, expand=True) if rotation else image
    if _looks_like_form(raw):
        raw = _rows_in_reading_order(raw)
    raw = [(t, _unskew_box(b, skew, upright.width, upright.height), c, k) for t, b, c, k in raw]
    w_px, h_px = image.size
    sx, sy = width_pt / w_px, height_pt / h_px
    # Reading order: Tesseract's own (block, paragraph, line) order on the upright image.
    text_parts: list[str] = []
    chars: list[Char | None] = []
    words: list[Word] = []
    line_ids: dict[tuple[int, int, int], int] = {}
    prev_key: tuple[int, int, int] | None = None
    for text, box, conf, key in raw:
        x0, y0, x1, y1 = unrotate_box(box, rotation, w_px, h_px)
        rect = Rect(x0 * sx, y0 * sy, x1 * sx, y1 * sy)
        line = line_ids.setdefault(key, len(line_ids))
        if chars:
            sep = " " if key == prev_key else "\n"
            text_parts.append(sep)
            chars.append(None)
        start = len(chars)
        n = len(text)
        for k, c in enumerate(text):
            # Split the word box among its characters along the reading direction.
            if rotation in (0, 180):
                f0, f1 = (k / n, (k + 1) / n) if rotation == 0 else (1 - (k + 1) / n, 1 - k / n)
                cr = Rect(rect.x0 + f0 * rect.width, rect.y0, rect.x0 + f1 * rect.width, rect.y1)
            else:
                f0, f1 = (k / n, (k + 1) / n) if rotation == 270 else (1 - (k + 1) / n, 1 - k / n)
                cr = Rect(rect.x0, rect.y0 + f0 * rect.height, rect.x1, rect.y0 + f1 * rect.height)
            chars.append(Char(c, cr, line))
            text_parts.append(c)
        words.append(Word(text, rect, page_index, start, start + n, line, key[0], "ocr",
                          conf if conf >= 0 else None))
        prev_key = key
    return Page(
        index=page_index,
        width=width_pt,
        height=height_pt,
        rotation=0,
        kind=kind,
        text="".join(text_parts),
        chars=chars,
        words=words,
        dpi=round(w_px / (width_pt / 72.0)),
        ocr_rotation=rotation,
        ocr_skew=round(skew, 2),
    )
