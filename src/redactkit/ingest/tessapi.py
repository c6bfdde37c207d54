"""Tesseract in this process, through its C API (the ``libtesseract`` the CLI itself runs).

Each ``tesseract`` command loads the English model again (about 0.12 s of CPU a run, some
5 % of a 300-dpi page); a scanned page runs Tesseract twice (ingest, and verification's
independent read). Here the model is loaded once per process, thread and reader (ingest,
verification), and each page goes through the steps the CLI takes for ``tesseract page.pnm
out -l eng --psm 3
-c tessedit_create_tsv=1 [-c tessedit_do_invert=0]``: the same image file read by
Leptonica's ``pixRead``, the same variables, ``Recognize``, and the TSV the CLI writes
(its header line and ``GetTSVText`` of page 0), parsed by pytesseract's own parser. Same
library, same input, same settings: the same words, boxes and confidences
(``tests/test_tessapi.py`` compares both paths).

Used only where it can be the same run: on Linux, with ``libtesseract.so.5`` and
``liblept.so.5`` present, and OpenMP not loaded yet by anything else in the process (the
library is loaded with ``OMP_THREAD_LIMIT=1``, which OpenMP reads once when it loads: on
a 2-core machine Tesseract's own threads are several times slower than one thread a
process). Otherwise :func:`available` is False and callers run the CLI, as before.
The timeout is Tesseract's own deadline on recognition (the CLI path kills the process
at any stage).
"""

from __future__ import annotations

import atexit
import ctypes
import os
import threading
from typing import Any

__all__ = ["TSV_HEADER", "available", "image_to_data"]

#: The header line the CLI's TSV renderer writes before a page's rows.
TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
_PSM_AUTO = 3

_libs: tuple[Any, Any] | None = None
_tried = False
_load_lock = threading.Lock()
_local = threading.local()
_made: list[tuple[int, int]] = []  # (process id, handle): ended at exit


def _openmp_loaded() -> bool:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            return any("libgomp" in line for line in f)
    except OSError:
        return True  # cannot tell: do not load the library in process


def _load() -> tuple[Any, Any] | None:
    global _libs, _tried
    with _load_lock:
        if _tried:
            return _libs
        _tried = True
        if not os.path.exists("/proc/self/maps") or _openmp_loaded():
            return None
        old = os.environ.get("OMP_THREAD_LIMIT")
        os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            tess = ctypes.CDLL("libtesseract.so.5")
            lept = ctypes.CDLL("liblept.so.5")
        except OSError:
            return None
        finally:
            if old is None:
                os.environ.pop("OMP_THREAD_LIMIT", None)
            else:
                os.environ["OMP_THREAD_LIMIT"] = old
        p = ctypes.c_void_p
        for name, res, args in [
            ("TessBaseAPICreate", p, []),
            ("TessBaseAPIInit3", ctypes.c_int, [p, ctypes.c_char_p, ctypes.c_char_p]),
            ("TessBaseAPISetPageSegMode", None, [p, ctypes.c_int]),
            ("TessBaseAPISetVariable", ctypes.c_int, [p, ctypes.c_char_p, ctypes.c_char_p]),
            ("TessBaseAPISetInputName", None, [p, ctypes.c_char_p]),
            ("TessBaseAPISetImage2", None, [p, p]), ("TessBaseAPIRecognize", ctypes.c_int, [p, p]),
            ("TessBaseAPIGetTsvText", p, [p, ctypes.c_int]), ("TessDeleteText", None, [p]),
            ("TessBaseAPIClear", None, [p]), ("TessBaseAPIDelete", None, [p]),
            ("TessMonitorCreate", p, []), ("TessMonitorDelete", None, [p]),
            ("TessMonitorSetDeadlineMSecs", None, [p, ctypes.c_int]),
        ]:
            f = getattr(tess, name)
            f.restype, f.argtypes = res, args
        lept.pixRead.restype, lept.pixRead.argtypes = p, [ctypes.c_char_p]
        lept.pixDestroy.restype, lept.pixDestroy.argtypes = None, [ctypes.POINTER(p)]
        _libs = (tess, lept)
        atexit.register(_end)
        return _libs


def _end() -> None:
    """End this process's handles (else the model cache reports leaks at exit)."""
    if _libs is not None:
        for pid, h in _made:
            if pid == os.getpid():
                _libs[0].TessBaseAPIDelete(h)
        _made.clear()


def available() -> bool:
    """True when pages can be read in process (see the module docstring)."""
    return _load() is not None


def _api(tess: Any, lang: str, reader: str) -> int:
    """This thread's Tesseract handle for ``lang`` and ``reader`` (made and initialised once)."""
    key = (os.getpid(), lang, reader)
    handles: dict[tuple[int, str, str], int] = getattr(_local, "handles", {})
    _local.handles = handles
    if key not in handles:
        h = tess.TessBaseAPICreate()
        # The library's messages ("Estimating resolution as ...") went to the CLI's captured
        # stderr; in process they would reach the user's terminal.
        tess.TessBaseAPISetVariable(h, b"debug_file", b"/dev/null")
        if tess.TessBaseAPIInit3(h, None, lang.encode()) != 0:
            tess.TessBaseAPIDelete(h)
            raise RuntimeError(f"Tesseract could not load language data '{lang}'")
        handles[key] = h
        _made.append((key[0], h))
    return handles[key]


def image_to_data(path: str, lang: str, *, invert: bool, timeout: float, reader: str = "ingest") -> str:
    """The TSV text (header included) the CLI writes for the image file at ``path``.

    Each ``reader`` (ingest, verification) has its own Tesseract instance, as each had its
    own process before: verification does not read with the instance that read the source.
    Raises RuntimeError when the image cannot be read, recognition fails or runs past
    ``timeout`` seconds (0: no limit)."""
    libs = _load()
    if libs is None:
        raise RuntimeError("Tesseract's library cannot be used in this process")
    tess, lept = libs
    h = _api(tess, lang, reader)
    pix = ctypes.c_void_p(lept.pixRead(path.encode()))
    if not pix.value:
        raise RuntimeError(f"Leptonica could not read {path}")
    monitor = tess.TessMonitorCreate() if timeout else None
    try:
        tess.TessBaseAPISetPageSegMode(h, _PSM_AUTO)
        tess.TessBaseAPISetVariable(h, b"tessedit_create_tsv", b"1")
        tess.TessBaseAPISetVariable(h, b"tessedit_do_invert", b"1" if invert else b"0")
        tess.TessBaseAPISetInputName(h, path.encode())
        tess.TessBaseAPISetImage2(h, pix)
        if monitor:
            tess.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout * 1000)))
        if tess.TessBaseAPIRecognize(h, monitor) < 0:
            raise RuntimeError("recognition failed or ran past its deadline")
        out = tess.TessBaseAPIGetTsvText(h, 0)
        if not out:
            raise RuntimeError("Tesseract returned no TSV")
        try:
            tsv = ctypes.string_at(out).decode("utf-8")
        finally:
            tess.TessDeleteText(out)
        return TSV_HEADER + tsv
    finally:
        tess.TessBaseAPIClear(h)
        if monitor:
            tess.TessMonitorDelete(monitor)
        lept.pixDestroy(ctypes.byref(pix))
