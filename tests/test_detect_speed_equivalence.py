"""The born-digital speed-ups compute the same answers as the code they replace.

(Speed itself is measured in benchmarks/bench_born_digital.py, not asserted here.)
"""

from __future__ import annotations

import random
import re as std_re
from array import array
from typing import Any

import numpy as np
import pymupdf
import pytest
import regex
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from regex import _main as regex_main

from redactkit.detect.lexicon import RANK_ONE, REGEX_FLAGS, compiled
from redactkit.detect.propagate import _compiled, _parse, _patterns
from redactkit.detect.propagate_ids import _SEP, _matches, _number_matches, _starts, value_pattern
from redactkit.detect.recognizers import LastFirstNameRecognizer, SsnRecognizer
from redactkit.detect.recognizers._base import FlaggedPattern, line_matches
from redactkit.detect.registry import IndexedContextEnhancer
from redactkit.ingest import read_page
from redactkit.model import Char, CharMap, Check, Finding, Page, Rect, Word
from redactkit.pdf import iter_glyphs, tight_rect
from redactkit.pdf.rasterize import _text_inside
from redactkit.verify._glyphs import POSITION_TOLERANCE, Glyphs
from redactkit.verify._strings import outside_unchanged_page

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


# Identifier propagation tries its patterns only where their first character occurs.
ID_TEXT = (
    "Call (217) 555-0143 or +1 217 555 0143 or 1-217-555-0143; x2175550143 is not one,\n"
    "nor 92175550143. SSN 321-54-9876, 321 54 9876 and 321549876. Plate 7ABC123, 7abc-123,\n"
    "7 ABC 123, ab7ABC123, ABC 1234. Case cr1234567, CR 12-34567.\n"
    "Mail Kim.Ho@Example.org, kim.ho@example.org, xkim.ho@example.org.\n"
    "DOB 04/05/1981 and 04/05/1981. Lives at 4417 Elm Road, Springfield; 4417 elm\nroad again,"
    " K\u212aIM.HO@example.org, (509)\n8\n555-0139 and 509-555-0139."
)
ID_VALUES = [
    ("PHONE_NUMBER", "(217) 555-0143"), ("PHONE_NUMBER", "+1 (217) 555-0143"),
    ("PHONE_NUMBER", "509-555-0139"), ("US_SSN", "321-54-9876"), ("ID_NUMBER", "CR-12-34567"),
    ("LICENSE_PLATE", "7ABC123"), ("LICENSE_PLATE", "abc-1234"), ("EMAIL_ADDRESS", "kim.ho@example.org"),
    ("DATE_OF_BIRTH", "04/05/1981"), ("ADDRESS", "4417 Elm Road, Springfield"), ("ADDRESS", "4417 Elm Road"),
    ("EMAIL_ADDRESS", "KIM.HO@example.org"),
]


@pytest.mark.parametrize(("entity", "value"), ID_VALUES)
@pytest.mark.parametrize("text", [ID_TEXT, ID_TEXT.upper(), ID_TEXT.lower(), ID_TEXT.replace(" ", "")])
def test_identifier_search_finds_what_finditer_finds(entity: str, value: str, text: str) -> None:
    rx, starts = value_pattern(entity, value), _starts(entity, value)
    assert rx is not None and starts is not None
    want = [m.span() for m in rx.finditer(text)]
    assert _matches(rx, starts, text) == want
    if text == ID_TEXT:
        assert want  # each value occurs in the text


def test_identifier_search_on_random_texts() -> None:
    rng = random.Random(5)
    alphabet = "0123456789 -.()+1aAbBkK\u212a\n@"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for entity, value in [("PHONE_NUMBER", "+1 101-101-1010"), ("LICENSE_PLATE", "KA1-0B"),
                              ("US_SSN", "110-10-1101"), ("EMAIL_ADDRESS", "k@a.b0")]:
            rx, starts = value_pattern(entity, value), _starts(entity, value)
            assert rx is not None and starts is not None
            assert _matches(rx, starts, text) == [m.span() for m in rx.finditer(text)], (entity, text)


