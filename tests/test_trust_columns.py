"""Page trust: a column of stacked glyphs is vertical writing only when it can spell something.

A court caption puts a column of ')' or '§' between the parties and the case number; a
form has a column of checkboxes or 'X' marks. Drawn one glyph per text object, each of
these is a column of single stacked glyphs like text written top to bottom, which page
trust distrusts (detection cannot match a name read one letter per line). A column whose
glyphs hold fewer than two different letters or digits hides nothing: the page keeps its
text layer. Letters or digits written down a column (even beside ordinary caption lines)
stay untrusted. Everything here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit.model import Rect
from redactkit.pdf.trust import TrustAssessor, order_reasons, spells_nothing

PARTIES = ["STATE OF WEST CORAVIA", "Plaintiff,", "v.", "QUILLON T. MABREY,", "Defendant."]


def _caption(path: Path, column: str, *, marks: str = "", x: float = 260) -> None:
    """A caption page: parties on the left, ``column`` drawn one glyph per line at ``x``
    (each glyph its own text object, in a row of content like a generator writes a column),
    the case number on the right, then a title and a paragraph; ``marks``: a checkbox column."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    for i, t in enumerate(PARTIES):
        page.insert_text((66, 92 + 13 * i), t, fontsize=11, fontname="tiro")
    for i, c in enumerate(column):
        page.insert_text((x, 92 + 13 * i), c, fontsize=11, fontname="tiro")
    page.insert_text((300, 105), "Case No. CR-2026-72049", fontsize=11, fontname="tiro")
    page.insert_text((220, 165), "ORDER TO APPEAR", fontsize=13, fontname="tibo")
    page.insert_text((72, 200), "The defendant named above shall appear on the date set below.",
                     fontsize=11, fontname="tiro")
    for i, c in enumerate(marks):
        page.insert_text((80, 240 + 16 * i), c, fontsize=12, fontname="helv")
    for i in range(len(marks)):
        page.insert_text((100, 240 + 16 * i), f"Condition {i + 1} of release was read aloud.",
                         fontsize=11, fontname="tiro")
    doc.save(path)
    doc.close()


def _reasons(path: Path) -> list[str]:
    doc = pymupdf.open(path)
    try:
        with TrustAssessor(path) as assessor:
            return assessor.reasons(doc, doc[0])
    finally:
        doc.close()


@pytest.mark.parametrize("column,marks", [(")))))", ""), ("§§§§§§", ""), (")))))", "XXXXXX")],
                         ids=["parens", "sections", "parens-and-x-marks"])
def test_caption_separator_column_is_trusted(tmp_path: Path, column: str, marks: str) -> None:
    """A caption's separator column (and a column of one repeated mark) keeps the text layer."""
    path = tmp_path / "caption.pdf"
    _caption(path, column, marks=marks)
    assert _reasons(path) == []


@pytest.mark.parametrize("column", ["MABREY", "4175550", ")))ABCD", "X)X)Y)"],
                         ids=["name", "digits", "parens-then-letters", "two-letters"])
def test_letters_down_a_column_stay_untrusted(tmp_path: Path, column: str) -> None:
    """Counter-case: letters or digits written down the same column, beside the same caption
    lines (each line has ordinary text on it), are still vertical writing."""
    path = tmp_path / "vertical.pdf"
    _caption(path, column)
    reasons = _reasons(path)
    assert any("vertically stacked glyphs" in r for r in reasons), reasons


def test_column_without_text_is_not_excused() -> None:
    """A column whose boxes read as no text (PDFium found nothing there) is not known to spell
    nothing: it counts as vertical writing, as it did before columns were read."""
    runs = [Rect(260, 80 + 13 * i, 263, 90 + 13 * i) for i in range(5)]
    assert order_reasons(runs, "", lambda rects: [")"] * len(rects)) == []
    assert order_reasons(runs, "", lambda rects: [")", ")", "", ")", ")"])
    assert order_reasons(runs, "")  # no reader for the column: every column counts
    assert not spells_nothing([")", " ", ")"])
    assert spells_nothing(["\u2610", "\u2610", "\u2611", "X", "x"]) is False  # X and x differ
    assert spells_nothing(["\u2610", "\u2610", "\u2611", "\u2022"])
