"""The verify and sanitize speed-ups compute the same answers as the code they replace.

(Speed itself is measured in benchmarks/bench_born_digital.py, not asserted here.)
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redactkit.ingest._ingest import _words, _words_loop, read_page
from redactkit.pdf import TEXT_FLAGS, hidden_span, iter_glyphs
from redactkit.pdf.readers import PdfiumReader
from redactkit.pdf.sanitize import _has_hidden_span
from redactkit.verify._strings import _token_pattern


def _reference(key: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(p) for p in key.split())
    return re.compile(rf"(?<!\w){body}(?!\w)")


def test_token_pattern_finds_what_the_lookbehind_regex_finds() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice("ab a\n-é_1.  ") for _ in range(rng.randint(0, 40)))
        key = " ".join("".join(rng.choice("ab-é1_.") for _ in range(rng.randint(1, 3)))
                       for _ in range(rng.randint(1, 3)))
        pattern = _token_pattern(key)
        assert pattern is not None
        want = [m.span() for m in _reference(key).finditer(text)]
        assert [m.span() for m in pattern.finditer(text)] == want
        first = pattern.search(text)
        assert (first.span() if first else None) == (want[0] if want else None)
        found += len(want)
    assert found > 200  # the random texts do hold matches (not an empty comparison)


def test_token_pattern_retries_inside_a_rejected_candidate() -> None:
    # "aa" after a word character is rejected at 1; the engine tries 2, then 3 ...
    pattern = _token_pattern("ab")
    assert pattern is not None
    assert [m.span() for m in pattern.finditer("xab ab,ab")] == [(4, 6), (7, 9)]
    assert [m.span() for m in pattern.finditer("aab")] == []


def _pdf(tmp_path: Path, hidden: bool) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Visible line with Tobiah Quennell, DOB 02/03/1990", fontsize=11)
    page.insert_text((72, 130), "Second   line\twith spaces", fontsize=11)
    if hidden:
        page.insert_text((72, 160), "Hidden Graciela Vondermuhl", fontsize=11, render_mode=3)
    path = tmp_path / f"p{int(hidden)}.pdf"
    doc.save(path)
    return path


@pytest.mark.parametrize("hidden", [False, True])
def test_hidden_span_precheck_agrees_with_the_glyph_walk(tmp_path: Path, hidden: bool) -> None:
    doc = pymupdf.open(_pdf(tmp_path, hidden))
    flags = TEXT_FLAGS | pymupdf.TEXT_COLLECT_STYLES
    walk = any(hidden_span(g.span) for g in iter_glyphs(doc[0], flags=flags))
    assert walk is hidden
    assert _has_hidden_span(doc[0], flags) is walk


@pytest.mark.parametrize("hidden", [False, True])
def test_pdfium_drawn_chars_are_the_non_space_non_generated_chars(tmp_path: Path, hidden: bool) -> None:
    with PdfiumReader(_pdf(tmp_path, hidden)) as reader:
        old = [ch for ch in reader.read(0, chars=True).chars if not ch.generated and not ch.c.isspace()]
        drawn = reader.read(0, drawn=True).drawn
    assert drawn is not None
    text, boxes = drawn
    assert text == "".join(ch.c for ch in old) and len(text) > 40
    centres = np.column_stack(((boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2))
    assert centres.tolist() == [list(ch.rect.center()) for ch in old]



@pytest.mark.parametrize("x", [72.0, 0.0])
def test_words_by_numpy_are_the_words_of_the_loop(tmp_path: Path, x: float) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((x, 100), "Tobiah Quennell  rang (217) 555-0143\tat 10:40,", fontsize=11)
    page.insert_text((x, 130), "then   Graciela\u00a0Vondermuhl\u2003left.", fontsize=9)
    got = read_page(page, 0)
    boxes, lines = got.chars._boxes, got.chars._lines  # type: ignore[union-attr]
    loop = _words_loop(got.text, boxes, lines, 0)
    assert [w.text for w in loop][:3] == ["Tobiah", "Quennell", "rang"]
    assert _words(got.text, boxes, lines, 0) == loop
    assert [repr(w.rect.x0) for w in _words(got.text, boxes, lines, 0)] == [repr(w.rect.x0) for w in loop]
