#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate the hostile-PDF corpus: each file hides personal data in a way redaction has failed before.

Every case is built with PyMuPDF only (its high-level API plus the low-level
xref API: ``get_new_xref``, ``update_object``, ``update_stream``,
``xref_set_key`` and raw content streams). Nothing binary is committed; tests
call :func:`build_corpus` into a temporary folder.

Each case returns a :class:`Case`: the file, the sensitive strings it hides
(``secrets``: things the ``police-public-release`` policy redacts, or things in
channels sanitize removes wholesale) and untargeted content that must survive
(``survivors``).

Usage::

    python tests/hostile/make_corpus.py OUT_DIR      # writes OUT_DIR/*.pdf and OUT_DIR/corpus.json
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import _common  # the generators' shared build and command line (this folder)
import pymupdf

NAME = "Maria Gutierrez"
SSN = "532-44-9812"
HIDDEN_NAME = "Teresa Kowalski"  # only ever in a hidden channel
SECRETS = (NAME, SSN)
SURVIVORS = ("Burglary", "2024-001234")

HEADER = ("ASHGROVE POLICE DEPARTMENT", "Case Number: 2024-001234", "Offense: Burglary")
SENSITIVE = (f"Victim: {NAME}", f"SSN: {SSN}")


@dataclass
class Case:
    name: str
    path: str
    what: str
    secrets: list[str]
    survivors: list[str] = field(default_factory=lambda: list(SURVIVORS))
    #: the survivors are only checked when they are meant to be readable (not e.g. on a Type3 page)
    check_survivors: bool = True


def _page(doc: pymupdf.Document, lines: tuple[str, ...] = HEADER + SENSITIVE, *, y: float = 100,
          size: float = 12, width: float = 612, height: float = 792, **kw: object) -> pymupdf.Page:
    page = doc.new_page(width=width, height=height)
    for i, line in enumerate(lines):
        page.insert_text((72, y + i * size * 1.5), line, fontsize=size, fontname="helv", **kw)  # type: ignore[arg-type]
    return page


def _text_image(lines: tuple[str, ...], *, dpi: int = 200, width: float = 612, height: float = 792,
                size: float = 14) -> bytes:
    """A PNG of ``lines`` set in Helvetica on a white page of the given size."""
    tmp = pymupdf.open()
    _page(tmp, lines, size=size, width=width, height=height, y=100 if height > 300 else size * 1.3)
    pix = tmp[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    tmp.close()
    return bytes(pix.tobytes("png"))


def _append_content(doc: pymupdf.Document, page: pymupdf.Page, data: bytes) -> None:
    """Append raw operators to the page's (last) content stream, in unscaled PDF space."""
    xref = page.get_contents()[-1]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + data + b"\n")


def _helv(doc: pymupdf.Document, page: pymupdf.Page) -> int:
    return int(page.insert_font(fontname="helv"))


def _set_resource(doc: pymupdf.Document, page: pymupdf.Page, key: str, value: str) -> None:
    """Set ``Resources/key`` of a page whose /Resources may be an indirect object."""
    kind, val = doc.xref_get_key(page.xref, "Resources")
    if kind == "xref":
        doc.xref_set_key(int(val.split()[0]), key, value)
    else:
        doc.xref_set_key(page.xref, "Resources/" + key, value)


def _new_stream(doc: pymupdf.Document, head: str, data: bytes) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, head)
    doc.update_stream(xref, data)
    return int(xref)


def _pdfstr(s: str) -> str:
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _save(doc: pymupdf.Document, path: Path, **kw: object) -> None:
    doc.save(path, **kw)  # type: ignore[arg-type]
    doc.close()


# --- cases ---------------------------------------------------------------------------------------

