"""The allowlist rebuild (redactkit.burn.rebuild): what is not on the list is not in the release.

pikepdf's sanitize pattern for the rebuild: the target is removed, unrelated content is
kept, running twice is harmless, a clean file is left alone, the result survives save and
reopen; plus a secret planted under every key of the PDF 2.0 catalog, page and resource
dictionaries that is not on the allowlist, searched for in every object and every
decompressed stream of the output.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pymupdf
import pytest
from pikepdf import Array, Dictionary, Name, Stream, String

from redactkit.burn.rebuild import rebuild_pdf

SECRET = "Quimbyzz 078-05-1120"
TEXT = "Incident report 24-001 kitchen"

#: PDF 2.0 (ISO 32000-2) Table 29, catalog entries.
CATALOG_KEYS = [
    "Type", "Version", "Extensions", "Pages", "PageLabels", "Names", "Dests", "ViewerPreferences",
    "PageLayout", "PageMode", "Outlines", "Threads", "OpenAction", "AA", "URI", "AcroForm", "Metadata",
    "StructTreeRoot", "MarkInfo", "Lang", "SpiderInfo", "OutputIntents", "PieceInfo", "OCProperties",
    "Perms", "Legal", "Requirements", "Collection", "NeedsRendering", "DSS", "AF", "DPartRoot",
]
#: Table 31, page object entries.
PAGE_KEYS = [
    "Type", "Parent", "LastModified", "Resources", "MediaBox", "CropBox", "BleedBox", "TrimBox",
    "ArtBox", "BoxColorInfo", "Contents", "Rotate", "Group", "Thumb", "B", "Dur", "Trans", "Annots",
    "AA", "Metadata", "PieceInfo", "StructParents", "ID", "PZ", "SeparationInfo", "Tabs",
    "TemplateInstantiated", "PresSteps", "UserUnit", "VP", "AF", "OutputIntents", "DPart",
]
#: Table 34, resource dictionary entries.
RESOURCE_KEYS = ["ExtGState", "ColorSpace", "Pattern", "Shading", "XObject", "Font", "ProcSet", "Properties"]
CATALOG_ALLOWED = {"Type", "Pages"}
PAGE_ALLOWED = {"Type", "Parent", "Resources", "MediaBox", "CropBox", "Contents", "Rotate"}
RESOURCES_ALLOWED = {"ExtGState", "ColorSpace", "Pattern", "Shading", "XObject", "Font", "ProcSet"}
CUSTOM_KEYS = ["SecretKey", "Custom#20Key", "ABCD_PrivateData"]


def _base_bytes(extra: bool = True) -> bytes:
    """A born-digital page: text in an embedded TrueType font and a Base-14 font, an image,
    a translucent box (ExtGState) and a form XObject (via show_pdf_page)."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), TEXT, fontsize=11)
    if extra:
        ttf = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
        if Path(ttf).exists():
            page.insert_text((72, 130), "Embedded font line", fontsize=11, fontname="dejavu", fontfile=ttf)
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
        pix.set_rect(pix.irect, (200, 30, 30))
        page.insert_image(pymupdf.Rect(300, 300, 364, 364), pixmap=pix)
        page.draw_rect(pymupdf.Rect(72, 400, 200, 450), color=None, fill=(0, 0, 1), fill_opacity=0.4)
        src = pymupdf.open()
        sp = src.new_page(width=200, height=100)
        sp.insert_text((10, 50), "Form text here", fontsize=10)
        page.show_pdf_page(pymupdf.Rect(72, 500, 272, 600), src, 0)
    return doc.tobytes(garbage=4, deflate=True, no_new_id=True)


def _rebuild(data: bytes, tmp_path: Path, name: str = "out.pdf") -> Path:
    out = tmp_path / name
    rebuild_pdf(data, out)
    return out


def _text(path: Path | bytes) -> str:
    doc = pymupdf.open(path) if isinstance(path, Path) else pymupdf.open(stream=path, filetype="pdf")
    return " ".join(doc[i].get_text() for i in range(doc.page_count))


