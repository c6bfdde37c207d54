"""Detect: :class:`~redactkit.model.Document` + policy → findings.

:mod:`.engine` (the :class:`Detector`: Presidio + spaCy, built once per process),
:mod:`.registry` (which recognizers a policy gets, plus the ``redactkit.recognizers``
entry-point group), one module per recognizer family, :mod:`.lexicon` (word lists and
the vendored census given names), :mod:`.propagate` (every other mention of a redacted
person) and :mod:`.packet` (names redacted elsewhere in a packet).

Importing this package does not load Presidio or spaCy; the first ``detect`` does.
"""

from __future__ import annotations

from .engine import DEFAULT_MODEL, Detector, caps_lines_cased, check_pipeline, has_given_name

__all__ = [
    "DEFAULT_MODEL",
    "Detector",
    "caps_lines_cased",
    "check_pipeline",
    "has_given_name",
]
