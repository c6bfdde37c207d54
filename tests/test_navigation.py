"""The release's outline and page labels, written by redactkit from safe text (issue 12).

The rebuild copies nothing of the source's ``/Outlines`` or ``/PageLabels``; burn reads
their strings, drops every title or label holding a redacted string or an identifier by
pattern, and the rebuild writes the rest as new objects. Verify reads them back the same
way and fails closed. A title or label may only use words the release's pages show, so a
bookmark cannot carry a name the reviewer never saw. Every name and number is invented.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pymupdf
import pytest

from conftest import redaction_for
from redactkit import ingest
from redactkit.burn import burn
from redactkit.pdf.navigation import needles, unsafe_reason, vocabulary
from redactkit.verify import verify
from redactkit.verify._structure import OUTLINE_ITEM_KEYS

NAME = "Maria Quellhorst"


def _source(path: Path) -> Path:
    doc = pymupdf.open()
    for lines in (("Cover sheet: incident summary", f"Statement taken from {NAME} at the station."),
                  ("Follow-up call logged.", "Closing notes attached; callback requested.")):
        page = doc.new_page(width=612, height=792)
        for n, line in enumerate(lines):
            page.insert_text((72, 100 + 20 * n), line, fontname="helv", fontsize=11)
    doc.set_toc([
        [1, "Incident summary", 1],
        [1, f"Statement of {NAME}", 1],
        [2, "Follow-up call", 2],          # child of a dropped entry: moves up
        [1, "Callback (417) 555-0199", 2],  # a phone by pattern, not in the plan
        [1, "Victim Odalys Brandvold", 2],  # a name no page shows (a hidden channel)
        [1, "Closing notes", 2],
    ])
    doc.set_page_labels([{"startpage": 0, "prefix": "Cover", "style": "", "firstpagenum": 1},
                         {"startpage": 1, "prefix": f"{NAME} p", "style": "D", "firstpagenum": 2}])
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def burned(tmp_path: Path) -> tuple[Path, object, list]:  # type: ignore[type-arg]
    src = _source(tmp_path / "src.pdf")
    document = ingest.ingest_pdf(src)
    reds = [redaction_for(document, NAME, rid="r1")]
    out = tmp_path / "out.pdf"
    result = burn(src, reds, out, hardening=document.hardening)
    return out, (document, reds, result), []


def test_safe_outline_and_labels_are_written(burned: tuple) -> None:  # type: ignore[type-arg]
    out, (document, reds, result), _ = burned
    with pymupdf.open(out) as doc:
        assert doc.get_toc(simple=True) == [[1, "Incident summary", 1], [1, "Follow-up call", 2],
                                            [1, "Closing notes", 2]]
        assert [p.get_label() for p in doc] == ["Cover", ""]
    assert result.sanitized["outline_entries_written"] == 3
    assert result.sanitized["outline_entries_dropped_unsafe"] == 3
    assert result.sanitized["page_labels_dropped_unsafe"] == 1
    with pikepdf.open(out) as pdf:
        item = pdf.Root.Outlines.First
        while item is not None:
            assert {k[1:] for k in item.keys()} <= OUTLINE_ITEM_KEYS
            assert isinstance(item.Dest, pikepdf.Array) and item.Dest[0].objgen == pdf.pages[0].obj.objgen \
                or item.Dest[0].objgen == pdf.pages[1].obj.objgen
            item = item.get("/Next")
        blob = b"".join(bytes(o.unparse()) for o in pdf.objects if not isinstance(o, pikepdf.Stream))
        assert b"Quellhorst" not in blob and b"555-0199" not in blob and b"Brandvold" not in blob
    report = verify(out, document, reds, labels=result.labels)
    assert report.passed, [c for c in report.checks if not c.passed]
    assert next(c for c in report.checks if c.name == "navigation_safe").status == "passed"


def test_verify_fails_on_an_unsafe_title_or_label(burned: tuple, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out, (document, reds, result), _ = burned
    for n, edit in enumerate((
        lambda pdf: setattr(pdf.Root.Outlines.First, "Title", pikepdf.String(f"Notes on {NAME}")),
        lambda pdf: setattr(pdf.Root.Outlines.First, "Title", pikepdf.String("SSN 471\u201108\u20112265")),
        lambda pdf: pdf.Root.PageLabels.Nums.__setitem__(
            3, pikepdf.Dictionary(P=pikepdf.String(f"{NAME[:5]}-{NAME[6:]}"))),
        lambda pdf: setattr(pdf.Root.Outlines.First, "A", pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=[0])),
        lambda pdf: setattr(pdf.Root.Outlines.Last, "Title", pikepdf.String("Witness Odalys Brandvold")),
    )):
        bad = tmp_path / f"bad{n}.pdf"
        with pikepdf.open(out) as pdf:
            edit(pdf)
            pdf.save(bad)
        report = verify(bad, document, reds, labels=result.labels)
        check = next(c for c in report.checks if c.name == "navigation_safe")
        assert not check.passed and not report.passed, (n, check.detail)


@pytest.mark.parametrize(("text", "unsafe"), [
    ("Incident summary", False),
    ("Supplement 2 (2024)", False),
    ("Page 3 of 12", False),
    (f"Interview: {NAME.upper()}", True),
    ("quell horst, maria", False),  # another order is not the redacted string
    ("SSN 471-08-2265", True),
    ("Call 417.555.0199", True),
    ("Write to m.quell@example.org", True),
    ("DOB 03/14/1988", True),
    ("Licence D 1234 5678", True),
])
def test_unsafe_reason(text: str, unsafe: bool) -> None:
    assert (unsafe_reason(text, needles([NAME]), None) is not None) == unsafe


def test_words_the_pages_do_not_show_are_unsafe() -> None:
    words = vocabulary(["Supplement to the incident report", "Page 2"])
    assert unsafe_reason("Supplement 2, page iv", [], words) is None
    assert unsafe_reason("Supplement to Odalys", [], words) == "holds 1 word(s) no page of the release shows"
