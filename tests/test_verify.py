"""Verify: every check passes on a correct burn and fails on a deliberately broken output."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import PdfFactory, build_pdf, redaction_for
from redactkit import ingest
from redactkit.burn import burn
from redactkit.model import Document, Redaction, VerificationReport
from redactkit.verify import verify

CHECKS = {
    "no_text_in_boxes", "boxes_filled", "no_redacted_strings", "text_outside_unchanged", "structure_clean",
    "navigation_safe",
    "no_active_content",
    "ocr_layer",  # skipped: no OCR pages
    "reocr",  # skipped on born-digital pages in the default "regions" mode
    "opens_in_qpdf",
    # independent eyes (redactkit.verify._independent, issue 12)
    "pdfium_no_text_in_boxes", "pdfium_no_redacted_strings", "pdfium_text_layer_trusted",
    "ocr_independent",  # skipped: no untrusted or image page
}


def _plan(src: Path) -> tuple[Document, list[Redaction]]:
    doc = ingest.ingest_pdf(src)
    return doc, [redaction_for(doc, "Maria Gutierrez", rid="r1"), redaction_for(doc, "Chen", rid="r2")]


def _failed(report: VerificationReport) -> set[str]:
    return {c.name for c in report.failures()}


@pytest.mark.parametrize("rotation", [0, 90])
def test_passes_on_correct_burn(pdf_factory: PdfFactory, tmp_path: Path, rotation: int) -> None:
    src = pdf_factory(rotation=rotation)
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    report = verify(out, doc, reds, labels=res.labels, hidden_chars=res.hidden_chars)
    assert {c.name for c in report.checks} == CHECKS
    assert report.passed, report.failures()
    # labels recomputed when not given
    assert verify(out, doc, reds).passed


def test_kept_occurrence_is_allowed(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    # the second "Chen" (line 3) was not planned: it stays and is allowed
    assert "Chen arrived" in pymupdf.open(out)[0].get_text()
    assert verify(out, doc, reds, labels=res.labels).passed


def test_fails_when_text_left_under_box(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    d = pymupdf.open(src)
    for red in reds:
        for r in red.rects:
            d[0].draw_rect(pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), color=None, fill=(0, 0, 0))
    d.save(out)
    failed = _failed(verify(out, doc, reds, labels=[]))
    assert "no_text_in_boxes" in failed
    assert "no_redacted_strings" in failed
    assert "boxes_filled" not in failed


def test_fails_on_metadata_leak(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    d = pymupdf.open(out)
    d.set_metadata({"title": "Statement of Maria Gutierrez"})
    leaked = tmp_path / "leaked.pdf"
    d.save(leaked)
    report = verify(leaked, doc, reds, labels=res.labels)
    assert _failed(report) == {"no_redacted_strings", "structure_clean"}
    assert "metadata" in next(c.detail for c in report.checks if c.name == "no_redacted_strings")


def test_fails_on_shifted_line(tmp_path: Path) -> None:
    src = build_pdf(tmp_path / "src.pdf")
    doc, reds = _plan(src)
    # The "output" has line 3 drawn 3 pt to the left, then is burned with the same plan.
    shifted = build_pdf(tmp_path / "shifted.pdf", line_dx={2: -3.0})
    out = tmp_path / "out.pdf"
    res = burn(shifted, reds, out, hardening=doc.hardening)
    report = verify(out, doc, reds, labels=res.labels)
    assert _failed(report) == {"text_outside_unchanged"}
    check = next(c for c in report.checks if c.name == "text_outside_unchanged")
    assert "expected at" in check.detail and check.page == 0


def test_fails_when_box_not_filled(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    d = pymupdf.open(src)
    for red in reds:
        for r in red.rects:
            d[0].add_redact_annot(pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), fill=(1, 1, 1), cross_out=False)
    d[0].apply_redactions(images=0, graphics=0, text=0)
    d.save(out, garbage=4, deflate=True)
    failed = _failed(verify(out, doc, reds, labels=[]))
    assert "boxes_filled" in failed
    assert "no_text_in_boxes" not in failed


def test_fails_on_annotation_with_name(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    d = pymupdf.open(out)
    d[0].add_text_annot((400, 400), "Victim: Maria Gutierrez")
    noted = tmp_path / "noted.pdf"
    d.save(noted)
    report = verify(noted, doc, reds, labels=res.labels)
    assert _failed(report) == {"no_redacted_strings", "structure_clean"}


def test_fails_on_over_redaction(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    """A redaction that eats letters of the next line (MuPDF's tall glyph boxes) is caught."""
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    d = pymupdf.open(src)
    for red in reds:
        for r in red.rects:  # plain PyMuPDF redaction with the planned (unclamped) rectangles
            d[0].add_redact_annot(pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), fill=(0, 0, 0), cross_out=False)
    d[0].apply_redactions(images=0, graphics=0, text=0)
    d.save(out, garbage=4, deflate=True)
    report = verify(out, doc, reds, labels=[])
    assert _failed(report) == {"text_outside_unchanged"}


