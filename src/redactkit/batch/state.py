"""Crash-safe packet state: which documents of a batch are done, in SQLite beside the outputs.

The state lives in ``OUT/packet-state.sqlite`` (WAL journal, ``synchronous=FULL``),
written by the parent process only. A document counts as done for a rerun when
its row matches the same **source SHA-256 + policy key + tool version** and its
redacted output still exists with the recorded SHA-256. Anything else is redone.

Why this survives SIGKILL at any point:

* a worker writes the redacted PDF through :func:`redactkit.fileio.atomic_path`
  (temp file + rename), so a finished-looking file is always a finished file;
* the parent commits a document's ``done`` row only after the worker returned
  success, in one transaction; a kill before the commit just means the document
  is redone (its output is replaced atomically), a kill after it means it is skipped;
* SQLite's WAL journal makes each commit atomic and durable;
* temp files a killed run left behind (``.NAME.XXXX.part``, never a final
  name) are deleted when the next run starts, under a lock that allows one run
  per output folder.

Every successful completion is also appended to the ``completions`` table (one
row per run that finished the document), so "each document done exactly once"
can be checked after an interrupted run and its resume.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._fileio import sha256_file
from ..errors import UsageError

__all__ = [
    "DocKey",
    "LOCK_FILE",
    "PacketState",
    "STATE_FILE",
    "read_completion_counts",
    "remove_partials",
]

#: File name of the state database inside the output folder.
STATE_FILE = "packet-state.sqlite"
#: Lock file: one batch run per output folder at a time.
LOCK_FILE = ".packet.lock"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    policy_key TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    status TEXT NOT NULL,
    output_sha256 TEXT,
    error TEXT,
    result_json TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS completions (
    doc_id TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    policy_key TEXT NOT NULL,
    run_id TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS proposals (
    source_sha256 TEXT NOT NULL,
    policy_key TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    names_json TEXT NOT NULL,
    PRIMARY KEY (source_sha256, policy_key, tool_version)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started REAL NOT NULL,
    finished REAL,
    argv_json TEXT
);
"""


@dataclass(frozen=True)
class DocKey:
    """What makes a finished document reusable: same file bytes, same policy, same tool."""

    doc_id: str
    source_sha256: str
    policy_key: str
    tool_version: str