def _render(path: Path | bytes) -> np.ndarray:
    doc = pymupdf.open(path) if isinstance(path, Path) else pymupdf.open(stream=path, filetype="pdf")
    pix = doc[0].get_pixmap(dpi=72, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)


def _walk(obj: object, out: list[bytes], seen: set[tuple[int, int]]) -> None:
    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    if isinstance(obj, String):
        out.append(bytes(obj))
    elif isinstance(obj, Name):
        out.append(str(obj).encode())
    elif isinstance(obj, Array):
        for x in obj:
            _walk(x, out, seen)
    elif isinstance(obj, Dictionary | Stream):
        for k in obj.keys():
            out.append(k.encode())
            _walk(obj[k], out, seen)
        if isinstance(obj, Stream):
            try:
                out.append(obj.read_bytes())
            except pikepdf.PdfError:
                out.append(obj.read_raw_bytes())


def _all_bytes(path: Path) -> bytes:
    """Every string, name and decoded stream of every object, plus the file decompressed (QDF)."""
    parts: list[bytes] = []
    with pikepdf.open(path) as pdf:
        seen: set[tuple[int, int]] = set()
        for obj in pdf.objects:
            _walk(obj, parts, seen)
        _walk(pdf.trailer, parts, seen)
        buf = io.BytesIO()
        pdf.save(buf, qdf=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                 stream_decode_level=pikepdf.StreamDecodeLevel.all, fix_metadata_version=False)
        parts.append(buf.getvalue())
    return b"\n".join(parts)


def _leaks(path: Path, *secrets: str) -> list[str]:
    data = _all_bytes(path)
    found = []
    for s in secrets:
        for variant in (s.encode(), s.encode("utf-16-be"), s.replace(" ", "#20").encode()):
            if variant in data:
                found.append(s)
    return found


def _secret_value(pdf: pikepdf.Pdf, tag: str) -> Dictionary:
    """A value carrying the secret every way a reader could find it: a string, a name, a stream
    (an embedded file), nested dictionary and array."""
    ef = pdf.make_stream(f"attached {SECRET} {tag}".encode())
    ef.Type = Name.EmbeddedFile
    return Dictionary(
        S=String(f"{SECRET} {tag}"),
        N=Name("/Quimbyzz" + tag),
        A=Array([String(SECRET), Dictionary(T=String(SECRET))]),
        EF=Dictionary(F=ef),
        Type=Name.Filespec,
        F=String(f"{SECRET}.txt"),
    )


def _plant_everywhere(data: bytes) -> bytes:
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root
    for key in CATALOG_KEYS + CUSTOM_KEYS:
        if key not in CATALOG_ALLOWED:
            root[Name("/" + key)] = _secret_value(pdf, "cat" + key)
    page = pdf.pages[0].obj
    for key in PAGE_KEYS + CUSTOM_KEYS:
        if key not in PAGE_ALLOWED:
            page[Name("/" + key)] = _secret_value(pdf, "page" + key)
    # A transparency group with a custom key: the group is kept, the key is not.
    page.Group = Dictionary(S=Name.Transparency, CS=Name.DeviceRGB, Secret=String(SECRET))
    res = page.Resources
    for key in RESOURCE_KEYS + CUSTOM_KEYS:
        if key not in RESOURCES_ALLOWED:
            res[Name("/" + key)] = _secret_value(pdf, "res" + key)
    # Inside allowlisted categories: an unused entry, and custom keys / metadata on used objects.
    res.Font[Name("/FUnused")] = Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                            BaseFont=Name("/Quimbyzz"), Secret=String(SECRET))
    for name in list(res.Font.keys()):
        font = res.Font[name]
        font[Name.Secret] = String(SECRET)
        font[Name.Metadata] = pdf.make_stream(SECRET.encode())
        if "/FontDescriptor" in font:
            font.FontDescriptor[Name.Secret] = String(SECRET)
            font.FontDescriptor[Name.Style] = Dictionary(Panose=String(SECRET))
    for name in list(res.XObject.keys()):
        xo = res.XObject[name]
        xo[Name.Metadata] = pdf.make_stream(SECRET.encode())
        xo[Name.PieceInfo] = _secret_value(pdf, "xo")
        xo[Name.AF] = Array([_secret_value(pdf, "xoaf")])
        xo[Name.OPI] = _secret_value(pdf, "opi")
        if "/Resources" in xo:
            xo.Resources[Name.Properties] = _secret_value(pdf, "xores")
    for name in list(res.get("/ExtGState", Dictionary()).keys()):
        res.ExtGState[name][Name.Secret] = String(SECRET)
    res[Name.ExtGState][Name("/GSUnused")] = Dictionary(CA=0.5, Secret=String(SECRET))
    # Old redaction-era leftovers: the trailer's Info dictionary.
    pdf.trailer.Info = pdf.make_indirect(Dictionary(Title=String(SECRET), Author=String(SECRET)))
    out = io.BytesIO()
    pdf.save(out, fix_metadata_version=False)
    return out.getvalue()


