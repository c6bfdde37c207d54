"""The server's guards: bind address, security headers, CSRF check, and files inside REVIEW_DIR only.

* :func:`is_loopback` -- anything but a loopback address needs accounts or a token.
* :data:`CSP` -- no network at all but this server (``connect-src 'self'``); inline
  script and style for the self-contained review page, images only as ``data:``.
* :func:`csrf_ok` -- every state-changing request carries the session's token.
* :func:`safe_file` -- a request path is resolved (symlinks followed) and served only
  when the result is a regular file inside the review folder and not the state file.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from pathlib import Path
from urllib.parse import unquote

from ..names import NAME_MAP
from .store import DB_NAME

__all__ = ["CSP", "SECURITY_HEADERS", "csrf_ok", "is_loopback", "page_csp", "safe_file"]

CSP = ("default-src 'none'; connect-src 'self'; img-src data:; style-src 'unsafe-inline'; "
       "script-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
#: Files of the review folder never served: the state database (and its journal) and the
#: private map of replaced file names.
_PRIVATE = (DB_NAME, NAME_MAP)


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def page_csp(meta: str) -> str:
    """The review page's CSP meta value with ``connect-src 'self'`` added (nothing else)."""
    parts = [p.strip() for p in meta.split(";") if p.strip() and not p.strip().startswith("connect-src")]
    return "; ".join([parts[0], "connect-src 'self'", *parts[1:]]) if parts else "connect-src 'self'"


def csrf_ok(expected: str, given: str | None) -> bool:
    """Constant-time check of a request's CSRF token against the session's."""
    return bool(expected) and bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


def safe_file(root: Path, rel: str) -> Path | None:
    """The file ``rel`` names inside ``root``, or None when it is outside, hidden, private or no file.

    ``rel`` may arrive percent-encoded once more than the router decoded it; it is decoded
    until stable, and then absolute paths, ``..`` segments, NUL bytes and symlinks whose
    target leaves ``root`` are all refused.
    """
    for _ in range(3):
        decoded = unquote(rel)
        if decoded == rel:
            break
        rel = decoded
    if not rel or "\x00" in rel or "\\" in rel or os.path.isabs(rel) or rel.startswith("~"):
        return None
    parts = Path(rel).parts
    if any(p in ("..", ".") or p.startswith(".") for p in parts):
        return None
    base = root.resolve()
    try:
        target = (base / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not target.is_relative_to(base) or not target.is_file():
        return None
    if target.name.startswith(_PRIVATE) or target.name.startswith("."):
        return None
    return target
