"""Unit tests of the independent verification helpers (redactkit.verify._independent)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageOps

from conftest import redaction_for
from redactkit.burn import burn
from redactkit.ingest import ingest
from redactkit.model import Check, Document, Page, Rect, Redaction, Word
from redactkit.settings import OcrOptions
from redactkit.verify._independent import (
    OCR_DPI,
    REACH_LINES,
    REGION_REACH,
    _read_regions,
    has_dark_ground,
    identifiers,
    independent_checks,
    read_regions,
    squash,
)
from redactkit.verify._reocr import check_reocr


@pytest.mark.parametrize(("text", "expected"), [
    ("SSN: 618-27-4093", {("SSN", "618274093")}),
    ("SSN: 618\u201127\u20114093", {("SSN", "618274093")}),
    ("SSN 618\u200b-27-40\u200b93", {("SSN", "618274093")}),
    ("Phone: (417) 555\u20130186", {("phone", "4175550186")}),
    ("mail d.vanterpool@example.org now", {("e-mail", "d.vanterpool@example.org")}),
    ("DOB: 04/11/1987", {("DOB", "04111987")}),
    ("Reporting period 2019\u20132020, case 2024-001234", set()),
])
def test_identifiers_normalised(text: str, expected: set[tuple[str, str]]) -> None:
    assert identifiers(text) == expected


def test_squash_ignores_spacing_and_dashes() -> None:
    assert squash("Doro\u200bthea  Van-terpool") == squash("Dorothea Vanterpool")


# --- ocr_independent on a scanned page: fails closed when a redacted string or an identifier
# reads back (real Tesseract, real burn; the page is OCR'd once for the module).

@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Document]:
    from test_scanned import image_pdf, page_image

    src = image_pdf(tmp_path_factory.mktemp("scan") / "scan.pdf", page_image())
    return src, ingest(src)


def _red(doc: Document, text: str, occurrence: int = 0, rid: str = "") -> Redaction:
    r = redaction_for(doc, text, occurrence=occurrence, rid=rid or f"{text}{occurrence}")
    return dataclasses.replace(r, rects=tuple(x.padded(2.0) for x in r.rects))  # padded as the planner does


def _ocr_check(out: Path, doc: Document, reds: list[Redaction], reocr: str = "regions") -> Check:
    checks = independent_checks(out, doc, reds, {}, reocr=reocr)
    return next(c for c in checks if c.name == "ocr_independent")


def _burn(src: Path, doc: Document, reds: list[Redaction], out: Path) -> Path:
    burn(src, reds, out, label=False, hardening=doc.hardening)
    return out


@pytest.mark.slow
def test_ocr_independent_passes_a_burned_scan_and_fails_an_under_burned_one(
        scan: tuple[Path, Document], tmp_path: Path) -> None:
    src, doc = scan
    reds = [_red(doc, "Gutierrez", 0), _red(doc, "Gutierrez", 1), _red(doc, "555-0143")]
    ok = _ocr_check(_burn(src, doc, reds, tmp_path / "ok.pdf"), doc, reds)
    assert ok.passed and ok.status == "passed", ok.detail
    assert "around every box" in ok.detail and "whole" not in ok.detail  # regions, not the whole page
    # the second "Gutierrez" is planned but not burned: its pixels stay readable
    under = _ocr_check(_burn(src, doc, reds[:1] + reds[2:], tmp_path / "under.pdf"), doc, reds)
    assert not under.passed and "gutierrez" in under.detail and under.page == 0
    # the phone's box burned beside its word (shifted one box-width right): the digits show
    phone = reds[2]
    beside = dataclasses.replace(phone, rects=tuple(
        Rect(r.x1 + 2, r.y0, r.x1 + 2 + r.width, r.y1) for r in phone.rects))
    shifted = _ocr_check(_burn(src, doc, reds[:2] + [beside], tmp_path / "beside.pdf"), doc, reds)
    assert not shifted.passed and "5550143" in shifted.detail
    # --reocr page reads the whole page and catches the same leak
    whole = _ocr_check(tmp_path / "under.pdf", doc, reds, reocr="page")
    assert not whole.passed and "gutierrez" in whole.detail


@pytest.mark.slow
def test_a_leak_seen_by_overlapping_regions_is_reported_once(
        scan: tuple[Path, Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regions around neighbouring boxes overlap (simulated: every region read twice); the
    same unburned word then reads back in each, and the failure names it once."""
    import redactkit.verify._independent as ind

    src, doc = scan
    reds = [_red(doc, "Gutierrez", 0), _red(doc, "Gutierrez", 1)]
    out = _burn(src, doc, reds[:1], tmp_path / "under.pdf")
    real = ind.read_regions
    monkeypatch.setattr(ind, "read_regions", lambda page, boxes: [r for r in real(page, boxes) for _ in "ab"])
    check = _ocr_check(out, doc, reds)
    assert not check.passed and "gutierrez" in check.detail
    parts = check.detail.split("; ")
    assert len(parts) == len(set(parts)), check.detail


