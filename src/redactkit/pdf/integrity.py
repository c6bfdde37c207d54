"""Integrity of source PDFs: repaired, truncated and damaged input is never silent.

MuPDF opens almost anything: a truncated file, a file whose cross-reference table
is wrong, a page tree with a loop. It repairs what it can and quietly leaves out the
rest, so a record cut in half redacts and verifies cleanly -- and releases half a
record. This module finds out what a repair lost:

- MuPDF's own messages (its warnings store; they are never printed, see
  :func:`quiet_mupdf`) while the document is opened and every page is read;
- for a repaired file: every object another object refers to must exist, and every
  stream must decode;
- the page tree walked independently of MuPDF (loops, a ``/Count`` that is not the
  number of pages);
- a second, independent parser (pikepdf, i.e. qpdf) must count the same pages.

A repair that recovered everything (a wrong ``startxref``, shifted xref offsets) is
reported as a note in the log; anything lost is a *problem*, and problems make
ingest raise :class:`~redactkit.errors.DamagedDocumentError` unless the caller
allowed repaired input.

MuPDF messages go to the ``redactkit.pdf`` logger, never to stdout or stderr.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

__all__ = [
    "Assessment",
    "DAMAGED_WARNING",
    "PageTree",
    "REPAIRED_NOTE",
    "assess",
    "drain_messages",
    "drop_dangling_references",
    "keep_usable_pages",
    "lost_messages",
    "pages_losing",
    "pikepdf_page_count",
    "quiet_mupdf",
    "unusable_pages",
    "walk_page_tree",
]

LOG = logging.getLogger("redactkit.pdf")
#: A library does not print: without a handler configured by the host, Python's
#: last-resort handler would write these warnings to stderr.
LOG.addHandler(logging.NullHandler())


def printable(message: str) -> str:
    """``message`` with lone surrogates written as ``\\udcxx`` escapes.

    MuPDF quotes the raw bytes of a damaged file in its messages (PyMuPDF decodes them with
    ``surrogateescape``); such a string cannot be encoded as UTF-8, so a log file, a JSON report
    or a worker's pipe would fail on it instead of reporting the damage."""
    return message.encode("utf-8", "backslashreplace").decode("utf-8")


class _PrintableFilter(logging.Filter):
    """Makes every record of :data:`LOG` (MuPDF's messages are routed here) encodable as UTF-8."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = printable(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(printable(a) if isinstance(a, str) else a for a in record.args)
        return True


LOG.addFilter(_PrintableFilter())

#: Prefix of the log warning written when damaged input was released with
#: ``allow_repaired``; the exemption index looks for it.
DAMAGED_WARNING = "damaged input released (allow_repaired)"
#: Prefix of the note for a repair that lost nothing.
REPAIRED_NOTE = "repaired input"

#: MuPDF messages that only say a repair happened (what it lost shows up otherwise).
_REPAIR_BANNERS = (
    "format error: cannot recognize xref format",
    "format error: cannot find startxref",
    "trying to repair broken xref",
    "repairing PDF document",
    "format error: cannot read xref",
)
#: MuPDF's fast page-tree loader gives up on deep trees with "cycle in page tree";
#: :func:`walk_page_tree` decides about real loops itself.
_PAGE_TREE_FALLBACK = (
    "format error: cycle in page tree",
    "Page tree load failed. Falling back to slow lookup",
)
#: In a file MuPDF did not repair, messages that mean something could not be read.
_LOSS = re.compile(
    r"cannot (load|find|read|open|parse)|missing|not a stream|non-page object|premature|"
    r"unexpected (end|eof)|truncated|read error|corrupt|invalid (page|xref|object)|"
    r"Length incorrect|expected 'endobj'|no such object",
    re.IGNORECASE,
)
#: MuPDF folds repeats of the previous message into this one.
_REPEATED = re.compile(r"^\.\.\. repeated \d+ times\.\.\.$")
_REF = re.compile(r"(\d+)\s+(\d+)\s+R\b")

_quiet = False


def quiet_mupdf() -> None:
    """Stop MuPDF printing its errors and warnings; they stay in its warnings store.

    Idempotent. PyMuPDF's other user messages go to the ``redactkit.pdf`` logger.
    """
    global _quiet
    if _quiet:
        return
    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    pymupdf.set_messages(pylogging_logger=LOG, pylogging_level=logging.WARNING)
    _quiet = True


def drain_messages(source: str | Path | None = None) -> list[str]:
    """Take MuPDF's collected messages out of its store and log them on ``redactkit.pdf``."""
    quiet_mupdf()
    text = pymupdf.TOOLS.mupdf_warnings(reset=True)
    messages = [printable(m) for m in text.splitlines() if m.strip()]
    for m in messages:
        LOG.warning("%s: MuPDF: %s", source or "(document)", m)
    return messages


@dataclass
class PageTree:
    """What an independent walk of the page tree found."""

    pages: int = 0
    depth: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def flat(self) -> bool:
        return self.depth <= 1


def _refs(value: str) -> list[int]:
    return [int(m.group(1)) for m in _REF.finditer(value)]


