"""The review server's state: one SQLite file inside the review folder, every action committed at once.

``REVIEW_DIR/review-state.sqlite`` (WAL journal, ``synchronous=FULL``) holds

* ``documents``  -- per document: state, reviewer, approver, send-back reason, release result;
* ``decisions``  -- per document, the item of each decided key (the decisions-file item as JSON);
* ``locks``      -- who edits a document, until when;
* ``audit``      -- every action: who, when, what, which document, before -> after (JSON);
* ``users``      -- who signed in (and, with ``--users``, nothing else: the hashes stay in the file);
* ``meta``       -- the server's session-signing key, so sessions outlive a restart;
* ``plan_info``  -- a cache of each plan's page and redaction counts (by plan mtime), so the
  index of a large packet does not re-read every plan after a restart.

Each public method is one transaction that is committed before it returns, so a server
killed with SIGKILL loses nothing it had answered: SQLite's WAL makes the commit atomic
and ``synchronous=FULL`` makes it durable. One connection is shared under a lock;
SQLite serialises writers anyway, and the requests are small.

Backup: ``sqlite3 REVIEW_DIR/review-state.sqlite ".backup copy.sqlite"`` (safe while the
server runs), or copy the file while the server is stopped.

A server database instead (several machines): every query lives in this class, in plain
SQL with ``?`` parameters. A ``PostgresStore`` with the same methods would open
``sqlalchemy.create_engine("postgresql+psycopg://...")``, create the same tables
(``BIGSERIAL`` for ``audit.id``, ``JSONB`` for items and before/after), run each method in
``with engine.begin():`` (one committed transaction, as here), take row locks with
``SELECT ... FOR UPDATE`` in :meth:`acquire_lock`, :meth:`set_decision` and
:meth:`transition` (where this class relies on its process lock), and swap the few
SQLite-only spellings: the PRAGMAs of :meth:`_open`, ``json_extract(item, '$.action')``
(``item->>'action'``), ``INSERT OR IGNORE/REPLACE`` (``ON CONFLICT DO NOTHING/UPDATE``).
The app only sees the methods, so nothing else changes.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..errors import ReviewLockedError as LockedError
from ..errors import ReviewStateError as StateError

__all__ = [
    "DB_NAME", "STATES", "AuditEntry", "DocState", "Lock", "LockedError", "StateError", "StateStore",
    "locked",
    "now_iso",
]

#: The state file's name inside the review folder.
DB_NAME = "review-state.sqlite"
#: Document states in order (a sent-back document returns to ``in_review``).
STATES = ("proposed", "in_review", "needs_qc", "approved", "released")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, state TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '', sendback_reason TEXT NOT NULL DEFAULT '',
    released TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    doc TEXT NOT NULL, key TEXT NOT NULL, item TEXT NOT NULL, user TEXT NOT NULL,
    updated TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (doc, key));
CREATE TABLE IF NOT EXISTS locks (
    doc TEXT PRIMARY KEY, user TEXT NOT NULL, expires TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, user TEXT NOT NULL,
    action TEXT NOT NULL, doc TEXT NOT NULL DEFAULT '', before TEXT, after TEXT);
CREATE INDEX IF NOT EXISTS audit_doc ON audit (doc);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS plan_info (
    doc TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, pages INTEGER NOT NULL, proposed INTEGER NOT NULL,
    review_html INTEGER NOT NULL);
"""


def locked(lock: Lock) -> LockedError:
    """The error for an action on a document ``lock`` holds (HTTP 409, with the lock)."""
    return LockedError(lock.user, lock.expires)


def now_iso(now: datetime | None = None) -> str:
    """UTC time as ISO 8601 with offset, to the millisecond (sortable as text)."""
    return (now or datetime.now(UTC)).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Lock:
    """Who edits a document, until when (ISO 8601)."""

    user: str
    expires: str

    def to_dict(self) -> dict[str, str]:
        return {"user": self.user, "expires": self.expires}