def test_every_key_not_on_the_allowlist_is_dropped(tmp_path: Path) -> None:
    planted = _plant_everywhere(_base_bytes())
    src = tmp_path / "planted.pdf"
    src.write_bytes(planted)
    assert _leaks(src, SECRET), "the test must plant the secret where the scan can see it"
    out = _rebuild(planted, tmp_path)
    assert _leaks(out, SECRET, "Quimbyzz") == []
    with pikepdf.open(out) as pdf:
        assert set(pdf.Root.keys()) == {"/Type", "/Pages"}
        assert "/Info" not in pdf.trailer
        page = pdf.pages[0].obj
        assert set(page.keys()) <= {"/Type", "/Parent", "/Resources", "/MediaBox", "/CropBox", "/Contents",
                                    "/Rotate", "/Group"}
        assert set(page.Resources.keys()) <= {"/" + k for k in RESOURCES_ALLOWED}
        assert page.Group.S == Name.Transparency and "/Secret" not in page.Group
    # Unrelated content kept: the visible text and the page's appearance.
    text = _text(out)
    for words in (TEXT, "Form text here"):
        assert words in text
    assert np.abs(_render(out).astype(int) - _render(planted).astype(int)).max() <= 2


def test_associated_files_on_catalog_and_page_are_gone(tmp_path: Path) -> None:
    pdf = pikepdf.open(io.BytesIO(_base_bytes(extra=False)))
    spec = _secret_value(pdf, "af")
    pdf.Root.AF = Array([pdf.make_indirect(spec)])
    pdf.pages[0].obj.AF = Array([pdf.make_indirect(_secret_value(pdf, "pageaf"))])
    buf = io.BytesIO()
    pdf.save(buf, fix_metadata_version=False)
    out = _rebuild(buf.getvalue(), tmp_path)
    assert _leaks(out, SECRET) == []
    assert TEXT in _text(out)