# Numbers and plates are searched without compiling their patterns: the walk finds what the
# compiled pattern finds, including line numbers between digits, a leading "+1" and Unicode case
# folding (where it asks the compiled pattern).
_NUMBER_ENTITIES = ["PHONE_NUMBER", "US_SSN", "DRIVER_LICENSE", "ID_NUMBER", "LICENSE_PLATE"]
_NUMBER_VALUES = ["+1 101-101-1010", "(101) 010-1010", "1-101-010-1010", "110-10-1101", "KA1-0B",
                  "AB-1K23", "ki11010s", "1101011", "S1K0-1I1", "010 10 1010"]


@pytest.mark.parametrize(("entity", "value"), [(e, v) for e, v in ID_VALUES if e in _NUMBER_ENTITIES])
@pytest.mark.parametrize("text", [ID_TEXT, ID_TEXT.upper(), ID_TEXT.lower(), ID_TEXT.replace(" ", "")])
def test_number_search_finds_what_the_compiled_pattern_finds(entity: str, value: str, text: str) -> None:
    rx, starts = value_pattern(entity, value), _starts(entity, value)
    assert rx is not None and starts is not None
    assert _number_matches(entity, value, starts, text) == [m.span() for m in rx.finditer(text)]


def test_number_search_on_random_texts() -> None:
    rng = random.Random(9)
    alphabet = "0123456789 -.()+1aAbBkK\u212a\u0131iIsS\u017f\n\t@_\u2013\u2212/x"
    seps = [" ", "\t", "\n", "-", ".", "(", ")", "/", "\u2013", "\u2212", "\n8\n", "\n 12 \n", "\n1\n", "x",
            "5", "", "", ""]
    found = 0
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        # a value's characters, some lower-cased, with random separators (and wrong ones) between
        key = [c for c in rng.choice(_NUMBER_VALUES) if c.isalnum()]
        text += rng.choice(["", "1", "x", "+", "+1", "-", "1 "]) + "".join(
            (c.lower() if rng.random() < 0.3 else c)
            + "".join(rng.choice(seps) for _ in range(rng.randint(0, 2))) for c in key)
        text += "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for value in _NUMBER_VALUES:
            for entity in _NUMBER_ENTITIES:
                rx, starts = value_pattern(entity, value), _starts(entity, value)
                assert (rx is None) == (starts is None)
                if rx is None or starts is None:
                    continue
                want = [m.span() for m in rx.finditer(text)]
                assert _number_matches(entity, value, starts, text) == want, (entity, value, text)
                found += len(want)
    assert found > 300


# The separator between a number's characters, as it was written before its dashes got a class
# of their own (the same language; the split compiles twice as fast).
_SEP_ONE_CLASS = ("(?:[\\s.()/\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
                  "|\\n[ \\t]*\\d{1,2}[ \\t]*(?=\\n))*")


def test_number_separator_matches_what_the_one_class_form_matched() -> None:
    for flags in (0, std_re.IGNORECASE):
        one, split = std_re.compile(_SEP_ONE_CLASS, flags), std_re.compile(_SEP, flags)
        for cp in range(0x110000):
            c = chr(cp)
            assert bool(one.fullmatch(c)) == bool(split.fullmatch(c)), hex(cp)
    rng = random.Random(11)
    seps = [" ", "\t", "\n", "-", ".", "(", ")", "/", "\u2010", "\u2013", "\u2014", "\u2212", "\n8\n",
            "\n 12 \n", "x", "5", ""]
    found = 0
    for _ in range(400):
        for value in ("101-10-1010", "+1 (101) 010-1010"):
            key = "".join(c for c in value if c.isalnum())
            # the key's characters with random separators (and a few wrong ones) between them
            text = rng.choice(["", "1", "x", "+"]) + "".join(
                c + "".join(rng.choice(seps) for _ in range(rng.randint(0, 2))) for c in key)
            body_one, body_split = _SEP_ONE_CLASS.join(key), _SEP.join(key)
            bounded = (rf"(?<![\w]){body_one}(?![\w])", rf"(?<![\w]){body_split}(?![\w])")
            for pattern_one, pattern_split in ((body_one, body_split), bounded):
                want = [m.span() for m in std_re.finditer(pattern_one, text, std_re.IGNORECASE)]
                assert [m.span() for m in std_re.finditer(pattern_split, text, std_re.IGNORECASE)] == want
                found += len(want)
    assert found > 100


