"""The compact page storage (CharMap, WordList) behaves exactly like the lists it replaces."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from redactkit import ingest
from redactkit.model import Char, CharMap, Page, Rect, Word, WordList
from redactkit.pdf import TEXT_FLAGS

TEXT = "Maria Gutierrez\nfi 555"


def _chars() -> list[Char | None]:
    out: list[Char | None] = []
    for i, c in enumerate(TEXT):
        out.append(None if c == "\n" else Char(c, Rect(i * 5.0, 10.0 + (i > 15) * 12, i * 5.0 + 4.5, 20.25),
                                               int(i > 15)))
    return out


def _words() -> list[Word]:
    return [Word("Maria", Rect(0, 10, 24.5, 20.25), 3, 0, 5, 0, 0),
            Word("Gutierrez", Rect(30, 10, 74.5, 20.25), 3, 6, 15, 0, 0, "ocr", 41.5),
            Word("fi", Rect(80, 22, 89.5, 32.25), 3, 16, 18, 1, 1, "ocr", None)]


def test_charmap_round_trips_every_glyph() -> None:
    chars = _chars()
    cm = CharMap(TEXT, chars)
    assert len(cm) == len(chars)
    assert list(cm) == chars
    assert [cm[i] for i in range(len(cm))] == chars
    assert cm[3:9] == chars[3:9] and cm[-1] == chars[-1] and cm[::-2] == chars[::-2]
    assert cm[TEXT.index("\n")] is None
    with pytest.raises(IndexError):
        cm[len(chars)]
    centers = cm.centers()
    assert centers.shape == (len(chars), 2)
    assert np.isnan(centers[TEXT.index("\n")]).all()
    c0 = chars[0]
    assert c0 is not None and tuple(centers[0]) == c0.rect.center()
    assert pickle.loads(pickle.dumps(cm))[4] == chars[4]


def test_charmap_refuses_a_map_that_disagrees_with_the_text() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        CharMap(TEXT + "x", _chars())
    wrong = _chars()
    wrong[0] = Char("X", Rect(0, 0, 1, 1), 0)
    with pytest.raises(ValueError, match="does not match"):
        CharMap(TEXT, wrong)


def test_wordlist_round_trips_words_including_confidence_source_and_own_text() -> None:
    words = [*_words(), Word("fi", Rect(80, 22, 89.5, 32.25), 3, 16, 18, 1, 1)]
    words[-1] = Word("ﬁ", words[-1].rect, 3, 16, 18, 1, 1)  # text differs from the page slice
    wl = WordList(TEXT, words)
    assert list(wl) == words and wl[1:] == words[1:] and wl[-1].text == "ﬁ"
    assert wl.has_ocr
    assert not WordList(TEXT, [words[0]]).has_ocr


def test_page_converts_lists_and_reports_ocr() -> None:
    page = Page(3, 612, 792, 0, "text", TEXT, _chars(), _words())
    assert isinstance(page.chars, CharMap) and isinstance(page.words, WordList)
    assert page.is_ocr
    assert not Page(0, 612, 792, 0, "text", TEXT, _chars(), _words()[:1]).is_ocr


def test_ingested_page_matches_the_pdf(tmp_path: Path) -> None:
    """Geometry read back from the compact store is MuPDF's, to the bit."""
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Witness Maria Gutierrez", fontsize=11)
    doc.save(tmp_path / "a.pdf")
    page = ingest.ingest(tmp_path / "a.pdf").pages[0]
    raw = pymupdf.open(tmp_path / "a.pdf")[0].get_text("rawdict", flags=TEXT_FLAGS)
    xs = [ch["bbox"][0] for b in raw["blocks"] for ln in b["lines"] for s in ln["spans"] for ch in s["chars"]]
    got = [c.rect.x0 for c in page.chars if c is not None]
    assert got == xs
    assert [w.text for w in page.words] == ["Witness", "Maria", "Gutierrez"]
