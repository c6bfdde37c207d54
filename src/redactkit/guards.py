"""Per-document resource guards: a wall-clock time limit, and a test hook for crash-safety tests.

:func:`time_limit` bounds one document's processing. On the main thread of a POSIX
process it arms ``SIGALRM``, so the limit also interrupts a long pure-Python stage;
a single long call into MuPDF or Tesseract is interrupted when it returns (Tesseract
calls have their own timeout, :attr:`redactkit.ocr.OcrOptions.timeout`). Off the main
thread the limit is checked when the document finishes. Either way the document fails
with :class:`DocumentTimeoutError` and nothing is written under the output name.

Page-size limits live where pages are rendered: :mod:`redactkit.rasterize`
(``MAX_PAGE_POINTS2``, ``MAX_RASTER_PIXELS``) and :func:`redactkit.ingest.render_page`.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .errors import DocumentTimeoutError

#: Environment variable of the crash-safety test hook (see :func:`pause_hook`).
PAUSE_ENV = "REDACTKIT_TEST_PAUSE"


@contextmanager
def time_limit(seconds: float | None, what: object) -> Iterator[None]:
    """Raise :class:`DocumentTimeoutError` if the block runs longer than ``seconds`` (None/0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    message = (f"{what}: processing took longer than the {seconds:g} s per-document limit; "
               "nothing was written. Raise --timeout or split the document.")
    start = time.monotonic()
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    if not use_alarm:
        yield
        if time.monotonic() - start > seconds:
            raise DocumentTimeoutError(message)
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeoutError(message)

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def pause_hook(stage: str) -> None:
    """Crash-safety test hook: with ``REDACTKIT_TEST_PAUSE=<stage>:<ready-file>`` set, touch
    the ready file and sleep 60 s when ``stage`` is reached (``before_save`` / ``after_save``
    in burn), so a test can SIGKILL the process there. Does nothing otherwise."""
    spec = os.environ.get(PAUSE_ENV)
    if not spec or ":" not in spec:
        return
    want, ready = spec.split(":", 1)
    if want != stage:
        return
    Path(ready).write_text(stage)
    time.sleep(60)
