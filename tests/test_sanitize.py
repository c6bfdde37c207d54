"""Sanitize, per operation: target removed, rest kept, idempotent, clean file untouched, survives save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from redactkit.pdf import TEXT_FLAGS
from redactkit.pdf import sanitize as sz

NAME = "Maria Gutierrez"


def _base() -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), "Incident report 24-001 kitchen", fontsize=11)
    return doc


def _add_metadata(doc: pymupdf.Document) -> None:
    doc.set_metadata({"title": f"Statement of {NAME}", "author": "Det. Chen"})


def _add_xmp(doc: pymupdf.Document) -> None:
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc>{NAME}</dc></x:xmpmeta>")


def _add_annotations(doc: pymupdf.Document) -> None:
    page = doc[0]
    a = page.add_text_annot((300, 300), f"victim is {NAME}")
    a.set_popup(pymupdf.Rect(320, 320, 420, 400))
    a.update()
    page.add_freetext_annot(pymupdf.Rect(50, 300, 250, 340), NAME)
    page.add_stamp_annot(pymupdf.Rect(50, 400, 150, 450))
    page.add_ink_annot([[(60, 500), (80, 520), (100, 500)]])
    page.add_file_annot((400, 500), NAME.encode(), "statement.txt")
    page.add_redact_annot(pymupdf.Rect(72, 90, 120, 102))  # never applied


def _add_links(doc: pymupdf.Document) -> None:
    doc[0].insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(10, 10, 50, 50), "uri": "https://x/maria"})


def _add_form(doc: pymupdf.Document) -> None:
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.field_name = "victim"
    w.field_value = NAME
    w.rect = pymupdf.Rect(300, 400, 500, 420)
    doc[0].add_widget(w)


def _add_embedded(doc: pymupdf.Document) -> None:
    doc.embfile_add("statement.txt", NAME.encode(), filename="statement.txt")


def _add_javascript(doc: pymupdf.Document) -> None:
    cat = doc.pdf_catalog()
    js = doc.get_new_xref()
    doc.update_object(js, "<</S/JavaScript/JS(app.alert\\('Maria'\\))>>")
    doc.xref_set_key(cat, "OpenAction", f"{js} 0 R")
    doc.xref_set_key(cat, "AA", "<</WC <</S/JavaScript/JS(1)>>>>")
    doc.xref_set_key(doc[0].xref, "AA", "<</O <</S/JavaScript/JS(2)>>>>")
    if doc.xref_get_key(cat, "Names")[0] == "null":
        doc.xref_set_key(cat, "Names", "<<>>")
    doc.xref_set_key(cat, "Names/JavaScript", "<</Names [(a) <</S/JavaScript/JS(3)>>]>>")


def _add_outline(doc: pymupdf.Document) -> None:
    doc.set_toc([[1, f"Statement of {NAME}", 1]])


def _add_thumbnail(doc: pymupdf.Document) -> None:
    xref = doc.get_new_xref()
    doc.update_object(xref, "<</Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>")
    doc.update_stream(xref, b"\x00", new=True)
    doc.xref_set_key(doc[0].xref, "Thumb", f"{xref} 0 R")


def _add_page_labels(doc: pymupdf.Document) -> None:
    doc.set_page_labels([{"startpage": 0, "prefix": "Gutierrez-", "style": "D", "firstpagenum": 1}])


def _add_piece_info(doc: pymupdf.Document) -> None:
    info = f"<</Illustrator <</Private ({NAME})>>>>"
    doc.xref_set_key(doc.pdf_catalog(), "PieceInfo", info)
    doc.xref_set_key(doc[0].xref, "PieceInfo", info)


def _add_structure(doc: pymupdf.Document) -> None:
    xref = doc.get_new_xref()
    doc.update_object(xref, f"<</Type/StructTreeRoot/K <</S/Figure/Alt ({NAME})>>>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{xref} 0 R")
    doc.xref_set_key(doc.pdf_catalog(), "MarkInfo", "<</Marked true>>")


def _add_hidden_text(doc: pymupdf.Document) -> None:
    doc[0].insert_text((72, 200), NAME, fontsize=11, render_mode=3)


def _has_metadata(doc: pymupdf.Document) -> bool:
    return any(v for k, v in doc.metadata.items() if k not in ("format", "encryption"))


def _has_annots(doc: pymupdf.Document) -> bool:
    refs = sz._refs(doc, doc[0].xref, "Annots")
    return any(doc.xref_get_key(x, "Subtype")[1] not in ("/Link", "/Widget") for x in refs)


def _has_js(doc: pymupdf.Document) -> bool:
    cat = doc.pdf_catalog()
    return (
        doc.xref_get_key(cat, "OpenAction")[0] != "null"
        or doc.xref_get_key(cat, "AA")[0] != "null"
        or doc.xref_get_key(doc[0].xref, "AA")[0] != "null"
        or doc.xref_get_key(cat, "Names/JavaScript")[0] != "null"
    )


Op = Callable[[pymupdf.Document], object]
Present = Callable[[pymupdf.Document], bool]

CASES: list[tuple[str, Callable[[pymupdf.Document], None], Op, Present]] = [
    ("metadata", _add_metadata, sz.remove_metadata, _has_metadata),
    ("xmp", _add_xmp, sz.remove_xmp, lambda d: bool(d.get_xml_metadata())),
    ("annotations", _add_annotations, sz.remove_annotations, _has_annots),
    ("links", _add_links, sz.remove_links, lambda d: bool(d[0].get_links())),
    ("form_fields", _add_form, sz.remove_form_fields,
     lambda d: bool(list(d[0].widgets())) or d.xref_get_key(d.pdf_catalog(), "AcroForm")[0] != "null"),
    ("embedded_files", _add_embedded, sz.remove_embedded_files, lambda d: d.embfile_count() > 0),
    ("actions", _add_javascript, sz.remove_actions, _has_js),
    ("outline", _add_outline, sz.remove_outline, lambda d: bool(d.get_toc())),
    ("thumbnails", _add_thumbnail, sz.remove_thumbnails,
     lambda d: d.xref_get_key(d[0].xref, "Thumb")[0] != "null"),
    ("page_labels", _add_page_labels, sz.remove_page_labels, lambda d: bool(d.get_page_labels())),
    ("piece_info", _add_piece_info, sz.remove_piece_info,
     lambda d: d.xref_get_key(d.pdf_catalog(), "PieceInfo")[0] != "null"
     or d.xref_get_key(d[0].xref, "PieceInfo")[0] != "null"),
    ("structure_tree", _add_structure, sz.remove_structure_tree,
     lambda d: d.xref_get_key(d.pdf_catalog(), "StructTreeRoot")[0] != "null"),
    ("hidden_text", _add_hidden_text, sz.remove_hidden_text, lambda d: "Gutierrez" in d[0].get_text()),
]
IDS = [c[0] for c in CASES]


def _removed(result: object) -> int:
    return len(result) if isinstance(result, list) else int(result)  # type: ignore[call-overload]


@pytest.mark.parametrize(("name", "add", "op", "present"), CASES, ids=IDS)
def test_target_removed_and_unrelated_kept(name: str, add: Callable[[pymupdf.Document], None], op: Op,
                                           present: Present) -> None:
    doc = _base()
    add(doc)
    assert present(doc), "fixture did not add the target"
    assert _removed(op(doc)) > 0
    assert not present(doc)
    assert "Incident report 24-001 kitchen" in doc[0].get_text()


@pytest.mark.parametrize(("name", "add", "op", "present"), CASES, ids=IDS)
def test_twice_is_harmless(name: str, add: Callable[[pymupdf.Document], None], op: Op,
                           present: Present) -> None:
    doc = _base()
    add(doc)
    op(doc)
    assert _removed(op(doc)) == 0
    assert not present(doc)
    assert "Incident report 24-001 kitchen" in doc[0].get_text()


@pytest.mark.parametrize(("name", "add", "op", "present"), CASES, ids=IDS)
def test_clean_file_left_alone(name: str, add: Callable[[pymupdf.Document], None], op: Op,
                               present: Present) -> None:
    doc = _base()
    before = doc.tobytes(garbage=4, deflate=True)
    assert _removed(op(doc)) == 0
    assert doc[0].get_text().strip() == "Incident report 24-001 kitchen"
    after = pymupdf.open("pdf", doc.tobytes(garbage=4, deflate=True))
    assert after[0].get_text() == pymupdf.open("pdf", before)[0].get_text()


@pytest.mark.parametrize(("name", "add", "op", "present"), CASES, ids=IDS)
def test_survives_save_and_reopen(name: str, add: Callable[[pymupdf.Document], None], op: Op,
                                  present: Present, tmp_path: Path) -> None:
    doc = _base()
    add(doc)
    op(doc)
    path = tmp_path / f"{name}.pdf"
    doc.save(path, garbage=4, deflate=True, clean=True)
    again = pymupdf.open(path)
    assert not present(again)
    assert "Incident report 24-001 kitchen" in again[0].get_text()
    assert b"Gutierrez" not in path.read_bytes()


def test_sanitize_all_counts_and_idempotent() -> None:
    doc = _base()
    for _, add, _, _ in CASES:
        add(doc)
    counts = sz.sanitize(doc)
    assert set(counts) == set(IDS)
    assert all(counts[k] > 0 for k in IDS), counts
    for _, _, _, present in CASES:
        assert not present(doc)
    assert all(v == 0 for v in sz.sanitize(doc).values())
    assert "Incident report 24-001 kitchen" in doc[0].get_text()


def test_hidden_text_removal_spares_neighbouring_lines() -> None:
    """doc.scrub(hidden_text=True) redacts the hidden span's tall box; ours must not touch the next line."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Maria Gutierrez", fontsize=11, render_mode=3)
    page.insert_text((72, 112.65), "kitchen visible", fontsize=11)
    removed = sz.remove_hidden_text(doc)
    assert "".join(c for _, c, _, _ in removed) == "Maria Gutierrez"
    assert page.get_text().strip() == "kitchen visible"


