"""Structure checks: nothing active or hidden left, and the output opens in a second parser (qpdf).
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from ..model import Check, Redaction
from ..pdf import pages
from ..pdf.navigation import MAX_LABEL, needles, unsafe_reason, vocabulary
from ..pdf.sanitize import ACTIVE_ACTIONS

__all__ = [
    "OUTLINE_ITEM_KEYS",
    "check_navigation_safe",
    "check_no_actions",
    "check_opens_in_qpdf",
    "check_structure_clean",
]


#: Keys an outline item of a release may have (the rebuild writes no others).
OUTLINE_ITEM_KEYS = frozenset({"Title", "Dest", "Parent", "First", "Last", "Next", "Prev", "Count"})


def check_structure_clean(doc: pymupdf.Document) -> Check:
    """No annotations, widgets, embedded files, metadata, XMP or JavaScript names tree
    (an outline is allowed: :func:`check_navigation_safe` reads it)."""
    problems: list[str] = []
    for page in pages(doc):
        kind, value = doc.xref_get_key(page.xref, "Annots")
        if kind == "xref":  # an indirect array: look inside it (it may be empty)
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        if kind not in ("null",) and re.search(r"\d+\s+0\s+R", value):
            problems.append(f"page {page.number + 1} has annotations/widgets")
    if doc.embfile_count():
        problems.append(f"{doc.embfile_count()} embedded file(s)")
    meta = {k: v for k, v in (doc.metadata or {}).items() if v and k not in ("format", "encryption")}
    if meta:
        problems.append(f"metadata: {sorted(meta)}")
    if doc.get_xml_metadata():
        problems.append("XMP metadata present")
    cat = doc.pdf_catalog()
    if doc.xref_get_key(cat, "Names/JavaScript")[0] != "null":
        problems.append("JavaScript names tree present")
    if doc.xref_get_key(cat, "AcroForm")[0] != "null":
        problems.append("AcroForm present")
    if doc.xref_get_key(cat, "OpenAction/S")[0] != "null":
        problems.append("OpenAction action present")
    if problems:
        return Check("structure_clean", False, "; ".join(problems))
    return Check("structure_clean", True, "no annotations, forms, attachments, metadata or scripts")


def _outline_items(doc: pymupdf.Document) -> list[int]:
    """Xrefs of every outline item (depth first; a loop is cut)."""
    cat = doc.pdf_catalog()
    kind, first = doc.xref_get_key(cat, "Outlines/First")
    todo = [int(first.split()[0])] if kind == "xref" else []
    seen: list[int] = []
    while todo and len(seen) < 100_000:
        xref = todo.pop()
        if xref in seen:
            continue
        seen.append(xref)
        for key in ("Next", "First"):
            k, v = doc.xref_get_key(xref, key)
            if k == "xref":
                todo.append(int(v.split()[0]))
    return seen


def check_navigation_safe(doc: pymupdf.Document, redactions: list[Redaction]) -> Check:
    """Outline titles and page labels of the output hold no redacted string and no
    structured identifier by pattern (:func:`redactkit.pdf.navigation.unsafe_reason`), and
    no word the output's pages do not show; and outline items carry only
    :data:`OUTLINE_ITEM_KEYS` (fail closed)."""
    found = needles(r.text for r in redactions if r.status != "rejected")
    items = _outline_items(doc)
    try:
        labelled = bool(doc.get_page_labels())
    except Exception as exc:
        return Check("navigation_safe", False, f"page labels unreadable ({exc})")
    if not items and not labelled:
        return Check("navigation_safe", True, "no outline and no page labels")
    words = vocabulary(doc[i].get_text() for i in range(doc.page_count))
    problems: list[str] = []
    for xref in items:
        extra = sorted(set(doc.xref_get_keys(xref)) - OUTLINE_ITEM_KEYS)
        if extra:
            problems.append(f"outline item {xref} has {', '.join('/' + k for k in extra)}")
        kind, title = doc.xref_get_key(xref, "Title")
        why = unsafe_reason(title if kind == "string" else "", found, words)
        if why:
            problems.append(f"outline item {xref}: title {why}")
    if labelled:
        for i in range(doc.page_count):
            why = unsafe_reason(doc[i].get_label() or "", found, words, MAX_LABEL)
            if why:
                problems.append(f"page {i + 1}: label {why}")
    if problems:
        return Check("navigation_safe", False, "; ".join(problems[:5]))
    return Check("navigation_safe", True, "outline titles and page labels hold no redacted string "
                 "and no identifier by pattern")


def check_opens_in_qpdf(output_path: Path, pages: int, *, mupdf_repaired: bool = False) -> Check:
    """The output opens cleanly in pikepdf (qpdf) with ``pages`` pages, and MuPDF did not repair it."""
    import pikepdf  # lazy: only for the qpdf cross-check

    problems: list[str] = []
    if mupdf_repaired:
        problems.append("MuPDF had to repair the output")
    try:
        with pikepdf.open(output_path) as pdf:
            count = len(pdf.pages)
            warnings = [str(w) for w in pdf.get_warnings()]
    except Exception as exc:  # qpdf refuses the file (too deep a page tree, broken xref...)
        problems.append(f"pikepdf (qpdf) cannot open the output: {exc}")
    else:
        if count != pages:
            problems.append(f"pikepdf (qpdf) counts {count} page(s), the source has {pages}")
        if warnings:
            problems.append("qpdf warns: " + "; ".join(warnings[:3]))
    if problems:
        return Check("opens_in_qpdf", False, "; ".join(problems))
    return Check("opens_in_qpdf", True, f"pikepdf (qpdf) opens the output: {pages} page(s)")


_ACTION_KEY = re.compile(r"/(?:AA|A|S|OpenAction)(?=[\s()<>\[\]{}/%])")


def _action_at(doc: pymupdf.Document, xref: int, key: str) -> str | None:
    """The ``/S`` of an action under ``key`` of ``xref``; ``""`` for a GoTo that chains
    ``/Next`` actions; None when there is none, or it is a plain GoTo."""
    kind, value = doc.xref_get_key(xref, key)
    if kind in ("null", "array", "name", "string", "int", "float", "bool") or value in ("", "null"):
        return None
    s_kind, s_value = doc.xref_get_key(xref, f"{key}/S")
    if s_kind != "name":
        return None
    if s_value == "/GoTo":
        nxt = doc.xref_get_key(xref, f"{key}/Next")
        return "/GoTo with /Next" if nxt[0] != "null" and nxt[1] not in ("", "null") else None
    return s_value


def check_no_actions(doc: pymupdf.Document) -> Check:
    """No active action anywhere in the output (every object is read, reachable or not)."""
    problems: list[str] = []
    cat = doc.pdf_catalog()
    if doc.xref_get_key(cat, "Names/JavaScript")[0] != "null":
        problems.append("JavaScript names tree")
    opening = _action_at(doc, cat, "OpenAction")
    if opening is not None:
        problems.append(f"/OpenAction {opening}")
    for xref in range(1, doc.xref_length()):
        try:
            text = str(doc.xref_object(xref, compressed=True))
        except Exception:  # a free object
            continue
        if not _ACTION_KEY.search(text):
            continue
        aa = doc.xref_get_key(xref, "AA")
        if aa[0] != "null" and aa[1] not in ("", "null"):
            problems.append(f"object {xref}: additional actions (/AA)")
        action = _action_at(doc, xref, "A")
        if action is not None:
            problems.append(f"object {xref}: /A {action} action")
        s_kind, s_value = doc.xref_get_key(xref, "S")
        if s_kind == "name" and s_value in ACTIVE_ACTIONS:
            problems.append(f"object {xref}: {s_value} action")
    if problems:
        return Check("no_active_content", False, "; ".join(problems[:5]) +
                     (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""))
    return Check("no_active_content", True, "no JavaScript, launch, URI, form-submit or other actions")
