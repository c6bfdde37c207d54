"""The review server's state: by default a SQLite file in the review folder; every action committed at once.

``REVIEW_DIR/review-state.sqlite`` (WAL journal, ``synchronous=NORMAL``) holds

* ``documents``  -- per document: state, reviewer, approver, send-back reason, release result;
* ``decisions``  -- per document, the item of each decided key (the decisions-file item as JSON);
* ``locks``      -- who edits a document, until when;
* ``audit``      -- every action: who, when, what, which document, before -> after (JSON);
* ``users``      -- who signed in (and, with ``--users``, nothing else: the hashes stay in the file);
* ``meta``       -- the server's session-signing key, so sessions outlive a restart;
* ``plan_info``  -- a cache of each plan's page and redaction counts (by plan mtime), so the
  index of a large packet does not re-read every plan after a restart.

Each public method is one transaction that is committed before it returns. Durability: in
WAL mode ``synchronous=NORMAL`` writes every commit to the WAL file before returning, so a
server killed with SIGKILL (or crashing) loses nothing it had answered; only a power loss or
an OS crash can lose the last commits (the WAL is fsynced at checkpoints, not per commit).
``durable=True`` (``redactkit serve --durable``) sets ``synchronous=FULL``: an fsync per
commit, which survives power loss but costs ~1-6 ms per decision on the one writer, so 20
reviewers at once queue behind each other's fsyncs (p95 over 100 ms in benchmarks/bench_serve.py).

SQL lives here, written once with ``?`` parameters and a few dialect hooks (:class:`Backend`):
:class:`SqliteBackend` (one connection under a process lock; SQLite serialises writers
anyway) and ``store_pg.PostgresBackend`` (SQLAlchemy pool, row locks with ``FOR UPDATE``, so
several server processes or machines can share one database). The app only sees
:class:`StateStore`'s methods.

Backup (SQLite): ``sqlite3 REVIEW_DIR/review-state.sqlite ".backup copy.sqlite"`` (safe while
the server runs), or copy the file while the server is stopped.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from ..errors import ReviewLockedError as LockedError
from ..errors import ReviewStateError as StateError

__all__ = [
    "DB_NAME", "RELEASE_CLAIM_MINUTES", "RELEASING", "SQLITE_SCHEMA", "STATES", "AuditEntry", "Backend",
    "Conn", "DocState", "Lock", "LockedError",
    "SqliteBackend", "StateError", "StateStore", "locked", "now_iso",
]

#: The state file's name inside the review folder.
DB_NAME = "review-state.sqlite"
#: Document states in order (a sent-back document returns to ``in_review``).
STATES = ("proposed", "in_review", "needs_qc", "approved", "released")
#: How long a release claim holds a document (a crashed release frees it after this).
RELEASE_CLAIM_MINUTES = 30.0
#: Marks a release claim in the locks table (no reviewer's lock carries it, so no unlock drops it).
RELEASING = " (releasing)"

# "user" is quoted: PostgreSQL reserves the word (SQLite takes either spelling for the same column)
SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, state TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '', sendback_reason TEXT NOT NULL DEFAULT '',
    released TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS decisions (
    doc TEXT NOT NULL, key TEXT NOT NULL, item TEXT NOT NULL, "user" TEXT NOT NULL,
    updated TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (doc, key));
CREATE TABLE IF NOT EXISTS locks (
    doc TEXT PRIMARY KEY, "user" TEXT NOT NULL, expires TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, "user" TEXT NOT NULL,
    action TEXT NOT NULL, doc TEXT NOT NULL DEFAULT '', before TEXT, after TEXT);
CREATE INDEX IF NOT EXISTS audit_doc ON audit (doc);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS plan_info (
    doc TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, pages INTEGER NOT NULL, proposed INTEGER NOT NULL,
    review_html INTEGER NOT NULL);
"""


class Conn(Protocol):
    """One open transaction (or read) of a backend; SQL with ``?`` parameters."""

    def one(self, sql: str, args: Sequence[Any] = ()) -> Sequence[Any] | None: ...

    def all(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]: ...

    def run(self, sql: str, args: Sequence[Any] = ()) -> None: ...

    def many(self, sql: str, rows: list[tuple[Any, ...]]) -> None: ...


