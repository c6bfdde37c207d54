"""Small file helpers: hashing, atomic writes (temp file in the same folder + rename), file modes
and CSV cells that a spreadsheet cannot run."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import socket
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path


def sha256_file(path: str | os.PathLike[str]) -> str:
    """SHA-256 hex digest of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _writer_tag() -> str:
    """Which machine and process writes a temp file (see :func:`remove_stale_parts`)."""
    return f"{socket.gethostname().replace('.', '_')}-{os.getpid()}"


@contextlib.contextmanager
def atomic_path(final: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; rename it over ``final`` only on success.

    A crash or exception leaves nothing under the final name (the temp file is
    removed), so a half-written output can never be mistaken for a finished one.
    The temp file is ``.NAME.HOST-PID.XXXX.part``; one left by a killed process is
    removed the next time anything is written to the same name.

    The temp file is created private (mode 600); a writer that replaces it (PyMuPDF's
    ``save``) leaves the umask's mode. ``mode`` sets the final file's permission bits
    explicitly (e.g. :func:`public_file_mode` for files that go out with the release).
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
        if mode is not None:
            os.chmod(tmp_path, mode)
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


def write_text_atomic(final: str | os.PathLike[str], text: str, *, mode: int | None = None) -> None:
    """Write ``text`` (UTF-8) to ``final`` atomically.

    The file is private (mode 600) unless ``mode`` says otherwise: logs hold redacted text.
    """
    with atomic_path(final, mode=mode) as tmp:
        tmp.write_text(text, encoding="utf-8")


def public_file_mode() -> int:
    """The mode a newly created file gets under the process umask (``0o666 & ~umask``).

    That is the mode of a release PDF (PyMuPDF creates it afresh). Read from
    ``/proc/self/status`` where it exists, so the umask is never changed (setting it to read
    it would race with other threads creating files).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a string starting with ``= + - @``, tab or CR
    gets a leading ``'`` (the OWASP rule). Numbers and None pass unchanged, so a negative
    number stays a number; a string such as ``"-5"`` is prefixed like any other string.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def csv_row(row: Mapping[str, object]) -> dict[str, object]:
    """``row`` with every cell passed through :func:`csv_cell` (for ``csv.DictWriter``)."""
    return {k: csv_cell(v) for k, v in row.items()}
