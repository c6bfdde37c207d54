"""Packet-wide search: text or regex over every document's character map, glyph-exact boxes.

Each document's source (named by its plan file) is ingested the first time a search
needs it (:func:`redactkit.ingest.ingest`: text layer, or OCR for scanned pages, with the
OCR dpi, raster dpi and repair setting a release of it uses, so a hit's box is where the
release will burn it) and its page texts and character boxes are kept in memory. A source
that is gone, changed since its plan, or unreadable is skipped, with the reason. A match
becomes one hit per text line it spans, whose rect is the union of the matched glyphs'
boxes on that line (the way the planner builds a redaction's rects), in unrotated PDF
points like every rect of a plan or decisions file.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from .._fileio import sha256_file
from ..errors import RedactkitError, UsageError
from ..ingest import ingest
from ..model import Rect
from ..settings import RedactSettings
from .packet import MUPDF_LOCK, Packet

__all__ = ["MAX_HITS", "PacketSearch"]

#: At most this many hits are returned (the answer says when it stopped).
MAX_HITS = 2000
_MAX_QUERY = 200


@dataclass(frozen=True)
class _Page:
    text: str
    boxes: list[tuple[int, Rect] | None]  # per character: (line, glyph box), None for separators


class PacketSearch:
    """Searches the documents of a :class:`Packet`, ingesting each source once."""

    def __init__(self, packet: Packet, settings: RedactSettings | None = None) -> None:
        self.packet = packet
        self.settings = settings or RedactSettings()
        self._pages: dict[str, list[_Page] | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._mutex = threading.Lock()

    def _doc_pages(self, doc: str) -> list[_Page] | str:
        """The character map of ``doc``, or why it cannot be searched."""
        with self._mutex:
            lock = self._locks.setdefault(doc, threading.Lock())
        with lock:
            if doc not in self._pages:
                self._pages[doc] = self._read(doc)
            return self._pages[doc]

    def _read(self, doc: str) -> list[_Page] | str:
        pf = self.packet.plan(doc)
        if not pf.source.is_file():
            return f"its source {pf.source} is gone"
        if sha256_file(pf.source) != pf.plan.source_sha256:
            return f"its source {pf.source} changed since the proposal"
        st = self.settings
        try:
            with MUPDF_LOCK:
                document = ingest(pf.source, ocr=st.ocr_options(), raster_dpi=st.raster_dpi,
                                  allow_repaired=st.allow_repaired)
        except RedactkitError as exc:  # damaged, OCR failed: the other documents are still searched
            return str(exc)
        return [_Page(p.text, [None if c is None else (c.line, c.rect) for c in p.chars])
                for p in document.pages]

    def search(self, query: str, *, regex: bool = False, docs: list[str] | None = None) -> dict[str, Any]:
        """``{"hits": [{"doc", "page", "rect", "text"}], "truncated": bool, "skipped": [doc],
        "why": {doc: reason}}``.

        Literal queries match case-insensitively with runs of spaces matching any whitespace.

        Raises:
            UsageError: an empty or over-long query, or a regex that does not compile.
        """
        if not query.strip():
            raise UsageError("give some text to search for.")
        if len(query) > _MAX_QUERY:
            raise UsageError(f"the query is longer than {_MAX_QUERY} characters.")
        try:
            pattern = re.compile(query if regex else r"\s+".join(map(re.escape, query.split())),
                                 0 if regex else re.IGNORECASE)
        except re.error as exc:
            raise UsageError(f"not a valid regular expression: {exc}.") from None
        hits: list[dict[str, Any]] = []
        why: dict[str, str] = {}
        for doc in docs if docs is not None else self.packet.docs():
            pages = self._doc_pages(doc)
            if isinstance(pages, str):
                why[doc] = pages
                continue
            for n, page in enumerate(pages):
                for m in pattern.finditer(page.text):
                    if m.end() == m.start():
                        continue
                    hits.extend(_hits(doc, n, page, m.start(), m.end()))
                    if len(hits) >= MAX_HITS:
                        return {"hits": hits[:MAX_HITS], "truncated": True, "skipped": list(why), "why": why}
        return {"hits": hits, "truncated": False, "skipped": list(why), "why": why}


def _hits(doc: str, page_no: int, page: _Page, start: int, end: int) -> list[dict[str, Any]]:
    """One hit per line of the match ``[start, end)``: the union of its glyph boxes and its text."""
    lines: dict[int, tuple[Rect, int, int]] = {}
    for i in range(start, end):
        box = page.boxes[i] if i < len(page.boxes) else None
        if box is None:
            continue
        line, rect = box
        if line in lines:
            r, s, _ = lines[line]
            lines[line] = (r.union(rect), s, i + 1)
        else:
            lines[line] = (rect, i, i + 1)
    return [{"doc": doc, "page": page_no, "rect": [round(v, 2) for v in r.to_list()],
             "text": " ".join(page.text[s:e].split())}
            for r, s, e in (lines[k] for k in sorted(lines))]
