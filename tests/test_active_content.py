"""Active content: every action type, wherever it can hang, is removed by sanitize and caught by verify.

Test PDFs are built with pikepdf. For each action type (:data:`redactkit.pdf.sanitize.ACTIVE_ACTIONS`)
one PDF carries it in every place an action can hang: ``/OpenAction``, catalog ``/AA``, page
``/AA``, a link annotation's ``/A``, a widget's ``/AA``, an outline item's ``/A``, a form
field's ``/AA``, a ``/Next`` chain behind a harmless GoTo, and (JavaScript) the names tree.
Each is checked the pikepdf way: gone after sanitizing, unrelated content kept (text, a GoTo
link, a plain-destination bookmark), running twice harmless, a clean file untouched, and the
result survives save and reopen.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pymupdf
import pytest
from pikepdf import Array, Dictionary, Name, String

from redactkit.pdf import sanitize as sz
from redactkit.verify import check_no_actions

TEXT = "Incident report 24-001 kitchen"

#: Each action type with the entries it needs (values invented, harmless).
ACTIONS: dict[str, dict[str, object]] = {
    "/JavaScript": {"/JS": String("app.alert('x')")},
    "/Launch": {"/F": String("calc.exe")},
    "/URI": {"/URI": String("https://example.invalid/track")},
    "/SubmitForm": {"/F": Dictionary(FS=Name.URL, F=String("https://example.invalid/submit"))},
    "/ImportData": {"/F": String("data.fdf")},
    "/ResetForm": {},
    "/GoToR": {"/F": String("other.pdf"), "/D": Array([0, Name.Fit])},
    "/GoToE": {"/D": Array([0, Name.Fit]), "/T": Dictionary(R=Name.C, N=String("a"))},
    "/GoToDp": {"/Dp": String("x")},
    "/Rendition": {"/OP": 0, "/JS": String("play()")},
    "/Sound": {"/Volume": 1.0},
    "/Movie": {"/T": String("clip")},
    "/Hide": {"/T": String("victim")},
    "/Named": {"/N": Name.Print},
    "/Thread": {"/D": 0},
    "/Trans": {"/Trans": Dictionary(S=Name.Dissolve)},
    "/GoTo3DView": {"/V": 0},
    "/RichMediaExecute": {"/CMD": Dictionary(C=String("play"))},
    "/SetOCGState": {"/State": Array([Name.ON])},
}
TYPES = sorted(ACTIONS)


def test_every_listed_action_type_is_tested() -> None:
    assert set(ACTIONS) == set(sz.ACTIVE_ACTIONS)


def _action(pdf: pikepdf.Pdf, kind: str, indirect: bool = True) -> pikepdf.Object:
    d = Dictionary(Type=Name.Action, S=Name(kind))
    for k, v in ACTIONS[kind].items():
        d[k] = v
    return pdf.make_indirect(d) if indirect else d


def _base(path: Path) -> Path:
    """A clean one-page PDF with text, a GoTo link, and a bookmark with a plain destination."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.insert_text((72, 100), TEXT, fontsize=11)
    doc.save(path)
    doc.close()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page_obj = pdf.pages[0].obj
        goto = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[10, 10, 50, 50],
                          A=Dictionary(S=Name.GoTo, D=Array([page_obj, Name.Fit])))
        page_obj.Annots = pdf.make_indirect(Array([pdf.make_indirect(goto)]))
        item = pdf.make_indirect(Dictionary(Title=String("Page one"), Dest=Array([page_obj, Name.Fit])))
        outlines = pdf.make_indirect(Dictionary(Type=Name.Outlines, First=item, Last=item, Count=1))
        item.Parent = outlines
        pdf.Root.Outlines = outlines
        pdf.save(path)
    return path


def _with_action(path: Path, kind: str) -> Path:
    """``_base`` plus ``kind`` in every place an action can hang."""
    _base(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        root, page = pdf.Root, pdf.pages[0].obj
        root.OpenAction = _action(pdf, kind)
        root.AA = Dictionary(WC=_action(pdf, kind, indirect=False))
        page.AA = Dictionary(O=_action(pdf, kind))
        link = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[60, 60, 90, 90],
                                            A=_action(pdf, kind, indirect=False)))
        field = pdf.make_indirect(Dictionary(FT=Name.Tx, T=String("victim"),
                                             AA=Dictionary(K=_action(pdf, kind))))
        widget = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Widget, Rect=[100, 100, 200, 120],
                                              Parent=field, P=page, AA=Dictionary(U=_action(pdf, kind))))
        field.Kids = Array([widget])
        root.AcroForm = Dictionary(Fields=Array([field]))
        chained = pdf.make_indirect(Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[100, 60, 130, 90],
                                               A=Dictionary(S=Name.GoTo, D=Array([page, Name.Fit]),
                                                            Next=_action(pdf, kind))))
        page.Annots.extend([link, widget, chained])
        item = pdf.make_indirect(Dictionary(Title=String("Run"), A=_action(pdf, kind), Parent=root.Outlines,
                                            Prev=root.Outlines.First))
        root.Outlines.First.Next = item
        root.Outlines.Last = item
        root.Outlines.Count = 2
        if kind == "/JavaScript":
            root.Names = Dictionary(JavaScript=Dictionary(Names=Array([String("a"), _action(pdf, kind)])))
        pdf.save(path)
    return path