def _marked_content_pdf() -> bytes:
    pdf = pikepdf.new()
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    form = pdf.make_stream(
        b"/Span << /ActualText (ActualInForm Quimbyzz) >> BDC BT /F1 12 Tf 0 0 Td (Form words) Tj ET EMC\n"
        b"/Figure << /Alt (AltInForm Quimbyzz) >> BDC EMC /P /MC1 BDC EMC"
    )
    form.Type, form.Subtype, form.BBox = Name.XObject, Name.Form, Array([0, 0, 300, 50])
    form.Resources = Dictionary(Font=Dictionary(F1=font),
                                Properties=Dictionary(MC1=Dictionary(ActualText=String("PropForm Quimbyzz"))))
    content = (
        b"/Span << /ActualText (ActualInPage Quimbyzz) >> BDC\n"
        b"BT /F1 12 Tf 72 700 Td (Visible page words) Tj ET EMC\n"
        b"/Span << /E (Expansion Quimbyzz) /Lang (en-Quimbyzz) >> BDC\n"
        b"BT /F1 12 Tf 72 680 Td (More words) Tj ET EMC\n"
        b"/Span /MC0 BDC BT /F1 12 Tf 72 660 Td (Named props) Tj ET EMC\n"
        b"/Artifact BMC EMC /Tag << /Actual#54ext (Escaped Quimbyzz) >> DP /Pt MP\n"
        b"% a comment Quimbyzz\n"
        b"q 1 0 0 1 72 600 cm /Fm0 Do Q\n"
    )
    page = Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, 612, 792]), Contents=pdf.make_stream(content),
        Resources=Dictionary(Font=Dictionary(F1=font), XObject=Dictionary(Fm0=form),
                             Properties=Dictionary(MC0=Dictionary(Alt=String("PropPage Quimbyzz")))),
    )
    pdf.pages.append(pikepdf.Page(page))
    buf = io.BytesIO()
    pdf.save(buf, fix_metadata_version=False)
    return buf.getvalue()


def test_marked_content_properties_leave_page_and_form_streams(tmp_path: Path) -> None:
    data = _marked_content_pdf()
    with pikepdf.open(io.BytesIO(data)) as src:
        assert b"Quimbyzz" in src.pages[0].Contents.read_bytes()
    out = _rebuild(data, tmp_path)
    assert _leaks(out, "Quimbyzz") == []
    text = _text(out)
    for words in ("Visible page words", "More words", "Named props", "Form words"):
        assert words in text
    assert np.array_equal(_render(out), _render(data))
    with pikepdf.open(out) as pdf:
        ops = {str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0].obj)}
        assert not ops & {"BDC", "BMC", "EMC", "DP", "MP"}


# --- the five checks -------------------------------------------------------------------


def _with_target(data: bytes) -> bytes:
    """The target of the five checks: private data under keys sanitize never knew about."""
    pdf = pikepdf.open(io.BytesIO(data))
    pdf.Root.Names = Dictionary(Dests=Dictionary(Names=Array([String(SECRET), Array([pdf.pages[0].obj,
                                                                                     Name.Fit])])))
    pdf.Root.Lang = String(SECRET)
    pdf.pages[0].obj.PieceInfo = _secret_value(pdf, "pi")
    buf = io.BytesIO()
    pdf.save(buf, fix_metadata_version=False)
    return buf.getvalue()


def test_target_removed(tmp_path: Path) -> None:
    out = _rebuild(_with_target(_base_bytes()), tmp_path)
    assert _leaks(out, SECRET) == []


def test_unrelated_content_kept(tmp_path: Path) -> None:
    data = _with_target(_base_bytes())
    out = _rebuild(data, tmp_path)
    assert _text(out) == _text(data)
    assert np.abs(_render(out).astype(int) - _render(data).astype(int)).max() <= 2
    with pikepdf.open(out) as pdf:
        images = [k for k, v in pdf.pages[0].Resources.XObject.items() if v.Subtype == Name.Image]
        assert images, "the image is kept"


def test_running_twice_is_harmless(tmp_path: Path) -> None:
    once = _rebuild(_with_target(_base_bytes()), tmp_path, "once.pdf")
    twice = _rebuild(once.read_bytes(), tmp_path, "twice.pdf")
    assert _text(twice) == _text(once)
    assert np.array_equal(_render(twice), _render(once))
    assert _rebuild(twice.read_bytes(), tmp_path, "thrice.pdf").read_bytes() == twice.read_bytes()


def test_clean_file_left_alone(tmp_path: Path) -> None:
    data = _base_bytes()
    out = _rebuild(data, tmp_path)
    assert _text(out) == _text(data)
    assert np.array_equal(_render(out), _render(data))
    with pikepdf.open(io.BytesIO(data)) as src, pikepdf.open(out) as dst:
        assert len(dst.pages) == len(src.pages)
        assert list(dst.pages[0].mediabox) == list(src.pages[0].mediabox)


