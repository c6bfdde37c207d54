"""redactkit: safe public copies of police and public records.

``import redactkit`` is light: spaCy, Presidio and PyMuPDF load only when the
names that need them are first used (module ``__getattr__``).

Messages go through :mod:`logging` under the ``redactkit`` logger (one child per
module, e.g. ``redactkit.api``); the library adds only a :class:`logging.NullHandler`,
so a host application decides where they go.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .api import Redactor, analyze_text, redact_pdf
    from .detect import Detector
    from .errors import (
        CorruptDocumentError,
        DamagedDocumentError,
        DocumentTimeoutError,
        EmptyDocumentError,
        EncryptedDocumentError,
        ExitCode,
        InputError,
        MissingDependencyError,
        OutputError,
        PolicyError,
        ProcessingError,
        RedactkitError,
        StampError,
        UnsupportedFileError,
        UsageError,
        VerificationError,
    )
    from .model import Document, Finding, Plan, Rect, Redaction
    from .policy import Policy, load_policy
    from .report import RedactionLog

_LAZY = {
    "Redactor": "api",
    "redact_pdf": "api",
    "analyze_text": "api",
    "Detector": "detect",
    "Policy": "policy",
    "load_policy": "policy",
    "RedactionLog": "report",
    "Document": "model",
    "Finding": "model",
    "Plan": "model",
    "Rect": "model",
    "Redaction": "model",
    "ExitCode": "errors",
    "RedactkitError": "errors",
    "InputError": "errors",
    "EncryptedDocumentError": "errors",
    "CorruptDocumentError": "errors",
    "DamagedDocumentError": "errors",
    "DocumentTimeoutError": "errors",
    "MissingDependencyError": "errors",
    "OutputError": "errors",
    "StampError": "errors",
    "EmptyDocumentError": "errors",
    "UnsupportedFileError": "errors",
    "ProcessingError": "errors",
    "VerificationError": "errors",
    "PolicyError": "errors",
    "UsageError": "errors",
}

__all__ = sorted([*_LAZY, "__version__"])


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'redactkit' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return __all__
