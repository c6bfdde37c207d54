"""Burn: apply a plan's redactions to a copy of the source for real, sanitize it, save it whole."""

from __future__ import annotations

from ._burn import BurnResult, add_text_layer, burn, check_hardening, flatten_page_tree, removal_rects

__all__ = [
    "BurnResult",
    "add_text_layer",
    "burn",
    "check_hardening",
    "flatten_page_tree",
    "removal_rects",
]
