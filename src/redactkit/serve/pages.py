"""The server's own HTML: sign-in form, packet index and audit trail (plain HTML, no script).

Every value is escaped with :func:`html.escape`; the index is built as one string so a
500-document packet renders in milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from urllib.parse import quote

from .packet import DocInfo
from .store import AuditEntry, DocState, Lock

__all__ = ["audit_page", "index_page", "signin_page"]

_STYLE = """<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#111}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}.s-approved{color:#060}.s-released{color:#555}
.s-needs_qc{color:#a60}.s-in_review{color:#06a}.mark{background:#b00;color:#fff;padding:2px 6px}
form.inline{display:inline}td.n{text-align:right}
</style>"""


def _head(title: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="robots" content="noindex">{_STYLE}</head><body>')


def _user_bar(user: str, csrf: str) -> str:
    return (f'<p>Signed in as <b>{escape(user)}</b> · <a href="/">Packet</a> · '
            '<a href="/audit">Audit trail</a> · '
            f'<form class="inline" method="post" action="/signout"><input type="hidden" name="csrf" '
            f'value="{escape(csrf)}"><button>Sign out</button></form></p>')


def signin_page(csrf: str, *, secret_label: str = "", error: str = "") -> str:
    """The sign-in form: a name, and a password or startup token when the server asks for one."""
    secret = (f'<p><label>{escape(secret_label)} <input name="secret" type="password" required></label></p>'
              if secret_label else "")
    err = f'<p style="color:#b00">{escape(error)}</p>' if error else ""
    return (_head("Sign in — redactkit review") + "<h1>redactkit review: sign in</h1>" + err
            + '<form method="post" action="/signin">'
            + f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
            + '<p><label>Your name <input name="name" required maxlength="80" autofocus></label></p>'
            + secret + "<p><button>Sign in</button></p></form></body></html>")


def index_page(user: str, csrf: str, infos: Sequence[DocInfo], states: Mapping[str, DocState],
               locks: Mapping[str, Lock], counts: Mapping[str, Mapping[str, int]]) -> str:
    """The packet index: one row per document with state, lock holder and counts."""
    by_state: dict[str, int] = {}
    rows: list[str] = []
    for info in infos:
        st = states.get(info.doc)
        state = st.state if st else "proposed"
        by_state[state] = by_state.get(state, 0) + 1
        c = counts.get(info.doc, {})
        lock = locks.get(info.doc)
        q = quote(info.doc)
        name = (f'<a href="/docs/{q}">{escape(info.doc)}</a>' if info.review_html else escape(info.doc))
        decided = sum(c.values())
        rows.append(
            f'<tr><td>{name}</td><td class="s-{state}">{state.replace("_", " ")}</td>'
            f'<td>{escape(lock.user) if lock else ""}</td><td class="n">{info.pages}</td>'
            f'<td class="n">{info.proposed}</td><td class="n">{c.get("accept", 0)}</td>'
            f'<td class="n">{c.get("reject", 0)}</td><td class="n">{c.get("manual", 0)}</td>'
            f'<td class="n">{max(info.proposed - c.get("accept", 0) - c.get("reject", 0), 0)}</td>'
            f'<td>{escape(st.reviewer) if st else ""}</td><td>{escape(st.approver) if st else ""}</td>'
            f'<td>{escape(st.sendback_reason) if st and state == "in_review" else ""}</td>'
            f'<td><a href="/files/{q}.proposed.pdf">proposed PDF</a> · '
            f'<a href="/api/docs/{q}/decisions.json">decisions ({decided})</a></td></tr>')
    summary = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(by_state.items()))
    return (_head("Packet — redactkit review") + '<p><span class="mark">INTERNAL — NOT FOR RELEASE</span></p>'
            + _user_bar(user, csrf)
            + f"<h1>Packet: {len(infos)} document(s)</h1><p>{escape(summary)}</p>"
            + "<table><thead><tr><th>Document</th><th>State</th><th>Locked by</th><th>Pages</th>"
            "<th>Proposed</th><th>Accepted</th><th>Rejected</th><th>Manual</th><th>Undecided</th>"
            "<th>Reviewer</th><th>Approver</th><th>Sent back because</th><th>Files</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></body></html>")


def audit_page(user: str, csrf: str, entries: Sequence[AuditEntry]) -> str:
    """Every action, oldest first: when, who, what, which document, before → after."""
    def j(v: object) -> str:
        return "" if v is None else escape(json.dumps(v, ensure_ascii=False, sort_keys=True))

    rows = "".join(
        f"<tr><td>{e.id}</td><td>{escape(e.ts)}</td><td>{escape(e.user)}</td><td>{escape(e.action)}</td>"
        f"<td>{escape(e.doc)}</td><td><code>{j(e.before)}</code></td><td><code>{j(e.after)}</code></td></tr>"
        for e in entries)
    return (_head("Audit trail — redactkit review") + _user_bar(user, csrf)
            + f"<h1>Audit trail ({len(entries)} action(s))</h1>"
            "<table><thead><tr><th>#</th><th>When (UTC)</th>"
            "<th>Who</th><th>Action</th><th>Document</th><th>Before</th><th>After</th></tr></thead><tbody>"
            + rows + "</tbody></table></body></html>")
