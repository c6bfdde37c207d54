"""Verify: re-open the output and check it independently of burn (fail closed).

Shares nothing with :mod:`redactkit.burn` beyond :mod:`redactkit.pdf` and the model.
"""

from __future__ import annotations

from ._reocr import check_reocr
from ._strings import check_no_redacted_strings, check_text_outside_unchanged
from ._structure import check_no_actions, check_opens_in_qpdf, check_structure_clean
from ._verify import check_boxes_filled, verify

__all__ = [
    "check_boxes_filled",
    "check_no_actions",
    "check_no_redacted_strings",
    "check_opens_in_qpdf",
    "check_reocr",
    "check_structure_clean",
    "check_text_outside_unchanged",
    "verify",
]
