"""Ingest: exact offset map, geometry, and typed errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    UnsupportedFileError,
)
from redactkit.ingest import ingest_pdf


def _pdf(path: Path, lines: list[str], *, rotate: int = 0, fontsize: float = 11) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 100.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=fontsize)
        y += fontsize * 1.2
    if rotate:
        page.set_rotation(rotate)
    doc.save(path)
    return path


def test_offsets_map_exactly_to_glyphs(tmp_path: Path) -> None:
    src = _pdf(tmp_path / "a.pdf", ["Maria Gutierrez was seen.", "Call 555-123-4567 now"])
    page = ingest_pdf(src).pages[0]
    assert page.text == "Maria Gutierrez was seen.\nCall 555-123-4567 now"
    i = page.text.index("Gutierrez")
    glyphs = page.chars[i : i + len("Gutierrez")]
    assert "".join(g.c for g in glyphs if g) == "Gutierrez"
    # the newline between lines is a separator, not a glyph
    assert page.chars[page.text.index("\n")] is None
    # glyph boxes go left to right along the line
    xs = [g.rect.x0 for g in glyphs if g]
    assert xs == sorted(xs)
    # words carry offsets into the page text
    w = next(w for w in page.words if w.text == "555-123-4567")
    assert page.text[w.start : w.end] == w.text


def test_tight_boxes_do_not_overlap_next_line(tmp_path: Path) -> None:
    # 1.15x leading: MuPDF's own glyph boxes of adjacent lines overlap here.
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Chen lives here", fontsize=11)
    page.insert_text((72, 100 + 11 * 1.15), "kitchen table", fontsize=11)
    doc.save(tmp_path / "b.pdf")
    p = ingest_pdf(tmp_path / "b.pdf").pages[0]
    line0 = [c for c in p.chars if c and c.line == 0]
    line1 = [c for c in p.chars if c and c.line == 1]
    assert max(c.rect.y1 for c in line0) < min(c.rect.y0 for c in line1)


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_page_reads_in_unrotated_space(tmp_path: Path, rotation: int) -> None:
    plain = ingest_pdf(_pdf(tmp_path / "p.pdf", ["Maria Gutierrez"])).pages[0]
    rot = ingest_pdf(_pdf(tmp_path / "r.pdf", ["Maria Gutierrez"], rotate=rotation)).pages[0]
    assert rot.rotation == rotation
    assert rot.text == plain.text
    for a, b in zip(plain.chars, rot.chars, strict=True):
        assert a is not None and b is not None
        assert abs(a.rect.x0 - b.rect.x0) < 0.01 and abs(a.rect.y0 - b.rect.y0) < 0.01


def test_sha256_and_page_offsets(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for text in ("first page", "second page"):
        doc.new_page().insert_text((72, 72), text)
    doc.save(tmp_path / "two.pdf")
    d = ingest_pdf(tmp_path / "two.pdf")
    assert len(d.sha256) == 64
    off = d.page_offsets[1]
    assert d.text[off : off + len("second page")] == "second page"
    assert d.page_of(off) == 1 and d.page_of(0) == 0


def test_zero_byte_file(tmp_path: Path) -> None:
    (tmp_path / "z.pdf").write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match=r"z\.pdf.*empty"):
        ingest_pdf(tmp_path / "z.pdf")


def test_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "n.pdf").write_text("Dear Sir, this is a Word file really.")
    with pytest.raises(UnsupportedFileError, match=r"n\.pdf.*not a PDF"):
        ingest_pdf(tmp_path / "n.pdf")


def test_truncated_pdf(tmp_path: Path) -> None:
    good = _pdf(tmp_path / "g.pdf", ["some text"]).read_bytes()
    (tmp_path / "t.pdf").write_bytes(good[:60])
    with pytest.raises(CorruptDocumentError, match=r"t\.pdf.*damaged"):
        ingest_pdf(tmp_path / "t.pdf")


def test_encrypted_pdf(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    doc.save(tmp_path / "e.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(EncryptedDocumentError, match=r"e\.pdf.*password"):
        ingest_pdf(tmp_path / "e.pdf")


def test_zero_page_pdf(tmp_path: Path) -> None:
    # PyMuPDF refuses to save a zero-page document, so write the minimal file by hand.
    body = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    body += b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    xref = len(body)
    body += b"xref\n0 3\n0000000000 65535 f \n"
    body += b"0000000009 00000 n \n0000000052 00000 n \n"
    body += b"trailer<</Size 3/Root 1 0 R>>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n"
    (tmp_path / "zp.pdf").write_bytes(body)
    with pytest.raises(EmptyDocumentError, match=r"zp\.pdf.*no pages"):
        ingest_pdf(tmp_path / "zp.pdf")


def test_page_of_at_page_boundaries(tmp_path: Path) -> None:
    doc = pymupdf.open()
    for text in ("one", "two", "three"):
        doc.new_page().insert_text((72, 72), text)
    doc.save(tmp_path / "three.pdf")
    d = ingest_pdf(tmp_path / "three.pdf")
    for i, start in enumerate(d.page_offsets):
        assert d.page_of(start) == i
        assert d.page_of(start + 1) == i
    assert d.page_of(d.page_offsets[1] - 1) == 0  # the separator belongs to the page before