def _kids(doc: pymupdf.Document, xref: int) -> list[int] | None:
    """The /Kids of a page-tree node, or None when the node is a page (no /Kids)."""
    kind, value = doc.xref_get_key(xref, "Kids")
    if kind == "null":
        return None
    if kind == "xref":
        value = doc.xref_object(_refs(value)[0], compressed=True) if _refs(value) else ""
    return _refs(value)


def walk_page_tree(doc: pymupdf.Document, max_nodes: int | None = None) -> PageTree:
    """Walk the page tree from the catalog without recursion: pages, depth, loops.

    A node met again on its own path is a loop; the same page listed twice is allowed
    (MuPDF shows it twice). Stops after ``max_nodes`` (default: the object count).
    """
    tree = PageTree()
    limit = max_nodes or max(doc.xref_length(), 1) * 2
    try:
        kind, value = doc.xref_get_key(doc.pdf_catalog(), "Pages")
    except Exception as exc:
        tree.problems.append(f"the catalog cannot be read ({exc})")
        return tree
    roots = _refs(value) if kind == "xref" else []
    if not roots:
        tree.problems.append("the catalog has no page tree (/Pages)")
        return tree
    # (xref, depth, leaving): a "leaving" entry takes the node off the current path.
    stack: list[tuple[int, int, bool]] = [(roots[0], 0, False)]
    path: set[int] = set()
    seen = 0
    while stack:
        xref, depth, leaving = stack.pop()
        if leaving:
            path.discard(xref)
            continue
        seen += 1
        if seen > limit:
            tree.problems.append("the page tree has more nodes than the file has objects (a loop)")
            break
        if xref in path:
            tree.problems.append(f"the page tree loops back to object {xref}")
            continue
        if not 0 < xref < doc.xref_length():
            tree.problems.append(f"the page tree refers to object {xref}, which does not exist")
            continue
        try:
            kids = _kids(doc, xref)
        except Exception as exc:  # MuPDF cannot parse the node
            tree.problems.append(f"page-tree object {xref} cannot be read ({exc})")
            continue
        if kids is None:
            tree.pages += 1
            continue
        tree.depth = max(tree.depth, depth + 1)
        path.add(xref)
        stack.append((xref, depth, True))
        stack.extend((k, depth + 1, False) for k in reversed(kids))
    return tree


def pikepdf_page_count(path: str | Path) -> tuple[int | None, str]:
    """Pages as pikepdf (qpdf) counts them, or None and why it could not."""
    import pikepdf  # lazy: only for the qpdf cross-check

    try:
        with pikepdf.open(path) as pdf:
            return len(pdf.pages), ""
    except Exception as exc:  # qpdf refuses: damaged beyond its repair, too deep, a loop
        return None, str(exc)


def _dangling(doc: pymupdf.Document) -> list[int]:
    """Objects that another object refers to but the (repaired) file does not hold."""
    n = doc.xref_length()
    present: set[int] = set()
    referenced: set[int] = set()
    for x in range(1, n):
        try:
            obj = doc.xref_object(x, compressed=True)
        except Exception:
            continue
        if obj.strip() != "null":
            present.add(x)
        referenced.update(_refs(obj))
    try:
        kind, value = doc.xref_get_key(-1, "Root")
    except Exception:
        kind, value = "null", ""
    if kind == "xref":
        referenced.update(_refs(value))
    return sorted(r for r in referenced if r not in present)


def _read_streams(doc: pymupdf.Document) -> Iterator[str]:
    """Decode every stream; yield the ones that fail outright."""
    for x in range(1, doc.xref_length()):
        try:
            if doc.xref_is_stream(x):
                doc.xref_stream(x)
        except Exception as exc:
            yield f"stream object {x} cannot be decoded ({exc})"


@dataclass
class Assessment:
    """The verdict on one source document."""

    repaired: bool
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def lost_messages(messages: list[str], repaired: bool) -> list[str]:
    """The problem (at most one line) that MuPDF's ``messages`` report.

    In a repaired file every message but the repair banners counts; in a file MuPDF
    did not repair, only those that say something could not be read (real files carry
    harmless warnings about fonts and the like).
    """
    ignored = set(_REPAIR_BANNERS) | set(_PAGE_TREE_FALLBACK)
    lost = list(dict.fromkeys(
        m for m in messages
        if m not in ignored and not _REPEATED.match(m) and (repaired or _LOSS.search(m))))
    if not lost:
        return []
    more = f" (+{len(lost) - 6} more)" if len(lost) > 6 else ""
    return ["MuPDF could not read everything: " + "; ".join(lost[:6]) + more]


#: Pages :func:`pages_losing` reads again at most (it runs only when a file was refused).
MAX_PAGES_LOCATED = 2000


