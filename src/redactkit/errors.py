"""Every exception redactkit raises, each with the CLI exit code it maps to.

The API raises these; only :mod:`redactkit.cli` turns them into exit codes.
Messages say which file (and page, line, key where known) and what to do next.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the ``redactkit`` command."""

    OK = 0
    DOCUMENT_FAILED = 1
    USAGE = 2
    VERIFICATION_FAILED = 3


class RedactkitError(Exception):
    """Base class of all redactkit errors."""

    exit_code: ExitCode = ExitCode.DOCUMENT_FAILED


class InputError(RedactkitError):
    """A source document cannot be read (corrupt, encrypted, empty, wrong type)."""


class EncryptedDocumentError(InputError):
    """The PDF is password-protected."""


class CorruptDocumentError(InputError):
    """The file is damaged or truncated beyond repair."""


class EmptyDocumentError(InputError):
    """The file is zero bytes or has no pages."""


class UnsupportedFileError(InputError):
    """The file is not a PDF or a supported image."""


class ProcessingError(RedactkitError):
    """A pipeline stage (OCR, detection, burn) failed for a document."""


class MissingDependencyError(ProcessingError):
    """A required external program or model is not installed."""


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
        self, message: str, *, file: str | None = None, line: int | None = None, key: str | None = None
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


class UsageError(RedactkitError):
    """The caller asked for something impossible (bad option, clashing paths)."""

    exit_code = ExitCode.USAGE
