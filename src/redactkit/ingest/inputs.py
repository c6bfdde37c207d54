"""What the API accepts as a source: a path, ``bytes`` or a binary file object.

A path is read where it is. ``bytes`` (or ``bytearray``/``memoryview``) and binary
file objects (``io.BytesIO``, ``open(f, "rb")``, a upload stream) are *spooled*: written
to a private temporary file (a fresh ``0700`` folder from :func:`tempfile.mkdtemp`, file
mode ``0600``) that is removed before the call returns, success or not. Every stage
then reads them exactly as it reads a path, so an in-memory source gets the same input
checks (type sniffing, damaged and encrypted files, page limits, hardening) as a file.

The type of in-memory data is sniffed from its magic bytes (``%PDF-``, PNG, JPEG,
TIFF), never from a name. With no path, messages and the log name the source by the
caller's ``name=`` or, without one, ``<bytes>``; the log's ``source.path`` is then the
given name or null.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Union

from ..errors import EmptyDocumentError, RedactkitError, UsageError

__all__ = [
    "OpenedSource",
    "SourceInput",
    "UNNAMED",
    "is_path",
    "opened_source",
    "read_source_bytes",
    "sniff_suffix",
]

#: A source: a path (``str`` or ``os.PathLike``), the document's bytes, or a binary file object.
SourceInput = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes]]

#: Label used in messages for in-memory sources without a ``name=``.
UNNAMED = "<bytes>"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
)


def sniff_suffix(head: bytes) -> str:
    """The file suffix for data starting with ``head`` (``.pdf .png .jpg .tif``), or ``""``.

    A PDF header may follow up to 1 KiB of junk (as readers allow); anything
    unrecognised gets no suffix and is refused by ingest as unsupported.
    """
    for magic, suffix in _MAGIC:
        if head.startswith(magic):
            return suffix
    return ".pdf" if b"%PDF-" in head[:1024] else ""


@dataclass(frozen=True)
class OpenedSource:
    """A source ready for the path-based stages.

    Attributes:
        path: the file to read (the caller's file, or the private spool file).
        label: how messages name the source (the caller's path, ``name=`` or ``<bytes>``).
        log_path: ``source.path`` of the log: the absolute path of a path input, the
            caller's ``name=`` for in-memory input, else None.
        spooled: True when ``path`` is a private temporary copy of in-memory data.
    """

    path: Path
    label: str
    log_path: str | None
    spooled: bool


def is_path(src: object) -> bool:
    """True when ``src`` is a file system path (``str`` or ``os.PathLike``)."""
    return isinstance(src, str | os.PathLike)


def read_source_bytes(src: object) -> bytes:
    """The bytes of an in-memory source (``bytes``-like or a binary file object).

    Raises:
        UsageError: ``src`` is neither, or a file object opened in text mode.
    """
    if isinstance(src, bytes | bytearray | memoryview):
        return bytes(src)
    read = getattr(src, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, str):
            raise UsageError("the source file object is open in text mode; open it with 'rb'.")
        if not isinstance(data, bytes | bytearray | memoryview):
            raise UsageError(f"the source file object's read() returned {type(data).__name__}, not bytes.")
        return bytes(data)
    raise UsageError(
        f"a source is a path (str or os.PathLike), bytes, or a binary file object, "
        f"not {type(src).__name__}."
    )


@contextlib.contextmanager
def opened_source(src: SourceInput, name: str | None = None) -> Iterator[OpenedSource]:
    """Yield ``src`` as an :class:`OpenedSource`; spool in-memory data and remove the copy after.

    Errors raised inside the block that name the spool file are rewritten to name the
    source's label instead (the temporary path means nothing to the caller).

    Raises:
        UsageError: ``src`` is not a path, bytes or a binary file object.
        EmptyDocumentError: in-memory data of zero bytes.
    """
    if is_path(src):
        p = Path(src)  # type: ignore[arg-type]
        yield OpenedSource(path=p, label=str(p), log_path=name or os.path.abspath(p), spooled=False)
        return
    data = read_source_bytes(src)
    label = name or UNNAMED
    if not data:
        raise EmptyDocumentError(f"{label}: the input is empty (0 bytes); nothing to redact.")
    folder = tempfile.mkdtemp(prefix="redactkit-")
    spool = Path(folder) / ("source" + sniff_suffix(data[:1024]))
    try:
        fd = os.open(spool, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with io.FileIO(fd, "wb") as f:
            f.write(data)
        del data
        try:
            yield OpenedSource(path=spool, label=label, log_path=name, spooled=True)
        except RedactkitError as exc:
            _rename_in_message(exc, str(spool), label)
            raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _rename_in_message(exc: BaseException, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in an exception's message, keeping its type and attributes."""
    if exc.args and isinstance(exc.args[0], str) and old in exc.args[0]:
        exc.args = (exc.args[0].replace(old, new), *exc.args[1:])
