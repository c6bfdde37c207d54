"""Scanned input end to end with real Tesseract: image-only PDFs, TIFF, PNG, JPEG,
upside-down pages, an untrusted existing OCR layer, and bad images."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from redactkit import Redactor, api
from redactkit.errors import CorruptDocumentError, InputError, MissingDependencyError, UnsupportedFileError
from redactkit.ingest import ingest, ocr_page
from redactkit.model import Document
from redactkit.report import RedactionLog
from redactkit.settings import OcrOptions

LINES = [
    "INCIDENT REPORT Case No. 2024-001873",
    "Reporting officer: Ofc. Daniel Reyes #4471",
    "Victim: Maria Gutierrez, phone (217) 555-0143.",
    "Gutierrez said the kitchen door was forced.",
]
SECRETS = ("Gutierrez", "555-0143")
KEPT = ("Reyes", "kitchen", "2024-001873")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def page_image(dpi: int = 300, lines: list[str] = LINES) -> Image.Image:
    """A Letter-width strip of typed text at ``dpi`` (grayscale)."""
    w, h = int(8.5 * dpi), int(3.2 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = _font(int(dpi * 0.16))
    for i, line in enumerate(lines):
        draw.text((int(0.6 * dpi), int(0.4 * dpi + i * 0.5 * dpi)), line, fill=0, font=font)
    return img


def image_pdf(path: Path, img: Image.Image, *, dpi: int = 300) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=img.width * 72 / dpi, height=img.height * 72 / dpi)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    page.insert_image(page.rect, stream=buf.getvalue())
    doc.save(path)
    return path


def _out_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(p.get_text() for p in doc)


def _redact_and_keep_ingest(redactor: Redactor, src: Path, dst: Path, monkeypatch: pytest.MonkeyPatch
                            ) -> tuple[RedactionLog, Document]:
    """``redactor.redact`` with the document its own (real) ingest read, so a test can look at
    both without OCR-ing the page a second time."""
    seen: list[Document] = []

    def keep(*args: Any, **kwargs: Any) -> Document:
        seen.append(ingest(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(api, "ingest", keep)
    log = redactor.redact(src, dst)
    monkeypatch.undo()
    assert len(seen) == 1
    return log, seen[0]


def _check_release(out: Path, log_passed: bool) -> None:
    assert log_passed
    text = _out_text(out)
    for s in SECRETS:
        assert s not in text
    for k in KEPT:  # the searchable layer keeps what was not redacted
        assert k in text


@pytest.mark.slow
def test_image_only_pdf(tmp_path: Path, shared_redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    src = image_pdf(tmp_path / "scan.pdf", page_image())
    log, doc = _redact_and_keep_ingest(shared_redactor, src, tmp_path / "out.pdf", monkeypatch)
    assert doc.pages[0].kind == "scanned"
    assert all(w.source == "ocr" and w.conf is not None for w in doc.pages[0].words)
    _check_release(tmp_path / "out.pdf", log.passed)
    names = [c.name for c in log.verification.checks] if log.verification else []
    assert "reocr" in names and "ocr_layer" in names
    # the pixels under each box are black (burned), not just covered by a drawn box
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert len(out[0].get_images()) == 1
    assert all(r.conf is not None for r in log.redactions)


@pytest.mark.slow
def test_upside_down_page(tmp_path: Path, shared_redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    src = image_pdf(tmp_path / "ud.pdf", page_image().rotate(180))
    log, doc = _redact_and_keep_ingest(shared_redactor, src, tmp_path / "out.pdf", monkeypatch)
    page = doc.pages[0]
    assert page.ocr_rotation == 180
    g = next(w for w in page.words if w.text.startswith("Gutierrez"))
    assert g.rect.y0 > page.height / 2  # upside down: the third line sits in the lower half
    _check_release(tmp_path / "out.pdf", log.passed)
    assert any("turned 180" in w for w in log.warnings)


@pytest.mark.slow
def test_light_print_on_a_dark_page_is_read() -> None:
    """White text on black (a negative scan): read as well as the positive, same boxes
    (rule removal once took the black background for rules and whitened it all)."""
    img = page_image()
    dark = ImageOps.invert(img)
    pos = ocr_page(img, 0, 612, img.height * 72 / 300, OcrOptions())
    neg = ocr_page(dark, 0, 612, img.height * 72 / 300, OcrOptions())
    for s in (*SECRETS, *KEPT):
        assert s in neg.text, s
    box = next(w.rect for w in neg.words if w.text.startswith("Gutierrez"))
    want = next(w.rect for w in pos.words if w.text.startswith("Gutierrez"))
    assert max(abs(a - b) for a, b in zip(box.to_list(), want.to_list(), strict=True)) < 1.0


@pytest.mark.slow
def test_small_skew_still_covers(tmp_path: Path, shared_redactor: Redactor) -> None:
    src = image_pdf(tmp_path / "skew.pdf", page_image().rotate(2.5, fillcolor=255))
    log = shared_redactor.redact(src, tmp_path / "out.pdf")
    _check_release(tmp_path / "out.pdf", log.passed)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["tiff-g4", "png", "jpeg"])
def test_image_inputs_become_pdf(tmp_path: Path, shared_redactor: Redactor, fmt: str) -> None:
    img = page_image()
    if fmt == "tiff-g4":
        src = tmp_path / "scan.tif"
        img.convert("1").save(src, compression="group4", dpi=(300, 300), save_all=True,
                              append_images=[page_image(lines=["Second page: no names here."]).convert("1")])
    elif fmt == "png":
        src = tmp_path / "scan.png"
        img.save(src, dpi=(300, 300))
    else:
        src = tmp_path / "scan.jpg"
        img.convert("RGB").save(src, quality=75, dpi=(300, 300))
    log = shared_redactor.redact(src, tmp_path / "out.pdf")
    _check_release(tmp_path / "out.pdf", log.passed)
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.page_count == (2 if fmt == "tiff-g4" else 1)
        assert abs(out[0].rect.width - 612) < 1  # 2550 px at 300 dpi = 8.5 in


@pytest.mark.slow
def test_untrusted_ocr_layer_is_replaced(tmp_path: Path, shared_redactor: Redactor,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An old invisible OCR layer that disagrees with the pixels: the pixels win."""
    src = image_pdf(tmp_path / "ocrd.pdf", page_image())
    with pymupdf.open(src) as doc:
        # the hidden layer misspells the name and hides an extra secret
        doc[0].insert_text((40, 60), "Victim: Marla Gutlerrez SSN 532-44-9812", fontsize=10, render_mode=3)
        doc.save(tmp_path / "ocrd2.pdf")
    log, doc = _redact_and_keep_ingest(shared_redactor, tmp_path / "ocrd2.pdf", tmp_path / "out.pdf",
                                       monkeypatch)
    page = doc.pages[0]
    assert page.kind == "mixed" and page.is_ocr
    _check_release(tmp_path / "out.pdf", log.passed)
    text = _out_text(tmp_path / "out.pdf")
    assert "Gutlerrez" not in text and "532-44-9812" not in text