def test_apply_rects_removes_text_and_leaves_no_annotation_objects() -> None:
    """The redaction annotations apply_rects creates are gone from the document at once, not
    only from the page (they held ~1.4 KB each until save; 70 MB on a 500-page report)."""
    doc = _base()
    before = doc.xref_length()
    word = doc[0].search_for("kitchen")[0]
    sz.apply_rects(doc[0], [word, pymupdf.Rect(72, 88, 120, 102)], images=sz.REDACT_IMAGE_NONE,
                   graphics=sz.REDACT_LINE_ART_NONE, text=sz.REDACT_TEXT_REMOVE)
    assert "kitchen" not in doc[0].get_text()
    assert "24-001" in doc[0].get_text()

    def body(xref: int) -> str:
        try:
            return str(doc.xref_object(xref, compressed=True))
        except RuntimeError:  # a freed object
            return "null"

    assert not [x for x in range(1, doc.xref_length()) if "/Subtype/Redact" in body(x).replace(" ", "")]
    assert doc.xref_length() > before  # the objects were created, then nulled


def test_sanitize_module_imports_on_its_own() -> None:
    """``import redactkit.pdf.sanitize`` as the first import (ingest and sanitize used to import
    each other)."""
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-c", "import redactkit.pdf.sanitize"], capture_output=True,
                         text=True)
    assert res.returncode == 0, res.stderr


