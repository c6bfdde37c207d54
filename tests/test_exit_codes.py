"""The run's exit code from its per-document failures (the table in redactkit.errors)."""

from __future__ import annotations

import pytest

from redactkit.errors import (
    CorruptDocumentError,
    DamagedDocumentError,
    EncryptedDocumentError,
    ExitCode,
    MissingDependencyError,
    ProcessingError,
    VerificationError,
    run_exit_code,
)


@pytest.mark.parametrize(
    ("failures", "expected"),
    [
        ([], ExitCode.OK),
        ([EncryptedDocumentError("a")], ExitCode.ENCRYPTED),
        ([EncryptedDocumentError("a"), EncryptedDocumentError("b")], ExitCode.ENCRYPTED),
        ([DamagedDocumentError("a"), CorruptDocumentError("b")], ExitCode.DAMAGED),
        ([MissingDependencyError("a")], ExitCode.MISSING_DEPENDENCY),
        ([VerificationError("a")], ExitCode.VERIFICATION_FAILED),
        ([EncryptedDocumentError("a"), ProcessingError("b")], ExitCode.DOCUMENT_FAILED),
        ([EncryptedDocumentError("a"), VerificationError("b")], ExitCode.VERIFICATION_FAILED),
        ([RuntimeError("bug")], ExitCode.DOCUMENT_FAILED),
    ],
)
def test_run_exit_code(failures: list[BaseException], expected: ExitCode) -> None:
    assert run_exit_code(failures) == expected


def test_codes_are_distinct() -> None:
    values = [c.value for c in ExitCode]
    assert len(values) == len(set(values))
