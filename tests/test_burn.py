"""Burn: text under the box is gone, neighbours and the rest of the line stay put, full save."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from conftest import PdfFactory, redaction_for
from redactkit import ingest
from redactkit._fileio import sha256_file
from redactkit.burn import burn
from redactkit.model import Hardening, Rect, Redaction
from redactkit.pdf.labels import layout_label
from redactkit.pdf.rasterize import DEFAULT_RASTER_DPI


def _text(path: Path) -> str:
    doc = pymupdf.open(path)
    try:
        return "".join(doc[i].get_text() for i in range(doc.page_count))
    finally:
        doc.close()


def _dark_share(path: Path, rect: Rect, *, derotate: bool) -> float:
    """Share of near-black pixels in ``rect`` (unrotated page space), rendered as displayed or derotated."""
    doc = pymupdf.open(path)
    page = doc[0]
    r = pymupdf.Rect(rect.x0 + 0.5, rect.y0 + 0.5, rect.x1 - 0.5, rect.y1 - 0.5)
    if derotate:
        page.set_rotation(0)
    else:
        r = r * page.rotation_matrix
    pix = page.get_pixmap(clip=r, dpi=144, alpha=False, colorspace=pymupdf.csGRAY)
    samples = pix.samples
    dark = sum(1 for v in samples if v < 60)
    doc.close()
    return dark / max(1, len(samples))


def test_removes_chen_keeps_kitchen_and_next_line(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc = ingest.ingest_pdf(src)
    out = tmp_path / "out.pdf"
    burn(src, [redaction_for(doc, "Chen")], out, hardening=doc.hardening)
    text = _text(out)
    assert "Chen today" not in text
    assert "Det." in text and "today." in text
    assert text.count("kitchen") == 2
    assert "Witness Maria Gutierrez said the kitchen door" in text
    assert "was open when Chen arrived" in text  # the other occurrence was not planned


def test_surviving_chars_not_shifted(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    """Regression guard for PyMuPDF 2.0, which slides the rest of the line left after a redaction."""
    src = pdf_factory()
    before = ingest.ingest_pdf(src)
    reds = [redaction_for(before, "Chen"), redaction_for(before, "Maria Gutierrez", rid="r2")]
    out = tmp_path / "out.pdf"
    burn(src, reds, out, label=False, hardening=before.hardening)
    after = ingest.ingest_pdf(out)
    boxes = [r for red in reds for r in red.rects]
    expected = [
        (c.c, c.rect)
        for c in before.pages[0].chars
        if c is not None and not c.c.isspace() and not any(b.contains_point(*c.rect.center()) for b in boxes)
    ]
    got = [(c.c, c.rect) for c in after.pages[0].chars if c is not None and not c.c.isspace()]
    assert [c for c, _ in got] == [c for c, _ in expected]
    for (c, r0), (_, r1) in zip(expected, got, strict=True):
        assert abs(r0.x0 - r1.x0) <= 0.5 and abs(r0.y0 - r1.y0) <= 0.5, (c, r0, r1)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("mediabox", [None, (100.0, 200.0, 712.0, 992.0)])
def test_rotated_and_offset_pages(
    pdf_factory: PdfFactory, tmp_path: Path, rotation: int, mediabox: tuple[float, ...] | None
) -> None:
    src = pdf_factory(rotation=rotation, mediabox=mediabox)
    doc = ingest.ingest_pdf(src)
    red = redaction_for(doc, "Maria Gutierrez")
    out = tmp_path / "out.pdf"
    burn(src, [red], out, label=False, hardening=doc.hardening)
    assert "Gutierrez" not in _text(out)
    assert "Witness" in _text(out) and "said the kitchen door" in _text(out)
    for rect in red.rects:
        assert _dark_share(out, rect, derotate=True) > 0.98
        assert _dark_share(out, rect, derotate=False) > 0.98
    # and no black box elsewhere: a same-size area left of the box stays white
    r = red.rects[0]
    left = Rect(r.x0 - 60, r.y0, r.x0 - 60 + r.width, r.y1)
    assert _dark_share(out, left, derotate=False) < 0.3
    assert pymupdf.open(out)[0].rotation == rotation


def test_image_pixels_blanked(tmp_path: Path) -> None:
    src = tmp_path / "img.pdf"
    d = pymupdf.open()
    page = d.new_page(width=400, height=400)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 200), False)
    pix.set_rect(pix.irect, (255, 0, 0))
    page.insert_image(pymupdf.Rect(100, 100, 300, 300), pixmap=pix)
    d.save(src)
    d.close()
    red = Redaction("m1", 0, (Rect(150, 150, 200, 200),), "MANUAL", "(b)(6)", "face", "")
    out = tmp_path / "out.pdf"
    burn(src, [red], out, hardening=Hardening(DEFAULT_RASTER_DPI))
    o = pymupdf.open(out)
    xref = o[0].get_images()[0][0]
    img = pymupdf.Pixmap(o, xref)
    assert img.pixel(75, 75)[:3] != (255, 0, 0)
    assert img.pixel(10, 10)[:3] == (255, 0, 0)
    assert img.pixel(150, 150)[:3] == (255, 0, 0)


def _all_bytes(path: Path) -> bytes:
    """The raw file plus every object and decompressed stream."""
    raw = path.read_bytes()
    doc = pymupdf.open(path)
    parts = [raw]
    for xref in range(1, doc.xref_length()):
        try:
            parts.append(doc.xref_object(xref).encode("latin-1", "replace"))
            if doc.xref_is_stream(xref):
                parts.append(doc.xref_stream(xref) or b"")
        except Exception:
            continue
    doc.close()
    return b"\n".join(parts)


def _contains_name(data: bytes, name: str) -> bool:
    hexname = name.encode().hex().encode()
    return name.encode() in data or hexname in data.lower() or re.search(hexname, data, re.I) is not None


def test_full_save_drops_earlier_revisions(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    d = pymupdf.open(src)
    d.set_metadata({"title": "Statement of Maria Gutierrez", "author": "Det. Chen"})
    d.save(tmp_path / "rev1.pdf")
    d.close()
    d = pymupdf.open(tmp_path / "rev1.pdf")
    d.set_metadata({"title": "Incident report"})
    d.saveIncr()
    d.close()
    src = tmp_path / "rev1.pdf"
    assert b"Maria Gutierrez" in src.read_bytes()  # the old revision still holds it
    doc = ingest.ingest_pdf(src)
    out = tmp_path / "out.pdf"
    burn(src, [redaction_for(doc, "Maria Gutierrez")], out, hardening=doc.hardening)
    data = _all_bytes(out)
    assert not _contains_name(data, "Gutierrez")
    assert b"%%EOF" in out.read_bytes() and out.read_bytes().count(b"%%EOF") == 1


def test_source_unchanged(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory(rotation=90)
    digest = sha256_file(src)
    doc = ingest.ingest_pdf(src)
    burn(src, [redaction_for(doc, "Chen")], tmp_path / "out.pdf", hardening=doc.hardening)
    assert sha256_file(src) == digest


def test_labels_recorded_and_fit(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc = ingest.ingest_pdf(src)
    wide = redaction_for(doc, "Maria Gutierrez", rid="wide")
    narrow = redaction_for(doc, "1", rid="narrow")  # 6 pt wide: "(b)(6)" (9.8 pt at 4 pt) does not fit
    res = burn(src, [wide, narrow], tmp_path / "out.pdf", hardening=doc.hardening)
    drawn = res.all_labels()
    assert [lab.redaction_id for lab in drawn] == ["wide"]
    assert res.unlabeled == ["narrow"]
    lab = drawn[0]
    assert 4.0 <= lab.fontsize <= 8.0
    box = wide.rects[0]
    assert box.x0 <= lab.rect.x0 and lab.rect.x1 <= box.x1 and box.y0 <= lab.rect.y0 and lab.rect.y1 <= box.y1
    assert _text(tmp_path / "out.pdf").count("(b)(6)") == 1


def test_layout_label_rotations() -> None:
    box = Rect(100, 100, 108, 160)  # tall and narrow: fits only when the text runs vertically
    assert layout_label(box, "(b)(6)", 0) is None
    for rot in (90, 270):
        lay = layout_label(box, "(b)(6)", rot)
        assert lay is not None
        _, glyphs, _ = lay
        assert box.x0 <= glyphs.x0 and glyphs.x1 <= box.x1 and box.y0 <= glyphs.y0 and glyphs.y1 <= box.y1


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_label_reads_upright_on_rotated_page(pdf_factory: PdfFactory, tmp_path: Path, rotation: int) -> None:
    # A page whose content runs horizontally in unrotated space is displayed rotated; the
    # label's glyph box must still lie inside the box in unrotated space.
    src = pdf_factory(rotation=rotation, lines=["Witness", "Maria", "Gutierrez"], fontsize=30, leading=1.3)
    doc = ingest.ingest_pdf(src)
    red = redaction_for(doc, "Gutierrez")
    res = burn(src, [red], tmp_path / "out.pdf", hardening=doc.hardening)
    out = pymupdf.open(tmp_path / "out.pdf")
    page = out[0]
    page.set_rotation(0)
    label_chars = [
        c for c in ingest.read_page(page, 0).chars if c is not None and c.c in "(b)6"
    ]
    for lab in res.all_labels():
        for c in label_chars:
            assert lab.rect.padded(0.5).contains_point(*c.rect.center())
