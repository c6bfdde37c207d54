"""Tesseract in its own process: a persistent OCR worker fed raw pixels over a pipe.

Tesseract used to run inside the host through ctypes: a crash in the library (a segfault on
a hostile image) killed the host -- a single ``redact``, an application using the API, the
review server -- and Tesseract's own deadline covered recognition but not layout analysis,
so a page could hang the host. Now each call goes to a worker process (the program is
:mod:`.tessapi`), started on first use and kept for the next pages and documents:

* a worker that dies in a call (a signal, an abort) raises :class:`~redactkit.errors.OcrCrashError`;
* a call past its timeout -- layout analysis, recognition, the hand-off, all of it -- kills the
  worker and raises :class:`~redactkit.errors.OcrTimeoutError`;

either way the worker is replaced on the next call, the host carries on, and the caller
(ingest, verification) names the file and page and writes nothing.

The pixels go as raw bytes into ``TessBaseAPISetImage`` (no temporary image file written and
read back). Idle workers are kept in a pool, one per concurrent caller (the review server's
threads each get their own), and ended at exit; a worker whose host dies ends itself.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from PIL import Image

from ..errors import OcrCrashError, OcrError, OcrTimeoutError

__all__ = ["available", "close_all", "cpu_seconds", "image_to_data", "worker_command", "worker_pids"]

#: How long a new worker may take to load the library and answer ``ready`` (seconds; a
#: loaded machine is slow to start a process, and nothing else waits meanwhile).
START_TIMEOUT = 60.0
#: How long a worker closed at exit gets to end by itself before it is killed (seconds).
CLOSE_GRACE = 2.0


class _Worker:
    """One worker process and its pipes."""

    def __init__(self) -> None:
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        self.proc = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, close_fds=True)
        self.owner = os.getpid()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.inp: IO[bytes] = self.proc.stdin
        self.out: IO[bytes] = self.proc.stdout

    def start(self) -> str:
        """The worker's first line (``ready`` or ``unavailable <why>``); '' if it died first."""
        timer = threading.Timer(START_TIMEOUT, self.kill)
        timer.start()
        try:
            return self.out.readline().decode("utf-8", "replace").strip()
        finally:
            timer.cancel()

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def close(self) -> None:
        """End the worker: end of input first (it exits by itself), else a kill."""
        with contextlib.suppress(OSError, ValueError):
            self.inp.close()
        try:
            self.proc.wait(CLOSE_GRACE)
        except subprocess.TimeoutExpired:
            self.kill()
            self.proc.wait()
        with contextlib.suppress(OSError, ValueError):
            self.out.close()

    def cpu(self) -> float:
        """CPU seconds the (live) worker has used so far, from ``/proc``."""
        try:
            with open(f"/proc/{self.proc.pid}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_lock = threading.Lock()
_idle: list[_Worker] = []  # ready for the next call
_live: list[_Worker] = []  # every worker this process started and has not ended (idle or busy)
_usable: bool | None = None


def worker_command() -> list[str]:
    """The worker's command line: this Python, isolated from the host's paths and site
    packages (the program needs only the standard library), running :mod:`.tessapi`."""
    return [sys.executable, "-I", "-S", str(Path(__file__).with_name("tessapi.py"))]


def _new() -> _Worker:
    try:
        w = _Worker()
    except OSError as exc:  # no process could be started (out of memory, process limit)
        raise OcrCrashError(f"the OCR worker could not be started ({exc})") from exc
    with _lock:
        _live.append(w)
    first = w.start()
    if first != "ready":
        _end(w)
        raise OcrCrashError(f"the OCR worker did not start ({first or 'it exited'})")
    return w


def _end(w: _Worker, *, kill: bool = False) -> None:
    if kill:
        w.kill()
    w.close()
    with _lock:
        if w in _live:
            _live.remove(w)


def available() -> bool:
    """True when pages can be read by the worker (a worker started and loaded Tesseract's
    library); else callers run the CLI. Asked once per process."""
    global _usable
    if _usable is None:
        try:
            w = _new()
        except (OSError, OcrError):
            _usable = False
        else:
            _usable = True
            with _lock:
                _idle.append(w)
    return _usable


def _pixels(image: Image.Image) -> tuple[bytes, int, int]:
    """(raw rows, bytes a pixel, bytes a row) of a mode 1, L or RGB image, as
    ``TessBaseAPISetImage`` takes them (mode 1: packed bits, 1 = white, as PIL packs them)."""
    if image.mode == "1":
        return image.tobytes(), 0, (image.width + 7) // 8
    per = {"L": 1, "RGB": 3}[image.mode]
    return image.tobytes(), per, per * image.width


def image_to_data(image: Image.Image, lang: str, *, invert: bool, timeout: float,
                  reader: str = "ingest") -> str:
    """The TSV text (header included) the CLI writes for ``image`` (mode 1, L or RGB).

    Raises :class:`OcrTimeoutError` past ``timeout`` seconds (0: no limit) for the whole call,
    :class:`OcrCrashError` when the worker dies, :class:`OcrError` when Tesseract reports a
    failure."""
    data, bpp, bpl = _pixels(image)
    head = json.dumps({"w": image.width, "h": image.height, "bpp": bpp, "bpl": bpl, "invert": invert,
                       "reader": reader, "lang": lang, "n": len(data)}).encode() + b"\n"
    with _lock:
        w = _idle.pop() if _idle else None
    if w is None or w.proc.poll() is not None:
        if w is not None:
            _end(w)  # died while idle (killed from outside): not this page's fault
        w = _new()
    expired = threading.Event()

    def expire() -> None:
        expired.set()
        w.kill()

    timer = threading.Timer(timeout, expire) if timeout else None
    started = time.monotonic()
    if timer is not None:
        timer.start()
    answer: dict[str, Any] | None = None
    raw: bytes | None = None
    try:
        w.inp.write(head)
        w.inp.write(data)
        w.inp.flush()
        answer = json.loads(w.out.readline() or b"null")
        if answer and answer.get("ok"):
            raw = w.out.read(int(answer["n"]))
    except (OSError, ValueError, KeyError, TypeError):
        answer = None  # the pipe broke: the worker died (or was stopped by the timer)
    except BaseException:  # Ctrl-C in the host: the call's answer will never be read
        _end(w, kill=True)
        raise
    finally:
        if timer is not None:
            timer.cancel()
    if expired.is_set():
        _end(w, kill=True)
        raise OcrTimeoutError(f"Tesseract timed out: the page took more than {timeout:g} s "
                              "(its process was stopped)")
    if answer is None or (answer.get("ok") and (raw is None or len(raw) != answer["n"])):
        _end(w)  # dead already, or (a broken answer) ended by the end of its input
        code = w.proc.returncode
        how = (f"signal {signal.Signals(-code).name}" if code is not None and code < 0 and
               -code in signal.valid_signals() else f"exit code {code}")
        raise OcrCrashError(f"Tesseract crashed after {time.monotonic() - started:.1f} s ({how}); "
                            "its process was replaced")
    with _lock:
        _idle.append(w)
    if raw is None:
        raise OcrError(f"Tesseract failed ({answer.get('error')})")
    return raw.decode("utf-8", "replace")


def worker_pids() -> list[int]:
    """Process ids of this process's live OCR workers."""
    with _lock:
        return [w.proc.pid for w in _live if w.owner == os.getpid()]


def cpu_seconds() -> float:
    """CPU seconds used so far by this process's live OCR workers. A worker that ended was
    waited for, so its time is in ``getrusage(RUSAGE_CHILDREN)``: add this to that."""
    with _lock:
        return sum(w.cpu() for w in _live if w.owner == os.getpid())


def close_all() -> None:
    """End every worker of this process (at exit; tests). The next call starts a new one."""
    with _lock:
        mine = [w for w in _live if w.owner == os.getpid()]
        _idle.clear()
    for w in mine:
        _end(w)


def _forget_after_fork() -> None:
    """In a forked child: the parent's workers are not ours to use or end; drop our copies of
    their pipes, so their end of input still comes when the parent closes them."""
    global _lock
    _lock = threading.Lock()
    null = os.open(os.devnull, os.O_RDWR)
    for w in _live:
        # Not ``close()``: a parent thread may have held the file's lock at the fork. The fd
        # numbers stay valid (on /dev/null), so closing the objects later closes nothing else.
        for f in (w.inp, w.out):
            with contextlib.suppress(OSError, ValueError):
                os.dup2(null, f.fileno())
        w.owner = -1
    os.close(null)
    _live.clear()
    _idle.clear()


atexit.register(close_all)
if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_forget_after_fork)
