"""``redactkit serve``: a small web app for reviewing a whole packet, with locks, QC and an audit trail.

:mod:`.store` (state in SQLite inside the review folder), :mod:`.store_pg` (or in PostgreSQL),
:mod:`.auth` (sign-in, sessions, accounts), :mod:`.security` (headers, CSRF, paths),
:mod:`.packet` (the review folder's documents), :mod:`.search` (packet-wide search),
:mod:`.release` (apply → burn → verify),
:mod:`.pages` (index, sign-in and audit HTML), :mod:`.app` (the Starlette app).
Starlette and uvicorn are the optional extra ``redactkit[serve]``.
"""

from __future__ import annotations

from .app import EDITABLE, create_app, open_store
from .auth import AuthConfig, hash_password, load_users, verify_password
from .security import is_loopback
from .store import DB_NAME, STATES, StateStore
from .store_pg import PostgresBackend

__all__ = [
    "DB_NAME",
    "EDITABLE",
    "STATES",
    "AuthConfig",
    "PostgresBackend",
    "StateStore",
    "create_app",
    "hash_password",
    "is_loopback",
    "load_users",
    "open_store",
    "verify_password",
]
