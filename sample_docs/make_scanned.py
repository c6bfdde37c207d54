#!/usr/bin/env python3
"""Make scanned variants of the born-digital sample records, with ground truth.

Reads the tuning set ``sample_docs/*.pdf`` + ``*.truth.json`` (made by
``make_samples.py``) and writes into ``sample_docs/scanned/``:

* image-only PDFs (``*_scan.pdf``): every page rasterised at 200 dpi grayscale,
  skewed by a small angle, blurred, with sensor noise and JPEG artefacts, put on
  a page of the *same size* as the original, the image filling the page; one
  page of ``investigation_005_scan.pdf`` is upside down;
* ``investigation_005_g4.tif``: 3-frame CCITT G4 bilevel TIFF, 300 dpi;
* ``arrest_report_002_gray.tif``: one 8-bit grayscale TIFF page, 300 dpi;
* ``witness_statement_003.png``: grayscale PNG, 300 dpi;
* ``incident_report_001_photo.jpg``: phone-photo-like colour JPEG (skew, uneven
  lighting, warm paper tint, quality 70), 300 dpi.

Ground truth ``X.truth.json`` sits next to ``X.pdf`` / ``X.tif`` / ``X.png`` /
``X.jpg`` in the born-digital format, plus ``"source"`` (the born-digital file)
and ``"transform"`` (what was done). Boxes are in the scanned file's own page
space: each born-digital box has its four corners moved by the same transform
as the pixels (rotation about the page centre, then the 180° turn if any), and
the truth box is their bounding box, clipped to the page.

Coordinate convention for image inputs (TIFF/PNG/JPEG), which the pipeline
follows: one PDF page per image frame, page size in points = pixels × 72 /
dpi, where dpi is the image's resolution tag when present and ≥ 100, else
``max(width_px / 8.5, height_px / 11)``; origin top-left. All images written
here carry a dpi tag; the truth uses the dpi as Pillow reads it back from the
written file (a PNG stores pixels per metre, so 300 dpi reads back as 299.9994).

Deterministic: fixed seeds (per variant, from its name), fixed PDF metadata,
no new file ID, no timestamps; two runs give byte-identical files.

Self-check: Tesseract (``OMP_THREAD_LIMIT=1``) reads every generated page image
(decoded from the written bytes); for each truth item of category PERSON,
PHONE or SSN it looks for an OCR word that shares text with the item and lies
mostly (≥ 60 % of its area) inside one of the item's transformed boxes. The
share of such items per document is printed; below 0.8 the script fails (the
transform would be wrong). An upside-down page is OCR'd turned back by 180°
and the word boxes are mapped back.

Usage::

    python sample_docs/make_scanned.py                 # all variants into sample_docs/scanned/
    python sample_docs/make_scanned.py --out DIR       # elsewhere
    python sample_docs/make_scanned.py --only NAME ... # some variants (file names)
    python sample_docs/make_scanned.py --no-check      # skip the Tesseract self-check
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import math
import os
import sys
import zlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
SEED = 20240402
FIXED_DATE = "D:20240401120000+00'00'"
#: Categories the OCR self-check looks at, and the share that must be found.
CHECK_CATEGORIES = ("PERSON", "PHONE", "SSN")
CHECK_MIN_SHARE = 0.8


@dataclass(frozen=True)
class PageSpec:
    """How one source page is distorted: skew (degrees, counter-clockwise as seen) and 180° turn."""

    skew: float = 0.0
    upside_down: bool = False


@dataclass(frozen=True)
class Variant:
    """One scanned output file."""

    name: str  # output file name
    source: str  # born-digital stem in sample_docs/
    kind: str  # "pdf", "tiff_g4", "tiff_gray", "png", "photo_jpeg"
    dpi: int
    pages: tuple[PageSpec, ...]
    blur: float = 0.7  # Gaussian blur radius in pixels
    noise: float = 6.0  # sensor noise sigma (gray levels)
    jpeg_quality: int | None = None  # JPEG artefacts (PDF pages / photo)
    white_point: int = 235  # levels: >= this becomes paper white
    black_point: int = 25  # <= this becomes full black
    paper: int = 246  # paper gray before noise
    speckles: int = 60  # dust specks per page
    threshold: int = 150  # bilevel threshold (G4 only)

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]

    @property
    def seed(self) -> int:
        return SEED ^ zlib.crc32(self.name.encode())


VARIANTS: tuple[Variant, ...] = (
    Variant("incident_report_001_scan.pdf", "incident_report_001", "pdf", 200, (PageSpec(1.2),),
            jpeg_quality=60),
    Variant("arrest_report_002_scan.pdf", "arrest_report_002", "pdf", 200, (PageSpec(-0.6),),
            jpeg_quality=65),
    Variant("witness_statement_003_scan.pdf", "witness_statement_003", "pdf", 200, (PageSpec(0.0),),
            jpeg_quality=55, blur=0.9),
    Variant("supplemental_004_scan.pdf", "supplemental_004", "pdf", 200, (PageSpec(1.8),),
            jpeg_quality=60),
    Variant("investigation_005_scan.pdf", "investigation_005", "pdf", 200,
            (PageSpec(-0.9), PageSpec(0.4, upside_down=True), PageSpec(0.3)), jpeg_quality=60),
    Variant("dispatch_log_006_scan.pdf", "dispatch_log_006", "pdf", 200, (PageSpec(-1.5),),
            jpeg_quality=65),
    Variant("property_evidence_007_scan.pdf", "property_evidence_007", "pdf", 200, (PageSpec(0.7),),
            jpeg_quality=60, blur=0.5),
    Variant("investigation_005_g4.tif", "investigation_005", "tiff_g4", 300,
            (PageSpec(0.5), PageSpec(-0.3), PageSpec(0.8)), blur=0.8, noise=10.0, speckles=120),
    Variant("arrest_report_002_gray.tif", "arrest_report_002", "tiff_gray", 300, (PageSpec(-0.7),),
            blur=0.9, noise=5.0),
    Variant("witness_statement_003.png", "witness_statement_003", "png", 300, (PageSpec(1.0),),
            blur=0.8, noise=5.0),
    Variant("incident_report_001_photo.jpg", "incident_report_001", "photo_jpeg", 300, (PageSpec(2.5),),
            blur=1.1, noise=4.0, jpeg_quality=70, white_point=255, black_point=0),
)


# ---------------------------------------------------------------------------
# Geometry


def map_point(x: float, y: float, w: float, h: float, spec: PageSpec) -> tuple[float, float]:
    """Where a point of the straight page lands in the distorted page (same units as w, h).

    Pillow's ``Image.rotate(a)`` turns the content counter-clockwise (as seen,
    y pointing down) about the image centre (w/2, h/2); then an upside-down
    page maps (x, y) → (w − x, h − y).
    """
    cx, cy = w / 2, h / 2
    a = math.radians(spec.skew)
    dx, dy = x - cx, y - cy
    xr = cx + dx * math.cos(a) + dy * math.sin(a)
    yr = cy - dx * math.sin(a) + dy * math.cos(a)
    if spec.upside_down:
        xr, yr = w - xr, h - yr
    return xr, yr


def map_box(box: Iterable[float], w: float, h: float, spec: PageSpec) -> tuple[float, float, float, float]:
    """Bounding box of the four mapped corners of ``box``, clipped to (0, 0, w, h)."""
    x0, y0, x1, y1 = box
    pts = [map_point(x, y, w, h, spec) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (max(0.0, min(xs)), max(0.0, min(ys)), min(w, max(xs)), min(h, max(ys)))


def image_dpi(img: Image.Image) -> float:
    """The dpi of an image under the pipeline's convention (tag if ≥ 100, else fit to Letter)."""
    dpi = img.info.get("dpi")
    if dpi:
        d = float(dpi[0])
        if d >= 100:
            return d
    return max(img.width / 8.5, img.height / 11)