def test_line_bound_patterns_find_line_by_line_what_finditer_finds() -> None:
    # invented "Last, First" cells, labels and runs of blanks like the ALL-CAPS re-read's blanked lines
    words = ["ZORVIK", "ORVAN", "Zorvik", "Orvan", "McTavish", "O'Dara", "Ülve", "ØBERG", "van Dorn", "ST. ",
             "A.", "Jr.", "II", "DATE", "on", "2", "x", "-", "Lee-Ray"]
    seps = [",", ", ", " ", "  ", "\t", "|", "\n", "SUBJ/", "\f", " " * 40, "\n" + " " * 60 + "\n", ""]
    rng = random.Random(3)
    found = 0
    for pattern in LastFirstNameRecognizer().patterns:
        compiled = regex.compile(pattern.regex, flags=REGEX_FLAGS)
        for _ in range(1500):
            text = "".join(rng.choice(words) + rng.choice([", ", ",", " "]) + rng.choice(words)
                           + rng.choice(seps) for _ in range(rng.randint(0, 8)))
            want = [(m.span(), m.span("value")) for m in compiled.finditer(text)]
            got = [(m.span(), m.span("value")) for m in line_matches(compiled, text)]
            assert got == [w for w in want if text[w[0][0]:w[0][1]].strip()], text
            assert all("\n" not in text[a:b] for (a, b), _ in want)
            found += len(want)
    assert found > 300
    assert LastFirstNameRecognizer.LINE_BOUND


# Hardening decides from span boxes when every span lies on the page.
def _text_inside_one_by_one(page: pymupdf.Page) -> tuple[bool, int]:
    rect, has_text, outside = page.rect, False, 0
    for g in iter_glyphs(page, flags=0, clip=pymupdf.INFINITE_RECT()):
        if g.c.isspace():
            continue
        has_text = True
        x0, y0, x1, y1 = g.bbox
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (rect.x0 - 1 <= cx <= rect.x1 + 1 and rect.y0 - 1 <= cy <= rect.y1 + 1):
            outside += 1
    return has_text, outside


def _pages_for_hardening() -> pymupdf.Document:
    doc = pymupdf.open()
    doc.new_page().insert_textbox(pymupdf.Rect(54, 54, 558, 760), TEXT, fontsize=10, fontname="helv")
    doc.new_page()  # no text
    doc.new_page().insert_text((72, 72), "   ", fontsize=10)  # blanks only
    page = doc.new_page()
    page.insert_text((72, 72), "on the page", fontsize=10)
    page.insert_text((590, 300), "half off the edge", fontsize=10)  # first glyphs on, the rest off
    page = doc.new_page()
    page.insert_text((-400, -50), "far outside", fontsize=10)
    page = doc.new_page()
    page.insert_text((595.4, 400), "x", fontsize=10)  # within the 1-pt margin? the centre decides
    page = doc.new_page()
    page.insert_text((72, 72), "cropped away", fontsize=10)
    page.insert_text((72, 700), "kept", fontsize=10)
    page.set_cropbox(pymupdf.Rect(0, 300, 595, 842))
    return pymupdf.open("pdf", doc.tobytes())


