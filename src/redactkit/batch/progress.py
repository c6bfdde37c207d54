"""Progress reporting for batch runs: a :class:`ProgressBar` protocol and three implementations.

* :class:`NullProgress` — prints nothing (``--quiet``, tests, library use);
* :class:`PlainProgress` — one line every ``every`` seconds and a final line (logs, CI, pipes);
* :class:`RichProgress` — a live bar on a terminal: documents, pages, rate, ETA, failures.

:func:`make_progress` picks one for a stream. Only the parent process reports
progress; workers never print.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol, TextIO

__all__ = [
    "NullProgress",
    "PlainProgress",
    "ProgressBar",
    "RichProgress",
    "make_progress",
]


class ProgressBar(Protocol):
    """What a batch run tells its progress display."""

    def start(self, total_docs: int, total_pages: int) -> None:
        """The run begins: ``total_docs`` documents with ``total_pages`` pages (0 if unknown)."""

    def advance(self, pages: int, failed: bool, skipped: bool = False) -> None:
        """One document finished (``skipped``: already done by an earlier run)."""

    def message(self, text: str) -> None:
        """A line worth showing above the bar (a failure, a phase change)."""

    def close(self) -> None:
        """The run ended; leave the terminal clean."""


class _Counts:
    def __init__(self) -> None:
        self.total_docs = 0
        self.total_pages = 0
        self.docs = 0
        self.pages = 0
        self.failed = 0
        self.skipped = 0
        self.t0 = time.monotonic()

    def add(self, pages: int, failed: bool, skipped: bool) -> None:
        """Count one finished document (a skipped one leaves the page total)."""
        self.docs += 1
        self.failed += int(failed)
        if skipped:
            self.skipped += 1
            self.total_pages = max(0, self.total_pages - pages)
        else:
            self.pages += pages

    def rate(self) -> float:
        """Pages per second processed in this run (skipped documents excluded)."""
        dt = time.monotonic() - self.t0
        return self.pages / dt if dt > 0 else 0.0

    def eta(self) -> float | None:
        rate = self.rate()
        if not self.total_pages or rate <= 0:
            return None
        return max(0.0, (self.total_pages - self.pages) / rate)

    def line(self) -> str:
        eta = self.eta()
        return (
            f"{self.docs}/{self.total_docs} documents, {self.pages}/{self.total_pages or '?'} pages, "
            f"{self.rate():.1f} pages/s, ETA {_fmt(eta)}, {self.failed} failed"
            + (f", {self.skipped} already done" if self.skipped else "")
        )


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class NullProgress:
    """Reports nothing."""

    def start(self, total_docs: int, total_pages: int) -> None:  # noqa: D102
        pass

    def advance(self, pages: int, failed: bool, skipped: bool = False) -> None:  # noqa: D102
        pass

    def message(self, text: str) -> None:  # noqa: D102
        pass

    def close(self) -> None:  # noqa: D102
        pass


class PlainProgress:
    """A plain status line every ``every`` seconds, for logs and pipes.

    Args:
        stream: where to write (default stderr).
        every: seconds between status lines.
    """

    def __init__(self, stream: TextIO | None = None, every: float = 10.0) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.counts = _Counts()
        self._last = 0.0

    def start(self, total_docs: int, total_pages: int) -> None:
        """Reset the counters and print the plan."""
        self.counts = _Counts()
        self.counts.total_docs, self.counts.total_pages = total_docs, total_pages
        self._last = time.monotonic()
        self._print(f"batch: {total_docs} documents, {total_pages or '?'} pages")

    def advance(self, pages: int, failed: bool, skipped: bool = False) -> None:
        """Count one document; print a status line if ``every`` seconds passed."""
        c = self.counts
        c.add(pages, failed, skipped)
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._print("batch: " + c.line())

    def message(self, text: str) -> None:
        """Print ``text`` on its own line."""
        self._print(text)

    def close(self) -> None:
        """Print the final status line."""
        self._print("batch: " + self.counts.line())

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)


class RichProgress:
    """A live progress bar (rich) on a terminal: documents, pages, pages/s, ETA, failures."""

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console  # lazy: only on a terminal

        self.console = Console(file=stream if stream is not None else sys.stderr)
        self.counts = _Counts()
        self._progress: Any = None
        self._task: Any = None

    def start(self, total_docs: int, total_pages: int) -> None:
        """Open the live display."""
        from rich.progress import (  # lazy: only on a terminal
            BarColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.counts = _Counts()
        self.counts.total_docs, self.counts.total_pages = total_docs, total_pages
        self._progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("batch", total=total_docs, status=self.counts.line())

    def advance(self, pages: int, failed: bool, skipped: bool = False) -> None:
        """Count one document and refresh the bar."""
        c = self.counts
        c.add(pages, failed, skipped)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, status=c.line())

    def message(self, text: str) -> None:
        """Print ``text`` above the bar."""
        self.console.print(text, markup=False, highlight=False)

    def close(self) -> None:
        """Stop the live display."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def make_progress(quiet: bool = False, stream: TextIO | None = None, every: float = 10.0) -> ProgressBar:
    """The right progress display: nothing when ``quiet``, a live bar on a TTY, plain lines otherwise."""
    if quiet:
        return NullProgress()
    stream = stream if stream is not None else sys.stderr
    if stream.isatty():
        try:
            return RichProgress(stream)
        except ImportError:  # rich is optional; plain lines work everywhere
            pass
    return PlainProgress(stream, every=every)