def ocr_layer_disagrees(path: Path) -> Case:
    """A scan whose invisible (render mode 3) OCR layer disagrees with the pixels."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_image(page.rect, stream=_text_image(HEADER + SENSITIVE))
    # The old layer: wrong positions, and a name the image does not show.
    for i, line in enumerate((f"Witness: {HIDDEN_NAME}", f"Victim: {NAME}", f"SSN {SSN}")):
        page.insert_text((300, 500 + 20 * i), line, fontsize=11, render_mode=3)
    _save(doc, path)
    return Case("ocr_layer_disagrees", str(path), __doc__ or "", [NAME, SSN, HIDDEN_NAME])


def text_under_image(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 400), f"Witness: {HIDDEN_NAME} SSN {SSN}", fontsize=12)
    # An opaque grey photo over the line.
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 200, 40), False)
    pix.set_rect(pix.irect, (200,))
    page.insert_image(pymupdf.Rect(60, 380, 460, 410), pixmap=pix)
    _save(doc, path)
    return Case("text_under_image", str(path), "a line of text hidden under an opaque image",
                [NAME, SSN, HIDDEN_NAME])


def white_on_white(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    for i, line in enumerate(SENSITIVE):
        page.insert_text((72, 300 + 20 * i), line, fontsize=12, color=(1, 1, 1))
    _save(doc, path)
    return Case("white_on_white", str(path), "white text on a white page", [NAME, SSN])


def outside_visible_area(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    # Outside the MediaBox (x < 0) and inside the MediaBox but outside the CropBox (y > 700).
    helv = _helv(doc, page)
    del helv
    page.insert_text((72, 400), "Narrative follows on page 2.", fontsize=12)
    _append_content(doc, page, (
        f"BT /helv 12 Tf -400 500 Td {_pdfstr('Victim: ' + NAME)} Tj ET\n"
        f"BT /helv 12 Tf 72 30 Td {_pdfstr('SSN: ' + SSN + ' Witness: ' + HIDDEN_NAME)} Tj ET").encode())
    page.set_cropbox(pymupdf.Rect(0, 0, 612, 700))
    _save(doc, path)
    return Case("outside_visible_area", str(path),
                "text left of the MediaBox and text inside the MediaBox but outside the CropBox",
                [NAME, SSN, HIDDEN_NAME])


def tiny_text(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.insert_text((72, 300), f"Victim: {NAME} SSN: {SSN}", fontsize=0.1)
    _save(doc, path)
    return Case("tiny_text", str(path), "0.1 pt text", [NAME, SSN])


def nested_form_xobjects(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    helv = _helv(doc, page)
    inner = _new_stream(
        doc, f"<</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<</Font<</F1 {helv} 0 R>>>>>>",
        f"BT /F1 12 Tf 72 420 Td {_pdfstr('SSN: ' + SSN)} Tj ET".encode())
    outer = _new_stream(
        doc, f"<</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<</Font<</F1 {helv} 0 R>>"
             f"/XObject<</Inner {inner} 0 R>>>>>>",
        f"BT /F1 12 Tf 72 450 Td {_pdfstr('Victim: ' + NAME)} Tj ET q /Inner Do Q".encode())
    _set_resource(doc, page, "XObject", f"<</Outer {outer} 0 R>>")
    _append_content(doc, page, b"q /Outer Do Q")
    _save(doc, path)
    return Case("nested_form_xobjects", str(path), "text in a Form XObject inside a Form XObject",
                [NAME, SSN])


def _type3_font(doc: pymupdf.Document, text: str) -> int:
    box = _new_stream(doc, "<<>>", b"600 0 0 0 500 700 d1 50 0 450 700 re f")
    space = _new_stream(doc, "<<>>", b"300 0 d0")
    codes = sorted({ord(c) for c in text})
    procs = " ".join(f"/g{c} {space if c == 32 else box} 0 R" for c in codes)
    diffs = " ".join(f"{c} /g{c}" for c in codes)
    first, last = codes[0], codes[-1]
    widths = " ".join("300" if c == 32 else "600" for c in range(first, last + 1))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(codes)} beginbfchar "
            + " ".join(f"<{c:02X}> <{c:04X}>" for c in codes)
            + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    tounicode = _new_stream(doc, "<<>>", cmap.encode())
    font = doc.get_new_xref()
    doc.update_object(font, (
        f"<</Type/Font/Subtype/Type3/FontBBox[0 0 600 700]/FontMatrix[0.001 0 0 0.001 0 0]"
        f"/CharProcs<<{procs}>>/Encoding<</Type/Encoding/Differences[{diffs}]>>"
        f"/FirstChar {first}/LastChar {last}/Widths[{widths}]/ToUnicode {tounicode} 0 R"
        f"/Resources<<>>>>"))
    return int(font)


def type3_font(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    text = f"Victim: {NAME} SSN: {SSN}"
    font = _type3_font(doc, text)
    _set_resource(doc, page, "Font/T3", f"{font} 0 R")
    _append_content(doc, page, f"BT /T3 10 Tf 72 400 Td {_pdfstr(text)} Tj ET".encode())
    _save(doc, path)
    return Case("type3_font", str(path), "text in a Type3 font (glyphs drawn as boxes, ToUnicode says the text)",
                [NAME, SSN])


def text_as_paths(path: Path) -> Case:
    """The sensitive lines outlined into vector paths (no text layer for them)."""
    tmp = pymupdf.open()
    _page(tmp, SENSITIVE, y=400, size=14)
    svg = tmp[0].get_svg_image(text_as_path=True)
    tmp.close()
    vec = pymupdf.open(stream=svg.encode(), filetype="svg")
    vec_pdf = pymupdf.open("pdf", vec.convert_to_pdf())
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.show_pdf_page(page.rect, vec_pdf, 0)
    _save(doc, path)
    return Case("text_as_paths", str(path), text_as_paths.__doc__ or "", [NAME, SSN])


def text_in_image_on_text_page(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    png = _text_image(SENSITIVE, width=400, height=80, size=14, dpi=200)
    page.insert_image(pymupdf.Rect(72, 300, 472, 380), stream=png)
    _save(doc, path)
    return Case("text_in_image_on_text_page", str(path), "the sensitive lines are pixels of an image on a text page",
                [NAME, SSN])


def shared_image(path: Path) -> Case:
    doc = pymupdf.open()
    png = _text_image(HEADER + SENSITIVE)
    p1 = doc.new_page(width=612, height=792)
    xref = p1.insert_image(p1.rect, stream=png)
    p2 = doc.new_page(width=612, height=792)
    p2.insert_image(pymupdf.Rect(0, 60, 612, 852), xref=xref)  # same object, shifted down
    p3 = doc.new_page(width=612, height=792)
    p3.insert_image(pymupdf.Rect(0, -60, 612, 732), xref=xref)  # shifted up
    _save(doc, path)
    return Case("shared_image", str(path), "one image XObject on three pages at different offsets", [NAME, SSN])


def optional_content_hidden(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    ocg = doc.add_ocg("Unredacted", on=False)
    page.insert_text((72, 300), f"Victim: {NAME} SSN: {SSN}", fontsize=12, oc=ocg)
    page.insert_text((72, 330), f"Witness: {HIDDEN_NAME}", fontsize=12, oc=ocg)
    _save(doc, path)
    return Case("optional_content_hidden", str(path), "text in a layer that is off by default",
                [NAME, SSN, HIDDEN_NAME])


def annotations(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc)
    note = f"Victim {HIDDEN_NAME} SSN {SSN}"
    a = page.add_text_annot((400, 100), note)
    a.set_info(title=HIDDEN_NAME, subject=note)
    a.update()
    page.add_freetext_annot(pymupdf.Rect(300, 500, 560, 560), note, fontsize=10).update()
    page.add_highlight_annot(pymupdf.Rect(72, 140, 200, 160)).set_info(content=note)
    st = page.add_stamp_annot(pymupdf.Rect(300, 600, 500, 660), stamp=0)
    st.set_info(content=note)
    st.update()
    ink = page.add_ink_annot([[(100, 700), (150, 720), (200, 700)]])
    ink.set_info(content=note)
    ink.update()
    sq = page.add_rect_annot(pymupdf.Rect(60, 80, 300, 200))
    sq.set_info(content=note, title=HIDDEN_NAME)
    sq.update()
    page.add_file_annot((500, 300), f"{note}\n".encode(), "statement.txt", desc=note)
    page.add_redact_annot(pymupdf.Rect(72, 600, 200, 620), text=HIDDEN_NAME)  # never applied
    line = page.add_line_annot((72, 650), (300, 650))
    line.set_info(content=note)
    line.update()
    _save(doc, path)
    return Case("annotations", str(path), "text, free text, highlight, stamp, ink, square, file, redact, line "
                "annotations with names in /Contents, /T and appearances", [NAME, SSN, HIDDEN_NAME])


def form_fields(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT  # type: ignore[attr-defined]
    w.field_name = "victim_name"
    w.field_label = f"Victim {HIDDEN_NAME}"
    w.field_value = f"{HIDDEN_NAME} {SSN}"
    w.rect = pymupdf.Rect(72, 300, 400, 320)
    page.add_widget(w)
    c = pymupdf.Widget()
    c.field_type = pymupdf.PDF_WIDGET_TYPE_COMBOBOX  # type: ignore[attr-defined]
    c.field_name = "witness"
    c.choice_values = [NAME, "Unknown"]
    c.field_value = NAME
    c.rect = pymupdf.Rect(72, 340, 400, 360)
    page.add_widget(c)
    _save(doc, path)
    return Case("form_fields", str(path), "text and combo fields whose values and appearances hold names",
                [NAME, SSN, HIDDEN_NAME])


def attachments(path: Path) -> Case:
    doc = pymupdf.open()
    _page(doc)
    doc.embfile_add("witness.txt", f"Witness {HIDDEN_NAME}, SSN {SSN}\n".encode(),
                    filename="witness.txt", desc=f"statement of {HIDDEN_NAME}")
    _save(doc, path)
    return Case("attachments", str(path), "an embedded file naming a witness", [NAME, SSN, HIDDEN_NAME])


def javascript(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc)
    js = _pdfstr(f"app.alert('{HIDDEN_NAME} {SSN}');")
    cat = doc.pdf_catalog()
    act = doc.get_new_xref()
    doc.update_object(act, f"<</S/JavaScript/JS{js}>>")
    doc.xref_set_key(cat, "OpenAction", f"{act} 0 R")
    doc.xref_set_key(cat, "Names", f"<</JavaScript<</Names[(x) <</S/JavaScript/JS{js}>>]>>>>")
    doc.xref_set_key(page.xref, "AA", f"<</O<</S/JavaScript/JS{js}>>>>")
    _save(doc, path)
    return Case("javascript", str(path), "JavaScript in OpenAction, the names tree and page /AA",
                [NAME, SSN, HIDDEN_NAME])


def outline_and_labels(path: Path) -> Case:
    doc = pymupdf.open()
    _page(doc)
    _page(doc, HEADER)
    doc.set_toc([[1, f"Victim {HIDDEN_NAME}", 1], [2, f"SSN {SSN}", 2]])
    doc.set_page_labels([{"startpage": 0, "prefix": f"{HIDDEN_NAME}-", "style": "D", "firstpagenum": 1}])
    _save(doc, path)
    return Case("outline_and_labels", str(path), "bookmarks and page labels naming people",
                [NAME, SSN, HIDDEN_NAME])


def actualtext_alt(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    _helv(doc, page)
    _append_content(doc, page, (
        f"/Span <</ActualText {_pdfstr('Witness ' + HIDDEN_NAME)}>> BDC "
        f"BT /helv 12 Tf 72 500 Td (Statement on file.) Tj ET EMC\n"
        f"/Figure <</Alt {_pdfstr('Photo of ' + HIDDEN_NAME + ' SSN ' + SSN)}/MCID 0>> BDC EMC").encode())
    cat = doc.pdf_catalog()
    doc.xref_set_key(cat, "MarkInfo", "<</Marked true>>")
    doc.xref_set_key(cat, "StructTreeRoot", (
        f"<</Type/StructTreeRoot/K[<</Type/StructElem/S/Figure/Alt {_pdfstr('Photo of ' + HIDDEN_NAME)}"
        f"/ActualText {_pdfstr(SSN)}/E {_pdfstr(NAME)}>>]>>"))
    _save(doc, path)
    return Case("actualtext_alt", str(path), "/ActualText and /Alt in marked content and in the structure tree",
                [NAME, SSN, HIDDEN_NAME])


def metadata(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc)
    doc.set_metadata({"author": HIDDEN_NAME, "title": f"Victim {NAME}", "subject": SSN, "keywords": NAME})
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc>{HIDDEN_NAME} {SSN}</dc></x:xmpmeta>")
    priv = _pdfstr(f"{HIDDEN_NAME} {SSN}")
    doc.xref_set_key(doc.pdf_catalog(), "PieceInfo", f"<</App<</Private {priv}>>>>")
    doc.xref_set_key(page.xref, "PieceInfo", f"<</App<</Private {priv}>>>>")
    _save(doc, path)
    return Case("metadata", str(path), "Info, XMP and /PieceInfo (catalog and page)", [NAME, SSN, HIDDEN_NAME])


def thumbnail(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc)
    pix = page.get_pixmap(dpi=20, colorspace=pymupdf.csGRAY)
    thumb = _new_stream(doc, f"<</Width {pix.width}/Height {pix.height}/ColorSpace/DeviceGray"
                             f"/BitsPerComponent 8/Note {_pdfstr(HIDDEN_NAME)}>>", bytes(pix.samples))
    doc.xref_set_key(page.xref, "Thumb", f"{thumb} 0 R")
    _save(doc, path)
    return Case("thumbnail", str(path), "a page thumbnail (with a name in its dictionary)",
                [NAME, SSN, HIDDEN_NAME])


def incremental_update(path: Path) -> Case:
    doc = pymupdf.open()
    _page(doc, HEADER + (f"Witness: {HIDDEN_NAME}",))
    doc.set_metadata({"author": HIDDEN_NAME})
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref).replace(
        b"Witness: " + HIDDEN_NAME.encode(), b"Witness: withheld"))
    page.insert_text((72, 400), f"Victim: {NAME}", fontsize=12)
    page.insert_text((72, 420), f"SSN: {SSN}", fontsize=12)
    doc.set_metadata({"author": "Records"})
    doc.saveIncr()
    doc.close()
    raw = path.read_bytes()
    if HIDDEN_NAME.encode() not in raw and b"Teresa" not in raw:
        # insert_text writes hex strings; the earlier revision still holds the bytes in the Info dict.
        pass
    return Case("incremental_update", str(path), "an incremental update; the earlier revision names a witness",
                [NAME, SSN, HIDDEN_NAME])


def broken_xref(path: Path) -> Case:
    doc = pymupdf.open()
    _page(doc)
    doc.save(path, garbage=0, deflate=False)
    doc.close()
    raw = path.read_bytes()
    raw = re.sub(rb"startxref\s+\d+", b"startxref\n999999", raw)
    raw = re.sub(rb"\n(\d{10}) 00000 n", lambda m: b"\n" + b"%010d" % (int(m.group(1)) + 7) + b" 00000 n", raw)
    path.write_bytes(raw)
    return Case("broken_xref", str(path), "xref offsets wrong and startxref past the end; MuPDF repairs",
                [NAME, SSN])


def _rotated(path: Path, rotation: int, mediabox: tuple[float, ...] | None = None,
             cropbox: tuple[float, ...] | None = None, userunit: float | None = None) -> None:
    doc = pymupdf.open()
    page = _page(doc)
    if mediabox is not None:
        doc.xref_set_key(page.xref, "MediaBox", "[{} {} {} {}]".format(*mediabox))
    if cropbox is not None:
        doc.xref_set_key(page.xref, "CropBox", "[{} {} {} {}]".format(*cropbox))
    if userunit is not None:
        doc.xref_set_key(page.xref, "UserUnit", str(userunit))
    if rotation:
        doc[0].set_rotation(rotation)
    _save(doc, path)


def rotated_90(path: Path) -> Case:
    _rotated(path, 90)
    return Case("rotated_90", str(path), "/Rotate 90", [NAME, SSN])


def rotated_180_offset(path: Path) -> Case:
    _rotated(path, 180, mediabox=(-50, -40, 562, 752))
    return Case("rotated_180_offset", str(path), "/Rotate 180, MediaBox origin (-50, -40)", [NAME, SSN])


def rotated_270_cropbox(path: Path) -> Case:
    _rotated(path, 270, mediabox=(0, 0, 700, 900), cropbox=(30, 40, 642, 832))
    return Case("rotated_270_cropbox", str(path), "/Rotate 270, CropBox origin (30, 40)", [NAME, SSN])


def userunit(path: Path) -> Case:
    _rotated(path, 0, userunit=2.0)
    return Case("userunit", str(path), "/UserUnit 2", [NAME, SSN])


CASES: dict[str, Callable[[Path], Case]] = {f.__name__: f for f in (
    ocr_layer_disagrees, text_under_image, white_on_white, outside_visible_area, tiny_text,
    nested_form_xobjects, type3_font, text_as_paths, text_in_image_on_text_page, shared_image,
    optional_content_hidden, annotations, form_fields, attachments, javascript, outline_and_labels,
    actualtext_alt, metadata, thumbnail, incremental_update, broken_xref, rotated_90,
    rotated_180_offset, rotated_270_cropbox, userunit,
)}


def build_corpus(out: Path, only: list[str] | None = None) -> list[Case]:
    """Write every case (or ``only`` those) into ``out``; return the cases."""
    return _common.build_corpus(CASES, out, only)


if __name__ == "__main__":
    sys.exit(_common.main(CASES, "hostile-corpus"))


__all__ = ["CASES", "Case", "build_corpus", "io"]
