"""Shared test helpers: small PDFs built with PyMuPDF, and redactions built from ingest.

Keep this generic: fixtures here have distinctive names so other test modules can add their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf
import pytest

from redactkit.model import Document, Rect, Redaction

#: A short police narrative; "Chen" is redacted while "kitchen" must stay.
REPORT_LINES = (
    "The kitchen was searched by Det. Chen today.",
    "Witness Maria Gutierrez said the kitchen door",
    "was open when Chen arrived at 10:15 pm.",
)

PdfFactory = Callable[..., Path]


def build_pdf(
    path: Path,
    lines: Sequence[str] = REPORT_LINES,
    *,
    fontsize: float = 11.0,
    leading: float = 1.15,
    rotation: int = 0,
    mediabox: tuple[float, float, float, float] | None = None,
    origin: tuple[float, float] = (72.0, 100.0),
    line_dx: dict[int, float] | None = None,
) -> Path:
    """Write a one-page PDF with ``lines`` of Helvetica text and return its path.

    Args:
        path: where to write.
        lines: the text lines.
        fontsize: font size in points.
        leading: line distance as a multiple of ``fontsize``.
        rotation: the page's ``/Rotate``.
        mediabox: a MediaBox (PDF coordinates) for a page whose origin is not (0, 0).
        origin: baseline start of the first line, unrotated page space.
        line_dx: per line index, a horizontal shift in points (to fake a shifted line).
    """
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    if mediabox is not None:
        doc.xref_set_key(page.xref, "MediaBox", "[{} {} {} {}]".format(*mediabox))
        page = doc[0]
    x, y = origin
    for i, line in enumerate(lines):
        dx = (line_dx or {}).get(i, 0.0)
        page.insert_text((x + dx, y), line, fontsize=fontsize, fontname="helv")
        y += fontsize * leading
    if rotation:
        page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def pdf_factory(tmp_path: Path) -> PdfFactory:
    """Build small PDFs in ``tmp_path``: ``pdf_factory(name="a.pdf", lines=..., **build_pdf options)``."""

    def make(name: str = "source.pdf", **kwargs: object) -> Path:
        return build_pdf(tmp_path / name, **kwargs)  # type: ignore[arg-type]

    return make


def redaction_for(
    doc: Document,
    text: str,
    *,
    page: int = 0,
    occurrence: int = 0,
    rid: str | None = None,
    exemption: str = "(b)(6)",
    entity: str = "PERSON",
) -> Redaction:
    """A redaction of the ``occurrence``-th exact occurrence of ``text`` on ``page``.

    Rectangles are the union of the ingested character boxes per line, as the planner makes them.
    """
    p = doc.pages[page]
    start = -1
    for _ in range(occurrence + 1):
        start = p.text.index(text, start + 1)
    end = start + len(text)
    per_line: dict[int, Rect] = {}
    for ch in p.chars[start:end]:
        if ch is None:
            continue
        per_line[ch.line] = ch.rect if ch.line not in per_line else per_line[ch.line].union(ch.rect)
    return Redaction(
        id=rid or f"r-{page}-{start}",
        page=page,
        rects=tuple(per_line[k] for k in sorted(per_line)),
        entity=entity,
        exemption=exemption,
        reason="personal privacy",
        text=text,
        start=start,
        end=end,
    )


@pytest.fixture(scope="session")
def shared_redactor():  # type: ignore[no-untyped-def]
    """One Redactor (spaCy + Presidio loaded once) for the whole test session."""
    from redactkit import Redactor

    return Redactor()