def _render_mode_pages() -> pymupdf.Document:
    """One page per text render mode (0-7) and fill/stroke alpha (ca, CA in {0, 1})."""
    doc = pymupdf.open()
    for mode in range(8):
        for ca in (0, 1):
            for stroke in (0, 1):
                page = doc.new_page()
                page.insert_text((72, 72), "seed", fontsize=10)  # gives the page a font resource
                font = page.get_fonts()[0][4]
                doc.update_stream(page.get_contents()[0], (
                    f"q /G gs BT /{font} 10 Tf {mode} Tr 1 0 0 1 72 700 Tm (Quill Harbor 4417) Tj ET Q"
                ).encode())
                kind, value = doc.xref_get_key(page.xref, "Resources")
                res = int(value.split()[0]) if kind == "xref" else page.xref
                doc.xref_set_key(res, "ExtGState", f"<< /G << /ca {ca} /CA {stroke} >> >>")
    return doc


def test_hidden_text_precheck_without_styles_misses_no_page_the_styled_check_flags() -> None:
    """remove_hidden_text asks the costly extraction with TEXT_COLLECT_STYLES only when the
    plain one has a hidden span: on every render mode and alpha the plain answer is "hidden"
    wherever the styled one is, and the text removed is what the styled check alone removes."""
    styled = TEXT_FLAGS | pymupdf.TEXT_COLLECT_STYLES
    doc = _render_mode_pages()
    flagged = 0
    for page in sz.pages(doc):
        if sz._has_hidden_span(page, styled):
            flagged += 1
            assert sz._has_hidden_span(page, TEXT_FLAGS), f"page {page.number + 1}"
            assert sz._may_hide_text(page, styled)
        else:
            assert not sz._may_hide_text(page, styled)
    assert 0 < flagged < doc.page_count  # both kinds of page are in the set
    removed = sz.remove_hidden_text(doc)
    assert len({pno for pno, *_ in removed}) == flagged
