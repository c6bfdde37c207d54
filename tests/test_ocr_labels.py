"""OCR misreads inside form labels ("1D" for "ID", "D0B" for "DOB"): label words read back for
layout pairing on OCR pages only (invented forms)."""

from __future__ import annotations

import pytest

from redactkit.detect.layout import layout_findings
from redactkit.detect.ocrlabels import _read_back, label_view
from redactkit.model import Page, Rect, Word
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _page(specs: list[tuple[str, float, float]], source: str = "ocr") -> Page:
    """One word per (text, x, y) as OCR (or a text layer) gives them; words at the same y and
    close together are one line."""
    text, words = "", []
    for i, (t, x, y) in enumerate(specs):
        same = i and specs[i - 1][2] == y and x - specs[i - 1][1] < 40
        text += " " if same else ("\n" if text else "")
        start = len(text)
        text += t
        words.append(Word(t, Rect(x, y, x + 6 * len(t), y + 10), 0, start, start + len(t),
                          words[-1].line if same else i, 0,
                          source, 88.0 if source == "ocr" else None))  # type: ignore[arg-type]
    return Page(0, 612, 792, 0, "scanned" if source == "ocr" else "text", text, [None] * len(text), words)


def _found(page: Page) -> set[tuple[str, str]]:
    return {(f.entity, f.text) for f in layout_findings(page, 0, POLICY)}


def test_misread_header_words_pair_their_columns_on_a_scan() -> None:
    # a header row whose I and O Tesseract read as 1 and 0, over one row of values
    page = _page([("D0B", 200, 100), ("DL", 300, 100), ("/", 316, 100), ("1D", 326, 100), ("N0.", 342, 100),
                  ("07/14/1986", 200, 120), ("8842-17-3305", 300, 120)])
    assert _found(page) == set()  # a cell with a digit is never a label: nothing paired before
    view = label_view(page)
    assert [w.text for w in view.words] == ["DOB", "DL", "/", "ID", "NO.", "07/14/1986", "8842-17-3305"]
    assert view.text == page.text  # offsets and text unchanged: findings map to the page as it is
    assert _found(view) == {("DATE_OF_BIRTH", "07/14/1986"), ("DRIVER_LICENSE", "8842-17-3305")}


@pytest.mark.parametrize(("word", "back"), [
    ("1D", "ID"), ("lD", "ID"), ("D0B", "DOB"), ("N0.", "NO."), ("0LN", "OLN"), ("V1N:", "VIN:"),
    ("SS|N", None), ("10", None), ("1D0", None), ("L10", None), ("l0", None), ("ID", None), ("Dl", None),
    ("4l", None), ("2A01", None),
])
def test_only_words_that_become_label_words_are_read_back(word: str, back: str | None) -> None:
    assert _read_back(word) == back


def test_values_and_text_layers_are_left_alone() -> None:
    # counter-cases: a value that looks like a misread ("10" rooms, a unit "1D0") stays as read,
    # and a born-digital page's words are never changed (its "D0B" is what the file says)
    scan = _page([("Unit", 200, 100), ("1D0", 200, 120), ("10", 260, 120)])
    assert label_view(scan) is scan
    text_layer = _page([("D0B", 200, 100), ("07/14/1986", 200, 120)], source="text")
    assert label_view(text_layer) is text_layer
    assert _found(label_view(text_layer)) == set()