# ---------------------------------------------------------------------------
# Pixels


def render(page: pymupdf.Page, dpi: int) -> Image.Image:
    """The page as an 8-bit grayscale image at ``dpi``."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples, "raw", "L", pix.stride)


def _levels(a: np.ndarray, black: int, white: int) -> np.ndarray:
    return np.clip((a - black) * (255.0 / (white - black)), 0, 255)


def distort(img: Image.Image, spec: PageSpec, v: Variant, rng: np.random.Generator) -> Image.Image:
    """Scanner-like distortion of one rendered page; returns mode "L" (or "RGB" for a photo)."""
    w, h = img.size
    # Paper is not pure white: map the rendered white to the paper tone first.
    a = np.asarray(img, dtype=np.float32) * (v.paper / 255.0)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if spec.skew:
        img = img.rotate(spec.skew, resample=Image.Resampling.BICUBIC, fillcolor=v.paper)
    if v.blur:
        img = img.filter(ImageFilter.GaussianBlur(v.blur))
    a = np.asarray(img, dtype=np.float32)
    # Dust: small dark specks.
    for _ in range(v.speckles):
        x, y = int(rng.integers(0, w - 3)), int(rng.integers(0, h - 3))
        s = int(rng.integers(1, 3))
        a[y : y + s, x : x + s] = np.minimum(a[y : y + s, x : x + s], float(rng.integers(40, 160)))
    if v.kind == "photo_jpeg":
        # Uneven lighting: brighter top-left, darker bottom-right, plus a vignette.
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gx, gy = xx / w, yy / h
        light = 1.02 - 0.22 * (0.55 * gx + 0.45 * gy)
        r2 = ((gx - 0.45) ** 2 + (gy - 0.4) ** 2) / 0.5
        light *= 1.0 - 0.12 * r2
        a = a * light
        a += rng.normal(0.0, v.noise, a.shape).astype(np.float32)
        a = np.clip(a, 0, 255)
        tint = np.array([1.0, 0.965, 0.88], dtype=np.float32)  # warm indoor light on paper
        lift = np.array([4.0, 2.0, 0.0], dtype=np.float32)
        rgb = np.clip(a[:, :, None] * tint[None, None, :] + lift, 0, 255)
        out = Image.fromarray(rgb.astype(np.uint8), "RGB")
    else:
        a += rng.normal(0.0, v.noise, a.shape).astype(np.float32)
        a = _levels(a, v.black_point, v.white_point)
        out = Image.fromarray(a.astype(np.uint8), "L")
        if v.kind == "tiff_g4":
            out = out.point(lambda p: 255 if p >= v.threshold else 0).convert("1", dither=Image.Dither.NONE)
    if spec.upside_down:
        out = out.transpose(Image.Transpose.ROTATE_180)
    return out


def jpeg_bytes(img: Image.Image, quality: int, dpi: int | None = None) -> bytes:
    """Baseline JPEG of ``img`` (fixed settings: no EXIF, no optimisation passes that could vary)."""
    buf = io.BytesIO()
    kw: dict[str, Any] = {"quality": quality, "subsampling": 2, "optimize": False, "progressive": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Building


@dataclass
class PageOut:
    """One generated page: the image as stored (decoded), its spec and its size in points."""

    image: Image.Image
    spec: PageSpec
    width_pt: float
    height_pt: float
    dpi: float


def _source(v: Variant, src_dir: Path) -> tuple[Path, dict[str, Any]]:
    pdf = src_dir / f"{v.source}.pdf"
    truth = json.loads((src_dir / f"{v.source}.truth.json").read_text(encoding="utf-8"))
    return pdf, truth


def _transform_truth(v: Variant, src_truth: dict[str, Any], src_sizes: list[tuple[float, float]],
                     pages: list[PageOut]) -> dict[str, Any]:
    """Move every truth box into the scanned file's page space."""
    truth = copy.deepcopy(src_truth)
    truth["document"] = v.name
    truth["source"] = src_truth["document"]

    def move(pno: int, box: list[float]) -> list[float]:
        out = pages[pno]
        # Source points → pixels of the straight render → distorted pixels → output points.
        px_per_pt = v.dpi / 72.0
        wpx, hpx = out.image.size
        bx = [box[0] * px_per_pt, box[1] * px_per_pt, box[2] * px_per_pt, box[3] * px_per_pt]
        m = map_box(bx, wpx, hpx, out.spec)
        s = 72.0 / out.dpi
        return [round(m[0] * s, 2), round(m[1] * s, 2), round(m[2] * s, 2), round(m[3] * s, 2)]

    for it in truth["items"]:
        it["bbox"] = move(it["page"], it["bbox"])
        if it.get("parts"):
            for part in it["parts"]:
                part["bbox"] = move(part["page"], part["bbox"])
    size = [[round(p.width_pt, 4), round(p.height_pt, 4)] for p in pages]
    truth["transform"] = {
        "kind": v.kind,
        "dpi": v.dpi,
        "pages": [
            {"page": i, "skew_deg": p.spec.skew, "upside_down": p.spec.upside_down, "size_pt": size[i],
             "size_px": list(p.image.size)}
            for i, p in enumerate(pages)
        ],
        "skew": "content rotated counter-clockwise (as seen) by skew_deg about the page centre, "
                "paper-coloured fill; then, if upside_down, turned 180 degrees: (x, y) -> (W - x, H - y)",
        "boxes": "bounding box of the four transformed corners of the born-digital box, clipped to the page",
        "blur_radius_px": v.blur,
        "noise_sigma": v.noise,
        "dust_specks_per_page": v.speckles,
        "levels": None if v.kind == "photo_jpeg" else [v.black_point, v.white_point],
        "jpeg_quality": v.jpeg_quality,
        "bilevel_threshold": v.threshold if v.kind == "tiff_g4" else None,
        "seed": v.seed,
        "src_page_size_pt": [list(s) for s in src_sizes],
    }
    if v.kind == "photo_jpeg":
        truth["transform"]["lighting"] = "linear gradient (brighter top-left, -22% bottom-right) + vignette"
        truth["transform"]["tint"] = "warm (R 1.0, G 0.965, B 0.88)"
    return truth