def pages_losing(path: str | Path) -> list[int]:
    """Page numbers (1-based) whose text or drawings MuPDF cannot read whole (messages that
    :func:`lost_messages` counts), read again one page at a time in a fresh copy of the file:
    the error for a damaged file can then say where the damage is. Empty when no single page
    reports it (damage in the file's structure) or the file cannot be opened again."""
    found: list[int] = []
    drain_messages(path)
    try:
        doc = pymupdf.open(path)
    except Exception:
        drain_messages(path)
        return found
    try:
        repaired = bool(doc.is_repaired)
        drain_messages(path)  # what opening reported is the whole file's, not a page's
        for i in range(min(doc.page_count, MAX_PAGES_LOCATED)):
            try:
                page = doc.load_page(i)
                page.get_text("rawdict")
                page.get_cdrawings()
            except Exception:
                found.append(i + 1)
                drain_messages(path)
                continue
            if lost_messages(drain_messages(path), repaired):
                found.append(i + 1)
    finally:
        doc.close()
        drain_messages(path)
    return found


def assess(doc: pymupdf.Document, path: str | Path, messages: list[str]) -> Assessment:
    """Decide whether ``doc`` (just opened from ``path``) lost anything.

    Loads every page (not its content), walks the page tree, and for a repaired file
    checks references and decodes every stream. ``messages`` are MuPDF's messages
    since the file was opened (:func:`drain_messages`); reading the pages' content
    later may report more -- pass those to :func:`lost_messages`.
    """
    repaired = bool(doc.is_repaired)
    result = Assessment(repaired=repaired)
    if repaired:
        missing = _dangling(doc)
        if missing:
            shown = ", ".join(str(x) for x in missing[:10]) + (" ..." if len(missing) > 10 else "")
            result.problems.append(f"{len(missing)} object(s) the document refers to are missing ({shown})")
        result.problems.extend(_read_streams(doc))
        messages = messages + drain_messages(path)  # what decoding the streams reported
    for i in range(doc.page_count):
        try:
            doc.load_page(i)
        except Exception as exc:
            result.problems.append(f"page {i + 1} cannot be loaded ({exc})")
    messages = messages + drain_messages(path)
    tree = walk_page_tree(doc)
    result.problems.extend(tree.problems)
    if not tree.problems and tree.pages != doc.page_count:
        result.problems.append(f"the page tree holds {tree.pages} page(s) but MuPDF reads {doc.page_count}")
    result.problems.extend(lost_messages(messages, repaired))
    other, why = pikepdf_page_count(path)
    if other is not None and other != doc.page_count:
        result.problems.append(f"a second PDF parser (qpdf) finds {other} page(s), MuPDF {doc.page_count}")
    elif other is None and repaired:
        result.problems.append(f"a second PDF parser (qpdf) cannot read the file ({why})")
    if repaired and not result.problems:
        result.notes.append(
            f"{REPAIRED_NOTE}: the PDF's cross-reference table was damaged and was rebuilt; every "
            f"object was recovered and qpdf reads the same {doc.page_count} page(s)")
    return result


def unusable_pages(doc: pymupdf.Document) -> list[int]:
    """Indices of pages MuPDF lists but cannot use: the page object is missing from a
    repaired file (its number lies past the rebuilt xref) or cannot be loaded."""
    bad: list[int] = []
    for i in range(doc.page_count):
        try:
            xref = doc[i].xref
            if not 0 < xref < doc.xref_length():
                bad.append(i)
        except Exception:
            bad.append(i)
    return bad


def keep_usable_pages(doc: pymupdf.Document) -> list[int]:
    """Drop the pages of a repaired ``doc`` that cannot be used (in memory); return their indices.

    Only for input already judged (damaged input is refused unless allowed); ingest and
    burn both call it right after opening, so they see the same pages.
    """
    if not doc.is_repaired:
        return []
    drop_dangling_references(doc)
    bad = unusable_pages(doc)
    if bad:
        doc.select([i for i in range(doc.page_count) if i not in set(bad)])
    return bad


def drop_dangling_references(doc: pymupdf.Document) -> int:
    """Replace every reference to a missing object by ``null`` (in memory); return how many.

    A dangling ``23 0 R`` must not survive into the output: a garbage-collecting save
    renumbers objects, and the old number may then name another page's content.
    """
    missing = set(_dangling(doc))
    if not missing:
        return 0

    def fix(value: str) -> tuple[str, int]:
        n = 0

        def sub(m: re.Match[str]) -> str:
            nonlocal n
            if int(m.group(1)) in missing:
                n += 1
                return "null"
            return m.group(0)

        return _REF.sub(sub, value), n

    fixed = 0
    for x in range(1, doc.xref_length()):
        try:
            obj = doc.xref_object(x, compressed=True)
        except Exception:
            continue
        if not any(int(r) in missing for r in _refs(obj)):
            continue
        if not obj.lstrip().startswith("<<"):  # an array or a lone reference: no stream to keep
            new, n = fix(obj)
            doc.update_object(x, new)
            fixed += n
            continue
        try:
            for key in doc.xref_get_keys(x):
                new, n = fix(doc.xref_get_key(x, key)[1])
                if n:
                    doc.xref_set_key(x, key, new)
                    fixed += n
        except Exception:  # unparseable: leave it; verification judges the output
            continue
    return fixed
