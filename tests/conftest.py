"""Shared test helpers: small PDFs built with PyMuPDF, and redactions built from ingest.

Keep this generic: fixtures here have distinctive names so other test modules can add their own.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf
import pytest

from redactkit.api import analyze_text
from redactkit.ingest import ingest
from redactkit.model import Document, Rect, Redaction

# The accuracy scorer (benchmarks/_evaluate.py) is shared by tests and benchmarks; it is not
# part of the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

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


def lines_document(tmp_path: Path, lines: Sequence[str]) -> Document:
    """A one-page PDF of ``lines`` (Helvetica 11 pt, 14 pt apart) in ``tmp_path``, ingested."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 100 + 14 * i), line, fontsize=11)
    pdf.save(tmp_path / "p.pdf")
    return ingest(tmp_path / "p.pdf")


@pytest.fixture(scope="module")
def found(shared_redactor):  # type: ignore[no-untyped-def]
    """``found(text)``: the texts police-public-release redacts in ``text`` (whitespace folded);
    detection-class tests assert on it (a module may define its own ``found``)."""
    def run(text: str) -> set[str]:
        return {" ".join(f.text.split()) for f in analyze_text(text, "police-public-release",
                                                               detector=shared_redactor.detector)}
    return run


@pytest.fixture(scope="session")
def shared_redactor():  # type: ignore[no-untyped-def]
    """One Redactor (spaCy + Presidio loaded once) for the whole test session."""
    from redactkit import Redactor

    return Redactor()


# --- parallel runs (pytest-xdist, ``make test``) ------------------------------------------------

_SHARED_SCOPES = frozenset({"class", "module", "package"})


def _uses_shared_fixture(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(d.scope in _SHARED_SCOPES for name in info.names_closure
               for d in info.name2fixturedefs.get(name, ()))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the workers of ``pytest -n N --dist loadgroup``, give each test that uses a class-, module-
    or package-scoped fixture its module as group, so an expensive fixture (a review bundle, a
    browser, a server, the tuning run) is built once, not once per worker. Other tests spread freely.

    The group is the ``@group`` suffix of the node id that xdist's scheduler reads. xdist 3.8 writes
    it to ``Item._nodeid``, which pytest 9.2 no longer reads (pytest-xdist issue #1386), so it is set
    here for both layouts. Without xdist (plain ``pytest``) nothing changes.
    """
    if not getattr(config.option, "loadgroup", False):  # set by xdist on its workers only
        return
    for item in items:
        if _uses_shared_fixture(item) and "@" not in item.nodeid.rpartition("]")[2]:
            grouped = f"{item.nodeid}@{item.nodeid.split('::', 1)[0]}"
            if hasattr(item, "_id"):  # pytest >= 9.2: a structured NodeId
                from _pytest.nodeid import NodeId

                item._id = NodeId.parse(grouped)
            else:
                item._nodeid = grouped


# --- raw and damaged PDFs (tests/test_integrity.py) ---------------------------------------------

def raw_pdf(objects: Sequence[str | bytes]) -> bytes:
    """A PDF from object bodies (object 1 is the catalog) with a correct xref table.

    For page trees MuPDF cannot write itself (a loop, a wrong /Count, 3,000 levels).
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + (body.encode("latin-1") if isinstance(body, str) else body)
        out += b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_tree_pdf(path: Path, *, pages: int = 2, depth: int = 0, count: int | None = None,
                  loop: bool = False) -> Path:
    """Pages reading "Page N of the report", under ``depth`` nested /Pages nodes.

    ``count`` overrides every node's /Count; ``loop`` lists the root among its own kids.
    """
    text = "BT /F1 12 Tf 72 700 Td (Page {} of the report) Tj ET"
    objs: dict[int, str | bytes] = {1: "<</Type/Catalog/Pages 2 0 R>>",
                                    3: "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"}
    chain = [2, *range(4, 4 + depth)]
    first = 4 + depth
    leaves = [first + 2 * i for i in range(pages)]
    for i, leaf in enumerate(leaves):
        objs[leaf] = (f"<</Type/Page/Parent {chain[-1]} 0 R/MediaBox[0 0 612 792]"
                      f"/Resources<</Font<</F1 3 0 R>>>>/Contents {leaf + 1} 0 R>>")
        data = text.format(i + 1).encode()
        objs[leaf + 1] = b"<</Length %d>>\nstream\n" % len(data) + data + b"\nendstream"
    total = pages if count is None else count
    for k, node in enumerate(chain):
        kids = f"{chain[k + 1]} 0 R" if k + 1 < len(chain) else " ".join(f"{x} 0 R" for x in leaves)
        if loop and k + 1 == len(chain):
            kids += " 2 0 R"
        parent = f"/Parent {chain[k - 1]} 0 R" if k else ""
        objs[node] = f"<</Type/Pages/Count {total}/Kids[{kids}]{parent}>>"
    path.write_bytes(raw_pdf([objs[i] for i in range(1, first + 2 * pages)]))
    return path


def report_pdf(path: Path, pages: int = 4) -> Path:
    """A multi-page report naming a private person on every page (PyMuPDF's own writer)."""
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page(width=612, height=792)
        y = 100.0
        for line in (f"ASHGROVE POLICE DEPARTMENT  page {n + 1}", "Case Number: 2024-001234",
                     *REPORT_LINES, f"Narrative continues on page {n + 2}."):
            page.insert_text((72, y), line, fontsize=11, fontname="helv")
            y += 14
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def truncated_pdf(path: Path, src: Path, fraction: float = 0.5) -> Path:
    """The first ``fraction`` of ``src``'s bytes: a transfer cut off half-way."""
    data = src.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path