def test_corrupt_tiff_frame(tmp_path: Path, shared_redactor: Redactor) -> None:
    good = io.BytesIO()
    page_image(dpi=100).save(good, format="TIFF", compression="tiff_deflate")
    data = good.getvalue()
    (tmp_path / "bad.tif").write_bytes(data[: len(data) // 2])
    with pytest.raises((CorruptDocumentError, UnsupportedFileError), match="bad.tif"):
        shared_redactor.redact(tmp_path / "bad.tif", tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_zero_byte_image(tmp_path: Path, shared_redactor: Redactor) -> None:
    (tmp_path / "z.png").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        shared_redactor.redact(tmp_path / "z.png", tmp_path / "out.pdf")


def test_unsupported_format(tmp_path: Path, shared_redactor: Redactor) -> None:
    Image.new("L", (50, 50), 255).save(tmp_path / "x.gif")
    with pytest.raises(UnsupportedFileError, match="x.gif"):
        shared_redactor.redact(tmp_path / "x.gif", tmp_path / "out.pdf")


def test_huge_image_refused(tmp_path: Path, shared_redactor: Redactor) -> None:
    # 12000 x 9000 = 108 MP, stored compactly as 1-bit
    Image.new("1", (12000, 9000), 1).save(tmp_path / "huge.png")
    with pytest.raises(InputError, match="MP"):
        shared_redactor.redact(tmp_path / "huge.png", tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_missing_tesseract_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             shared_redactor: Redactor) -> None:
    src = image_pdf(tmp_path / "scan.pdf", page_image(dpi=100), dpi=100)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on PATH
    with pytest.raises(MissingDependencyError, match="tesseract-ocr"):
        shared_redactor.redact(src, tmp_path / "out.pdf")


def _runs_by_hand(dark: np.ndarray, k: int) -> np.ndarray:
    """Reference for ``_long_runs`` along rows: walk each row, mark runs of >= k."""
    out = np.zeros(dark.shape, dtype=bool)
    for i, row in enumerate(dark):
        j = 0
        while j < len(row):
            if not row[j]:
                j += 1
                continue
            e = j
            while e < len(row) and row[e]:
                e += 1
            if e - j >= k:
                out[i, j:e] = True
            j = e
    return out


@pytest.mark.parametrize("axis", [0, 1])
def test_rule_runs_equal_a_direct_scan(axis: int) -> None:
    """Rule detection lays the rows end to end to find runs in one pass; a run must never
    continue from one row's end into the next row's start, and the result must equal a
    row-by-row scan, including rules across the whole image."""
    from redactkit.ingest import ocr

    rng = np.random.default_rng(7)
    dark = rng.random((300, 230)) < 0.93
    dark[10, -12:] = True  # a run ending at a row's end, then one starting the next row:
    dark[11, :] = False  # short apart, 24 pixels if they were (wrongly) joined
    dark[11, :12] = True
    dark[10, -13] = False
    dark[150:153, :] = True  # a rule along each axis, edge to edge
    dark[:, 55:58] = True
    got = ocr._long_runs(dark, 20, axis)
    want = _runs_by_hand(dark if axis == 1 else dark.T, 20)
    assert got.any() and (got == (want if axis == 1 else want.T)).all()
    if axis == 1:
        assert not got[10, -12:].any() and not got[11, :12].any()
        assert got[151, :].all()
    else:
        assert got[:, 56].all()


@pytest.mark.parametrize("axis", [0, 1])
def test_rule_runs_on_sparse_ink_equal_a_direct_scan(axis: int) -> None:
    """Only lines where two samples k/2 apart are both dark are scanned for runs: runs of
    exactly k and k + 1 pixels at every offset against the sampling grid are still found,
    and scattered ink and runs one short are not."""
    from redactkit.ingest import ocr

    k = 20
    rng = np.random.default_rng(11)
    dark = rng.random((240, 260)) < 0.04
    for i, start in enumerate(range(0, 2 * k)):  # every phase against samples every k // 2
        row = 3 * i
        dark[row, :] = False
        length = k if i % 3 else k + 1
        dark[row, start + 5:start + 5 + length] = True
        dark[row + 1, :] = False
        dark[row + 1, start + 5:start + 5 + k - 1] = True  # one short: no rule
    d = dark if axis == 1 else np.ascontiguousarray(dark.T)
    got = ocr._long_runs(d, k, axis)
    want = _runs_by_hand(dark, k)
    assert got.any() and (got == (want if axis == 1 else want.T)).all()


def test_rule_runs_cover_exactly_the_run() -> None:
    """A run of >= k dark pixels is covered from its first to its last pixel, nothing either
    side (the mask was once shifted k-1 pixels back, whitening ink before each rule)."""
    from redactkit.ingest import ocr

    row = np.zeros((1, 60), dtype=bool)
    row[0, 0:5] = row[0, 10:40] = row[0, 45:48] = row[0, 55:60] = True
    got = np.flatnonzero(ocr._long_runs(row, 5, 1)[0]).tolist()
    assert got == [*range(0, 5), *range(10, 40), *range(55, 60)]
    assert (ocr._long_runs(row.T, 5, 0).T == ocr._long_runs(row, 5, 1)).all()
