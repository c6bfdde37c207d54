"""Hostile corpus part 3 (tests/hostile/make_corpus3.py): composite-font ToUnicode lies (issue 12).

A Type0/Identity-H font's ToUnicode is all both PDF readers know about its glyphs, so a
scrambled or collapsed map makes them agree on a lie. Page trust checks the map against
the embedded font program's own character map, and, where the program gives no evidence,
against OCR of the rendering (:mod:`redactkit.pdf._rendercheck`).

- fast: every case's page is untrusted, by a reason the old checks did not give; the same
  page with a truthful map stays trusted (with and without the program's cmap);
- slow: every case through ``Redactor.redact``; the output read by PyMuPDF, PDFium and
  Tesseract on PDFium's rendering, plus a byte search of every decompressed stream: no secret.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
import pytest

from redactkit import Redactor
from redactkit.pdf.rasterize import unsafe_reasons
from redactkit.pdf.trust import TrustAssessor

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from checks import assert_untrusted_page_burned_clean  # noqa: E402
from make_corpus3 import CASES, CLASS, LINES, honest_composite  # noqa: E402


def _reasons(path: str | Path) -> tuple[list[str], str]:
    doc = pymupdf.open(path)
    try:
        page = doc[0]
        assert not unsafe_reasons(doc, page), "the old checks already catch it: not a new case"
        with TrustAssessor(path) as assessor:
            return assessor.reasons(doc, page), page.get_text()
    finally:
        doc.close()


def test_class_has_three_cases() -> None:
    assert set(CLASS) == set(CASES) and len(CASES) >= 3


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_is_untrusted(name: str, tmp_path: Path) -> None:
    case = CASES[name](tmp_path / f"{name}.pdf")
    reasons, text = _reasons(case.path)
    assert not any(s in text for s in case.secrets), "the text layer must lie for the case to test anything"
    assert reasons, f"{name}: page trusted"
    if name == "cid_cmap_stripped":  # nothing in the file confirms the map: the rendering decides
        assert any("rendering (OCR)" in r for r in reasons), reasons
    else:
        assert any("embedded font's own character map" in r for r in reasons), reasons


@pytest.mark.parametrize("strip_cmap", [False, True])
def test_truthful_composite_font_is_trusted(tmp_path: Path, strip_cmap: bool) -> None:
    path = honest_composite(tmp_path / "honest.pdf", strip_cmap=strip_cmap)
    reasons, text = _reasons(path)
    assert all(line in text for line in LINES)
    assert reasons == []


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile3_no_leaks(name: str, tmp_path: Path, shared_redactor: Redactor) -> None:
    assert_untrusted_page_burned_clean(CASES[name](tmp_path / f"{name}.pdf"), tmp_path, shared_redactor)