@pytest.mark.slow
def test_ocr_independent_fails_on_an_identifier_ingest_misread(
        scan: tuple[Path, Document], tmp_path: Path) -> None:
    """Ingest read the phone number's digits wrong, so the plan kept a non-number there; the
    output's pixels show a phone number nobody decided to keep: verification refuses."""
    src, doc = scan
    reds = [_red(doc, "Gutierrez", 0), _red(doc, "Gutierrez", 1)]
    out = _burn(src, doc, reds, tmp_path / "out.pdf")
    assert _ocr_check(out, doc, reds).passed
    page = doc.pages[0]
    at = page.text.index("555-0143")
    misread = page.text[:at] + "5S5-O143" + page.text[at + 8:]  # same length: offsets hold
    bad = dataclasses.replace(doc, pages=[dataclasses.replace(page, text=misread), *doc.pages[1:]])
    check = _ocr_check(out, bad, reds)
    assert not check.passed and "phone" in check.detail


def test_read_regions_cover_boxes_and_words_with_digits() -> None:
    """Regions: around each box and each word with digits or an '@' (a line naming a date of
    birth whole, label included); a line without digits is not read."""
    words = [
        Word("Name:", Rect(50, 100, 80, 110), 0, 0, 5, 0, 0, "ocr"),
        Word("Alice", Rect(85, 100, 110, 110), 0, 6, 11, 0, 0, "ocr"),
        Word("no", Rect(50, 200, 60, 210), 0, 12, 14, 1, 0, "ocr"),
        Word("digits", Rect(65, 200, 95, 210), 0, 15, 21, 1, 0, "ocr"),
        Word("Tel", Rect(50, 300, 65, 310), 0, 22, 25, 2, 0, "ocr"),
        Word("5551234", Rect(270, 300, 320, 310), 0, 26, 33, 2, 0, "ocr"),
        Word("x@y.org", Rect(400, 400, 440, 410), 0, 34, 41, 3, 0, "ocr"),
        Word("DOB:", Rect(50, 500, 75, 510), 0, 42, 46, 4, 0, "ocr"),
        Word("01/02/1990", Rect(180, 500, 230, 510), 0, 47, 57, 4, 0, "ocr"),
    ]
    text = "Name: Alice\nno digits\nTel 5551234\nx@y.org\nDOB: 01/02/1990"
    page = Page(0, 612, 792, 0, "scanned", text, [None] * len(text), words)
    regions = read_regions(page, [Rect(84, 99, 111, 111)])
    reach = REACH_LINES * 10  # the words are 10 pt high
    assert regions == [
        Rect(84 - 36, 93, 111 + 36, 117),  # the box, 12 pt high
        Rect(270 - reach, 295, 320 + reach, 315),  # the number, not the label 200 pt away
        Rect(400 - reach, 395, 440 + reach, 415),
        Rect(50 - reach, 495, 230 + reach, 515),  # a date of birth: the line with its label
    ]
    assert not any(r.y0 < 205 < r.y1 for r in regions)  # the line without digits
    far = read_regions(page, [Rect(200, 600, 300, 700)])[-1]  # a tall box: the reach is capped
    assert far.x0 == 200 - REGION_REACH and far.x1 == 300 + REGION_REACH


# --- how regions are read: one Tesseract run over the page with everything else whitened

def _strip(lines: list[str]) -> tuple[Image.Image, float]:
    """Typed lines at OCR_DPI, and the line pitch in points."""
    from test_scanned import page_image

    return page_image(dpi=OCR_DPI, lines=lines), 0.5 * 72


