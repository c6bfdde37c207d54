"""Tesseract's C API (the ``libtesseract`` the CLI itself runs), driven from the OCR worker
process: this file is that process's program (``python -I -S tessapi.py``, started and
fed by :mod:`.ocrworker`). It imports nothing but the standard library.

A page's pixels arrive raw on the process's standard input and go to
``TessBaseAPISetImage`` (no image file is written or parsed); each page then goes through
the steps the CLI takes for ``tesseract page.pnm out -l eng --psm 3 -c tessedit_create_tsv=1
[-c tessedit_do_invert=0]``: the same variables, ``Recognize``, and the TSV the CLI writes
(its header line and ``GetTSVText`` of page 0). Same library, same pixels, same settings:
the same words, boxes and confidences (``tests/test_tessapi.py`` compares both paths).

The model is loaded once per worker and reader (ingest, verification: verification does not
read with the instance that read the source). The library is loaded with
``OMP_THREAD_LIMIT=1``, which OpenMP reads once when it loads: on a 2-core machine
Tesseract's own threads are several times slower than one thread a process.

Protocol (one request at a time, all lengths in bytes). The worker writes ``ready`` (or
``unavailable <why>``) and a newline once the library is loaded. A request is a JSON line
``{"w", "h", "bpp", "bpl", "invert", "reader", "lang", "n"}`` followed by ``n`` bytes of
pixels (``bpp`` bytes a pixel, 0 for packed bits where 1 is white, ``bpl`` bytes a row);
the answer is a JSON line ``{"ok": true, "n"}`` followed by ``n`` bytes of UTF-8 TSV, or
``{"ok": false, "error"}``. End of input ends the worker; so does its parent's death.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
import threading
import time
from typing import IO, Any

__all__ = ["TSV_HEADER", "load", "recognise", "serve"]

#: The header line the CLI's TSV renderer writes before a page's rows.
TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
_PSM_AUTO = 3
#: How often the worker looks whether its parent is still alive (seconds).
PARENT_POLL = 0.5

_tess: Any = None
_handles: dict[tuple[str, str], int] = {}


def load() -> Any:
    """The library with its functions typed, or None (not Linux, library missing, or OpenMP
    already loaded with another thread limit)."""
    global _tess
    if _tess is not None:
        return _tess
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            if any("libgomp" in line for line in f):
                return None
    except OSError:
        return None
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        tess = ctypes.CDLL("libtesseract.so.5")
    except OSError:
        return None
    p, i = ctypes.c_void_p, ctypes.c_int
    for name, res, args in [
        ("TessBaseAPICreate", p, []),
        ("TessBaseAPIInit3", i, [p, ctypes.c_char_p, ctypes.c_char_p]),
        ("TessBaseAPISetPageSegMode", None, [p, i]),
        ("TessBaseAPISetVariable", i, [p, ctypes.c_char_p, ctypes.c_char_p]),
        ("TessBaseAPISetImage", None, [p, p, i, i, i, i]), ("TessBaseAPIRecognize", i, [p, p]),
        ("TessBaseAPIGetTsvText", p, [p, i]), ("TessDeleteText", None, [p]),
        ("TessBaseAPIClear", None, [p]), ("TessBaseAPIDelete", None, [p]),
    ]:
        f = getattr(tess, name)
        f.restype, f.argtypes = res, args
    _tess = tess
    return tess


def _api(tess: Any, lang: str, reader: str) -> int:
    """The Tesseract handle for ``lang`` and ``reader`` (made and initialised once)."""
    key = (lang, reader)
    if key not in _handles:
        h = tess.TessBaseAPICreate()
        # The library's messages ("Estimating resolution as ...") went to the CLI's captured
        # stderr; here they would reach the user's terminal.
        tess.TessBaseAPISetVariable(h, b"debug_file", b"/dev/null")
        if tess.TessBaseAPIInit3(h, None, lang.encode()) != 0:
            tess.TessBaseAPIDelete(h)
            raise RuntimeError(f"Tesseract could not load language data '{lang}'")
        _handles[key] = h
    return _handles[key]


def recognise(pixels: Any, width: int, height: int, bpp: int, bpl: int, *, lang: str, invert: bool,
              reader: str) -> str:
    """The TSV text (header included) the CLI writes for these pixels (a ctypes buffer)."""
    tess = load()
    if tess is None:
        raise RuntimeError("Tesseract's library cannot be loaded")
    h = _api(tess, lang, reader)
    try:
        tess.TessBaseAPISetPageSegMode(h, _PSM_AUTO)
        tess.TessBaseAPISetVariable(h, b"tessedit_create_tsv", b"1")
        tess.TessBaseAPISetVariable(h, b"tessedit_do_invert", b"1" if invert else b"0")
        tess.TessBaseAPISetImage(h, ctypes.addressof(pixels), width, height, bpp, bpl)
        if tess.TessBaseAPIRecognize(h, None) < 0:
            raise RuntimeError("recognition failed")
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


def _watch_parent() -> None:
    """End this process when its parent dies, even in the middle of a page: a host killed
    outright (SIGKILL, a pool's timeout) cannot close the pipe for us while a page runs."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(0)

    threading.Thread(target=watch, name="rk-ocr-parent", daemon=True).start()


def _read_exact(inp: IO[bytes], view: memoryview) -> bool:
    got = 0
    while got < len(view):
        n = inp.readinto(view[got:])  # type: ignore[attr-defined]
        if not n:
            return False
        got += n
    return True


def serve(inp: IO[bytes], out: IO[bytes]) -> int:
    """Answer requests from ``inp`` on ``out`` until ``inp`` ends (see the module docstring)."""
    tess = load()
    if tess is None:
        out.write(b"unavailable libtesseract.so.5 cannot be loaded in a fresh process\n")
        out.flush()
        return 1
    out.write(b"ready\n")
    out.flush()
    buf = bytearray(0)
    while True:
        line = inp.readline()
        if not line:
            return 0
        req = json.loads(line)
        n = int(req["n"])
        if len(buf) < n:
            buf = bytearray(n)
        if not _read_exact(inp, memoryview(buf)[:n]):
            return 0
        pixels = (ctypes.c_char * max(n, 1)).from_buffer(buf)
        try:
            tsv = recognise(pixels, int(req["w"]), int(req["h"]), int(req["bpp"]), int(req["bpl"]),
                            lang=str(req["lang"]), invert=bool(req["invert"]), reader=str(req["reader"]))
        except Exception as exc:  # an error Tesseract reported: the worker itself is fine
            out.write(json.dumps({"ok": False, "error": str(exc)}).encode() + b"\n")
        else:
            data = tsv.encode("utf-8")
            out.write(json.dumps({"ok": True, "n": len(data)}).encode() + b"\n")
            out.write(data)
        finally:
            del pixels  # releases the export of ``buf`` (it may be replaced by a larger one)
        out.flush()


def main() -> int:
    """The worker process: protocol on the original standard input and output; anything
    the library prints to standard output goes to standard error instead."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the host's to handle; it ends us
    _watch_parent()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    try:
        return serve(sys.stdin.buffer, out)
    finally:
        if _tess is not None:
            for h in _handles.values():
                _tess.TessBaseAPIDelete(h)  # else the model cache reports leaks at exit
            _handles.clear()


if __name__ == "__main__":
    sys.exit(main())