@dataclass(frozen=True)
class DocState:
    """One document's row."""

    doc: str
    state: str
    reviewer: str
    approver: str
    sendback_reason: str
    released: str
    updated: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class AuditEntry:
    """One action of the audit trail."""

    id: int
    ts: str
    user: str
    action: str
    doc: str
    before: Any
    after: Any

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class StateStore:
    """The review server's state in ``REVIEW_DIR/review-state.sqlite`` (see the module docstring).

    Args:
        path: the SQLite file (created if missing).
        lock_minutes: how long a lock lasts after the last activity of its holder.
    """

    def __init__(self, path: str | Path, *, lock_minutes: float = 15.0) -> None:
        self.path = Path(path)
        self.lock_minutes = lock_minutes
        self._mutex = threading.RLock()
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(_SCHEMA)
        return db

    def close(self) -> None:
        with self._mutex:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on exit (rolled back on an exception)."""
        with self._mutex:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # ------------------------------------------------------------------ meta, users

    def secret(self) -> bytes:
        """The session-signing key (made once, kept in the file so sessions survive a restart)."""
        with self._tx() as db:
            row = db.execute("SELECT value FROM meta WHERE key='secret'").fetchone()
            if row:
                return bytes.fromhex(row[0])
            key = secrets.token_bytes(32)
            db.execute("INSERT INTO meta VALUES ('secret', ?)", (key.hex(),))
            return key

    def touch_user(self, name: str) -> None:
        """Record that ``name`` signed in."""
        t = now_iso()
        with self._tx() as db:
            db.execute("INSERT INTO users VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET last_seen=?",
                       (name, t, t, t))
            self._audit(db, name, "sign_in", "", None, None)

    def users(self) -> list[str]:
        with self._mutex:
            return [r[0] for r in self._db.execute("SELECT name FROM users ORDER BY name")]

    def plan_infos(self) -> dict[str, tuple[int, int, int, bool]]:
        """The saved plan summaries: doc -> (mtime_ns, pages, proposed, has a review page)."""
        with self._mutex:
            return {d: (m, p, n, bool(h)) for d, m, p, n, h in self._db.execute("SELECT * FROM plan_info")}

    def save_plan_infos(self, rows: dict[str, tuple[int, int, int, bool]]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO plan_info VALUES (?, ?, ?, ?, ?)",
                           [(d, m, p, n, int(h)) for d, (m, p, n, h) in rows.items()])

    # ------------------------------------------------------------------ documents

    def ensure_documents(self, docs: list[str]) -> None:
        """Add a ``proposed`` row for each document not yet known."""
        with self._mutex:
            known = {r[0] for r in self._db.execute("SELECT doc FROM documents")}
        new = [d for d in docs if d not in known]
        if not new:
            return  # the usual case: no write, no fsync
        t = now_iso()
        with self._tx() as db:
            db.executemany("INSERT OR IGNORE INTO documents (doc, state, updated) VALUES (?, 'proposed', ?)",
                           [(d, t) for d in new])

    def document(self, doc: str) -> DocState:
        with self._mutex:
            row = self._db.execute("SELECT * FROM documents WHERE doc=?", (doc,)).fetchone()
        if row is None:
            raise KeyError(doc)
        return DocState(*row)

    def documents(self) -> dict[str, DocState]:
        with self._mutex:
            return {r[0]: DocState(*r) for r in self._db.execute("SELECT * FROM documents")}

    def decision_counts(self) -> dict[str, dict[str, int]]:
        """Per document, decided items by action."""
        out: dict[str, dict[str, int]] = {}
        with self._mutex:
            rows = self._db.execute(
                "SELECT doc, json_extract(item, '$.action'), count(*) FROM decisions GROUP BY 1, 2")
            for doc, action, n in rows:
                out.setdefault(doc, {})[str(action)] = int(n)
        return out

    def transition(self, doc: str, user: str, action: str, allowed: tuple[str, ...], new_state: str,
                   **fields: str) -> DocState:
        """Move ``doc`` from one of ``allowed`` to ``new_state`` (setting ``fields``), audited.

        Raises:
            StateError: the document is in another state.
        """
        with self._tx() as db:
            before = self._row(db, doc)
            if before.state not in allowed:
                raise StateError(f"{doc} is {before.state}; '{action}' needs {' or '.join(allowed)}.")
            sets = ", ".join(f"{k}=?" for k in fields)
            db.execute(f"UPDATE documents SET state=?, updated=?{', ' + sets if sets else ''} WHERE doc=?",
                       (new_state, now_iso(), *fields.values(), doc))
            if new_state not in ("proposed", "in_review"):
                db.execute("DELETE FROM locks WHERE doc=?", (doc,))
            after = self._row(db, doc)
            self._audit(db, user, action, doc, before.to_dict(), after.to_dict())
            return after

    def _row(self, db: sqlite3.Connection, doc: str) -> DocState:
        row = db.execute("SELECT * FROM documents WHERE doc=?", (doc,)).fetchone()
        if row is None:
            raise KeyError(doc)
        return DocState(*row)

    # ------------------------------------------------------------------ locks

    def lock(self, doc: str) -> Lock | None:
        """The live lock of ``doc`` (an expired one is None)."""
        with self._mutex:
            row = self._db.execute("SELECT user, expires FROM locks WHERE doc=?", (doc,)).fetchone()
        if row is None or row[1] <= now_iso():
            return None
        return Lock(*row)

    def locks(self) -> dict[str, Lock]:
        t = now_iso()
        with self._mutex:
            return {d: Lock(u, e) for d, u, e in self._db.execute("SELECT * FROM locks") if e > t}

    def _take_lock(self, db: sqlite3.Connection, doc: str, user: str) -> tuple[Lock | None, Lock]:
        """Take or refresh ``user``'s lock on ``doc`` inside a transaction; (the previous live lock, new)."""
        t = datetime.now(UTC)
        row = db.execute("SELECT user, expires FROM locks WHERE doc=?", (doc,)).fetchone()
        held = Lock(*row) if row and row[1] > now_iso(t) else None
        if held is not None and held.user != user:
            raise locked(held)
        new = Lock(user, now_iso(t + timedelta(minutes=self.lock_minutes)))
        db.execute("INSERT INTO locks VALUES (?, ?, ?) ON CONFLICT(doc) DO UPDATE SET user=?, expires=?",
                   (doc, new.user, new.expires, new.user, new.expires))
        return held, new

    def acquire_lock(self, doc: str, user: str, *, editable: tuple[str, ...]) -> Lock:
        """Lock ``doc`` for ``user`` (or refresh their lock); a document enters review on its first lock.

        Raises:
            LockedError: another user holds a live lock.
            StateError: the document is not in one of the ``editable`` states.
        """
        with self._tx() as db:
            row = self._row(db, doc)
            if row.state not in editable:
                raise StateError(f"{doc} is {row.state}; it cannot be edited now.")
            held, new = self._take_lock(db, doc, user)
            if held is None:
                self._audit(db, user, "lock", doc, None, new.to_dict())
            self._start_review(db, row, user)
            return new

    def _start_review(self, db: sqlite3.Connection, row: DocState, user: str) -> None:
        """A proposed document enters review with its first lock or decision (audited)."""
        if row.state == "proposed":
            db.execute("UPDATE documents SET state='in_review', reviewer=?, updated=? WHERE doc=?",
                       (user, now_iso(), row.doc))
            self._audit(db, user, "start_review", row.doc, row.to_dict(), self._row(db, row.doc).to_dict())

    def release_lock(self, doc: str, user: str) -> None:
        """Drop ``user``'s lock on ``doc``.

        Raises:
            LockedError: another user holds it.
        """
        with self._tx() as db:
            row = db.execute("SELECT user, expires FROM locks WHERE doc=?", (doc,)).fetchone()
            if row is None or row[1] <= now_iso():
                return
            if row[0] != user:
                raise locked(Lock(*row))
            db.execute("DELETE FROM locks WHERE doc=?", (doc,))
            self._audit(db, user, "unlock", doc, {"user": row[0], "expires": row[1]}, None)

    # ------------------------------------------------------------------ decisions

    def decisions(self, doc: str) -> list[dict[str, Any]]:
        """The decided items of ``doc``, in the order they were first made."""
        with self._mutex:
            rows = self._db.execute("SELECT item FROM decisions WHERE doc=? ORDER BY seq", (doc,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def set_decision(self, doc: str, key: str, item: dict[str, Any] | None, user: str, *,
                     editable: tuple[str, ...]) -> Lock:
        """Save (``item``) or remove (None) one decision, taking or refreshing ``user``'s lock.

        Raises:
            LockedError: another user holds a live lock.
            StateError: the document is not editable in its state.
        """
        with self._tx() as db:
            row = self._row(db, doc)
            if row.state not in editable:
                raise StateError(f"{doc} is {row.state}; its decisions cannot change now.")
            held, lock = self._take_lock(db, doc, user)
            if held is None:
                self._audit(db, user, "lock", doc, None, lock.to_dict())
            self._start_review(db, row, user)
            old = db.execute("SELECT item, seq FROM decisions WHERE doc=? AND key=?", (doc, key)).fetchone()
            before = json.loads(old[0]) if old else None
            if item is None:
                db.execute("DELETE FROM decisions WHERE doc=? AND key=?", (doc, key))
            else:
                seq = old[1] if old else db.execute(
                    "SELECT coalesce(max(seq), 0) + 1 FROM decisions WHERE doc=?", (doc,)).fetchone()[0]
                text = json.dumps(item, ensure_ascii=False, sort_keys=True)
                db.execute("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(doc, key) "
                           "DO UPDATE SET item=?, user=?, updated=?",
                           (doc, key, text, user, now_iso(), seq, text, user, now_iso()))
            if before != item:
                self._audit(db, user, "decide" if item is not None else "undecide", doc,
                            {"key": key, "item": before}, {"key": key, "item": item})
            return lock

    # ------------------------------------------------------------------ audit

    def audit(self, user: str, action: str, doc: str = "", before: Any = None, after: Any = None) -> None:
        """Record an action that changes no table (a release that failed, a sign-out)."""
        with self._tx() as db:
            self._audit(db, user, action, doc, before, after)

    def _audit(self, db: sqlite3.Connection, user: str, action: str, doc: str,
               before: Any, after: Any) -> None:
        db.execute("INSERT INTO audit (ts, user, action, doc, before, after) VALUES (?, ?, ?, ?, ?, ?)",
                   (now_iso(), user, action, doc,
                    None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
                    None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True)))

    def audit_trail(self, doc: str | None = None, limit: int = 10000) -> list[AuditEntry]:
        """The audit entries (of ``doc``, or all), oldest first."""
        q = "SELECT * FROM audit" + (" WHERE doc=?" if doc is not None else "") + " ORDER BY id LIMIT ?"
        args: tuple[Any, ...] = (doc, limit) if doc is not None else (limit,)
        with self._mutex:
            rows = self._db.execute(q, args).fetchall()
        return [AuditEntry(i, ts, u, a, d, json.loads(b) if b else None, json.loads(x) if x else None)
                for i, ts, u, a, d, b, x in rows]
