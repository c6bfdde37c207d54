"""Small file helpers: hashing and atomic writes (temp file in the same folder + rename)."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path


def sha256_file(path: str | os.PathLike[str]) -> str:
    """SHA-256 hex digest of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _writer_tag() -> str:
    """Which machine and process writes a temp file (see :func:`remove_stale_parts`)."""
    return f"{socket.gethostname().replace('.', '_')}-{os.getpid()}"


@contextlib.contextmanager
def atomic_path(final: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; rename it over ``final`` only on success.

    A crash or exception leaves nothing under the final name (the temp file is
    removed), so a half-written output can never be mistaken for a finished one.
    The temp file is ``.NAME.HOST-PID.XXXX.part``; one left by a killed process is
    removed the next time anything is written to the same name.
    """
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(final)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.{_writer_tag()}.", suffix=".part", dir=final.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp_path, final)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def remove_stale_parts(final: Path) -> int:
    """Delete temp files for ``final`` left by a process of this machine that no longer runs.

    Temp files of live processes, of other machines (shared storage) and of unknown
    format are left alone. Returns how many were removed.
    """
    host = socket.gethostname().replace(".", "_")
    removed = 0
    for tmp in final.parent.glob(f".{glob.escape(final.name)}.{glob.escape(host)}-*.part"):
        pid_text = tmp.name[len(f".{final.name}.{host}-"):].split(".", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def write_text_atomic(final: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``final`` atomically."""
    with atomic_path(final) as tmp:
        tmp.write_text(text, encoding="utf-8")