def build_variant(v: Variant, out_dir: Path,
                  src_dir: Path = HERE) -> tuple[Path, dict[str, Any], list[PageOut]]:
    """Write one scanned variant and its truth; return (path, truth, pages as stored)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf, src_truth = _source(v, src_dir)
    rng = np.random.default_rng(v.seed)
    with pymupdf.open(pdf) as src:
        if src.page_count != len(v.pages):
            raise SystemExit(f"{v.name}: {len(v.pages)} page specs for {src.page_count} source pages")
        src_sizes = [(p.rect.width, p.rect.height) for p in src]
        images = [distort(render(src[i], v.dpi), v.pages[i], v, rng) for i in range(src.page_count)]
    path = out_dir / v.name
    pages: list[PageOut] = []
    if v.kind == "pdf":
        doc = pymupdf.open()
        for img, (sw, sh), spec in zip(images, src_sizes, v.pages, strict=True):
            data = jpeg_bytes(img, v.jpeg_quality or 75)
            page = doc.new_page(width=sw, height=sh)
            page.insert_image(page.rect, stream=data)
            stored = Image.open(io.BytesIO(data))
            stored.load()
            pages.append(PageOut(stored, spec, sw, sh, v.dpi))
        doc.set_metadata({
            "title": src_truth.get("title", v.stem) + " (scanned)", "author": "", "keywords": "",
            "subject": "Synthetic sample record (fictional), image-only scan",
            "creator": "redactkit sample_docs/make_scanned.py", "producer": "redactkit sample generator",
            "creationDate": FIXED_DATE, "modDate": FIXED_DATE,
        })
        path.write_bytes(doc.tobytes(garbage=4, deflate=True, no_new_id=True))
        doc.close()
    else:
        buf = io.BytesIO()
        if v.kind == "tiff_g4":
            images[0].save(buf, "TIFF", compression="group4", save_all=True, append_images=images[1:],
                           dpi=(v.dpi, v.dpi))
        elif v.kind == "tiff_gray":
            images[0].save(buf, "TIFF", compression="tiff_adobe_deflate", dpi=(v.dpi, v.dpi))
        elif v.kind == "png":
            images[0].save(buf, "PNG", dpi=(v.dpi, v.dpi), optimize=False, compress_level=9)
        elif v.kind == "photo_jpeg":
            buf.write(jpeg_bytes(images[0], v.jpeg_quality or 70, v.dpi))
        else:
            raise ValueError(v.kind)
        path.write_bytes(buf.getvalue())
        with Image.open(path) as im:
            for i in range(getattr(im, "n_frames", 1)):
                im.seek(i)
                frame = im.copy()
                frame.load()
                dpi = image_dpi(im)
                pages.append(PageOut(frame, v.pages[i], im.width * 72 / dpi, im.height * 72 / dpi, dpi))
    truth = _transform_truth(v, src_truth, src_sizes, pages)
    (out_dir / f"{v.stem}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return path, truth, pages


# ---------------------------------------------------------------------------
# OCR self-check


def _alnum(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _common_run(a: str, b: str) -> int:
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def ocr_words(page: PageOut) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Tesseract words of a stored page image, boxes in the page's points (upright page space)."""
    import pytesseract

    img = page.image.convert("L") if page.image.mode != "L" else page.image
    if page.spec.upside_down:
        img = img.transpose(Image.Transpose.ROTATE_180)
    d = pytesseract.image_to_data(img, output_type=pytesseract.Output.DICT)
    wpx, hpx = page.image.size
    s = 72.0 / page.dpi
    out = []
    for text, left, top, w, h in zip(d["text"], d["left"], d["top"], d["width"], d["height"], strict=True):
        if not text.strip():
            continue
        x0, y0, x1, y1 = float(left), float(top), float(left + w), float(top + h)
        if page.spec.upside_down:  # map back from the turned image
            x0, y0, x1, y1 = wpx - x1, hpx - y1, wpx - x0, hpx - y0
        out.append((text, (x0 * s, y0 * s, x1 * s, y1 * s)))
    return out