def _actions_left(path: Path) -> list[str]:
    """Every active action pikepdf can find in the file (an independent reader of the result)."""
    found: list[str] = []
    with pikepdf.open(path) as pdf:
        if "/Names" in pdf.Root and "/JavaScript" in pdf.Root.Names:
            found.append("names tree")
        for obj in pdf.objects:
            if not isinstance(obj, Dictionary):
                continue
            if "/AA" in obj:
                found.append("AA")
            for key in ("/A", "/OpenAction", "/Next"):
                act = obj.get(key)
                if isinstance(act, Dictionary) and act.get("/S") not in (None, Name.GoTo):
                    found.append(f"{key} {act.get('/S')}")
            if obj.get("/S") in [Name(k) for k in sz.ACTIVE_ACTIONS]:
                found.append(f"object {obj.get('/S')}")
    return found


def _kept(path: Path) -> None:
    """What sanitizing actions must leave: text, the GoTo link, the plain-destination bookmark."""
    with pymupdf.open(path) as doc:
        assert TEXT in doc[0].get_text()
        assert [e[1] for e in doc.get_toc()][:1] == ["Page one"]
        assert any(link.get("kind") == pymupdf.LINK_GOTO for link in doc[0].get_links())


def _sanitize_file(src: Path, dst: Path) -> int:
    with pymupdf.open(src) as doc:
        n = sz.remove_actions(doc)
        doc.save(dst, garbage=4, deflate=True, clean=True)
    return n


@pytest.mark.parametrize("kind", TYPES)
def test_action_removed_everywhere_and_unrelated_kept(kind: str, tmp_path: Path) -> None:
    src = _with_action(tmp_path / "in.pdf", kind)
    assert len(_actions_left(src)) >= 7, "fixture did not add the actions"
    with pymupdf.open(src) as doc:
        assert not check_no_actions(doc).passed
    out = tmp_path / "out.pdf"
    assert _sanitize_file(src, out) >= 7
    assert _actions_left(out) == []
    _kept(out)
    with pymupdf.open(out) as doc:
        check = check_no_actions(doc)
        assert check.passed, check.detail


@pytest.mark.parametrize("kind", TYPES)
def test_twice_is_harmless(kind: str, tmp_path: Path) -> None:
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    _sanitize_file(_with_action(tmp_path / "in.pdf", kind), once)
    assert _sanitize_file(once, twice) == 0
    assert _actions_left(twice) == []
    _kept(twice)


def test_clean_file_left_alone(tmp_path: Path) -> None:
    src = _base(tmp_path / "clean.pdf")
    with pymupdf.open(src) as doc:
        before = [doc.xref_object(x, compressed=True) for x in range(1, doc.xref_length())]
        assert sz.remove_actions(doc) == 0
        assert [doc.xref_object(x, compressed=True) for x in range(1, doc.xref_length())] == before
        assert check_no_actions(doc).passed
    _kept(src)


@pytest.mark.parametrize("kind", ["/JavaScript", "/Launch", "/URI", "/SubmitForm"])
def test_survives_save_and_reopen(kind: str, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    _sanitize_file(_with_action(tmp_path / "in.pdf", kind), out)
    again = tmp_path / "again.pdf"
    with pikepdf.open(out) as pdf:  # a second writer, then read back by both libraries
        pdf.save(again)
    assert _actions_left(again) == []
    with pymupdf.open(again) as doc:
        assert check_no_actions(doc).passed
    _kept(again)
    assert b"calc.exe" not in again.read_bytes() and b"example.invalid" not in again.read_bytes()


def test_sanitize_reports_actions(tmp_path: Path) -> None:
    src = _with_action(tmp_path / "in.pdf", "/Launch")
    with pymupdf.open(src) as doc:
        counts = sz.sanitize(doc)
        assert counts["actions"] >= 1
        assert check_no_actions(doc).passed


def test_redacted_output_has_no_actions(shared_redactor: object, tmp_path: Path) -> None:
    """The whole redact path: a source carrying every action type gives a release with none,
    and verification runs the ``no_active_content`` check."""
    from redactkit import Redactor

    assert isinstance(shared_redactor, Redactor)
    src = _base(tmp_path / "actions.pdf")
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0].obj
        page.AA = Dictionary({f"/K{i}": _action(pdf, kind) for i, kind in enumerate(TYPES)})
        pdf.Root.OpenAction = _action(pdf, "/Launch")
        pdf.save(src)
    out = tmp_path / "out.pdf"
    log = shared_redactor.redact(src, out)
    assert _actions_left(out) == []
    assert log.verification is not None
    check = next(c for c in log.verification.checks if c.name == "no_active_content")
    assert check.passed
