"""The review state in PostgreSQL (``redactkit serve --database postgresql://...``), through SQLAlchemy.

For a records unit whose reviewers reach the app on several machines, or several server
processes over one packet: the state moves from the SQLite file to a server database that
is backed up with the unit's other databases. Same tables and the same SQL as the SQLite
store (:mod:`.store`), with three differences:

* each transaction takes the document's row with ``SELECT ... FOR UPDATE``, so two processes
  deciding on, locking or moving the same document are serialised by the database (SQLite
  has one writer at a time anyway);
* ``audit.id`` is a ``BIGSERIAL`` and ``plan_info.mtime_ns`` a ``BIGINT``;
* the ``action`` of a decision item is read with ``item::jsonb ->> 'action'``.

Each commit is durable (PostgreSQL's default ``synchronous_commit=on``). One database (or one
schema, via ``?options=-csearch_path%3Dname``) holds the state of one review folder.

Needs the optional extra ``redactkit[postgres]`` (SQLAlchemy and the psycopg 3 driver); without
it the SQLite store works and ``--database`` says what to install.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import UsageError
from .store import Conn

try:  # the optional extra redactkit[postgres]: only a PostgreSQL store needs it
    import sqlalchemy
    from sqlalchemy import exc as sa_exc
except ImportError:  # the SQLite store works without it
    sqlalchemy = None  # type: ignore[assignment]

__all__ = ["PG_SCHEMA", "PostgresBackend", "engine_url"]

PG_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, state TEXT NOT NULL, reviewer TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '', sendback_reason TEXT NOT NULL DEFAULT '',
    released TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS decisions (
    doc TEXT NOT NULL, key TEXT NOT NULL, item TEXT NOT NULL, "user" TEXT NOT NULL,
    updated TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (doc, key))""",
    """CREATE TABLE IF NOT EXISTS locks (
    doc TEXT PRIMARY KEY, "user" TEXT NOT NULL, expires TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS audit (
    id BIGSERIAL PRIMARY KEY, ts TEXT NOT NULL, "user" TEXT NOT NULL,
    action TEXT NOT NULL, doc TEXT NOT NULL DEFAULT '', before TEXT, after TEXT)""",
    "CREATE INDEX IF NOT EXISTS audit_doc ON audit (doc)",
    """CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS plan_info (
    doc TEXT PRIMARY KEY, mtime_ns BIGINT NOT NULL, pages INTEGER NOT NULL, proposed INTEGER NOT NULL,
    review_html INTEGER NOT NULL)""",
)
# two servers starting at once on an empty database must not both run the CREATEs
_SCHEMA_LOCK = 0x726B5F7365727665  # pg_advisory_xact_lock key ("rk_serve")


def engine_url(url: str) -> str:
    """``postgresql://...`` with the psycopg 3 driver SQLAlchemy should use (a given driver is kept)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if not url.startswith("postgresql"):
        raise UsageError(f"--database {url.split('://')[0]}://...: only postgresql:// URLs are supported "
                         "(the default state is the SQLite file in the review folder).")
    return "postgresql+psycopg://" + url.split("://", 1)[1] if url.startswith("postgresql://") else url


def _driver_sql(sql: str) -> str:
    """The store's ``?`` parameters in psycopg's ``%s`` style (the store's SQL has no literal ``%``)."""
    return sql.replace("?", "%s")


class _PgConn:
    def __init__(self, conn: Any) -> None:
        self.c = conn

    def one(self, sql: str, args: Sequence[Any] = ()) -> Sequence[Any] | None:
        row: Sequence[Any] | None = self.c.exec_driver_sql(_driver_sql(sql), tuple(args)).fetchone()
        return row

    def all(self, sql: str, args: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(self.c.exec_driver_sql(_driver_sql(sql), tuple(args)).fetchall())

    def run(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.c.exec_driver_sql(_driver_sql(sql), tuple(args))

    def many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.c.exec_driver_sql(_driver_sql(sql), rows)


class PostgresBackend:
    """A PostgreSQL database through a SQLAlchemy engine (a pool of connections; no process lock).

    Args:
        url: ``postgresql://user:password@host:port/dbname`` (or ``postgresql+psycopg://...``).

    Raises:
        UsageError: SQLAlchemy or psycopg is missing, or the database cannot be reached.
    """

    for_update = " FOR UPDATE"
    action_sql = "(item::jsonb ->> 'action')"

    def __init__(self, url: str) -> None:
        if sqlalchemy is None:
            raise UsageError("--database postgresql://... needs the postgres extra (SQLAlchemy is missing): "
                             "pip install 'redactkit[postgres]'.")
        self.errors: tuple[type[BaseException], ...] = (sa_exc.SQLAlchemyError,)
        try:
            self._engine = sqlalchemy.create_engine(engine_url(url), pool_size=8, max_overflow=32,
                                                    pool_pre_ping=True)
        except ImportError as e:  # the driver (psycopg) is missing
            raise UsageError(f"--database: the PostgreSQL driver is missing ({e.name}): "
                             "pip install 'redactkit[postgres]'.") from None
        try:
            with self._engine.begin() as c:
                c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})")
                for stmt in PG_SCHEMA:
                    c.exec_driver_sql(stmt)
        except sa_exc.OperationalError as e:
            self._engine.dispose()
            where = self._engine.url.render_as_string(hide_password=True)
            raise UsageError(f"--database {where}: cannot connect ({str(e.orig).strip()}); check the URL "
                             "and that the server runs.") from None

    @contextmanager
    def tx(self) -> Iterator[Conn]:
        """One transaction (READ COMMITTED + the document's row lock), committed on exit."""
        with self._engine.begin() as c:
            yield _PgConn(c)

    @contextmanager
    def read(self) -> Iterator[Conn]:
        with self._engine.connect() as c:
            yield _PgConn(c)

    def close(self) -> None:
        self._engine.dispose()