def _inside_share(word: tuple[float, ...], box: Iterable[float]) -> float:
    bx0, by0, bx1, by1 = box
    wx0, wy0, wx1, wy1 = word
    iw = max(0.0, min(wx1, bx1) - max(wx0, bx0))
    ih = max(0.0, min(wy1, by1) - max(wy0, by0))
    area = max(1e-6, (wx1 - wx0) * (wy1 - wy0))
    return iw * ih / area


def self_check(truth: dict[str, Any], pages: list[PageOut]) -> tuple[int, int, list[str]]:
    """(found, total, misses) for the PERSON/PHONE/SSN items of one document."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with ThreadPoolExecutor(max_workers=min(2, len(pages))) as ex:
        words = list(ex.map(ocr_words, pages))
    found, total, misses = 0, 0, []
    for it in truth["items"]:
        if it["category"] not in CHECK_CATEGORIES:
            continue
        total += 1
        target = _alnum(it["text"])
        parts = it.get("parts") or [{"page": it["page"], "bbox": it["bbox"]}]
        ok = False
        for part in parts:
            for text, wbox in words[part["page"]]:
                t = _alnum(text)
                if len(t) < 2 or _common_run(t, target) < min(3, len(t)):
                    continue
                if _inside_share(wbox, part["bbox"]) >= 0.6:
                    ok = True
                    break
            if ok:
                break
        found += ok
        if not ok:
            # Read elsewhere nearby (would hint at a wrong transform) or not read at all (OCR's problem)?
            near = []
            for part in parts:
                bx0, by0, bx1, by1 = part["bbox"]
                for text, (wx0, wy0, wx1, wy1) in words[part["page"]]:
                    t = _alnum(text)
                    if len(t) >= 3 and _common_run(t, target) >= min(4, len(t)):
                        d = math.hypot((wx0 + wx1 - bx0 - bx1) / 2, (wy0 + wy1 - by0 - by1) / 2)
                        if d < 40:
                            near.append(f"{text!r} {d:.0f} pt away")
            where = "read nearby as " + ", ".join(near) if near else "not read by OCR"
            misses.append(f"p{it['page']} {it['category']} {it['text']!r}: {where}")
    return found, total, misses


# ---------------------------------------------------------------------------


def build_all(out: Path, only: Iterable[str] | None = None, check: bool = True,
              src_dir: Path = HERE) -> list[Path]:
    """Build the variants (all, or those named in ``only``) into ``out``; self-check unless told not to."""
    names = set(only) if only else None
    chosen = [v for v in VARIANTS if names is None or v.name in names or v.stem in names]
    if names and len(chosen) != len(names):
        known = ", ".join(v.name for v in VARIANTS)
        raise SystemExit(f"unknown variant in {sorted(names)}; known: {known}")
    written, failures = [], []
    for v in chosen:
        path, truth, pages = build_variant(v, out, src_dir)
        written.append(path)
        sizes = ", ".join(f"{p.width_pt:.2f}x{p.height_pt:.2f}" for p in pages)
        line = (f"{path.name}: {len(pages)} page(s) {pages[0].image.size[0]}x{pages[0].image.size[1]} px "
                f"{pages[0].image.mode} @ {pages[0].dpi:g} dpi -> {sizes} pt, {path.stat().st_size} bytes, "
                f"{len(truth['items'])} items")
        if check:
            found, total, misses = self_check(truth, pages)
            share = found / total if total else 1.0
            line += f"; OCR self-check {found}/{total} = {share:.2f}"
            if share < CHECK_MIN_SHARE:
                failures.append(f"{path.name}: only {share:.2f} of PERSON/PHONE/SSN boxes found by OCR")
            for m in misses:
                line += f"\n    not found: {m}"
        print(line, flush=True)
    if failures:
        raise SystemExit("scanned self-check FAILED:\n  " + "\n  ".join(failures))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=HERE / "scanned",
                    help="output folder (default: sample_docs/scanned)")
    ap.add_argument("--only", nargs="+", metavar="NAME",
                    help="build only these variants (file names or stems)")
    ap.add_argument("--no-check", action="store_true", help="skip the Tesseract self-check")
    args = ap.parse_args(argv)
    build_all(args.out, args.only, check=not args.no_check)
    if not args.no_check:
        print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
