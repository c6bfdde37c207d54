# ruff: noqa: E501
"""Over-redaction guard: characters outside every box are identical before and after burning
(same character, centre within 0.5 pt), across fonts, leadings and the shipped samples."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import REPORT_LINES, redaction_for
from redactkit import ingest
from redactkit.burn import burn
from redactkit.model import Document, Redaction
from redactkit.verify import check_text_outside_unchanged, verify

TTF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONTS = ["helv", "tiro", "cour"] + (["ttf"] if TTF.exists() else [])
LEADINGS = [1.0, 1.15, 1.3, 1.5]


def _build(path: Path, font: str, leading: float, size: float = 11.0) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    kw: dict[str, object] = {"fontname": font}
    if font == "ttf":
        kw = {"fontname": "dejavu", "fontfile": str(TTF)}
    y = 100.0
    for line in REPORT_LINES * 2:
        page.insert_text((72, y), line, fontsize=size, **kw)  # type: ignore[arg-type]
        y += size * leading
    doc.save(path)
    doc.close()
    return path


def _outside(doc: Document, out: Path, reds: list[Redaction]) -> list[tuple[str, float, float]]:
    """Independent comparison: source glyphs outside every box missing or moved in the output."""
    boxes = [r for red in reds for r in red.rects]
    src = [(c.c, *c.rect.center()) for c in doc.pages[0].chars
           if c is not None and not c.c.isspace() and not any(b.contains_point(*c.rect.center()) for b in boxes)]
    o = ingest.ingest(out)
    got = [(c.c, *c.rect.center()) for c in o.pages[0].chars if c is not None and not c.c.isspace()]
    bad = []
    for c, x, y in src:
        hit = next((g for g in got if g[0] == c and abs(g[1] - x) <= 0.5 and abs(g[2] - y) <= 0.5), None)
        if hit is None:
            bad.append((c, x, y))
        else:
            got.remove(hit)
    return bad


@pytest.mark.parametrize("leading", LEADINGS)
@pytest.mark.parametrize("font", FONTS)
def test_neighbours_untouched(font: str, leading: float, tmp_path: Path) -> None:
    src = _build(tmp_path / "src.pdf", font, leading)
    doc = ingest.ingest(src)
    reds = [redaction_for(doc, "Chen", occurrence=i, rid=f"c{i}") for i in range(4)]
    reds += [redaction_for(doc, "Maria Gutierrez", occurrence=i, rid=f"mg{i}") for i in range(2)]
    out = tmp_path / "out.pdf"
    res = burn(src, reds, out, hardening=doc.hardening)
    assert _outside(doc, out, reds) == []
    report = verify(out, doc, reds, labels=res.labels, hidden_chars=res.hidden_chars, reocr="off")
    assert report.passed, [c.detail for c in report.failures()]
    text = " ".join(ingest.ingest(out).pages[0].text.split())
    assert text.count("kitchen") == 4 and "Chen" not in text and "Gutierrez" not in text


def test_check_catches_a_moved_glyph(tmp_path: Path) -> None:
    """The verify check itself: a line shifted by 1 pt in the 'output' is reported."""
    from conftest import build_pdf

    a = build_pdf(tmp_path / "a.pdf")
    b = build_pdf(tmp_path / "b.pdf", line_dx={2: 1.0})
    src, out = ingest.ingest(a), ingest.ingest(b)
    check = check_text_outside_unchanged(out.pages, src, [], {})
    assert not check.passed and "expected at" in check.detail


SAMPLES = sorted((Path(__file__).resolve().parents[1] / "sample_docs").glob("*.pdf"))


@pytest.mark.slow
@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_samples_outside_unchanged(sample: Path, tmp_path: Path, shared_redactor: object) -> None:
    from redactkit import Redactor

    assert isinstance(shared_redactor, Redactor)
    document, plan = shared_redactor.propose(sample)
    reds = plan.active()
    out = tmp_path / "out.pdf"
    burned = burn(sample, reds, out, hardening=document.hardening)
    outs = ingest.ingest(out)
    check = check_text_outside_unchanged(outs.pages, document, reds, burned.labels, burned.hidden_chars)
    assert check.passed, check.detail