def test_text_inside_matches_the_glyph_by_glyph_count() -> None:
    doc = _pages_for_hardening()
    got = [_text_inside(page, page.rect) for page in doc]
    assert got == [_text_inside_one_by_one(page) for page in doc]
    assert got[0] == (True, 0) and got[1] == (False, 0) and got[2] == (False, 0)
    assert got[3][1] > 0 and got[4] == (True, 10) and got[6][1] > 0


def _words_from_chars(text: str, chars: list[Any], index: int) -> list[Word]:
    """Ingest's word split as written over Char objects before the char map was filled directly."""
    words, i, n = [], 0, len(text)
    while i < n:
        if text[i].isspace() or chars[i] is None:
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace() and chars[j] is not None:
            j += 1
        rect = chars[i].rect
        for ch in chars[i + 1:j]:
            rect = rect.union(ch.rect)
        words.append(Word(text[i:j], rect, index, i, j, chars[i].line, 0))
        i = j
    return words


def test_read_page_char_map_and_words_as_built_from_chars(tmp_path: Any) -> None:
    path = tmp_path / "w.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(54, 54, 558, 400), TEXT, fontsize=10, fontname="helv")
    page.insert_text((300, 500), "ﬁnal ligature  and   gaps", fontsize=8, fontname="helv")
    page.insert_text((300, 600), "tilted", fontsize=11, fontname="helv", rotate=90)
    doc.new_page()  # an empty page
    doc.save(path)
    doc = pymupdf.open(path)
    for i, pg in enumerate(doc):
        got = read_page(pg, i)
        assert isinstance(got.chars, CharMap)
        chars = list(got.chars)
        again = CharMap(got.text, chars)  # the map as built from Char objects
        assert np.array_equal(got.chars.boxes(), again.boxes(), equal_nan=True)
        assert chars == list(again)
        assert list(got.words) == _words_from_chars(got.text, chars, i)
        assert (i == 0) == bool(got.words)
    with pytest.raises(ValueError, match="differ in length"):
        CharMap.from_arrays("ab", array("d", [0.0] * 4), array("i", [0]))


# Verification's text_outside_unchanged stops searching at a glyph exactly in place.
def _outside_unchanged_reference(src: Glyphs, out: Glyphs,
                                 hidden: list[tuple[str, float, float]]) -> Check | None:
    """The page check as written before the early stop (first nearest in band and list order)."""
    tol, hid, expected = POSITION_TOLERANCE, list(hidden), []
    keep = np.flatnonzero(src.glyph & ~src.space & ~src.inside)
    for k in keep.tolist():
        c, (x, y), y0, y1 = src.text[k], src.centers[k], src.boxes[k, 1], src.boxes[k, 3]
        match = next((h for h in hid
                      if h[0] == c and abs(h[1] - x) <= tol and y0 - 3 <= h[2] <= y1 + 3), None)
        if match is not None:
            hid.remove(match)
            continue
        expected.append((c, float(x), float(y)))
    actual: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for k in out.visible().tolist():
        cx, cy = (float(v) for v in out.centers[k])
        actual.setdefault((out.text[k], round(cy)), []).append((cx, cy))
    for c, x, y in expected:
        best: tuple[float, list[tuple[float, float]], int] | None = None
        for band in (round(y) - 1, round(y), round(y) + 1):
            cands = actual.get((c, band), [])
            for j, (ax, ay) in enumerate(cands):
                d = max(abs(ax - x), abs(ay - y))
                if best is None or d < best[0]:
                    best = (d, cands, j)
        if best is None or best[0] > tol:
            found = "nowhere" if best is None else "nearest at ({:.2f}, {:.2f})".format(*best[1][best[2]])
            detail = f"page {src.index + 1}: {c!r} expected at ({x:.2f}, {y:.2f}), found {found}"
            return Check("text_outside_unchanged", False, detail, src.index)
        best[1].pop(best[2])
    extra = [(key[0], pos) for key, lst in actual.items() for pos in lst]
    if extra:
        c, (x, y) = extra[0]
        return Check("text_outside_unchanged", False, f"page {src.index + 1}: {len(extra)} unexpected "
                     f"character(s), first {c!r} at ({x:.2f}, {y:.2f})", src.index)
    return None


