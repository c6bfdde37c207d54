"""Per-document resource guards: a cooperative deadline.

A hard per-document time limit needs process isolation: the CLI and the batch pool
run each document in a worker process (:class:`redactkit.batch.LocalPoolExecutor`)
that is killed and replaced when the limit passes, which also stops a long call into
MuPDF or Tesseract. No signal handler is installed, so redactkit can be embedded in a
host that uses ``SIGALRM`` itself.

In-process, :class:`Deadline` is checked between the stages of one document
(:meth:`redactkit.Redactor.redact`): a document over its limit fails with
:class:`DocumentTimeoutError` before anything is written under the output name, but
a single long stage runs to its end first.

Page-size limits live where pages are rendered: :mod:`redactkit.pdf.rasterize`
(``MAX_PAGE_POINTS2``, ``MAX_RASTER_PIXELS``) and :func:`redactkit.pdf.render_page`.
"""

from __future__ import annotations

import time

from .errors import DocumentTimeoutError

__all__ = ["Deadline", "DocumentTimeoutError", "timeout_message"]



def timeout_message(what: object, seconds: float) -> str:
    """The message of a document that ran over its time limit."""
    return (f"{what}: processing took longer than the {seconds:g} s per-document limit; "
            "nothing was written. Raise --timeout or split the document.")


class Deadline:
    """A per-document time limit checked at stage boundaries (no signals, no threads).

    Args:
        seconds: the limit; None or 0 for none.
        what: the document, named in the error message.
    """

    def __init__(self, seconds: float | None, what: object) -> None:
        self.seconds = seconds if seconds and seconds > 0 else None
        self.what = what
        self.start = time.monotonic()

    def check(self) -> None:
        """Raise :class:`DocumentTimeoutError` when the limit has passed."""
        if self.seconds is not None and time.monotonic() - self.start > self.seconds:
            raise DocumentTimeoutError(timeout_message(self.what, self.seconds))
