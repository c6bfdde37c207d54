"""The packet index of a review folder: ``REVIEW/index.html``, one row per review bundle.

``redactkit propose`` writes it after every run (resumed documents included): each row links
the document's review page, proposed PDF and text diff, with its page count and proposed
redactions by entity type. Names are the bundle stems (already safe, see
:mod:`redactkit.names`); no redacted text is shown. Plain HTML, no script, no network.
"""

from __future__ import annotations

import os
from collections import Counter
from html import escape
from pathlib import Path
from urllib.parse import quote

from .._fileio import write_text_atomic
from ..errors import UsageError
from .bundle import REVIEW_MARK, read_plan_file

__all__ = ["INDEX_NAME", "write_packet_index"]

INDEX_NAME = "index.html"
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def write_packet_index(review_dir: str | os.PathLike[str]) -> Path:
    """Write ``review_dir/index.html`` listing every ``*.plan.json`` bundle; return its path."""
    root = Path(review_dir)
    rows: list[str] = []
    total = Counter[str]()
    pages = 0
    plans = sorted(root.glob("*.plan.json"))
    for path in plans:
        try:
            pf = read_plan_file(path)
        except UsageError as exc:
            rows.append(f'<tr><td>{escape(path.name)}</td><td colspan="4">unreadable: {escape(str(exc))}'
                        "</td></tr>")
            continue
        stem, q = pf.stem, quote(pf.stem)
        by_entity = Counter(r.entity for r in pf.plan.redactions)
        total.update(by_entity)
        pages += len(pf.page_sizes)
        kinds = ", ".join(f"{escape(e)} {n}" for e, n in sorted(by_entity.items()))
        link = (f'<a href="{q}.review.html">{escape(stem)}</a>' if (root / f"{stem}.review.html").is_file()
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
    out = root / INDEX_NAME
    write_text_atomic(out, html)
    return out