class Backend(Protocol):
    """Where the state lives: transactions, reads and the few dialect spellings."""

    #: what a failed query raises (the app answers a refusal even when its audit row fails)
    errors: tuple[type[BaseException], ...]
    #: appended to the SELECT of a document's row inside a write (a row lock where there are several writers)
    for_update: str
    #: the SQL expression of a decision item's ``action``
    action_sql: str

    def tx(self) -> AbstractContextManager[Conn]: ...

    def read(self) -> AbstractContextManager[Conn]: ...

    def close(self) -> None: ...


class _SqliteConn:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def one(self, sql: str, args: Sequence[Any] = ()) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self.db.execute(sql, args).fetchone()
        return row

    def all(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return self.db.execute(sql, args).fetchall()

    def run(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.db.execute(sql, args)

    def many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        self.db.executemany(sql, rows)


class SqliteBackend:
    """One SQLite file (WAL), one connection shared under a process lock.

    Args:
        path: the file (created if missing).
        durable: ``synchronous=FULL`` (an fsync per commit; survives power loss) instead of ``NORMAL``.
    """

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    for_update = ""  # BEGIN IMMEDIATE already holds the one write lock
    action_sql = "json_extract(item, '$.action')"

    def __init__(self, path: str | Path, *, durable: bool = False) -> None:
        self.path = Path(path)
        self._mutex = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self._db.executescript(SQLITE_SCHEMA)
        self._conn = _SqliteConn(self._db)

    def pragma(self, name: str) -> Any:
        """A PRAGMA's value (tests check the journal mode and the sync level)."""
        with self._mutex:
            return self._db.execute(f"PRAGMA {name}").fetchone()[0]

    @contextmanager
    def tx(self) -> Iterator[Conn]:
        """One transaction, committed on exit (rolled back on an exception)."""
        with self._mutex:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[Conn]:
        with self._mutex:
            yield self._conn

    def close(self) -> None:
        with self._mutex:
            self._db.close()


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


_DOC_COLS = "doc, state, reviewer, approver, sendback_reason, released, updated"


class StateStore:
    """The review server's state (see the module docstring).

    Args:
        where: the SQLite file (created if missing), or an open :class:`Backend`
            (``store_pg.PostgresBackend`` for a server database).
        lock_minutes: how long a lock lasts after the last activity of its holder.
        durable: for a SQLite file, an fsync per commit (``synchronous=FULL``).
    """

    def __init__(self, where: str | Path | Backend, *, lock_minutes: float = 15.0,
                 durable: bool = False) -> None:
        self.backend: Backend = (SqliteBackend(where, durable=durable) if isinstance(where, (str, Path))
                                 else where)
        self.errors = self.backend.errors
        self.lock_minutes = lock_minutes
        self._tx = self.backend.tx
        self._read = self.backend.read

    def close(self) -> None:
        self.backend.close()

    # ------------------------------------------------------------------ meta, users

    def secret(self) -> bytes:
        """The session-signing key (made once, kept in the store so sessions survive a restart)."""
        with self._tx() as db:
            db.run("INSERT INTO meta VALUES ('secret', ?) ON CONFLICT (key) DO NOTHING",
                   (secrets.token_bytes(32).hex(),))
            row = db.one("SELECT value FROM meta WHERE key='secret'")
            assert row is not None
            return bytes.fromhex(row[0])

    def touch_user(self, name: str) -> None:
        """Record that ``name`` signed in."""
        t = now_iso()
        with self._tx() as db:
            db.run("INSERT INTO users VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET last_seen=?",
                   (name, t, t, t))
            self._audit(db, name, "sign_in", "", None, None)

    def users(self) -> list[str]:
        with self._read() as db:
            return [r[0] for r in db.all("SELECT name FROM users ORDER BY name")]

    def plan_infos(self) -> dict[str, tuple[int, int, int, bool]]:
        """The saved plan summaries: doc -> (mtime_ns, pages, proposed, has a review page)."""
        with self._read() as db:
            rows = db.all("SELECT doc, mtime_ns, pages, proposed, review_html FROM plan_info")
        return {d: (int(m), int(p), int(n), bool(h)) for d, m, p, n, h in rows}

    def save_plan_infos(self, rows: dict[str, tuple[int, int, int, bool]]) -> None:
        with self._tx() as db:
            db.many("INSERT INTO plan_info VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc) DO UPDATE SET "
                    "mtime_ns=excluded.mtime_ns, pages=excluded.pages, proposed=excluded.proposed, "
                    "review_html=excluded.review_html",
                    [(d, m, p, n, int(h)) for d, (m, p, n, h) in sorted(rows.items())])

    # ------------------------------------------------------------------ documents

    def ensure_documents(self, docs: list[str]) -> None:
        """Add a ``proposed`` row for each document not yet known."""
        with self._read() as db:
            known = {r[0] for r in db.all("SELECT doc FROM documents")}
        new = [d for d in docs if d not in known]
        if not new:
            return  # the usual case: no write
        t = now_iso()
        with self._tx() as db:
            db.many("INSERT INTO documents (doc, state, updated) VALUES (?, 'proposed', ?) "
                    "ON CONFLICT (doc) DO NOTHING", [(d, t) for d in new])

    def document(self, doc: str) -> DocState:
        with self._read() as db:
            row = db.one(f"SELECT {_DOC_COLS} FROM documents WHERE doc=?", (doc,))
        if row is None:
            raise KeyError(doc)
        return DocState(*row)

    def documents(self) -> dict[str, DocState]:
        with self._read() as db:
            return {r[0]: DocState(*r) for r in db.all(f"SELECT {_DOC_COLS} FROM documents")}

    def decision_counts(self) -> dict[str, dict[str, int]]:
        """Per document, decided items by action."""
        out: dict[str, dict[str, int]] = {}
        with self._read() as db:
            rows = db.all(f"SELECT doc, {self.backend.action_sql}, count(*) FROM decisions GROUP BY 1, 2")
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
            db.run(f"UPDATE documents SET state=?, updated=?{', ' + sets if sets else ''} WHERE doc=?",
                   (new_state, now_iso(), *fields.values(), doc))
            if new_state not in ("proposed", "in_review"):
                db.run("DELETE FROM locks WHERE doc=?", (doc,))
            after = self._row(db, doc)
            self._audit(db, user, action, doc, before.to_dict(), after.to_dict())
            return after

    def _row(self, db: Conn, doc: str) -> DocState:
        """``doc``'s row inside a write, locked against other writers of the same document."""
        row = db.one(f"SELECT {_DOC_COLS} FROM documents WHERE doc=?{self.backend.for_update}", (doc,))
        if row is None:
            raise KeyError(doc)
        return DocState(*row)

    # ------------------------------------------------------------------ locks

    def lock(self, doc: str) -> Lock | None:
        """The live lock of ``doc`` (an expired one is None)."""
        with self._read() as db:
            row = db.one('SELECT "user", expires FROM locks WHERE doc=?', (doc,))
        if row is None or row[1] <= now_iso():
            return None
        return Lock(row[0], row[1])

    def locks(self) -> dict[str, Lock]:
        t = now_iso()
        with self._read() as db:
            rows = db.all('SELECT doc, "user", expires FROM locks')
        return {d: Lock(u, e) for d, u, e in rows if e > t}

    def _take_lock(self, db: Conn, doc: str, user: str) -> tuple[Lock | None, Lock]:
        """Take or refresh ``user``'s lock on ``doc`` inside a transaction; (the previous live lock, new)."""
        t = datetime.now(UTC)
        row = db.one('SELECT "user", expires FROM locks WHERE doc=?', (doc,))
        held = Lock(row[0], row[1]) if row and row[1] > now_iso(t) else None
        if held is not None and held.user != user:
            raise locked(held)
        new = Lock(user, now_iso(t + timedelta(minutes=self.lock_minutes)))
        db.run('INSERT INTO locks VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET "user"=?, expires=?',
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

    def _start_review(self, db: Conn, row: DocState, user: str) -> str:
        """A proposed document enters review with its first lock or decision (audited); the state after."""
        if row.state != "proposed":
            return row.state
        db.run("UPDATE documents SET state='in_review', reviewer=?, updated=? WHERE doc=?",
               (user, now_iso(), row.doc))
        self._audit(db, user, "start_review", row.doc, row.to_dict(), self._row(db, row.doc).to_dict())
        return "in_review"

    def claim_release(self, doc: str, user: str, *, minutes: float = RELEASE_CLAIM_MINUTES) -> Lock:
        """Claim the release of approved ``doc`` for ``user``: one release at a time across every
        server process sharing this store (the claim is a lock row, so a crashed release frees the
        document when it expires). A successful release's transition deletes it;
        :meth:`drop_release_claim` after a failed one.

        Raises:
            StateError: the document is not approved.
            LockedError: a live lock or claim is on it (another release is running).
        """
        with self._tx() as db:
            row = self._row(db, doc)  # the row lock orders concurrent claims
            if row.state != "approved":
                raise StateError(f"{doc} is {row.state}; only an approved document is released.")
            t = datetime.now(UTC)
            held = db.one('SELECT "user", expires FROM locks WHERE doc=?', (doc,))
            if held and held[1] > now_iso(t):
                raise locked(Lock(held[0], held[1]))
            claim = Lock(user + RELEASING, now_iso(t + timedelta(minutes=minutes)))
            db.run('INSERT INTO locks VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET "user"=?, expires=?',
                   (doc, claim.user, claim.expires, claim.user, claim.expires))
            self._audit(db, user, "release_claim", doc, None, claim.to_dict())
            return claim

    def drop_release_claim(self, doc: str, claim: Lock) -> None:
        """Free ``doc`` after a failed release (only the claim itself: a newer one stays)."""
        with self._tx() as db:
            db.run('DELETE FROM locks WHERE doc=? AND "user"=? AND expires=?',
                   (doc, claim.user, claim.expires))

    def release_lock(self, doc: str, user: str) -> None:
        """Drop ``user``'s lock on ``doc``.

        Raises:
            LockedError: another user holds it.
        """
        with self._tx() as db:
            self._row(db, doc)  # the document's row lock orders this after a concurrent lock or decision
            row = db.one('SELECT "user", expires FROM locks WHERE doc=?', (doc,))
            if row is None or row[1] <= now_iso():
                return
            if row[0] != user:
                raise locked(Lock(row[0], row[1]))
            db.run("DELETE FROM locks WHERE doc=?", (doc,))
            self._audit(db, user, "unlock", doc, {"user": row[0], "expires": row[1]}, None)

    # ------------------------------------------------------------------ decisions

    def decisions(self, doc: str) -> list[dict[str, Any]]:
        """The decided items of ``doc``, in the order they were first made."""
        with self._read() as db:
            rows = db.all("SELECT item FROM decisions WHERE doc=? ORDER BY seq", (doc,))
        return [json.loads(r[0]) for r in rows]

    def set_decision(self, doc: str, key: str, item: dict[str, Any] | None, user: str, *,
                     editable: tuple[str, ...]) -> tuple[Lock, str]:
        """Save (``item``) or remove (None) one decision, taking or refreshing ``user``'s lock.

        Returns:
            The lock and the document's state after it (a first decision starts the review).

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
            state = self._start_review(db, row, user)
            old = db.one("SELECT item, seq FROM decisions WHERE doc=? AND key=?", (doc, key))
            before = json.loads(old[0]) if old else None
            if item is None:
                db.run("DELETE FROM decisions WHERE doc=? AND key=?", (doc, key))
            else:
                if old:
                    seq = old[1]
                else:
                    top = db.one("SELECT coalesce(max(seq), 0) + 1 FROM decisions WHERE doc=?", (doc,))
                    seq = top[0] if top else 1
                text = json.dumps(item, ensure_ascii=False, sort_keys=True)
                t = now_iso()
                db.run('INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (doc, key) '
                       'DO UPDATE SET item=?, "user"=?, updated=?',
                       (doc, key, text, user, t, seq, text, user, t))
            if before != item:
                self._audit(db, user, "decide" if item is not None else "undecide", doc,
                            {"key": key, "item": before}, {"key": key, "item": item})
            return lock, state

    # ------------------------------------------------------------------ audit

    def audit(self, user: str, action: str, doc: str = "", before: Any = None, after: Any = None) -> None:
        """Record an action that changes no table (a release that failed, a sign-out)."""
        with self._tx() as db:
            self._audit(db, user, action, doc, before, after)

    def _audit(self, db: Conn, user: str, action: str, doc: str, before: Any, after: Any) -> None:
        db.run('INSERT INTO audit (ts, "user", action, doc, before, after) VALUES (?, ?, ?, ?, ?, ?)',
               (now_iso(), user, action, doc,
                None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
                None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True)))

    def audit_trail(self, doc: str | None = None, limit: int = 10000) -> list[AuditEntry]:
        """The audit entries (of ``doc``, or all), oldest first."""
        q = ('SELECT id, ts, "user", action, doc, before, after FROM audit'
             + (" WHERE doc=?" if doc is not None else "") + " ORDER BY id LIMIT ?")
        args: tuple[Any, ...] = (doc, limit) if doc is not None else (limit,)
        with self._read() as db:
            rows = db.all(q, args)
        return [AuditEntry(int(i), ts, u, a, d, json.loads(b) if b else None, json.loads(x) if x else None)
                for i, ts, u, a, d, b, x in rows]