def _glyph_page(glyphs: list[tuple[str, float, float]]) -> Page:
    chars = [Char(c, Rect(x - 2, y - 4, x + 2, y + 4), 0) for c, x, y in glyphs]
    return Page(0, 612, 792, 0, "text", "".join(c for c, _, _ in glyphs), chars, [])


def test_outside_unchanged_page_as_without_the_early_stop() -> None:
    rng = random.Random(11)
    outcomes = set()
    for _ in range(400):
        src = [(rng.choice("ab"), float(rng.randrange(0, 40, 4)), float(rng.randrange(10, 30, 5)))
               for _ in range(rng.randint(0, 12))]
        out = []
        for c, x, y in src:
            for _ in range(rng.choice([0, 1, 1, 1, 2])):  # lost, kept, or doubled
                dx, dy = rng.choice([(0.0, 0.0), (0.0, 0.0), (0.3, 0.0), (-0.2, 0.4), (0.0, 0.7), (1.0, 0.0)])
                out.append((c, x + dx, y + dy))
        rng.shuffle(out)
        hidden = [(c, x + 0.1, y) for c, x, y in rng.sample(src, min(len(src), rng.randint(0, 2)))]
        s, o = Glyphs(_glyph_page(src), [], []), Glyphs(_glyph_page(out), [], [])
        want = _outside_unchanged_reference(s, o, hidden)
        assert outside_unchanged_page(s, o, hidden) == want, (src, out, hidden)
        outcomes.add(None if want is None else want.detail.split(":")[1][:12])
    assert len(outcomes) >= 3  # passes, misplaced and extra glyphs all occurred


def test_flagged_pattern_validates_and_keeps_the_compile_it_runs() -> None:
    p = FlaggedPattern("dob", r"(?P<value>\d{2}/\d{2}/\d{4})$", 0.6)
    assert p.compiled_with_flags == REGEX_FLAGS
    assert p.compiled_regex.pattern == p.regex
    assert p.compiled_regex.flags == regex.compile(p.regex, REGEX_FLAGS).flags
    with pytest.raises(ValueError, match="Invalid regex"):
        FlaggedPattern("bad", r"(\d", 0.5)
    with pytest.raises(ValueError, match="Invalid score"):
        FlaggedPattern("bad", r"\d", 1.5)
    rec = SsnRecognizer()
    assert rec.patterns and all(isinstance(q, FlaggedPattern) for q in rec.patterns)
    assert rec.patterns[0] is not SsnRecognizer.PATTERNS[0]  # instances never share Pattern objects
    found = rec.analyze("SSN 321-54-9876 on file", ["US_SSN"])
    assert [("US_SSN", r.start, r.end) for r in found] == [("US_SSN", 4, 15)]


def test_fixed_patterns_survive_regex_cache_churn_and_names_stay_out_of_it() -> None:
    # regex's own cache drops a random fifth of its 500 entries when full; per-name propagation
    # patterns filled it, and the recognizers' fixed patterns (passed as text) were parsed again
    rank = compiled(RANK_ONE, REGEX_FLAGS)
    for i in range(600):  # more invented per-name patterns than regex's cache holds
        assert _compiled(rf"(?<![^\W_])Quorvanel{i}(?![^\W_])").search(f"x Quorvanel{i} y")
    assert not [k for k in regex_main._cache if "Quorvanel" in str(k[0])]  # none went into regex's cache
    assert compiled(RANK_ONE, REGEX_FLAGS) is rank  # the fixed pattern is not compiled again
    # the same matches as the pattern passed as text
    for text in ("Sgt. Quorvanel", "Deputy", "Lieutenant Colonel", "sgt", "Ofc."):
        assert (rank.fullmatch(text) is None) == (regex.fullmatch(RANK_ONE, text, REGEX_FLAGS) is None)
