"""Who is signed in: accounts file, startup token, and the signed session cookie.

Three ways to sign in (:class:`AuthConfig`):

* **name only** -- allowed only when the server binds to localhost: a reviewer types
  their name (anyone who can reach 127.0.0.1 is already on the machine);
* **accounts** (``--users FILE``) -- one ``name:scrypt$N$r$p$salt$hash`` line per user
  (:func:`hash_password`; ``redactkit serve --add-user NAME --users FILE`` writes one);
* **startup token** (``--token``) -- a random token printed when the server starts; every
  user signs in with their name and that token.

The session is a cookie ``rk_session`` = base64(JSON {user, csrf, exp}) + ``.`` + HMAC-SHA256
under the store's secret: the server keeps no session table, and the CSRF token of the
session travels inside the signed value (the page sends it back in ``X-CSRF-Token``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError

__all__ = [
    "SESSION_COOKIE",
    "AuthConfig",
    "Session",
    "hash_password",
    "load_users",
    "sign_session",
    "verify_password",
    "verify_session",
]

SESSION_COOKIE = "rk_session"
#: A session lasts this long (seconds) after sign-in.
SESSION_SECONDS = 12 * 3600
_SCRYPT = (2**14, 8, 1)  # n, r, p: ~16 MiB and ~50 ms per check on one core


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt_hex$hash_hex`` of ``password`` (stdlib :func:`hashlib.scrypt`)."""
    n, r, p = _SCRYPT
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches a :func:`hash_password` value (constant-time compare)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(bytes.fromhex(digest)))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def load_users(path: str | os.PathLike[str]) -> dict[str, str]:
    """Read an accounts file: ``name:hash`` per line, ``#`` comments and blank lines skipped.

    Raises:
        UsageError: the file is missing or a line is malformed (named by its number).
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise UsageError(f"{p}: accounts file not found (create it with 'redactkit serve --users "
                         f"{p} --add-user NAME').") from None
    users: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, stored = line.rpartition(":")
        if not sep or not name.strip() or not stored.startswith("scrypt$"):
            raise UsageError(f"{p}: line {n}: expected 'name:scrypt$...' (a hashed password).")
        users[name.strip()] = stored
    return users


@dataclass(frozen=True)
class AuthConfig:
    """How users sign in: by name only (localhost), with an accounts file, or with a startup token."""

    users: dict[str, str] = field(default_factory=dict)
    token: str = ""

    @property
    def name_only(self) -> bool:
        return not self.users and not self.token

    def check(self, name: str, secret: str) -> bool:
        """True when ``name`` may sign in with ``secret`` (a password or the startup token)."""
        if not name or len(name) > 80 or any(c in name for c in "\r\n\t"):
            return False
        if self.users:
            stored = self.users.get(name)
            return stored is not None and verify_password(secret, stored)
        if self.token:
            return hmac.compare_digest(secret.encode(), self.token.encode())
        return True


@dataclass(frozen=True)
class Session:
    """A signed-in user and the CSRF token of their session."""

    user: str
    csrf: str
    expires: float


def sign_session(key: bytes, user: str, *, now: float | None = None) -> tuple[str, Session]:
    """A new session for ``user``: the cookie value and the session."""
    s = Session(user, secrets.token_urlsafe(24), (now or time.time()) + SESSION_SECONDS)
    body = base64.urlsafe_b64encode(json.dumps({"u": s.user, "c": s.csrf, "e": s.expires}).encode())
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    return f"{body.decode()}.{mac}", s


def verify_session(key: bytes, value: str | None, *, now: float | None = None) -> Session | None:
    """The session of a cookie value, or None when it is missing, forged or expired."""
    if not value or "." not in value:
        return None
    body, _, mac = value.rpartition(".")
    want = hmac.new(key, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(want, mac):
        return None
    try:
        d = json.loads(base64.urlsafe_b64decode(body.encode()))
        s = Session(str(d["u"]), str(d["c"]), float(d["e"]))
    except (ValueError, KeyError, TypeError):
        return None
    return s if s.expires > (now or time.time()) else None