def test_regions_read_only_their_pixels_and_overlaps_count_for_both() -> None:
    img, pitch = _strip(["Harbor Lantern 4417", "Copper Meadow 9020", "Silent Orchard 3381"])
    top = 0.4 * 72  # first line's top, points
    x0, x1 = 0.6 * 72 - 4, 7.5 * 72
    first = Rect(x0, top - 6, x1, top + pitch - 6)
    # a region holding the second line, overlapping the first's band: the second line is
    # read once and counts for both regions holding its words' centres
    both = Rect(x0, top + 10, x1, top + 2 * pitch - 6)
    texts = _read_regions(img, [first, both, Rect(0, 0, 4, 4)], 0, OcrOptions(detect_orientation=False))
    assert "Lantern" in texts[0] and "Meadow" in texts[1]
    assert texts[2] == ""  # too small to read
    assert not any("Orchard" in t for t in texts)  # outside every region: whitened, not read


def test_regions_of_a_turned_page_map_back() -> None:
    img, pitch = _strip(["Harbor Lantern 4417", "Copper Meadow 9020"])
    top = 0.4 * 72
    second = Rect(0.6 * 72 - 4, top + pitch - 6, 7.5 * 72, top + 2 * pitch - 6)
    upside_down = img.rotate(180)
    w, h = img.width * 72 / OCR_DPI, img.height * 72 / OCR_DPI
    turned = Rect(w - second.x1, h - second.y1, w - second.x0, h - second.y0)
    texts = _read_regions(upside_down, [turned], 180, OcrOptions(detect_orientation=False))
    assert "Meadow" in texts[0] and "Lantern" not in texts[0]


@pytest.mark.slow
def test_reocr_regions_defers_to_the_independent_read(scan: tuple[Path, Document], tmp_path: Path) -> None:
    """In ``regions`` mode the boxes of OCR pages are read once, by ocr_independent (which
    covers each box with its rim); ``reocr`` says so instead of reading them again."""
    src, doc = scan
    reds = [_red(doc, "Gutierrez", 0)]
    out = _burn(src, doc, reds, tmp_path / "out.pdf")
    with pymupdf.open(out) as pdf:
        check = check_reocr(pdf, doc, reds, "regions")
    assert check.status == "skipped" and "ocr_independent" in check.reason and "page(s) 1" in check.reason
    # every box's re-OCR rim (half its height) lies inside a region the independent check reads
    regions = read_regions(doc.pages[0], [r for red in reds for r in red.rects])
    for r in (x for red in reds for x in red.rects):
        rim = r.padded(r.height / 2)
        assert any(g.x0 <= rim.x0 and g.y0 <= rim.y0 and g.x1 >= rim.x1 and g.y1 >= rim.y1 for g in regions)


def _dark_band(img: Image.Image, line: int) -> Image.Image:
    """``img`` with typed line ``line`` (0-based) turned light print on a dark band."""
    top = int(0.4 * OCR_DPI + line * 0.5 * OCR_DPI) - 12
    band = (0, top, img.width, top + int(0.5 * OCR_DPI))
    out = img.copy()
    out.paste(ImageOps.invert(img.crop(band)), band[:2])
    return out


def test_dark_ground_only_outside_the_boxes_counts() -> None:
    """Dark print on white is not dark ground, nor are the black redaction boxes; a band of
    light print on dark outside every box is."""
    img, _pitch = _strip(["Harbor Lantern 4417", "Copper Meadow 9020"])
    scale = OCR_DPI / 72.0
    box = Rect(40, 20, 200, 40)
    boxed = img.copy()
    ImageDraw.Draw(boxed).rectangle([int(box.x0 * scale), int(box.y0 * scale),
                                      int(box.x1 * scale), int(box.y1 * scale)], fill=0)
    assert not has_dark_ground(np.asarray(img), [], scale)
    assert has_dark_ground(np.asarray(boxed), [], scale)  # a black box is dark ...
    assert not has_dark_ground(np.asarray(boxed), [box], scale)  # ... but it is a redaction's own
    assert has_dark_ground(np.asarray(_dark_band(boxed, 1)), [box], scale)


def test_regions_read_light_print_on_dark_ground() -> None:
    """The inverted second reading stays on where the page has dark ground outside the boxes:
    a redacted word printed light on a dark band still reads back."""
    img, pitch = _strip(["Harbor Lantern 4417", "Copper Meadow 9020"])
    img = _dark_band(img, 1)
    top = 0.4 * 72
    region = Rect(0.6 * 72 - 4, top + pitch - 9, 7.5 * 72, top + 2 * pitch - 3)
    box = Rect(0.6 * 72, top, 3 * 72, top + 20)  # a redaction on the first line
    texts = _read_regions(img, [region], 0, OcrOptions(detect_orientation=False), [box])
    assert "Meadow" in texts[0]
