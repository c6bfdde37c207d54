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


def test_every_exception_class_lives_in_errors() -> None:
    """Hosts catch by type from one module: no exception class is defined anywhere else."""
    import ast
    from pathlib import Path

    import redactkit
    from redactkit import errors

    pkg = Path(redactkit.__file__).parent
    elsewhere = []
    for path in pkg.rglob("*.py"):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                (isinstance(b, ast.Name) and (b.id.endswith(("Error", "Exception")) or b.id in vars(errors)))
                or (isinstance(b, ast.Attribute) and b.attr.endswith(("Error", "Exception")))
                for b in node.bases
            ):
                elsewhere.append(f"{path.relative_to(pkg)}:{node.lineno} {node.name}")
    assert not elsewhere, elsewhere
    for name in redactkit.__all__:
        if name.endswith("Error"):
            assert getattr(redactkit, name) is getattr(errors, name)
