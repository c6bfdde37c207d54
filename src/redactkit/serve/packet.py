"""The review folder as the server sees it: documents, their plans, pages and decisions files.

A document is the stem ``X`` of a ``REVIEW_DIR/X.plan.json`` that ``redactkit propose``
wrote. Plans are read once and kept (re-read when the file changes); the policy of each
plan is loaded once for its exemption-code table.
"""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..model import Rect
from ..policy import Policy, load_policy
from ..review import bundle_paths, read_plan_file
from ..review.bundle import PlanFile
from ..review.decisions import DECISIONS_SCHEMA, apply_decisions, manual_id, parse_decisions
from ..review.packet_index import read_packet_summaries
from .security import page_csp
from .store import now_iso

__all__ = ["MUPDF_LOCK", "DocInfo", "Packet", "inject_config", "item_key"]

#: MuPDF is not thread-safe: the server's PDF work (search's ingest, a release's burn and
#: verify) runs in request threads, one at a time under this lock.
MUPDF_LOCK = threading.Lock()

#: How many parsed plans stay in memory (the documents being reviewed; the index keeps summaries).
_PLAN_CACHE = 64
_CSP_META = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")', re.I)


@dataclass(frozen=True)
class DocInfo:
    """What the index shows of one document."""

    doc: str
    pages: int
    proposed: int
    review_html: bool


def item_key(item: dict[str, Any]) -> str:
    """The key of a decisions item: its ``id`` (accept/reject) or ``manual_id(page, rect)``."""
    if item.get("action") == "manual":
        return manual_id(int(item["page"]), Rect.from_list(item["rect"]))
    return str(item.get("id", ""))


def inject_config(html: str, config: dict[str, Any]) -> str:
    """The review page with ``window.RK_CONFIG`` right after ``<head>`` and ``connect-src 'self'``
    added to its CSP meta."""
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    tag = f"<script>window.RK_CONFIG = {payload};</script>"
    html = _CSP_META.sub(lambda m: m.group(1) + page_csp(m.group(2)) + m.group(3), html, count=1)
    head = html.find("<head>")
    if head < 0:
        return tag + html
    return html[: head + 6] + "\n" + tag + html[head + 6:]


class Packet:
    """The documents of one review folder (see the module docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._dir = str(root)
        self._mutex = threading.Lock()
        self._plans: dict[str, tuple[float, PlanFile]] = {}
        self._infos: dict[str, tuple[int, DocInfo]] = {}  # doc -> (plan mtime_ns, info)
        self._policies: dict[str, Policy] = {}

    def docs(self) -> list[str]:
        """Document stems, sorted."""
        return sorted(n[: -len(".plan.json")] for n in os.listdir(self._dir) if n.endswith(".plan.json"))

    def has(self, doc: str) -> bool:
        return "/" not in doc and (self.root / f"{doc}.plan.json").is_file()

    def plan(self, doc: str) -> PlanFile:
        """The plan file of ``doc`` (cached until the file changes).

        Raises:
            KeyError: no such document.
        """
        path = self.root / f"{doc}.plan.json"
        if not self.has(doc):
            raise KeyError(doc)
        mtime = path.stat().st_mtime
        with self._mutex:
            hit = self._plans.get(doc)
        if hit and hit[0] == mtime:
            return hit[1]
        pf = read_plan_file(path)
        with self._mutex:
            self._plans.pop(doc, None)
            self._plans[doc] = (mtime, pf)
            while len(self._plans) > _PLAN_CACHE:  # a large packet's plans are not all kept in memory
                self._plans.pop(next(iter(self._plans)))
        return pf

    def info(self, doc: str) -> DocInfo:
        """Pages and proposed redactions of ``doc``, kept per plan file version (one stat when cached)."""
        try:
            mtime = os.stat(os.path.join(self._dir, doc + ".plan.json")).st_mtime_ns
        except OSError:
            raise KeyError(doc) from None
        hit = self._infos.get(doc)
        if hit is not None and hit[0] == mtime:
            return hit[1]
        pf = self.plan(doc)
        info = DocInfo(doc, len(pf.page_sizes), len(pf.plan.redactions),
                       bundle_paths(self.root, doc).review_html.is_file())
        with self._mutex:
            self._infos[doc] = (mtime, info)
        return info

    def summaries(self) -> dict[str, tuple[int, int, int, bool]]:
        """What :meth:`preload` takes: doc -> (plan mtime_ns, pages, proposed, has a review page)."""
        with self._mutex:
            return {d: (m, i.pages, i.proposed, i.review_html) for d, (m, i) in self._infos.items()}

    def preload(self, rows: dict[str, tuple[int, int, int, bool]]) -> None:
        """Seed the index cache with saved summaries (a plan whose mtime changed is read again)."""
        with self._mutex:
            for doc, (mtime, pages, proposed, html) in rows.items():
                self._infos.setdefault(doc, (mtime, DocInfo(doc, pages, proposed, html)))

    def preload_index(self) -> int:
        """Seed the index cache from ``index.json`` written by ``propose`` (only rows whose plan still
        has the recorded mtime and size, see :func:`read_packet_summaries`); how many were taken."""
        rows = read_packet_summaries(self.root)
        self.preload({d: (r.mtime_ns, r.pages, r.proposed, r.review_html) for d, r in rows.items()})
        return len(rows)

    def warm(self) -> None:
        """Summarise every plan once (the server does this in the background at start, so the first
        packet index of a large packet does not wait for hundreds of plan files)."""
        for doc in self.docs():
            try:
                self.info(doc)
            except (KeyError, UsageError):
                continue  # a damaged plan is reported when the document is opened

    def policy(self, doc: str) -> Policy:
        ref = self.plan(doc).policy_ref
        with self._mutex:
            if ref not in self._policies:
                self._policies[ref] = load_policy(ref)
            return self._policies[ref]

    def document_name(self, doc: str) -> str:
        """The ``document`` of an exported decisions file: the bundle stem with the source's suffix
        (``apply`` matches decisions to plans by that stem)."""
        return doc + self.plan(doc).source.suffix

    def decisions_file(self, doc: str, items: list[dict[str, Any]], reviewer: str) -> dict[str, Any]:
        """A decisions file (schema ``redactkit.decisions/1``) for ``doc`` holding ``items``."""
        return {"schema": DECISIONS_SCHEMA, "document": self.document_name(doc),
                "source_sha256": self.plan(doc).plan.source_sha256, "reviewer": reviewer or "unknown",
                "timestamp": now_iso(), "decisions": items}

    def validate(self, doc: str, key: str, item: Any, user: str) -> dict[str, Any]:
        """Check one item against the decisions format and ``doc``'s plan; return it.

        Raises:
            UsageError: the item is malformed, names an unknown redaction, a rect off the
                page, an unknown code, or ``key`` is not its key.
        """
        if not isinstance(item, dict):
            raise UsageError("a decision is a JSON object.")
        raw = self.decisions_file(doc, [item], user)
        parsed = parse_decisions(raw, origin=f"{doc}: {key}")
        pf = self.plan(doc)
        apply_decisions(pf.plan, parsed, page_sizes=pf.page_sizes,
                        exemption_codes=self.policy(doc).exemption_codes)
        try:
            want = item_key(item)
        except (KeyError, TypeError, ValueError):
            raise UsageError(f"{doc}: cannot compute the key of {item!r}.") from None
        if want != key:
            raise UsageError(f"{doc}: the key of this item is {want!r}, not {key!r}.")
        return item
