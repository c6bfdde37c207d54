"""Link removal does not depend on PyMuPDF's link walk.

A real-world form (thirdparty manifest) failed to burn with "burning redactions failed (list
index out of range)": a redaction dropped a link that overlapped it from the page's
``/Annots``, the page MuPDF had loaded still listed it, and ``Page.get_links`` (whose
``Link.next`` pairs the two lists) raised ``IndexError``. Whether the loaded page was stale
depended on what the process had done before, so the fault is simulated here: ``Link.next``
raises as it did. Any other fault inside burn (simulated too) gives an error that names the
file, the page or step, and what to do. Everything in these documents is invented.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactkit import Redactor
from redactkit.errors import ProcessingError
from redactkit.pdf import sanitize as sz

NAME = "Wenceslas Thornbury"


def _walk_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_self: pymupdf.Link) -> pymupdf.Link:
        raise IndexError("list index out of range")

    monkeypatch.setattr(pymupdf.Link, "next", property(broken))


def _linked_page(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), f"Complainant: {NAME}, see the attached statement.", fontsize=11)
    page.insert_text((72, 130), "Reporting officer: Sgt. Pemberton-Iyer, Badge 4471.", fontsize=11)
    for y in (88, 118, 300):  # the first link lies over the name the plan will redact
        page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(70, y, 400, y + 16),
                          "uri": "https://records.example.invalid/item"})
    return page


def _links_left(doc: pymupdf.Document) -> int:
    return sum(1 for p in sz.pages(doc) for x in sz._refs(doc, p.xref, "Annots")
               if doc.xref_get_key(x, "Subtype")[1] == "/Link")


def test_links_removed_when_the_link_walk_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = pymupdf.open()
    _linked_page(doc)
    doc[0].add_freetext_annot(pymupdf.Rect(300, 400, 500, 430), "reviewer note")  # not a link: kept
    _walk_fails(monkeypatch)
    assert sz.remove_links(doc) == 3
    assert _links_left(doc) == 0
    refs = sz._refs(doc, doc[0].xref, "Annots")
    assert [doc.xref_get_key(x, "Subtype")[1] for x in refs] == ["/FreeText"]


def test_direct_link_dictionaries_are_removed() -> None:
    """An /Annots array holding a link dictionary directly (no reference) is still emptied."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), "Evidence log, item 3.", fontsize=11)
    doc.xref_set_key(page.xref, "Annots",
                     "[<< /Type /Annot /Subtype /Link /Rect [70 680 300 700] "
                     "/A << /S /URI /URI (https://records.example.invalid/x) >> >>]")
    data = doc.tobytes()
    doc = pymupdf.open("pdf", data)
    assert len(doc[0].get_links()) == 1
    assert sz.remove_links(doc) == 1
    assert doc[0].get_links() == []


@pytest.mark.slow
def test_redact_succeeds_when_the_link_walk_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  shared_redactor: Redactor) -> None:
    src, dst = tmp_path / "linked.pdf", tmp_path / "linked.redacted.pdf"
    doc = pymupdf.open()
    _linked_page(doc)
    doc.save(src)
    doc.close()
    _walk_fails(monkeypatch)
    log = shared_redactor.redact(src, dst)
    assert log.redactions
    out = pymupdf.open(dst)
    try:
        assert NAME.split()[0] not in out[0].get_text()
        assert "Pemberton-Iyer" in out[0].get_text()
        assert _links_left(out) == 0
    finally:
        out.close()


@pytest.mark.slow
@pytest.mark.parametrize("target,where", [("_burn_page", "page 1"),
                                          ("sanitize_detailed", "removing metadata, links")])
def test_burn_failure_says_where_and_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                shared_redactor: Redactor, target: str, where: str) -> None:
    """Any other fault inside burn (simulated) names the file, the page or step, the error
    and what to do, and writes nothing."""
    import redactkit.burn._burn as burn_mod

    src, dst = tmp_path / "linked.pdf", tmp_path / "linked.redacted.pdf"
    doc = pymupdf.open()
    _linked_page(doc)
    doc.save(src)
    doc.close()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(burn_mod, target, broken)
    with pytest.raises(ProcessingError) as info:
        shared_redactor.redact(src, dst)
    msg = str(info.value)
    assert str(src) in msg and f"at {where}" in msg and "IndexError" in msg, msg
    assert "nothing was written" in msg and "Re-export" in msg, msg
    assert not dst.exists()
