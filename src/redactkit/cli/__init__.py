"""The ``redactkit`` command: a thin shell over the API (``redactkit = "redactkit.cli:main"``)."""

from __future__ import annotations

from .main import build_parser, main

__all__ = [
    "build_parser",
    "main",
]