def test_result_survives_save_and_reopen(tmp_path: Path) -> None:
    out = _rebuild(_with_target(_base_bytes()), tmp_path)
    with pikepdf.open(out) as pdf:
        assert not pdf.get_warnings()
        again = tmp_path / "again.pdf"
        pdf.save(again)
    doc = pymupdf.open(again)
    assert not doc.is_repaired
    doc.save(tmp_path / "mupdf.pdf", garbage=4)
    assert TEXT in _text(tmp_path / "mupdf.pdf")
    assert _leaks(again, SECRET) == []


def test_output_is_byte_reproducible(tmp_path: Path) -> None:
    data = _with_target(_base_bytes())
    a = _rebuild(data, tmp_path, "a.pdf").read_bytes()
    b = _rebuild(data, tmp_path, "b.pdf").read_bytes()
    assert a == b
    with pikepdf.open(io.BytesIO(a)) as pdf:
        assert "/ID" in pdf.trailer  # deterministic, not absent


def test_rotation_boxes_and_inherited_attributes(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    font = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    pages = pdf.make_indirect(Dictionary(Type=Name.Pages, Kids=Array(), Count=1,
                                         MediaBox=Array([10, 20, 410, 620]), Rotate=90,
                                         Resources=Dictionary(Font=Dictionary(F1=font))))
    content = pdf.make_stream(b"BT /F1 12 Tf 50 300 Td (Inherited) Tj ET")
    page = pdf.make_indirect(Dictionary(Type=Name.Page, Parent=pages, CropBox=Array([20, 30, 400, 600]),
                                        Contents=content))
    pages.Kids.append(page)
    pdf.Root.Pages = pages
    buf = io.BytesIO()
    pdf.save(buf, fix_metadata_version=False)
    out = _rebuild(buf.getvalue(), tmp_path)
    with pikepdf.open(out) as dst:
        p = dst.pages[0].obj
        assert list(p.MediaBox) == [10, 20, 410, 620] and list(p.CropBox) == [20, 30, 400, 600]
        assert p.Rotate == 90
    assert "Inherited" in _text(out)


@pytest.mark.parametrize("op", [b"/Tag /Prop0 DP", b"(Quimbyzz) PS"])
def test_other_operators_dropped(tmp_path: Path, op: bytes) -> None:
    pdf = pikepdf.new()
    pdf.pages.append(pikepdf.Page(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, 100, 100]),
        Contents=pdf.make_stream(b"0 0 1 rg " + op + b" 10 10 20 20 re f"),
        Resources=Dictionary(Properties=Dictionary(Prop0=Dictionary(T=String("Quimbyzz")))),
    )))
    buf = io.BytesIO()
    pdf.save(buf, fix_metadata_version=False)
    out = _rebuild(buf.getvalue(), tmp_path)
    assert _leaks(out, "Quimbyzz") == []
    assert np.array_equal(_render(out), _render(buf.getvalue()))


def test_output_bytes_do_not_follow_the_hash_seed(tmp_path: Path) -> None:
    """pikepdf gives dictionary keys as a set; copied in set order, object numbers (and so the
    bytes) changed with PYTHONHASHSEED from one run to the next. Two seeds, one output."""
    import os
    import subprocess
    import sys

    import pymupdf

    src = tmp_path / "many.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    for i, font in enumerate(("helv", "tiro", "cour", "hebo", "tibo", "cobo")):
        page.insert_text((72, 72 + 20 * i), f"Line {i} in an invented report", fontname=font)
    doc.save(src)
    doc.close()
    script = ("import sys; from pathlib import Path; from redactkit.burn.rebuild import rebuild_pdf; "
              "rebuild_pdf(Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]))")
    outs = []
    for seed in ("1", "2", "3"):
        dst = tmp_path / f"out{seed}.pdf"
        subprocess.run([sys.executable, "-c", script, str(src), str(dst)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outs.append(dst.read_bytes())
    assert outs[0] == outs[1] == outs[2]