class PacketState:
    """The SQLite state of one output folder. Use as a context manager; parent process only.

    Args:
        out_dir: the batch output folder (created if missing).
        run_argv: recorded with the run, for the record.
    """

    def __init__(self, out_dir: str | os.PathLike[str], run_argv: list[str] | None = None) -> None:
        self.path = Path(out_dir) / STATE_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.path.parent / LOCK_FILE, "a+")  # held for the whole run
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock.close()
            raise UsageError(
                f"another batch run is writing to {self.path.parent}; wait for it or use another folder."
            ) from exc
        self.removed_partials = remove_partials(self.path.parent)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self.run_id = uuid.uuid4().hex
        with self._tx():
            self._db.execute(
                "INSERT INTO runs(run_id, started, argv_json) VALUES (?, ?, ?)",
                (self.run_id, time.time(), json.dumps(run_argv or [])),
            )

    def __enter__(self) -> PacketState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Mark the run finished and close the connection."""
        try:
            with self._tx():
                self._db.execute("UPDATE runs SET finished = ? WHERE run_id = ?", (time.time(), self.run_id))
        finally:
            self._db.close()
            self._lock.close()

    def _tx(self) -> _Transaction:
        return _Transaction(self._db)

    # ------------------------------------------------------------------ documents

    def completed(self, key: DocKey, output: Path) -> dict[str, Any] | None:
        """The stored result of ``key`` when it is done and its output is intact, else None."""
        row = self._db.execute(
            "SELECT status, output_sha256, result_json FROM documents WHERE doc_id = ? AND "
            "source_sha256 = ? AND policy_key = ? AND tool_version = ?",
            (key.doc_id, key.source_sha256, key.policy_key, key.tool_version),
        ).fetchone()
        if row is None or row[0] != "done" or not output.is_file():
            return None

        if row[1] and sha256_file(output) != row[1]:
            return None
        result: dict[str, Any] = json.loads(row[2]) if row[2] else {}
        return result

    def record(
        self,
        key: DocKey,
        source_path: str,
        status: str,
        *,
        output_sha256: str | None = None,
        error: str | None = None,
        result: dict[str, Any] | None = None,
    ) -> None:
        """Store a document's outcome (``done`` or ``failed``) in one durable transaction."""
        now = time.time()
        with self._tx():
            self._db.execute(
                """INSERT INTO documents(doc_id, source_path, source_sha256, policy_key, tool_version,
                       status, output_sha256, error, result_json, attempts, updated)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                   ON CONFLICT(doc_id) DO UPDATE SET source_path = excluded.source_path,
                       source_sha256 = excluded.source_sha256, policy_key = excluded.policy_key,
                       tool_version = excluded.tool_version, status = excluded.status,
                       output_sha256 = excluded.output_sha256, error = excluded.error,
                       result_json = excluded.result_json, attempts = documents.attempts + 1,
                       updated = excluded.updated""",
                (
                    key.doc_id,
                    source_path,
                    key.source_sha256,
                    key.policy_key,
                    key.tool_version,
                    status,
                    output_sha256,
                    error,
                    json.dumps(result) if result is not None else None,
                    now,
                ),
            )
            if status == "done":
                self._db.execute(
                    "INSERT INTO completions(doc_id, source_sha256, policy_key, run_id, at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (key.doc_id, key.source_sha256, key.policy_key, self.run_id, now),
                )

    def statuses(self) -> dict[str, str]:
        """doc_id → last status."""
        return dict(self._db.execute("SELECT doc_id, status FROM documents").fetchall())

    def completion_counts(self) -> dict[str, int]:
        """doc_id → how many runs completed it (all keys)."""
        return dict(self._db.execute("SELECT doc_id, COUNT(*) FROM completions GROUP BY doc_id").fetchall())

    # ------------------------------------------------------------------ --consistent pass 1

    def proposal(self, source_sha256: str, policy_key: str, tool_version: str) -> list[str] | None:
        """Redacted person names found in pass 1 for this file and policy, if already known."""
        row = self._db.execute(
            "SELECT names_json FROM proposals "
            "WHERE source_sha256 = ? AND policy_key = ? AND tool_version = ?",
            (source_sha256, policy_key, tool_version),
        ).fetchone()
        return list(json.loads(row[0])) if row else None

    def record_proposal(
        self, source_sha256: str, policy_key: str, tool_version: str, names: list[str]
    ) -> None:
        """Remember pass-1 names so a resumed ``--consistent`` run need not detect again."""
        with self._tx():
            self._db.execute(
                "INSERT OR REPLACE INTO proposals(source_sha256, policy_key, tool_version, names_json) "
                "VALUES (?, ?, ?, ?)",
                (source_sha256, policy_key, tool_version, json.dumps(sorted(names))),
            )


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def remove_partials(out_dir: Path) -> int:
    """Delete temp files (``.NAME.XXXX.part``) a killed run left in ``out_dir``; return how many.

    Called before any worker starts, under the run lock, so no live write is touched.
    """
    n = 0
    for tmp in out_dir.rglob(".*.part"):
        if tmp.is_file():
            tmp.unlink()
            n += 1
    return n


def read_completion_counts(out_dir: str | os.PathLike[str]) -> dict[str, int]:
    """doc_id → number of completions recorded in ``out_dir``'s state (for checks and tests)."""
    db = sqlite3.connect(Path(out_dir) / STATE_FILE)
    try:
        return dict(db.execute("SELECT doc_id, COUNT(*) FROM completions GROUP BY doc_id").fetchall())
    finally:
        db.close()
