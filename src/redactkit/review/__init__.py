"""Review: the bundle a reviewer works from, their decisions, and the comparisons around it.

:mod:`.bundle` (proposed-redaction PDF, HTML review page, plan file, text diff),
:mod:`.decisions` (decisions file → plan), :mod:`.textexport` (redacted plain text),
:mod:`.logdiff` (two logs compared), :mod:`.exemption_index` (the public index).
"""

from __future__ import annotations

from .bundle import (
    PLAN_SCHEMA,
    REVIEW_MARK,
    PlanFile,
    ReviewBundle,
    bundle_paths,
    entity_color,
    page_diff,
    propose_bundle,
    read_plan_file,
    render_review_html,
    write_bundle,
    write_proposed_pdf,
)
from .decisions import (
    DECISIONS_SCHEMA,
    DecisionsFile,
    apply_decisions,
    apply_review,
    load_decisions,
    parse_decisions,
)
from .exemption_index import IndexFiles, write_index
from .logdiff import LogDiff, diff_logs
from .textexport import PAGE_HEADER, redacted_text

__all__ = [
    "DECISIONS_SCHEMA",
    "DecisionsFile",
    "IndexFiles",
    "LogDiff",
    "PAGE_HEADER",
    "PLAN_SCHEMA",
    "PlanFile",
    "REVIEW_MARK",
    "ReviewBundle",
    "apply_decisions",
    "apply_review",
    "bundle_paths",
    "diff_logs",
    "entity_color",
    "load_decisions",
    "page_diff",
    "parse_decisions",
    "propose_bundle",
    "read_plan_file",
    "redacted_text",
    "render_review_html",
    "write_bundle",
    "write_index",
    "write_proposed_pdf",
]
