"""Old redactions in a source: pending Redact annotations and fake (drawn-over) redactions."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit.ingest.oldmarks import (
    ENTITY,
    REASON_COVERED,
    REASON_PENDING,
    find_old_marks,
    mark_redactions,
)

PENDING = "Zorbalind Quist"
COVERED = "Hexatrom Vell"


def _source(path: Path, *, pending: bool = True, covered: bool = True, banner: bool = True) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 200), f"Reporting party {PENDING} called at noon.", fontsize=12)
    page.insert_text((72, 240), f"Contact {COVERED} by phone.", fontsize=12)
    page.insert_text((72, 280), "Ordinary words stay visible.", fontsize=12)
    if covered:
        page.draw_rect(page.search_for(COVERED)[0], color=None, fill=(0, 0, 0))
    if pending:
        page.add_redact_annot(page.search_for(PENDING)[0])
    if banner:  # white text on a black banner: visible, not a redaction
        page.draw_rect(pymupdf.Rect(72, 400, 320, 430), color=None, fill=(0, 0, 0))
        page.insert_text((80, 420), "EVIDENCE BANNER", fontsize=12, color=(1, 1, 1))
    doc.save(path)
    return path


def test_finds_pending_annotation_and_covered_text_only(tmp_path: Path) -> None:
    marks = find_old_marks(pymupdf.open(_source(tmp_path / "s.pdf")))
    kinds = {m.kind: m for m in marks}
    assert set(kinds) == {"pending_annotation", "covered_text"}
    assert kinds["pending_annotation"].text == PENDING
    assert kinds["covered_text"].text == COVERED
    for m in marks:
        assert m.page == 0
        assert PENDING not in m.warning() and COVERED not in m.warning()
        assert "page 1" in m.warning()


def test_clean_source_has_no_marks(tmp_path: Path) -> None:
    marks = find_old_marks(pymupdf.open(_source(tmp_path / "s.pdf", pending=False, covered=False)))
    assert marks == []


def test_marks_become_redactions(tmp_path: Path) -> None:
    from redactkit.ingest import ingest

    document = ingest(_source(tmp_path / "s.pdf"))
    reds = mark_redactions(document)
    assert {r.reason for r in reds} == {REASON_PENDING, REASON_COVERED}
    assert all(r.entity == ENTITY and r.rects for r in reds)
    assert any("never applied" in w and "burned" in w for w in document.warnings)
    assert any(REASON_COVERED in w for w in document.warnings)


@pytest.mark.slow
def test_pending_and_fake_redactions_are_burned_and_logged(tmp_path: Path, shared_redactor) -> None:  # type: ignore[no-untyped-def]
    src = _source(tmp_path / "s.pdf")
    out = tmp_path / "out.pdf"
    log = shared_redactor.redact(src, out)
    assert log.passed
    text = pymupdf.open(out)[0].get_text()
    for secret in (PENDING, COVERED, "Zorbalind", "Hexatrom"):
        assert secret not in text
    assert "Ordinary words stay visible." in text and "EVIDENCE BANNER" in text
    reasons = {r.reason for r in log.redactions if r.entity == ENTITY}
    assert reasons == {REASON_PENDING, REASON_COVERED}
    assert any("never applied" in w for w in log.warnings)
    assert any(REASON_COVERED in w for w in log.warnings)
    # Reproducible: the same source gives the same bytes.
    out2 = tmp_path / "out2.pdf"
    shared_redactor.redact(src, out2)
    assert out.read_bytes() == out2.read_bytes()


def test_reocr_allows_a_redacted_word_inside_a_kept_word_but_not_a_leak() -> None:
    """The typewriter scans (OCRmyPDF 3small.pdf): "Alle" redacted, "Alles" kept on the next
    line; re-OCR reads "alles", which holds "alle". Only occurrences beyond the kept words count."""
    from redactkit.model import Page, Rect, Redaction, Word
    from redactkit.verify._reocr import _visible_count

    text = "Alle uien\nAlles bloem"
    words = [Word("Alle", Rect(7, 103, 23, 108), 0, 0, 4, 0, 0, "ocr", 90.0),
             Word("uien", Rect(28, 103, 48, 108), 0, 5, 9, 0, 0, "ocr", 90.0),
             Word("Alles", Rect(41, 110, 61, 115), 0, 10, 15, 1, 0, "ocr", 90.0),
             Word("bloem", Rect(70, 110, 90, 115), 0, 16, 21, 1, 0, "ocr", 90.0)]
    page = Page(0, 200, 143, 0, "scanned", text, [None] * len(text), words)
    red = Redaction("r1", 0, (Rect(5, 102, 26, 110),), "PERSON", "(b)(6)", "x", "Alle")
    region = [Rect(0, 90, 200, 125)]
    assert _visible_count("alle", page, [red], region) == 1  # "Alles"; the boxed "Alle" is not counted
    read_ok = "uienallesbloem"
    read_leak = "alleuienallesbloem"
    assert read_ok.count("alle") <= _visible_count("alle", page, [red], region)
    assert read_leak.count("alle") > _visible_count("alle", page, [red], region)
