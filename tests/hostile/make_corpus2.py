#!/usr/bin/env python3
# ruff: noqa: E501
"""Hostile corpus, part 2: text layers that lie, clipped glyphs, and text that is not text.

Each case shows a private name, SSN or phone on the page while PyMuPDF's extraction
reads something else, nothing, or something detection cannot match (issue 12). Built
with PyMuPDF's low-level API and raw content streams, like :mod:`make_corpus`, whose
helpers and :class:`Case` it reuses. The secrets are invented for this file only.

Classes (``CLASS`` names each case's class):

- ``actualtext``: /ActualText in a named /Properties entry, behind an escaped key name,
  after a comment, after a NUL byte, inside a tiling pattern, in a Form XObject;
- ``tounicode``: a ToUnicode that maps every glyph to one character, one that scrambles
  letters, an embedded composite font with no ToUnicode;
- ``order``: glyphs drawn right-to-left, in random order, one TJ moving leftward,
  letter-spaced, stacked vertically, zero-width characters between letters;
- ``dashes``: an SSN or phone written with U+2011, U+2013 or U+2212;
- ``clipped``: text outside a clip path, a table cell's overflow, outside a Form BBox;
- ``paths``: glyph outlines flattened to straight segments, glyphs as tiny rectangles,
  flattened outlines inside a Form XObject;
- ``images``: a one-line image 9 pt tall, a line cut into narrow image tiles, a short
  strip holding only the SSN.

Usage::

    python tests/hostile/make_corpus2.py OUT_DIR
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
import _common  # noqa: E402
from make_corpus import (  # noqa: E402
    HEADER,
    Case,
    _append_content,
    _helv,
    _new_stream,
    _page,
    _pdfstr,
    _save,
    _set_resource,
)

NAME = "Dorothea Vanterpool"
SSN = "618-27-4093"
PHONE = "(417) 555-0186"
SECRETS = [NAME, SSN, PHONE]
LINE1 = f"Victim: {NAME}"
LINE2 = f"SSN: {SSN}   Phone: {PHONE}"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_HELV = pymupdf.Font("helv")


def _w(c: str) -> float:
    """Helvetica advance of ``c`` in 1/1000 em."""
    return float(_HELV.glyph_advance(ord(c))) * 1000


def _base(path: Path) -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    _helv(doc, page)
    return doc, page


def _case(name: str, path: Path, what: str, secrets: list[str] | None = None) -> Case:
    return Case(name, str(path), what, list(secrets or SECRETS))


def _bt(text: str, x: float, y: float, size: float = 12, font: str = "helv") -> str:
    return f"BT /{font} {size} Tf {x} {y} Td {_pdfstr(text)} Tj ET"


# --- actualtext -----------------------------------------------------------------------------------

def _lines_at(y: float = 450) -> str:
    return f"{_bt(LINE1, 72, y)} {_bt(LINE2, 72, y - 20)}"


def at_named_properties(path: Path) -> Case:
    doc, page = _base(path)
    _set_resource(doc, page, "Properties", "<</P1 <</ActualText (See attached report.)>>>>")
    _append_content(doc, page, f"/Span /P1 BDC {_lines_at()} EMC".encode())
    _save(doc, path)
    return _case("at_named_properties", path, "/ActualText in a named /Properties entry")


def at_escaped_key(path: Path) -> Case:
    doc, page = _base(path)
    _append_content(doc, page, f"/Span <</Actual#54ext (No further information.)>> BDC {_lines_at()} EMC".encode())
    _save(doc, path)
    return _case("at_escaped_key", path, "/ActualText written as /Actual#54ext")


def at_after_comment(path: Path) -> Case:
    doc, page = _base(path)
    _append_content(doc, page, f"/Span <</ActualText % a comment\n(Nothing to report.)>> BDC {_lines_at()} EMC".encode())
    _save(doc, path)
    return _case("at_after_comment", path, "/ActualText whose string follows a comment")


def at_after_nul(path: Path) -> Case:
    doc, page = _base(path)
    _append_content(doc, page, b"/Span <</ActualText\x00(Nothing to report.)>> BDC " + _lines_at().encode() + b" EMC")
    _save(doc, path)
    return _case("at_after_nul", path, "/ActualText whose string follows a NUL byte")


def at_in_pattern(path: Path) -> Case:
    doc, page = _base(path)
    helv = _helv(doc, page)
    pat = _new_stream(doc, (
        f"<</Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 612 792]/XStep 612/YStep 792"
        f"/Resources<</Font<</helv {helv} 0 R>>>>>>"),
        f"/Span <</ActualText (Routine patrol.)>> BDC {_lines_at()} EMC".encode())
    _set_resource(doc, page, "Pattern", f"<</Pt1 {pat} 0 R>>")
    _append_content(doc, page, b"q /Pattern cs /Pt1 scn 0 0 612 792 re f Q")
    _save(doc, path)
    return _case("at_in_pattern", path, "text with /ActualText inside a tiling pattern")


def at_in_form(path: Path) -> Case:
    doc, page = _base(path)
    helv = _helv(doc, page)
    form = _new_stream(doc, (
        f"<</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<</Font<</helv {helv} 0 R>>"
        f"/Properties<</MC0 <</ActualText (Intentionally left blank.)>>>>>>>>"),
        f"/Span /MC0 BDC {_lines_at()} EMC".encode())
    _set_resource(doc, page, "XObject", f"<</Fm1 {form} 0 R>>")
    _append_content(doc, page, b"q /Fm1 Do Q")
    _save(doc, path)
    return _case("at_in_form", path, "named /ActualText properties inside a Form XObject")


# --- tounicode ------------------------------------------------------------------------------------

def _cmap(mapping: dict[int, str]) -> bytes:
    body = " ".join(f"<{c:02X}> <{''.join(f'{ord(u):04X}' for u in v)}>" for c, v in sorted(mapping.items()))
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lie def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(mapping)} beginbfchar {body} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()


def _lying_font(doc: pymupdf.Document, page: pymupdf.Page, mapping: dict[int, str]) -> None:
    tu = _new_stream(doc, "<<>>", _cmap(mapping))
    font = doc.get_new_xref()
    doc.update_object(font, f"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding/ToUnicode {tu} 0 R>>")
    _set_resource(doc, page, "Font/TL", f"{font} 0 R")


def tu_many_to_one(path: Path) -> Case:
    doc, page = _base(path)
    _lying_font(doc, page, {c: "x" for c in range(32, 127)})
    _append_content(doc, page, f"{_bt(LINE1, 72, 450, font='TL')} {_bt(LINE2, 72, 430, font='TL')}".encode())
    _save(doc, path)
    return _case("tu_many_to_one", path, "a ToUnicode mapping every glyph to 'x'")


def tu_scrambled(path: Path) -> Case:
    doc, page = _base(path)
    lower, upper, digits = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789"
    mapping = {c: chr(c) for c in range(32, 127)}
    for alpha in (lower, upper, digits):
        for i, ch in enumerate(alpha):
            mapping[ord(ch)] = alpha[(i + 7) % len(alpha)]
    _lying_font(doc, page, mapping)
    _append_content(doc, page, f"{_bt(LINE1, 72, 450, font='TL')} {_bt(LINE2, 72, 430, font='TL')}".encode())
    _save(doc, path)
    return _case("tu_scrambled", path, "a ToUnicode that shifts every letter and digit")


def font_no_tounicode(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    page.insert_text((72, 350), LINE1, fontname="dv", fontsize=12)
    page.insert_text((72, 370), LINE2, fontname="dv", fontsize=12)
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "ToUnicode")[0] != "null" and doc.xref_get_key(xref, "Subtype")[1] == "/Type0":
            doc.xref_set_key(xref, "ToUnicode", "null")
    _save(doc, path)
    return _case("font_no_tounicode", path, "an embedded composite font without ToUnicode")


# --- order ----------------------------------------------------------------------------------------

def _glyph_positions(text: str, x: float, size: float = 12) -> list[tuple[str, float]]:
    out, pos = [], x
    for c in text:
        out.append((c, pos))
        pos += _w(c) * size / 1000
    return out


def _placed(glyphs: list[tuple[str, float]], y: float, size: float = 12) -> str:
    return " ".join(f"BT /helv {size} Tf 1 0 0 1 {px:.2f} {y} Tm {_pdfstr(c)} Tj ET" for c, px in glyphs)


def glyphs_rtl(path: Path) -> Case:
    doc, page = _base(path)
    ops = [_placed(list(reversed(_glyph_positions(t, 72))), y) for t, y in ((LINE1, 450), (LINE2, 430))]
    _append_content(doc, page, " ".join(ops).encode())
    _save(doc, path)
    return _case("glyphs_rtl", path, "each glyph placed on its own, right to left")


def glyphs_random(path: Path) -> Case:
    doc, page = _base(path)
    rng = random.Random(12)
    ops = []
    for t, y in ((LINE1, 450), (LINE2, 430)):
        g = _glyph_positions(t, 72)
        rng.shuffle(g)
        ops.append(_placed(g, y))
    _append_content(doc, page, " ".join(ops).encode())
    _save(doc, path)
    return _case("glyphs_random", path, "each glyph placed on its own, in random order")


def tj_leftward(path: Path) -> Case:
    doc, page = _base(path)
    ops = []
    for t, y in ((LINE1, 450), (LINE2, 430)):
        start = 72 + sum(_w(c) for c in t[:-1]) * 12 / 1000  # where the last glyph starts
        parts = []
        rev = t[::-1]
        for i, c in enumerate(rev):
            parts.append(_pdfstr(c))
            if i + 1 < len(rev):
                parts.append(f"{_w(c) + _w(rev[i + 1]):.0f}")  # back over this glyph and the next
        ops.append(f"BT /helv 12 Tf {start:.2f} {y} Td [{' '.join(parts)}] TJ ET")
    _append_content(doc, page, " ".join(ops).encode())
    _save(doc, path)
    return _case("tj_leftward", path, "one TJ per line that draws the glyphs from right to left")


def letter_spaced(path: Path) -> Case:
    doc, page = _base(path)
    _append_content(doc, page, f"BT /helv 11 Tf 6 Tc 72 450 Td {_pdfstr(LINE1)} Tj 0 -20 Td {_pdfstr(LINE2)} Tj ET".encode())
    _save(doc, path)
    return _case("letter_spaced", path, "wide character spacing (Tc 6): the words fall apart into letters")


def vertical_writing(path: Path) -> Case:
    doc, page = _base(path)
    ops = []
    for col, t in enumerate((NAME, SSN.replace("-", ""), "4175550186")):
        for i, c in enumerate(t):
            ops.append(f"BT /helv 12 Tf 1 0 0 1 {400 + 40 * col} {600 - 14 * i} Tm {_pdfstr(c)} Tj ET")
    _append_content(doc, page, (_bt("Victim (see column):", 72, 600) + " " + " ".join(ops)).encode())
    _save(doc, path)
    return _case("vertical_writing", path, "the name and numbers written top to bottom, one upright glyph under the other",
                 [NAME.replace(" ", ""), SSN.replace("-", ""), "4175550186"])


def zero_width(path: Path) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    zw = "\u200b"
    page.insert_text((72, 350), f"Victim: Doro{zw}thea Van{zw}ter{zw}pool", fontname="dv", fontsize=12)
    page.insert_text((72, 370), f"SSN: 618{zw}-27-40{zw}93   Phone: (417) 555{zw}-0186", fontname="dv", fontsize=12)
    _save(doc, path)
    return _case("zero_width", path, "zero-width spaces inside the name, SSN and phone")


# --- dashes ---------------------------------------------------------------------------------------

def _dashed(path: Path, name: str, dash: str) -> Case:
    doc = pymupdf.open()
    page = _page(doc, HEADER)
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    page.insert_text((72, 350), LINE1, fontname="dv", fontsize=12)
    page.insert_text((72, 370), f"SSN: {SSN.replace('-', dash)}   Phone: (417) 555{dash}0186", fontname="dv", fontsize=12)
    _save(doc, path)
    return _case(name, path, f"SSN and phone written with U+{ord(dash):04X} dashes")


def dash_u2011(path: Path) -> Case:
    return _dashed(path, "dash_u2011", "\u2011")


def dash_u2013(path: Path) -> Case:
    return _dashed(path, "dash_u2013", "\u2013")


def dash_u2212(path: Path) -> Case:
    return _dashed(path, "dash_u2212", "\u2212")


# --- clipped --------------------------------------------------------------------------------------

def clip_path(path: Path) -> Case:
    doc, page = _base(path)
    # Only "Victim:" shows; the name and numbers lie outside the clip rectangle.
    _append_content(doc, page, f"q 70 440 45 20 re W n {_lines_at()} Q".encode())
    _save(doc, path)
    return _case("clip_path", path, "the private text outside the current clip path (invisible, still in the file)")


def table_cell_overflow(path: Path) -> Case:
    doc, page = _base(path)
    ops = ["0.5 w 72 400 42 20 re S 222 400 150 20 re S"]
    ops.append(f"q 72 400 42 20 re W n BT /helv 10 Tf 76 406 Td {_pdfstr('Victim ' + NAME + ' SSN ' + SSN)} Tj ET Q")
    ops.append(f"q 222 400 150 20 re W n BT /helv 10 Tf 226 406 Td {_pdfstr('Phone ' + PHONE + ' (home) ' + PHONE)} Tj ET Q")
    _append_content(doc, page, " ".join(ops).encode())
    _save(doc, path)
    return _case("table_cell_overflow", path, "table cells whose clipped overflow holds the SSN and phone")


def form_bbox(path: Path) -> Case:
    doc, page = _base(path)
    helv = _helv(doc, page)
    form = _new_stream(doc, f"<</Type/XObject/Subtype/Form/BBox[0 0 120 40]/Resources<</Font<</helv {helv} 0 R>>>>>>",
                       f"{_bt(LINE1, 4, 24)} {_bt(LINE2, 4, 8)}".encode())
    _set_resource(doc, page, "XObject", f"<</Fb {form} 0 R>>")
    _append_content(doc, page, b"q 1 0 0 1 72 420 cm /Fb Do Q")
    _save(doc, path)
    return _case("form_bbox", path, "text running outside a Form XObject's BBox")


# --- paths ----------------------------------------------------------------------------------------

def _outline_drawings() -> list[dict[str, object]]:
    tmp = pymupdf.open()
    _page(tmp, (LINE1, LINE2), y=400, size=12)
    svg = tmp[0].get_svg_image(text_as_path=True)
    tmp.close()
    vec = pymupdf.open(stream=svg.encode(), filetype="svg")
    pdf = pymupdf.open("pdf", vec.convert_to_pdf())
    drawings = pdf[0].get_drawings()
    pdf.close()
    return drawings


def _flattened_ops(height: float = 792) -> str:
    """The outlined lines as straight segments only (each curve replaced by 4 chords)."""
    ops = []
    for d in _outline_drawings():
        cur = None
        path = []
        for item in d["items"]:  # type: ignore[attr-defined]
            kind = item[0]
            if kind == "l":
                a, b = item[1], item[2]
                pts = [a, b]
            elif kind == "c":
                a, c1, c2, b = item[1], item[2], item[3], item[4]
                pts = [a]
                for k in range(1, 5):
                    t = k / 4
                    x = (1 - t) ** 3 * a.x + 3 * (1 - t) ** 2 * t * c1.x + 3 * (1 - t) * t * t * c2.x + t ** 3 * b.x
                    y = (1 - t) ** 3 * a.y + 3 * (1 - t) ** 2 * t * c1.y + 3 * (1 - t) * t * t * c2.y + t ** 3 * b.y
                    pts.append(pymupdf.Point(x, y))
            elif kind == "re":
                r = item[1]
                pts = [r.tl, r.tr, r.br, r.bl, r.tl]
            else:
                continue
            if cur is None or abs(cur.x - pts[0].x) > 0.01 or abs(cur.y - pts[0].y) > 0.01:
                path.append(f"{pts[0].x:.2f} {height - pts[0].y:.2f} m")
            for p in pts[1:]:
                path.append(f"{p.x:.2f} {height - p.y:.2f} l")
            cur = pts[-1]
        if path:
            ops.append(" ".join(path) + " f*")
    return "0 g " + "\n".join(ops)


def outline_lines(path: Path) -> Case:
    doc, page = _base(path)
    _append_content(doc, page, _flattened_ops().encode())
    _save(doc, path)
    return _case("outline_lines", path, "glyph outlines flattened to straight line segments (no curves at all)")


def outline_lines_in_form(path: Path) -> Case:
    doc, page = _base(path)
    form = _new_stream(doc, "<</Type/XObject/Subtype/Form/BBox[0 0 612 792]>>", _flattened_ops().encode())
    _set_resource(doc, page, "XObject", f"<</Fo {form} 0 R>>")
    _append_content(doc, page, b"q 1 0 0 1 0 -60 cm /Fo Do Q")
    _save(doc, path)
    return _case("outline_lines_in_form", path, "flattened glyph outlines inside a Form XObject")


def glyph_rectangles(path: Path) -> Case:
    doc, page = _base(path)
    tmp = pymupdf.open()
    _page(tmp, (LINE1, LINE2), y=16, size=12, width=400, height=60)
    pix = tmp[0].get_pixmap(dpi=90, colorspace=pymupdf.csGRAY)
    tmp.close()
    cell = 72 / 90
    ops = ["0 g"]
    for yy in range(pix.height):
        xx = 0
        while xx < pix.width:
            if pix.pixel(xx, yy)[0] < 128:
                start = xx
                while xx < pix.width and pix.pixel(xx, yy)[0] < 128:
                    xx += 1
                ops.append(f"{72 + start * cell:.2f} {500 - (yy + 1) * cell:.2f} {(xx - start) * cell:.2f} {cell:.2f} re f")
            xx += 1
    _append_content(doc, page, "\n".join(ops).encode())
    _save(doc, path)
    return _case("glyph_rectangles", path, "the lines drawn as tiny filled rectangles (one per run of dark pixels)")


# --- images ---------------------------------------------------------------------------------------

def _line_png(text: str, width: float, height: float, size: float, dpi: int = 300) -> bytes:
    tmp = pymupdf.open()
    p = tmp.new_page(width=width, height=height)
    p.insert_text((1, height - 0.25 * size), text, fontsize=size, fontname="helv")
    pix = p.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    tmp.close()
    return bytes(pix.tobytes("png"))


def image_strip_9pt(path: Path) -> Case:
    doc, page = _base(path)
    text = f"Victim: {NAME}  SSN: {SSN}  Phone: {PHONE}"
    page.insert_image(pymupdf.Rect(72, 400, 472, 409), stream=_line_png(text, 400, 9, 8))
    _save(doc, path)
    return _case("image_strip_9pt", path, "one line of text as an image 9 pt tall (under the 10 pt threshold)")


def image_tiles(path: Path) -> Case:
    doc, page = _base(path)
    text = f"Victim: {NAME}  SSN: {SSN}  Phone: {PHONE}"
    img = Image.open(io.BytesIO(_line_png(text, 420, 14, 11))).convert("L")
    step = img.width // 14
    for k in range(14):
        x0, x1 = k * step, img.width if k == 13 else (k + 1) * step
        buf = io.BytesIO()
        img.crop((x0, 0, x1, img.height)).save(buf, "PNG")
        page.insert_image(pymupdf.Rect(72 + x0 * 420 / img.width, 400, 72 + x1 * 420 / img.width, 414),
                          stream=buf.getvalue())
    _save(doc, path)
    return _case("image_tiles", path, "one line cut into 14 image tiles, each under 48 x 10 pt")


def image_strip_ssn(path: Path) -> Case:
    doc, page = _base(path)
    page.insert_text((72, 400), "SSN:", fontsize=11, fontname="helv")
    page.insert_image(pymupdf.Rect(100, 391, 170, 400), stream=_line_png(SSN, 70, 9, 8.5))
    page.insert_text((72, 420), "Phone:", fontsize=11, fontname="helv")
    page.insert_image(pymupdf.Rect(110, 411, 190, 420), stream=_line_png(PHONE, 80, 9, 8.5))
    _save(doc, path)
    return _case("image_strip_ssn", path, "only the SSN and phone as small images after text labels", [SSN, PHONE])


CASES: dict[str, Callable[[Path], Case]] = {f.__name__: f for f in (
    at_named_properties, at_escaped_key, at_after_comment, at_after_nul, at_in_pattern, at_in_form,
    tu_many_to_one, tu_scrambled, font_no_tounicode,
    glyphs_rtl, glyphs_random, tj_leftward, letter_spaced, vertical_writing, zero_width,
    dash_u2011, dash_u2013, dash_u2212,
    clip_path, table_cell_overflow, form_bbox,
    outline_lines, outline_lines_in_form, glyph_rectangles,
    image_strip_9pt, image_tiles, image_strip_ssn,
)}

CLASS = {
    **dict.fromkeys(("at_named_properties", "at_escaped_key", "at_after_comment", "at_after_nul", "at_in_pattern", "at_in_form"), "actualtext"),
    **dict.fromkeys(("tu_many_to_one", "tu_scrambled", "font_no_tounicode"), "tounicode"),
    **dict.fromkeys(("glyphs_rtl", "glyphs_random", "tj_leftward", "letter_spaced", "vertical_writing", "zero_width"), "order"),
    **dict.fromkeys(("dash_u2011", "dash_u2013", "dash_u2212"), "dashes"),
    **dict.fromkeys(("clip_path", "table_cell_overflow", "form_bbox"), "clipped"),
    **dict.fromkeys(("outline_lines", "outline_lines_in_form", "glyph_rectangles"), "paths"),
    **dict.fromkeys(("image_strip_9pt", "image_tiles", "image_strip_ssn"), "images"),
}


def build_corpus(out: Path, only: list[str] | None = None) -> list[Case]:
    """Write every case (or ``only`` those) into ``out``; return the cases."""
    return _common.build_corpus(CASES, out, only)


if __name__ == "__main__":
    sys.exit(_common.main(CASES, "hostile-corpus2"))
