"""The scanned sample records (``sample_docs/scanned/``) and their generator, without the pipeline.

Checks that the generator is deterministic and matches the committed files, that the
geometry it uses for truth boxes agrees with Pillow's rotation, and that every scanned
sample opens with PyMuPDF with the page count and page sizes of the coordinate
convention for image inputs (pixels × 72 / dpi), with all truth boxes inside the page.
The Tesseract self-check over a whole document is marked slow.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pymupdf
import pytest
from PIL import Image

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"
SCANNED = SAMPLES / "scanned"
IMAGE_SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg"}
#: Tolerance on page sizes in points (a PNG stores pixels per metre: 300 dpi reads back as 299.9994).
SIZE_TOL = 0.01


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_scanned", SAMPLES / "make_scanned.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_scanned"] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load_generator()


def _truth_files() -> list[Path]:
    files = sorted(SCANNED.glob("*.truth.json"))
    if not files:
        pytest.skip("sample_docs/scanned not generated (run sample_docs/make_scanned.py)")
    return files


def _convention_sizes(path: Path) -> list[tuple[float, float]]:
    """Page sizes in points under the image-input convention, one per frame."""
    sizes = []
    with Image.open(path) as im:
        for i in range(getattr(im, "n_frames", 1)):
            im.seek(i)
            dpi_tag = im.info.get("dpi")
            dpi = float(dpi_tag[0]) if dpi_tag and float(dpi_tag[0]) >= 100 else None
            if dpi is None:
                dpi = max(im.width / 8.5, im.height / 11)
            sizes.append((im.width * 72 / dpi, im.height * 72 / dpi))
    return sizes


def test_generator_is_deterministic_and_matches_committed(tmp_path: Path) -> None:
    name = "witness_statement_003_scan.pdf"  # one page at 200 dpi: about a second
    a, b = tmp_path / "a", tmp_path / "b"
    (pa,) = gen.build_all(a, only=[name], check=False)
    (pb,) = gen.build_all(b, only=[name], check=False)
    truth = name[:-4] + ".truth.json"
    assert pa.read_bytes() == pb.read_bytes()
    assert (a / truth).read_bytes() == (b / truth).read_bytes()
    committed = SCANNED / name
    if committed.exists():  # the committed samples must match the script
        assert committed.read_bytes() == pa.read_bytes(), f"{name} is stale: rerun make_scanned.py"
        assert (SCANNED / truth).read_bytes() == (a / truth).read_bytes()


def test_variants_cover_the_issue() -> None:
    kinds = {v.kind for v in gen.VARIANTS}
    assert {"pdf", "tiff_g4", "tiff_gray", "png", "photo_jpeg"} <= kinds
    specs = [s for v in gen.VARIANTS for s in v.pages]
    assert any(s.upside_down for s in specs)
    assert all(abs(s.skew) <= 3 for s in specs)
    assert all(abs(s.skew) <= 2 for v in gen.VARIANTS if v.kind == "pdf" for s in v.pages)
    g4 = next(v for v in gen.VARIANTS if v.kind == "tiff_g4")
    assert g4.source == "investigation_005" and len(g4.pages) == 3


@pytest.mark.parametrize("angle", [2.5, -1.5, 0.7])
@pytest.mark.parametrize("upside_down", [False, True])
def test_box_mapping_follows_the_pixels(angle: float, upside_down: bool) -> None:
    """A dark square moved by the generator's pixel operations lands where map_box says."""
    w, h = 600, 800
    a = np.full((h, w), 255, np.uint8)
    box = (430, 90, 446, 106)
    a[box[1] : box[3], box[0] : box[2]] = 0
    img = Image.fromarray(a, "L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if upside_down:
        img = img.transpose(Image.Transpose.ROTATE_180)
    ys, xs = np.nonzero(np.asarray(img) < 128)
    got_cx, got_cy = xs.mean() + 0.5, ys.mean() + 0.5
    m = gen.map_box(box, w, h, gen.PageSpec(angle, upside_down))
    assert abs((m[0] + m[2]) / 2 - got_cx) < 1.0
    assert abs((m[1] + m[3]) / 2 - got_cy) < 1.0


def _boxes(item: dict[str, Any]) -> list[tuple[int, list[float]]]:
    parts = item.get("parts") or [{"page": item["page"], "bbox": item["bbox"]}]
    return [(int(p["page"]), p["bbox"]) for p in parts]


def test_scanned_samples_open_with_expected_pages_and_boxes() -> None:
    files = _truth_files()
    seen_kinds = set()
    for tf in files:
        truth = json.loads(tf.read_text(encoding="utf-8"))
        path = tf.parent / truth["document"]
        assert path.exists(), path
        assert truth["document"] == path.name and truth["source"].endswith(".pdf")
        src = json.loads((SAMPLES / truth["source"]).with_suffix(".truth.json").read_text(encoding="utf-8"))
        assert [(i["text"], i["category"], i["action"]) for i in truth["items"]] == [
            (i["text"], i["category"], i["action"]) for i in src["items"]
        ], path.name
        tpages = truth["transform"]["pages"]
        seen_kinds.add(truth["transform"]["kind"])
        with pymupdf.open(path) as doc:
            assert doc.page_count == len(tpages), path.name
            if path.suffix.lower() in IMAGE_SUFFIXES:
                assert not doc.is_pdf
                expected = _convention_sizes(path)
            else:
                assert doc.is_pdf
                with pymupdf.open(SAMPLES / truth["source"]) as orig:
                    expected = [(p.rect.width, p.rect.height) for p in orig]
                for page in doc:  # image-only: no text layer, one image filling the page
                    assert page.get_text().strip() == "", f"{path.name} p{page.number} has text"
                    infos = page.get_image_info()
                    assert len(infos) == 1
                    assert pymupdf.Rect(infos[0]["bbox"]) == page.rect
            assert len(expected) == doc.page_count
            sizes = []
            for page, (ew, eh), tp in zip(doc, expected, tpages, strict=True):
                assert page.rotation == 0
                assert abs(page.rect.width - ew) < SIZE_TOL and abs(page.rect.height - eh) < SIZE_TOL, (
                    f"{path.name} p{page.number}: {page.rect} != {ew}x{eh}")
                assert abs(tp["size_pt"][0] - ew) < SIZE_TOL and abs(tp["size_pt"][1] - eh) < SIZE_TOL
                sizes.append((ew, eh))
        for it in truth["items"]:
            boxes = _boxes(it)
            assert it["page"] == boxes[0][0] and it["bbox"] == boxes[0][1]
            for pno, (x0, y0, x1, y1) in boxes:
                w, h = sizes[pno]
                assert 0 <= x0 < x1 <= w + 1e-6 and 0 <= y0 < y1 <= h + 1e-6, f"{path.name}: {it}"
    assert {"pdf", "tiff_g4", "tiff_gray", "png", "photo_jpeg"} <= seen_kinds


def test_image_samples_formats() -> None:
    _truth_files()
    with Image.open(SCANNED / "investigation_005_g4.tif") as im:
        assert getattr(im, "n_frames", 1) == 3
        for i in range(3):
            im.seek(i)
            assert im.mode == "1" and im.info.get("compression") == "group4"
            assert tuple(round(float(d)) for d in im.info["dpi"]) == (300, 300)
    with Image.open(SCANNED / "arrest_report_002_gray.tif") as im:
        assert im.mode == "L" and getattr(im, "n_frames", 1) == 1
    with Image.open(SCANNED / "witness_statement_003.png") as im:
        assert im.format == "PNG" and round(float(im.info["dpi"][0])) == 300
    with Image.open(SCANNED / "incident_report_001_photo.jpg") as im:
        assert im.format == "JPEG" and im.mode == "RGB" and im.info["dpi"] == (300, 300)
    total = sum(p.stat().st_size for p in SCANNED.iterdir())
    assert total < 6.5e6, f"sample_docs/scanned is {total / 1e6:.1f} MB"


@pytest.mark.slow
def test_ocr_finds_truth_boxes_on_upside_down_document(tmp_path: Path) -> None:
    """Real Tesseract on the 3-page scan with an upside-down page (about 5 s)."""
    import shutil

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract not installed")
    v = next(v for v in gen.VARIANTS if v.name == "investigation_005_scan.pdf")
    assert any(s.upside_down for s in v.pages)
    _path, truth, pages = gen.build_variant(v, tmp_path)
    found, total, misses = gen.self_check(truth, pages)
    assert total and found / total >= gen.CHECK_MIN_SHARE, misses
