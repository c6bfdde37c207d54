"""The verify and sanitize speed-ups compute the same answers as the code they replace.

(Speed itself is measured in benchmarks/bench_born_digital.py, not asserted here.)
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

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


def _reference_counts(keys: list[str], pairs: list[tuple[Any, Any]]) -> tuple[list[list[int]], ...]:
    """StringCount's found/allowed tallies by brute force: every key searched on every page."""
    from redactkit.verify._strings import _normalise

    found = [[0] * len(keys) for _ in (0, 1)]
    allowed = [[0] * len(keys) for _ in (0, 1)]
    for out, src in pairs:
        for k, key in enumerate(keys):
            pat = _reference(key)
            for jl in (0, 1):
                text, _ = _normalise(out.codes[~out.label] if jl else out.codes, bool(jl))
                found[jl][k] += len(pat.findall(text))
            text, _ = _normalise(src.codes[~src.inside], True)
            allowed[1][k] += len(pat.findall(text))
            text, idx = _normalise(src.codes, False)
            inside = src.inside[idx]
            allowed[0][k] += sum(1 for m in pat.finditer(text) if not inside[m.start():m.end()].any())
    return found, allowed


def test_string_count_searches_only_where_a_match_can_be(tmp_path: Path) -> None:
    """The no-redacted-strings tallies are those of searching every string on every page, though
    strings redacted wherever they stand on a source page are no longer searched (nor compiled)
    there, and patterns are compiled on first use."""
    from redactkit import Redactor
    from redactkit.ingest import ingest_pdf
    from redactkit.verify._glyphs import Glyphs, rects_by_page
    from redactkit.verify._strings import StringCount

    src_path = tmp_path / "s.pdf"
    doc = pymupdf.open()
    for text in ("Caller Tobiah Quennell of 14 Marrow Lane, 555-0142. Quennell left.",
                 "Tobiah Quennell again; Quennell's cousin Ysolde Quennell-Brask at 555-0142.",
                 "Nothing private on this page but the word Quennell in a label: QUENNELL."):
        doc.new_page().insert_textbox(pymupdf.Rect(50, 50, 550, 750), text, fontsize=11)
    doc.save(src_path)
    log = Redactor().redact(src_path, tmp_path / "o.pdf")
    source = ingest_pdf(src_path)
    out_doc = pymupdf.open(tmp_path / "o.pdf")
    # the real output, then the source itself as a failed burn (every string still there), each
    # with all boxes and with the second page's left out (its values then stand outside every
    # box in the source: allowed occurrences)
    for redactions in (log.redactions, [r for r in log.redactions if r.page != 1]):
        rects = rects_by_page(redactions)
        for failed_burn in (False, True):
            pairs = []
            for i, page in enumerate(out_doc):
                boxes = rects.get(i, [])
                out = source.pages[i] if failed_burn else read_page(page, i)
                pairs.append((Glyphs(out, boxes, []), Glyphs(source.pages[i], boxes, [])))
            count = StringCount(redactions)
            for out_g, src_g in pairs:
                count.add(out_g, src_g)
            found, allowed = _reference_counts(count.keys, pairs)
            assert (count.found, count.allowed) == (found, allowed)
            assert count.result([]).passed is (not failed_burn)
            if not failed_burn and len(redactions) == len(log.redactions):
                assert None in count._patterns  # a string redacted wherever it stands: never compiled
            if failed_burn and len(redactions) < len(log.redactions):
                assert sum(allowed[0]) > 0 and sum(found[0]) > sum(allowed[0])  # not an empty comparison
    leak = StringCount(log.redactions).result([("metadata title", "Re:  Tobiah\nQuennell file"), ("XMP", "")])
    assert not leak.passed and "metadata title" in leak.detail


def test_outside_unchanged_fast_path_agrees_with_the_search(tmp_path: Path) -> None:
    """A page whose kept glyphs are all in place, in order, passes without the search; the search
    gives the same answer on those pages, and a moved or extra glyph still fails."""
    from redactkit import Redactor
    from redactkit.ingest import ingest_pdf
    from redactkit.verify._glyphs import Glyphs, rects_by_page
    from redactkit.verify._strings import _outside_searched, _twins_in_place, outside_unchanged_page

    root = Path(__file__).resolve().parents[1] / "sample_docs"
    redactor = Redactor(label_boxes=False)  # the labels' glyphs are not the test's subject
    fast = 0
    for name in ("incident_report_001.pdf", "witness_statement_003.pdf", "dispatch_log_006.pdf"):
        log = redactor.redact(root / name, tmp_path / name)
        source = ingest_pdf(root / name)
        rects = rects_by_page(log.redactions)
        out_doc = pymupdf.open(tmp_path / name)
        for i, page in enumerate(out_doc):
            boxes = rects.get(i, [])
            src_g, out_g = Glyphs(source.pages[i], boxes, []), Glyphs(read_page(page, i), boxes, [])
            keep = np.flatnonzero(src_g.glyph & ~src_g.space & ~src_g.inside)
            vis = out_g.visible()
            got = outside_unchanged_page(src_g, out_g, [])
            assert got == _outside_searched(src_g, out_g, [], keep, vis)
            fast += _twins_in_place(src_g, out_g, keep, vis)
            if len(vis):
                moved = Glyphs(read_page(page, i), boxes, [])
                moved.centers = moved.centers.copy()
                moved.centers[vis[len(vis) // 2], 0] += 2.0  # one glyph two points to the right
                failed = outside_unchanged_page(src_g, moved, [])
                assert failed is not None and failed == _outside_searched(src_g, moved, [], keep, vis)
    assert fast > 0  # the fast path was taken
    # two glyphs of one character nearly on top of each other (overprinting): searched instead
    src_g, out_g = Glyphs(source.pages[0], [], []), Glyphs(source.pages[0], [], [])
    keep = np.flatnonzero(src_g.glyph & ~src_g.space & ~src_g.inside)
    assert _twins_in_place(src_g, out_g, keep, out_g.visible())
    a, b = keep[0], next(k for k in keep[1:] if src_g.codes[k] == src_g.codes[keep[0]])
    for g in (src_g, out_g):  # b moved onto a in both: twins in place, but a and b 0.004 apart
        g.centers = g.centers.copy()
        g.centers[b] = g.centers[a] + 0.004
    assert not _twins_in_place(src_g, out_g, keep, out_g.visible())
    # pages with no glyph, or one (a crash-safety test found the empty page)
    empty = np.array([], dtype=np.int64)
    assert _twins_in_place(src_g, out_g, empty, empty)
    assert _twins_in_place(src_g, out_g, keep[:1], keep[:1])
