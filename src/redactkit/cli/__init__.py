"""The ``redactkit`` commands: a thin shell over the API (the console script enters through
:func:`redactkit._entry.main`, which answers ``--help`` and ``--version`` itself)."""

from __future__ import annotations

from .main import build_parser, main

__all__ = [
    "build_parser",
    "main",
]
