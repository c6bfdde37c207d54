"""Hostile corpus part 2 (tests/hostile/make_corpus2.py): lying text layers, clipped glyphs,
text that is not text (issue 12).

- fast: every case's page is classified untrusted by :mod:`redactkit.pdf.trust` (so it is
  rasterized and OCR'd), with at least three cases per class; ordinary pages stay trusted;
- slow: every case through ``Redactor.redact``, and the output read by three independent
  readers (PyMuPDF, PDFium, Tesseract on PDFium's rendering) plus a byte search of every
  decompressed stream (qpdf) and of earlier revisions: no secret anywhere;
- a deliberately lying output (an empty ActualText over a visible name) fails
  verification: ``VerificationError`` through the API, exit code 3 through the CLI.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from redactkit import Redactor
from redactkit.errors import VerificationError
from redactkit.pdf.trust import TrustAssessor

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from checks import assert_untrusted_page_burned_clean  # noqa: E402
from make_corpus2 import CASES, CLASS, NAME  # noqa: E402


def test_every_class_has_three_cases() -> None:
    assert set(CLASS) == set(CASES)
    counts = Counter(CLASS.values())
    assert set(counts) == {"actualtext", "tounicode", "order", "dashes", "clipped", "paths", "images"}
    assert min(counts.values()) >= 3, counts


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_is_untrusted(name: str, tmp_path: Path) -> None:
    """The classifier distrusts the page that hides the secret (so ingest rasterizes it)."""
    from redactkit.pdf.rasterize import unsafe_reasons

    case = CASES[name](tmp_path / f"{name}.pdf")
    doc = pymupdf.open(case.path)
    try:
        page = doc[0]
        assert not unsafe_reasons(doc, page), "the old checks already catch it: not a new case"
        with TrustAssessor(case.path) as assessor:
            assert assessor.reasons(doc, page), f"{name}: page trusted"
    finally:
        doc.close()


def test_ordinary_pages_are_trusted(tmp_path: Path) -> None:
    """Tables, rules, a logo, a signature line, bold headers and en-dash year ranges stay trusted."""
    path = tmp_path / "plain.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 72), "ASHGROVE POLICE DEPARTMENT", fontsize=14, fontname="hebo")
    page.insert_text((72, 100), "Reporting period 2019\u20132020, ref. 12\u201314", fontsize=11,
                     fontname="dejavu", fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for r in range(8):  # a table: cell borders and text
        for c in range(4):
            rect = pymupdf.Rect(72 + c * 120, 140 + r * 18, 192 + c * 120, 158 + r * 18)
            page.draw_rect(rect, color=(0, 0, 0), width=0.5)
            page.insert_text((rect.x0 + 3, rect.y1 - 5), f"Row {r} col {c}", fontsize=9)
    page.draw_line((72, 400), (540, 400), width=1)
    logo = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 60), False)
    logo.set_rect(logo.irect, (20, 40, 160))
    page.insert_image(pymupdf.Rect(480, 40, 540, 100), pixmap=logo)
    page.insert_text((72, 450), "Signature: ______________________   Date: 03/14/2024", fontsize=11)
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    try:
        with TrustAssessor(path) as assessor:
            assert assessor.reasons(doc, doc[0]) == []
    finally:
        doc.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile2_no_leaks(name: str, tmp_path: Path, shared_redactor: Redactor) -> None:
    assert_untrusted_page_burned_clean(CASES[name](tmp_path / f"{name}.pdf"), tmp_path, shared_redactor)


# --- a lying output fails verification ---------------------------------------------------------------

def _source(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for i, line in enumerate(("ASHGROVE POLICE DEPARTMENT", "Case Number: 2024-001234",
                              f"Victim: {NAME}", "Offense: Burglary")):
        page.insert_text((72, 100 + 20 * i), line, fontsize=12, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def _lying_burn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Burn as usual, then write the name again, visibly, in a span whose empty
    /ActualText hides it from MuPDF's extraction (simulated fault)."""
    import redactkit.api as api_mod  # patched where the pipeline looks the stage up

    real_burn = api_mod.burn

    def lying_burn(src, redactions, dst, **kw):  # type: ignore[no-untyped-def]
        result = real_burn(src, redactions, dst, **kw)
        with pymupdf.open(dst) as doc:
            page = doc[0]
            page.insert_font(fontname="helv")
            xref = page.get_contents()[-1]
            doc.update_stream(xref, doc.xref_stream(xref) + (
                f"\n/Span <</ActualText ()>> BDC BT /helv 12 Tf 72 300 Td ({NAME}) Tj ET EMC\n").encode())
            doc.save(str(dst) + ".tmp", garbage=4)
        Path(str(dst) + ".tmp").replace(dst)
        return result

    monkeypatch.setattr(api_mod, "burn", lying_burn)


def test_lying_output_fails_verification_api(tmp_path: Path, shared_redactor: Redactor,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _lying_burn(monkeypatch)
    with pytest.raises(VerificationError) as info:
        shared_redactor.redact(_source(tmp_path / "in.pdf"), tmp_path / "out.pdf")
    assert info.value.exit_code == 3
    assert "pdfium" in str(info.value)
    assert not (tmp_path / "out.pdf").exists()


def test_lying_output_fails_verification_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactkit.cli import main

    _lying_burn(monkeypatch)
    src = _source(tmp_path / "in.pdf")
    code = main(["redact", str(src), "-o", str(tmp_path / "out")])
    assert code == 3
    assert not list((tmp_path / "out").glob("*.pdf"))
