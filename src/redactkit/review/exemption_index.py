"""The public exemption index: what was withheld, where and why -- never what.

From final logs (``redactkit.log/1``) :func:`write_index` writes
``exemption-index.csv`` (document, page, exemption, reason, count) and
``exemption-index.html`` (one section per document, one printed page each). This is
the core of a Vaughn index to attach to a release. Only page numbers, exemption
codes, the policy's reasons and counts are written: no redacted text, no context,
no entity types (an entity type can itself reveal something, e.g. a juvenile).
"""

from __future__ import annotations

import csv
import html
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._fileio import csv_row, public_file_mode, write_text_atomic
from ..pdf.integrity import DAMAGED_WARNING
from ..report import RedactionLog

__all__ = ["DAMAGED_NOTICE", "INDEX_CSV", "INDEX_FIELDS", "INDEX_HTML", "IndexFiles", "index_csv",
           "index_html", "source_damaged", "write_index"]

INDEX_CSV = "exemption-index.csv"
INDEX_HTML = "exemption-index.html"
INDEX_FIELDS = ["document", "page", "exemption", "reason", "count"]


@dataclass(frozen=True)
class IndexFiles:
    """The files :func:`write_index` wrote."""

    csv: Path
    html: Path


def _doc_name(log: RedactionLog) -> str:
    """The released file's name (or the source's when the log has no output)."""
    path = (log.output or {}).get("path") or log.source.get("path") or "document"
    return Path(str(path)).name


#: Shown for a document released from a damaged source (``allow_repaired``); says no more
#: than that (the log's warning names objects and pages, which stays internal).
DAMAGED_NOTICE = ("The source file was damaged or incomplete; parts of it that could not be "
                  "read are not in this release.")


def source_damaged(log: RedactionLog) -> bool:
    """True when the document was released from a damaged source (``allow_repaired``)."""
    return any(w.startswith(DAMAGED_WARNING) for w in log.warnings)


def _rows(log: RedactionLog) -> list[dict[str, Any]]:
    return [{"document": _doc_name(log), **row} for row in log.exemption_index()]


def index_csv(logs: Sequence[RedactionLog]) -> str:
    """The CSV text: one row per document, page, exemption and reason, with the count
    (cells neutralised against formula injection)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=INDEX_FIELDS, lineterminator="\n")
    w.writeheader()
    for log in logs:
        for row in _rows(log):
            w.writerow(csv_row(row))
    return buf.getvalue()


def index_html(logs: Sequence[RedactionLog], *, title: str = "Exemption index") -> str:
    """A printable HTML page: one section (one printed page) per document."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{e(title)}</title>",
        "<style>body{font:13px/1.4 sans-serif;margin:24px}section{page-break-after:always;margin-bottom:32px}"
        "table{border-collapse:collapse}th,td{border:1px solid #999;padding:3px 8px;text-align:left}"
        "th{background:#eee}td.n{text-align:right}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    for log in logs:
        rows = log.exemption_index()
        total = sum(r["count"] for r in rows)
        parts.append(f"<section><h2>{e(_doc_name(log))}</h2>")
        parts.append(f"<p>{log.source.get('pages', '?')} page(s), {total} redaction(s). "
                     f"Policy: {e(str(log.policy.get('name', '')))}.</p>")
        if source_damaged(log):
            parts.append(f"<p class=\"damaged\"><strong>{e(DAMAGED_NOTICE)}</strong></p>")
        if not rows:
            parts.append("<p>No redactions.</p></section>")
            continue
        parts.append("<table><thead><tr><th>Page</th><th>Exemption</th><th>Reason</th><th>Count</th></tr>"
                     "</thead><tbody>")
        for r in rows:
            parts.append(f"<tr><td class=\"n\">{r['page']}</td><td>{e(r['exemption'])}</td>"
                         f"<td>{e(r['reason'])}</td><td class=\"n\">{r['count']}</td></tr>")
        parts.append("</tbody></table></section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def release_mode(logs: Sequence[RedactionLog]) -> int:
    """The file mode of the release: that of the first released PDF that exists, else the mode
    a new file gets under the umask (what PyMuPDF gives the release)."""
    for log in logs:
        path = (log.output or {}).get("path")
        if path:
            try:
                return os.stat(path).st_mode & 0o777
            except OSError:
                continue
    return public_file_mode()


def write_index(logs: Sequence[RedactionLog], out_dir: str | os.PathLike[str]) -> IndexFiles:
    """Write ``exemption-index.csv`` and ``exemption-index.html`` into ``out_dir`` (atomically).

    They go out with the release, so they get the release's file mode (:func:`release_mode`),
    not the private mode of the logs.
    """
    out = Path(out_dir)
    files = IndexFiles(csv=out / INDEX_CSV, html=out / INDEX_HTML)
    mode = release_mode(logs)
    write_text_atomic(files.csv, index_csv(logs), mode=mode)
    write_text_atomic(files.html, index_html(logs), mode=mode)
    return files
