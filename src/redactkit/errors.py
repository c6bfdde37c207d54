"""Every exception redactkit raises, each with the CLI exit code it maps to.

The API raises these; only :mod:`redactkit.cli` turns them into exit codes.
Messages say which file (and page, line, key where known) and what to do next.

Exit codes (the one table; the README repeats it):

====  ======================  =====================================================
code  name                    meaning
====  ======================  =====================================================
0     OK                      every document redacted and verified
1     DOCUMENT_FAILED         some documents failed (listed); mixed causes
2     USAGE                   bad arguments, clashing paths, or a rule-file error
3     VERIFICATION_FAILED     an output failed verification and was deleted
4     ENCRYPTED               an input is password-protected
5     DAMAGED                 an input is damaged, truncated or was repaired
6     MISSING_DEPENDENCY      Tesseract, the spaCy pipeline or another tool is missing
7     OUTPUT_ERROR            the output folder cannot be created or written
130   INTERRUPTED             Ctrl-C; finished documents are complete
====  ======================  =====================================================

When every failed document of a run failed for the same reason, the run exits with
that reason's code; with mixed reasons it exits 3 if any output failed verification,
else 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

__all__ = [
    "CorruptDocumentError",
    "DamagedDocumentError",
    "DocumentFailure",
    "DocumentTimeoutError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "ExitCode",
    "InputError",
    "MissingDependencyError",
    "OcrCrashError",
    "OcrError",
    "OcrTimeoutError",
    "OutputError",
    "PolicyError",
    "ProcessingError",
    "RedactkitError",
    "ReviewLockedError",
    "ReviewStateError",
    "StampError",
    "UndecidedMatch",
    "UnsupportedFileError",
    "UsageError",
    "VerificationError",
    "run_exit_code",
]


class ExitCode(IntEnum):
    """Process exit codes of the ``redactkit`` command."""

    OK = 0
    DOCUMENT_FAILED = 1
    USAGE = 2
    VERIFICATION_FAILED = 3
    ENCRYPTED = 4
    DAMAGED = 5
    MISSING_DEPENDENCY = 6
    OUTPUT_ERROR = 7
    INTERRUPTED = 130


class RedactkitError(Exception):
    """Base class of all redactkit errors."""

    exit_code: ExitCode = ExitCode.DOCUMENT_FAILED

    def __init__(self, *args: object) -> None:
        # A message may quote a damaged file's raw bytes (surrogate escapes from MuPDF); keep
        # it encodable as UTF-8 so a log file, a JSON report or a worker's pipe can carry it.
        super().__init__(*(a.encode("utf-8", "backslashreplace").decode("utf-8")
                           if isinstance(a, str) else a for a in args))


class InputError(RedactkitError):
    """A source document cannot be read (corrupt, encrypted, empty, wrong type)."""


class EncryptedDocumentError(InputError):
    """The PDF is password-protected."""

    exit_code = ExitCode.ENCRYPTED


class CorruptDocumentError(InputError):
    """The file is damaged or truncated beyond repair."""

    exit_code = ExitCode.DAMAGED


class DamagedDocumentError(CorruptDocumentError):
    """The PDF opened only after repair, or objects, pages or streams could not be read.

    What a repair dropped is not in the output, so releasing it would silently release
    a partial record. ``--allow-repaired`` proceeds and records a warning instead.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class EmptyDocumentError(InputError):
    """The file is zero bytes or has no pages."""


class UnsupportedFileError(InputError):
    """The file is not a PDF or a supported image."""


class ProcessingError(RedactkitError):
    """A pipeline stage (OCR, detection, burn) failed for a document."""


class MissingDependencyError(ProcessingError):
    """A required external program or model is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class OcrError(ProcessingError):
    """Tesseract failed on a page: the page was not read and nothing was written. Raised by
    ingest and verification with the file and page in the message."""


class OcrCrashError(OcrError):
    """Tesseract's worker process died while reading a page (a crash in the library); the
    host carries on and the next page gets a new worker."""


class OcrTimeoutError(OcrError):
    """A Tesseract call (layout analysis and recognition) ran past the OCR time limit; its
    worker process was stopped."""


class DocumentTimeoutError(ProcessingError):
    """A document took longer than the per-document time limit."""


class StampError(ProcessingError):
    """A Bates number cannot be placed in the margin without covering content."""


class OutputError(RedactkitError):
    """The output folder or file cannot be created or written (read-only, not a folder...)."""

    exit_code = ExitCode.OUTPUT_ERROR


class VerificationError(RedactkitError):
    """The redacted output failed verification; it was deleted (fail closed)."""

    exit_code = ExitCode.VERIFICATION_FAILED

    def __init__(self, message: str, failures: list[str] | None = None) -> None:
        super().__init__(message)
        self.failures = failures or []


class PolicyError(RedactkitError):
    """A rule file is missing or invalid. Names the file, line and key."""

    exit_code = ExitCode.USAGE

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        key: str | None = None,
        problems: list[str] | None = None,
    ) -> None:
        where = ""
        if file:
            where = file
            if line is not None:
                where += f":{line}"
            where += ": "
        if key:
            where += f"key '{key}': "
        super().__init__(where + message)
        self.file = file
        self.line = line
        self.key = key
        #: every problem found in the file, each as ``file:line: key 'k': message``
        #: (unknown keys first); ``[str(self)]`` when only one was looked for
        self.problems = problems or [str(self)]


class DocumentFailure(RedactkitError):
    """A document's failure as a worker process reported it (message and exit code), so the
    CLI can combine worker results with :func:`run_exit_code` like exceptions raised here."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = ExitCode(exit_code)


class UsageError(RedactkitError):
    """The caller asked for something impossible (bad option, clashing paths)."""

    exit_code = ExitCode.USAGE


class ReviewStateError(UsageError):
    """A review-server action the document's state does not allow (``redactkit serve``: HTTP 403)."""


class ReviewLockedError(UsageError):
    """Another user holds the document's review lock (``redactkit serve``: HTTP 409)."""

    def __init__(self, user: str, expires: str) -> None:
        super().__init__(f"locked by {user} until {expires}")
        self.user = user
        self.expires = expires


def run_exit_code(failures: Iterable[BaseException]) -> ExitCode:
    """The exit code of a run from its per-document failures (see the table above).

    One kind of failure gives its own code; mixed kinds give 3 if any output failed
    verification (the most urgent thing to look at), else 1. An exception that is not a
    :class:`RedactkitError` (a bug) counts as 1.
    """
    codes = {exc.exit_code if isinstance(exc, RedactkitError) else ExitCode.DOCUMENT_FAILED
             for exc in failures}
    if not codes:
        return ExitCode.OK
    if len(codes) == 1:
        return codes.pop()
    return ExitCode.VERIFICATION_FAILED if ExitCode.VERIFICATION_FAILED in codes else ExitCode.DOCUMENT_FAILED


class UndecidedMatch(Exception):
    """Internal: a character comparison that identifier propagation's pattern-free search cannot
    decide exactly as ``re`` would (Unicode case folding); it then asks the compiled pattern.
    Raised and caught inside :mod:`redactkit.detect.propagate_ids`, never seen by a host."""
