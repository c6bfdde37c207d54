"""The packet index of a review folder: ``REVIEW/index.html``, one row per review bundle.

``redactkit propose`` writes it after every run (resumed documents included): each row links
the document's review page, proposed PDF and text diff, with its page count and proposed
redactions by entity type. Names are the bundle stems (already safe, see
:mod:`redactkit.names`); no redacted text is shown. Plain HTML, no script, no network.

Beside it, ``REVIEW/index.json`` (:data:`SUMMARY_NAME`) holds the same per-document summary
for ``redactkit serve``, so a new packet's first index does not read every plan. Each row
records the plan's size and mtime when it was read; :func:`read_packet_summaries` returns
only rows whose plan still has both (a changed plan is read again, never trusted).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from .._fileio import write_text_atomic
from ..errors import UsageError
from .bundle import REVIEW_MARK, read_plan_file

__all__ = ["INDEX_NAME", "SUMMARY_NAME", "SUMMARY_SCHEMA", "PlanSummary", "read_packet_summaries",
           "write_packet_index"]

INDEX_NAME = "index.html"
SUMMARY_NAME = "index.json"
SUMMARY_SCHEMA = "redactkit.review-index/1"  # its own format (not batch's packet summary)
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


@dataclass(frozen=True)
class PlanSummary:
    """One document of ``index.json``: its plan's version (mtime_ns, size) and what the index shows."""

    mtime_ns: int
    size: int
    pages: int
    proposed: int
    review_html: bool


def read_packet_summaries(review_dir: str | os.PathLike[str]) -> dict[str, PlanSummary]:
    """The rows of ``review_dir/index.json`` whose plan file still has the recorded mtime and size
    (stem -> summary); {} when the file is missing or unreadable (the caller reads the plans)."""
    root = Path(review_dir)
    try:
        raw = json.loads((root / SUMMARY_NAME).read_text("utf-8"))
        if raw.get("schema") != SUMMARY_SCHEMA:
            return {}
        docs = raw["documents"]
        out: dict[str, PlanSummary] = {}
        for stem, row in docs.items():
            if not isinstance(stem, str) or "/" in stem or os.sep in stem:
                continue
            summary = PlanSummary(int(row["mtime_ns"]), int(row["size"]), int(row["pages"]),
                                  int(row["proposed"]), bool(row["review_html"]))
            try:
                st = os.stat(root / f"{stem}.plan.json")
            except OSError:
                continue
            if st.st_mtime_ns == summary.mtime_ns and st.st_size == summary.size:
                out[stem] = summary
        return out
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_packet_index(review_dir: str | os.PathLike[str]) -> Path:
    """Write ``review_dir/index.html`` listing every ``*.plan.json`` bundle, and ``index.json``
    with each one's summary (see the module docstring); return the HTML's path."""
    root = Path(review_dir)
    rows: list[str] = []
    summaries: dict[str, dict[str, int | bool]] = {}
    total = Counter[str]()
    pages = 0
    plans = sorted(root.glob("*.plan.json"))
    for path in plans:
        try:
            st = path.stat()  # before the read: a plan rewritten meanwhile no longer matches its row
            pf = read_plan_file(path)
        except (OSError, UsageError) as exc:
            rows.append(f'<tr><td>{escape(path.name)}</td><td colspan="4">unreadable: {escape(str(exc))}'
                        "</td></tr>")
            continue
        stem, q = pf.stem, quote(pf.stem)
        by_entity = Counter(r.entity for r in pf.plan.redactions)
        total.update(by_entity)
        pages += len(pf.page_sizes)
        has_page = (root / f"{stem}.review.html").is_file()
        summaries[stem] = {"mtime_ns": st.st_mtime_ns, "size": st.st_size, "pages": len(pf.page_sizes),
                           "proposed": len(pf.plan.redactions), "review_html": has_page}
        kinds = ", ".join(f"{escape(e)} {n}" for e, n in sorted(by_entity.items()))
        link = (f'<a href="{q}.review.html">{escape(stem)}</a>' if has_page
                else escape(stem))
        rows.append(f"<tr><td>{link}</td><td>{len(pf.page_sizes)}</td><td>{sum(by_entity.values())}</td>"
                    f"<td>{kinds}</td><td><a href=\"{q}.proposed.pdf\">proposed PDF</a> · "
                    f"<a href=\"{q}.diff.txt\">diff</a></td></tr>")
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}"><meta name="robots" content="noindex">'
        f"<title>Review packet — {escape(REVIEW_MARK)}</title><style>body{{font:14px system-ui,sans-serif;"
        "margin:1.5em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:4px 8px;"
        "text-align:left}.mark{background:#b00;color:#fff;padding:2px 6px}</style></head><body>"
        f'<p class="mark">{escape(REVIEW_MARK)}</p>'
        f"<h1>Review packet: {len(plans)} document(s), {pages} page(s), "
        f"{sum(total.values())} proposed redaction(s)</h1>"
        "<p>Open each review page, export its decisions next to it, then run "
        "<code>redactkit apply</code> on this folder (or review it in <code>redactkit serve</code>).</p>"
        "<table><thead><tr><th>Document</th><th>Pages</th><th>Proposed</th><th>By type</th><th>Files</th>"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></body></html>\n"
    )
    write_text_atomic(root / SUMMARY_NAME, json.dumps(
        {"schema": SUMMARY_SCHEMA, "documents": summaries}, ensure_ascii=False, separators=(",", ":")) + "\n")
    out = root / INDEX_NAME
    write_text_atomic(out, html)
    return out
