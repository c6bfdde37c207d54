"""Sanitize: strip everything from a PDF that could carry redacted content besides the page text.

One narrow, idempotent function per thing removed, each returning how much it
removed (a count, or a list for hidden text), and :func:`sanitize` applying
them all. They work on an open :class:`pymupdf.Document` in memory; the caller
saves it with a full (non-incremental) save and garbage collection so that the
unreferenced objects are really dropped from the file.

Removed:
    document information dictionary; XMP metadata (catalog and every object
    with ``/Metadata``); annotations of every kind (sticky notes, free text,
    popups, stamps, ink, file attachments, …); links; form fields (widgets)
    and the ``/AcroForm`` dictionary; embedded files; JavaScript and every other
    active action (:data:`ACTIVE_ACTIONS`: names tree, ``/OpenAction``, ``/AA``
    anywhere, ``/A`` of annotations, outline items and fields, stand-alone
    action objects); outline (bookmarks); page thumbnails; page labels;
    ``/PieceInfo`` (catalog and pages); the structure tree (``/StructTreeRoot``,
    ``/MarkInfo``: it may hold ``/Alt`` or ``/ActualText`` with names); hidden
    text (invisible render mode or fully transparent spans, e.g. an OCR layer).

Not removed here (the allowlist rebuild, :mod:`redactkit.burn.rebuild`, which writes every
release, drops all of these except the content-level items; this list is for callers of
sanitize alone):
    text in optional-content layers that are switched off (``/OCProperties``
    is kept; MuPDF does not extract such text, so neither ingest nor verify
    sees it); ``/ActualText`` or ``/Alt`` properties inside page content
    streams (marked content); text drawn white on white, text hidden under an
    image or drawn outside the MediaBox/CropBox; vector outlines of text;
    private data inside images (EXIF in embedded JPEGs), ICC profile text,
    font names; ``/Dests`` named destinations; the document ``/ID``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pymupdf
from pymupdf import mupdf

from ._glyphs import TEXT_FLAGS, hidden_span, iter_glyphs, pages

__all__ = [
    "ACTIVE_ACTIONS",
    "PDF_ANNOT_REDACT",
    "REDACT_IMAGE_NONE",
    "REDACT_IMAGE_PIXELS",
    "REDACT_LINE_ART_IF_COVERED",
    "REDACT_LINE_ART_NONE",
    "REDACT_TEXT_NONE",
    "REDACT_TEXT_REMOVE",
    "SanitizeReport",
    "action_type",
    "apply_rects",
    "is_active_action",
    "remove_actions",
    "remove_annotations",
    "remove_embedded_files",
    "remove_form_fields",
    "remove_hidden_text",
    "remove_javascript",
    "remove_links",
    "remove_metadata",
    "remove_outline",
    "remove_page_labels",
    "remove_piece_info",
    "remove_structure_tree",
    "remove_thumbnails",
    "remove_xmp",
    "sanitize",
    "sanitize_detailed",
]

_REF = re.compile(r"(\d+)\s+0\s+R")

# PyMuPDF's type stubs lack these constants.
PDF_ANNOT_REDACT: int = pymupdf.PDF_ANNOT_REDACT  # type: ignore[attr-defined]
REDACT_IMAGE_NONE: int = pymupdf.PDF_REDACT_IMAGE_NONE  # type: ignore[attr-defined]
REDACT_IMAGE_PIXELS: int = pymupdf.PDF_REDACT_IMAGE_PIXELS  # type: ignore[attr-defined]
REDACT_LINE_ART_NONE: int = pymupdf.PDF_REDACT_LINE_ART_NONE  # type: ignore[attr-defined]
REDACT_LINE_ART_IF_COVERED: int = pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED  # type: ignore[attr-defined]
REDACT_TEXT_NONE: int = pymupdf.PDF_REDACT_TEXT_NONE  # type: ignore[attr-defined]
REDACT_TEXT_REMOVE: int = pymupdf.PDF_REDACT_TEXT_REMOVE  # type: ignore[attr-defined]


#: Action types (``/S``) that run code, leave the document, send or load data, play media or
#: change what is shown (PDF 2.0, 12.6.4). Only ``/GoTo`` (a jump inside the document) is not
#: here; sanitize treats an action type it does not know as active too.
ACTIVE_ACTIONS = frozenset({
    "/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToR",
    "/GoToE", "/GoToDp", "/Rendition", "/Sound", "/Movie", "/Hide", "/Named", "/Thread",
    "/Trans", "/GoTo3DView", "/RichMediaExecute", "/SetOCGState",
})
#: Keys under which actions hang; an object whose text holds none of them is skipped quickly.
_ACTION_KEYS = re.compile(r"/(?:AA|A|S)(?=[\s()<>\[\]{}/%])")


@dataclass
class SanitizeReport:
    """What :func:`sanitize_detailed` removed.

    Attributes:
        counts: operation name → number of things removed.
        hidden_chars: invisible characters removed, as ``(page, char, x, y)``
            with the glyph centre in unrotated page space.
    """

    counts: dict[str, int] = field(default_factory=dict)
    hidden_chars: list[tuple[int, str, float, float]] = field(default_factory=list)


def apply_rects(page: pymupdf.Page, rects: Sequence[pymupdf.Rect], *, images: int, graphics: int,
                text: int) -> None:
    """Redact ``rects`` on ``page`` (rotation 0) with MuPDF, then discard the annotation objects.

    Goes to MuPDF directly (``pdf_create_annot`` + ``pdf_redact_page``, what
    ``Page.add_redact_annot`` / ``apply_redactions`` wrap): the wrappers build an
    appearance stream and an id for every annotation, scanning the page's annotations each
    time, and append an empty overlay content stream; with ~60 rectangles a page that was
    a fifth of burn's time. Every redaction annotation of the page is applied (callers
    remove a source's pending ones first). The annotation objects stay in the document
    until a garbage-collecting save (on a 500-page report with dense redactions that was
    70 MB held to the end); nothing refers to them any more, so they are nulled at once.
    """
    if not rects:
        return
    pdf_page = page._pdf_page()  # PyMuPDF's handle of the page (pinned version; tested)
    xrefs = []
    if images == REDACT_IMAGE_NONE and graphics == REDACT_LINE_ART_NONE:
        # A text-only pass: one annotation holding every rectangle as a quad. MuPDF's text
        # filter tests each glyph against every quad of an annotation exactly as against
        # the /Rect of one annotation per rectangle (the rectangle of the quad; the same
        # for links and free-text notes), but walks the page's annotations for every glyph:
        # with ~60 rectangles a page that walk was most of burn's text removal.
        annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
        for r in rects:
            quad = mupdf.fz_quad_from_rect(mupdf.FzRect(r.x0, r.y0, r.x1, r.y1))
            mupdf.pdf_add_annot_quad_point(annot, quad)
        xrefs.append(mupdf.pdf_to_num(mupdf.pdf_annot_obj(annot)))
    else:
        for r in rects:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(r.x0, r.y0, r.x1, r.y1))
            xrefs.append(mupdf.pdf_to_num(mupdf.pdf_annot_obj(annot)))
    opts = mupdf.PdfRedactOptions()
    opts.black_boxes = 0
    opts.text = text
    opts.image_method = images
    opts.line_art = graphics
    if not mupdf.pdf_redact_page(pdf_page.doc(), pdf_page, opts):
        raise RuntimeError(f"MuPDF could not apply the redactions of page {page.number + 1}")
    doc = page.parent
    for xref in xrefs:
        kind, value = doc.xref_get_key(xref, "AP/N")
        if kind == "xref":
            doc.update_object(int(value.split()[0]), "null")
        doc.update_object(xref, "null")


def _is_null(value: tuple[str, str]) -> bool:
    return value[0] == "null" or value[1] in ("", "null")


def _drop_key(doc: pymupdf.Document, xref: int, key: str) -> int:
    if _is_null(doc.xref_get_key(xref, key)):
        return 0
    doc.xref_set_key(xref, key, "null")
    return 1


def _refs(doc: pymupdf.Document, xref: int, key: str) -> list[int]:
    kind, value = doc.xref_get_key(xref, key)
    if kind == "xref":  # an indirect array
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    return [int(m.group(1)) for m in _REF.finditer(value)] if kind in ("array", "xref") else []


def remove_metadata(doc: pymupdf.Document) -> int:
    """Empty the document information dictionary.

    Returns:
        The number of non-empty entries removed.
    """
    meta = doc.metadata or {}
    n = sum(1 for k, v in meta.items() if v and k not in ("format", "encryption"))
    if n or not _is_null(doc.xref_get_key(-1, "Info")):
        doc.set_metadata({})
    # MuPDF keeps an /Info in the catalog of documents it created; drop it too.
    _drop_key(doc, doc.pdf_catalog(), "Info")
    return n


def remove_xmp(doc: pymupdf.Document) -> int:
    """Remove XMP metadata streams: the catalog's and any other object's ``/Metadata``.

    Returns:
        The number of ``/Metadata`` references removed.
    """
    n = 0
    for xref in range(1, doc.xref_length()):
        try:
            n += _drop_key(doc, xref, "Metadata")
        except Exception:  # a free or broken object
            continue
    return n


def remove_links(doc: pymupdf.Document) -> int:
    """Remove every link on every page.

    Deletes the link entries of each page's ``/Annots`` array through MuPDF's object API,
    not PyMuPDF's link list: walking that list pairs the links MuPDF loaded with the page
    against the current ``/Annots`` entries, and after a redaction had dropped an
    overlapping link from ``/Annots`` while the loaded page still listed it, the walk raised
    ``IndexError`` (a real form failed to burn with "list index out of range"). Entries
    written as direct dictionaries, which PyMuPDF cannot delete, go too.

    Returns:
        The number of links removed.
    """
    n = 0
    annots_key, subtype, link = (mupdf.pdf_new_name(k) for k in ("Annots", "Subtype", "Link"))
    for page in pages(doc):
        annots = mupdf.pdf_dict_get(page._pdf_page().obj(), annots_key)  # the pinned version; tested
        if not mupdf.pdf_is_array(annots):
            continue
        for i in reversed(range(mupdf.pdf_array_len(annots))):
            if mupdf.pdf_name_eq(mupdf.pdf_dict_get(mupdf.pdf_array_get(annots, i), subtype), link):
                mupdf.pdf_array_delete(annots, i)
                n += 1
    return n


def remove_form_fields(doc: pymupdf.Document) -> int:
    """Remove all widgets (form fields with their values) and the ``/AcroForm`` dictionary.

    Returns:
        The number of widgets removed, plus one if an ``/AcroForm`` was dropped.
    """
    n = 0
    for page in pages(doc):
        widget = page.first_widget
        while widget is not None:
            nxt = widget.next
            page.delete_widget(widget)
            n += 1
            widget = nxt
    n += _drop_key(doc, doc.pdf_catalog(), "AcroForm")
    return n


def remove_annotations(doc: pymupdf.Document) -> int:
    """Remove every annotation except links and widgets (see their own functions).

    Covers sticky notes, free text, popups, stamps, ink, file attachments,
    sounds, redaction annotations that were never applied, and any other subtype.

    Returns:
        The number of annotations removed.
    """
    n = 0
    for page in pages(doc):
        for xref in [a.xref for a in page.annots()]:
            annot = page.load_annot(xref)
            if annot is not None:
                page.delete_annot(annot)
                n += 1
        # Popups and anything PyMuPDF does not list: rewrite /Annots at object level.
        refs = _refs(doc, page.xref, "Annots")
        if not refs:
            continue
        keep = [x for x in refs if doc.xref_get_key(x, "Subtype")[1] in ("/Link", "/Widget")]
        if len(keep) != len(refs):
            n += len(refs) - len(keep)
            value = "[" + " ".join(f"{x} 0 R" for x in keep) + "]" if keep else "null"
            doc.xref_set_key(page.xref, "Annots", value)
    return n


def remove_embedded_files(doc: pymupdf.Document) -> int:
    """Remove embedded files (the ``/EmbeddedFiles`` names tree).

    File attachment annotations are removed by :func:`remove_annotations`.

    Returns:
        The number of embedded files removed.
    """
    names = doc.embfile_names()
    for name in names:
        doc.embfile_del(name)
    n = len(names)
    if _drop_key(doc, doc.pdf_catalog(), "Names/EmbeddedFiles") and not n:
        n = 1
    return n


def action_type(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    """The action type (``/S``) of the action stored under ``key`` of object ``xref``
    (direct or indirect), or None when there is no action dictionary there."""
    kind, value = doc.xref_get_key(xref, key)
    if kind in ("null", "array", "name", "string", "int", "float", "bool") or value in ("", "null"):
        return None
    s_kind, s_value = doc.xref_get_key(xref, f"{key}/S")
    return s_value if s_kind == "name" else None


def is_active_action(doc: pymupdf.Document, xref: int, key: str) -> bool:
    """True when ``key`` of object ``xref`` holds an action that is not a plain ``/GoTo``
    (any type in :data:`ACTIVE_ACTIONS`, or one we do not know), or a ``/GoTo`` that
    chains further actions through ``/Next``."""
    s = action_type(doc, xref, key)
    if s is None:
        return False
    return s != "/GoTo" or not _is_null(doc.xref_get_key(xref, f"{key}/Next"))


def _object_text(doc: pymupdf.Document, xref: int) -> str:
    try:
        return str(doc.xref_object(xref, compressed=True))
    except Exception:  # a free or broken object
        return ""


def remove_actions(doc: pymupdf.Document) -> int:
    """Remove JavaScript and every other active action (:data:`ACTIVE_ACTIONS`), wherever it hangs.

    Drops the ``/JavaScript`` names tree; an ``/OpenAction`` that is an action (a plain
    destination is kept); every ``/AA`` (additional actions: catalog, pages, annotations,
    form fields); every ``/A`` that holds an active action (annotations, outline items,
    fields); and nulls any stand-alone action object of an active type (one reachable only
    through ``/Next`` chains or unknown keys). A ``/GoTo`` (a jump inside the document)
    without ``/Next`` is not active and is kept.

    Returns:
        The number of items removed.
    """
    n = 0
    cat = doc.pdf_catalog()
    n += _drop_key(doc, cat, "Names/JavaScript")
    if action_type(doc, cat, "OpenAction") is not None:
        doc.xref_set_key(cat, "OpenAction", "null")
        n += 1
    for xref in range(1, doc.xref_length()):
        text = _object_text(doc, xref)
        if not _ACTION_KEYS.search(text):
            continue
        try:
            n += _drop_key(doc, xref, "AA")
            if is_active_action(doc, xref, "A"):
                doc.xref_set_key(xref, "A", "null")
                n += 1
            s_kind, s_value = doc.xref_get_key(xref, "S")
            if s_kind == "name" and s_value in ACTIVE_ACTIONS:
                doc.update_object(xref, "null")
                n += 1
        except Exception:  # a free or broken object
            continue
    return n


#: The former name of :func:`remove_actions` (it removes every active action, not only JavaScript).
remove_javascript = remove_actions


def remove_outline(doc: pymupdf.Document) -> int:
    """Remove the outline (bookmarks).

    Returns:
        The number of outline entries removed (at least 1 if an empty ``/Outlines`` existed).
    """
    n = len(doc.get_toc(simple=True))
    if n:
        doc.set_toc([])
    if _drop_key(doc, doc.pdf_catalog(), "Outlines") and not n:
        n = 1
    return n


def remove_thumbnails(doc: pymupdf.Document) -> int:
    """Remove page thumbnail images (``/Thumb``).

    Returns:
        The number of thumbnails removed.
    """
    return sum(int(_drop_key(doc, page.xref, "Thumb")) for page in pages(doc))


def remove_page_labels(doc: pymupdf.Document) -> int:
    """Remove page labels (``/PageLabels``), which can hold arbitrary text.

    Returns:
        The number of label ranges removed (at least 1 if a tree existed).
    """
    n = len(doc.get_page_labels())
    if _drop_key(doc, doc.pdf_catalog(), "PageLabels") and not n:
        n = 1
    return n


def remove_piece_info(doc: pymupdf.Document) -> int:
    """Remove private application data (``/PieceInfo``) from the catalog and pages.

    Returns:
        The number of ``/PieceInfo`` dictionaries removed.
    """
    n = _drop_key(doc, doc.pdf_catalog(), "PieceInfo")
    return n + sum(int(_drop_key(doc, page.xref, "PieceInfo")) for page in pages(doc))


def remove_structure_tree(doc: pymupdf.Document) -> int:
    """Remove the logical structure tree and ``/MarkInfo`` (``/Alt``, ``/ActualText`` may name people).

    Returns:
        The number of keys removed.
    """
    cat = doc.pdf_catalog()
    return _drop_key(doc, cat, "StructTreeRoot") + _drop_key(doc, cat, "MarkInfo")


def remove_hidden_text(doc: pymupdf.Document) -> list[tuple[int, str, float, float]]:
    """Remove invisible text (render mode 3, transparent text, an OCR layer).

    Unlike ``Document.scrub(hidden_text=True)``, which redacts each hidden
    span's tall box and so can take visible glyphs of neighbouring lines with
    it, this removes each hidden glyph with a 0.1 pt rectangle at its centre,
    leaves images and drawings alone, and does not apply any other pending
    redaction annotation. Note: on a scanned page this deletes the whole OCR
    text layer; the page is then no longer searchable.

    Returns:
        The removed characters as ``(page, char, x, y)``, glyph centres in
        unrotated page space.
    """
    removed: list[tuple[int, str, float, float]] = []
    flags = TEXT_FLAGS | pymupdf.TEXT_COLLECT_STYLES
    for page in pages(doc):
        rotation = page.rotation
        if rotation:
            page.set_rotation(0)
        try:
            rects: list[pymupdf.Rect] = []
            span: dict[str, object] | None = None
            in_hidden = False
            # The glyph walk (rawdict: a dict per character) only on a page with a hidden
            # span: "dict" has the same spans with the same attributes, without the
            # characters, at a fraction of the cost; most pages have none.
            glyphs = iter_glyphs(page, flags=flags) if _may_hide_text(page, flags) else iter(())
            for g in glyphs:
                if g.span is not span:
                    span, in_hidden = g.span, hidden_span(g.span)
                if not in_hidden:
                    continue
                x0, y0, x1, y1 = g.bbox
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                rects.append(pymupdf.Rect(cx - 0.05, cy - 0.05, cx + 0.05, cy + 0.05))
                removed.append((page.number, g.c, cx, cy))
            if rects:
                # Pending redactions of the source must not be applied as a side effect.
                for annot in list(page.annots(types=(PDF_ANNOT_REDACT,))):
                    page.delete_annot(annot)
                apply_rects(page, rects, images=REDACT_IMAGE_NONE, graphics=REDACT_LINE_ART_NONE,
                            text=REDACT_TEXT_REMOVE)
        finally:
            if rotation:
                page.set_rotation(rotation)
    return removed


def _may_hide_text(page: pymupdf.Page, flags: int) -> bool:
    """:func:`_has_hidden_span` with ``flags``, asked only when the page's extraction without
    ``TEXT_COLLECT_STYLES`` has a hidden span too. Collecting styles costs about ten times
    the plain extraction (MuPDF looks for underlines and fake bold), and it only adds to what
    the plain one sees: it merges a glyph drawn twice (fill then stroke or clip, text printed
    twice) into one that keeps the first drawing's colour and both flags, while the plain
    extraction keeps the first drawing's glyph and every later one of another text object. A
    span hidden with styles is therefore hidden without them; the plain answer "none" is
    final (checked for every text render mode with fill and stroke alpha 0 and 1, and on every
    sample page)."""
    return _has_hidden_span(page, TEXT_FLAGS) and _has_hidden_span(page, flags)


def _has_hidden_span(page: pymupdf.Page, flags: int) -> bool:
    """Does any text span of ``page`` pass :func:`hidden_span`? (Spans as ``rawdict`` has them.)"""
    for block in page.get_text("dict", flags=flags)["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            if any(hidden_span(span) for span in line["spans"]):
                return True
    return False


def sanitize_detailed(doc: pymupdf.Document, *, hidden_text: bool = True) -> SanitizeReport:
    """Apply every sanitize operation and report what each removed.

    Args:
        doc: an open PDF, modified in place.
        hidden_text: also remove invisible text (see :func:`remove_hidden_text`).

    Returns:
        A :class:`SanitizeReport`.
    """
    report = SanitizeReport()
    if hidden_text:
        report.hidden_chars = remove_hidden_text(doc)
        report.counts["hidden_text"] = len(report.hidden_chars)
    report.counts["links"] = remove_links(doc)
    report.counts["form_fields"] = remove_form_fields(doc)
    report.counts["annotations"] = remove_annotations(doc)
    report.counts["embedded_files"] = remove_embedded_files(doc)
    report.counts["actions"] = remove_actions(doc)
    report.counts["outline"] = remove_outline(doc)
    report.counts["thumbnails"] = remove_thumbnails(doc)
    report.counts["page_labels"] = remove_page_labels(doc)
    report.counts["piece_info"] = remove_piece_info(doc)
    report.counts["structure_tree"] = remove_structure_tree(doc)
    report.counts["metadata"] = remove_metadata(doc)
    report.counts["xmp"] = remove_xmp(doc)
    return report


def sanitize(doc: pymupdf.Document, *, hidden_text: bool = True) -> dict[str, int]:
    """Apply every sanitize operation to ``doc`` in place.

    Args:
        doc: an open PDF.
        hidden_text: also remove invisible text.

    Returns:
        Operation name → number of things removed.
    """
    return sanitize_detailed(doc, hidden_text=hidden_text).counts