def test_fails_on_name_split_across_lines(tmp_path: Path) -> None:
    """A name broken over two lines is found with the line break removed."""
    src = build_pdf(tmp_path / "src.pdf", lines=["Witness Maria Gutier", "rez said the door was open."])
    doc = ingest.ingest_pdf(src)
    reds = [redaction_for(doc, "Gutier\nrez")]
    assert len(reds[0].rects) == 2
    out = tmp_path / "out.pdf"
    d = pymupdf.open(src)  # broken output: boxes drawn, text left in place
    for r in reds[0].rects:
        d[0].draw_rect(pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), color=None, fill=(0, 0, 0))
    d.save(out)
    report = verify(out, doc, reds, labels=[])
    check = next(c for c in report.checks if c.name == "no_redacted_strings")
    assert not check.passed and "'Gutierrez'" in check.detail
    # and a correct burn of the same plan passes
    good = tmp_path / "good.pdf"
    res = burn(src, reds, good, hardening=doc.hardening)
    assert verify(good, doc, reds, labels=res.labels).passed


def _status(report: VerificationReport) -> dict[str, tuple[str, str]]:
    return {c.name: (c.status, c.reason) for c in report.checks}


def test_reocr_off_is_skipped_not_passed(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    """Re-OCR off used to report ``passed``: a check that did not run now says ``skipped`` and why."""
    src = pdf_factory()
    doc, reds = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    report = verify(out, doc, reds, labels=res.labels, hidden_chars=res.hidden_chars, reocr="off")
    status, reason = _status(report)["reocr"]
    assert status == "skipped" and "off" in reason
    assert _status(report)["ocr_layer"][0] == "skipped"
    assert _status(report)["no_text_in_boxes"] == ("passed", "")
    assert report.passed and report.failures() == []
    assert {c.name for c in report.skipped()} == {"reocr", "ocr_layer", "ocr_independent"}
    d = report.to_dict()
    reocr = next(c for c in d["checks"] if c["name"] == "reocr")
    assert reocr["status"] == "skipped" and reocr["passed"] is True and reocr["reason"]
    # born-digital pages in "regions" mode: nothing to read, so skipped too
    report = verify(out, doc, reds, labels=res.labels, hidden_chars=res.hidden_chars)
    assert _status(report)["reocr"][0] == "skipped"


def test_no_redactions_skips_box_checks(pdf_factory: PdfFactory, tmp_path: Path) -> None:
    src = pdf_factory()
    doc, _ = _plan(src)
    out = tmp_path / "out.pdf"
    res = burn(src, [], out, hardening=doc.hardening)
    report = verify(out, doc, [], labels=res.labels, hidden_chars=res.hidden_chars)
    st = _status(report)
    for name in ("no_text_in_boxes", "boxes_filled", "no_redacted_strings", "reocr"):
        assert st[name][0] == "skipped" and "no redactions" in st[name][1], (name, st[name])
    assert st["text_outside_unchanged"][0] == "passed"
    assert report.passed


def test_check_status_is_consistent_and_old_logs_read() -> None:
    from redactkit.model import Check

    assert Check("x", False).status == "failed"
    assert Check("x", True).status == "passed"
    assert Check(**{"name": "x", "passed": True, "detail": "", "page": None}).status == "passed"  # old log
    with pytest.raises(ValueError):
        Check("x", True, status="failed")
    with pytest.raises(ValueError):
        Check("x", True, status="skipped")  # no reason
    failed = VerificationReport([Check("a", True), Check.skip("b", "off"), Check("c", False, "bad")])
    assert not failed.passed and [c.name for c in failed.failures()] == ["c"]


def test_kept_word_after_a_redacted_line_is_not_taken_for_a_leak(tmp_path: Path) -> None:
    """With line breaks dropped, the check glues a line's first word to the line before. A town
    redacted in a private address line and kept at the start of the next line (an agency name)
    reads ")Quillmoor" in the output (burn's label) but "00000Quillmoor" in the source; both sides
    are compared as what is left, so the clean release verifies. Invented names."""
    src = build_pdf(tmp_path / "src.pdf", [
        "410 Larchmere Street",
        "Quillmoor, ZZ 00000",
        "Quillmoor Police Department",
        "Owner Quillmoor Tansey signed the form.",
    ])
    doc = ingest.ingest_pdf(src)
    reds = [redaction_for(doc, "Quillmoor, ZZ 00000", rid="a1", entity="ADDRESS"),
            redaction_for(doc, "Quillmoor", occurrence=2, rid="p1"),
            redaction_for(doc, "Tansey", rid="p2")]
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    assert "Quillmoor Police Department" in pymupdf.open(out)[0].get_text()
    report = verify(out, doc, reds, labels=res.labels, hidden_chars=res.hidden_chars)
    assert report.passed, report.failures()


def test_a_leak_glued_to_the_line_before_still_fails(tmp_path: Path) -> None:
    """The counter-case: the redacted name left on the page (drawn over, not removed) is still
    found, also where its line is glued to the one before."""
    src = build_pdf(tmp_path / "src.pdf", ["Reported by", "Quillmoor Tansey", "at the front desk."])
    doc = ingest.ingest_pdf(src)
    reds = [redaction_for(doc, "Quillmoor Tansey", rid="p1")]
    out = tmp_path / "out.pdf"
    d = pymupdf.open(src)
    for r in reds[0].rects:
        d[0].draw_rect(pymupdf.Rect(r.x0, r.y0, r.x1, r.y1), color=None, fill=(0, 0, 0))
    d.save(out)
    assert "no_redacted_strings" in _failed(verify(out, doc, reds, labels=[]))
