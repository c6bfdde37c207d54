"""The born-digital speed-ups compute the same answers as the code they replace.

(Speed itself is measured in benchmarks/bench_born_digital.py, not asserted here.)
"""

from __future__ import annotations

from typing import Any

import pymupdf
import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redactkit.detect.propagate import _parse, _patterns
from redactkit.detect.registry import IndexedContextEnhancer
from redactkit.ingest import read_page
from redactkit.model import Finding
from redactkit.pdf import iter_glyphs, tight_rect

TEXT = (
    "On 03/14/2024 Rosalind Pembury-Vance stated that the door was forced.\n"
    "PEMBURY-VANCE, ROSALIND called at 10:40. Pembury-Vance's neighbour, R. Pembury-Vance,\n"
    "and Rosalind saw a car (217) 555-0143 near 4417 Elm Road. e-mail rp@example.org"
)


PLAIN = TEXT.replace("PEMBURY-VANCE, ROSALIND", "Pembury-Vance, Rosalind")


@pytest.mark.parametrize("text", [TEXT, PLAIN])
@pytest.mark.parametrize("source", ["Rosalind Pembury-Vance", "Pembury-Vance, Rosalind", "Rosalind"])
def test_patterns_left_out_for_the_text_change_no_match(source: str, text: str) -> None:
    start = PLAIN.index(source)
    name = _parse(Finding.make("PERSON", start, start + len(source), source, 0.9, "test", ""))
    assert name is not None
    every = _patterns(name, set())
    kept = _patterns(name, set(), text)
    if text == PLAIN:
        assert len(kept) < len(every)  # the ALL-CAPS forms are absent: not compiled

    def matches(forms: list[tuple[str, Any]]) -> list[tuple[str, int, int]]:
        return [(f, *m.span()) for f, rx in forms for m in rx.finditer(text)]

    assert matches(kept) == matches(every)
    assert matches(kept)


def test_context_enhancer_finds_the_same_token_as_presidio(shared_redactor: Any) -> None:
    nlp = next(iter(shared_redactor.detector.nlp_engine().nlp.values()))
    doc = nlp(TEXT)
    indices = [t.idx for t in doc]
    ours = IndexedContextEnhancer()
    for start in range(len(TEXT)):
        try:
            want: int | None = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, doc, indices)
        except ValueError:
            want = None
        try:
            got: int | None = ours._find_index_of_match_token("w", start, doc, indices)
        except ValueError:
            got = None
        assert got == want, start
    assert ours._find_index_of_match_token("w", 0, doc, indices) == 0


def test_read_page_boxes_are_tight_rect_boxes(tmp_path: Any) -> None:
    path = tmp_path / "p.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(54, 54, 558, 760), TEXT, fontsize=10, fontname="helv")
    page.insert_text((300, 780), "ﬁnal ligature", fontsize=8, fontname="helv")
    doc.save(path)
    doc = pymupdf.open(path)
    page = doc[0]
    got = read_page(page, 0)
    want = [(c, tight_rect(g.bbox, g.origin[1], g.size, g.horizontal))
            for g in iter_glyphs(page, sort=True) for c in g.c]
    boxes = [(ch.c, ch.rect) for ch in got.chars if ch is not None]
    assert boxes == want
    assert got.text.replace("\n", "") == "".join(c for c, _ in want)
