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

if TYPE_CHECKING:  # "X as X": explicit re-exports, so mypy --strict hosts see them
    from .api import Redactor as Redactor
    from .api import analyze_text as analyze_text
    from .api import redact_pdf as redact_pdf
    from .detect import Detector as Detector
    from .errors import CorruptDocumentError as CorruptDocumentError
    from .errors import DamagedDocumentError as DamagedDocumentError
    from .errors import DocumentTimeoutError as DocumentTimeoutError
    from .errors import EmptyDocumentError as EmptyDocumentError
    from .errors import EncryptedDocumentError as EncryptedDocumentError
    from .errors import ExitCode as ExitCode
    from .errors import InputError as InputError
    from .errors import MissingDependencyError as MissingDependencyError
    from .errors import OcrCrashError as OcrCrashError
    from .errors import OcrError as OcrError
    from .errors import OcrTimeoutError as OcrTimeoutError
    from .errors import OutputError as OutputError
    from .errors import PolicyError as PolicyError
    from .errors import ProcessingError as ProcessingError
    from .errors import RedactkitError as RedactkitError
    from .errors import StampError as StampError
    from .errors import UnsupportedFileError as UnsupportedFileError
    from .errors import UsageError as UsageError
    from .errors import VerificationError as VerificationError
    from .model import Document as Document
    from .model import Finding as Finding
    from .model import Plan as Plan
    from .model import Rect as Rect
    from .model import Redaction as Redaction
    from .policy import Policy as Policy
    from .policy import load_policy as load_policy
    from .report import RedactionLog as RedactionLog

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
    "OcrError": "errors",
    "OcrCrashError": "errors",
    "OcrTimeoutError": "errors",
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
