"""The published JSON formats of redactkit, as pydantic models and JSON Schema files.

=========================  =================================  ==========================================
schema (``"schema"`` key)  file                               written by
=========================  =================================  ==========================================
``redactkit.log/1``        ``log.schema.json``                ``redact``, ``apply``, ``propose``, batch
``redactkit.decisions/1``  ``decisions.schema.json``          the review page; by hand
``redactkit.plan/1``       ``plan.schema.json``               ``propose`` (``X.plan.json``)
``redactkit.packet-summary/1``  ``packet-summary.schema.json``  ``batch`` (``packet-summary.json``)
``redactkit.logdiff/1``    ``logdiff.schema.json``            ``diff --json``
=========================  =================================  ==========================================

The models here describe the files exactly as the code writes them (unknown keys are
refused, so a field added to a writer without its schema fails the tests). The
``*.schema.json`` files beside this module are generated from them and shipped as
package data::

    python -m redactkit.schemas           # regenerate the files
    python -m redactkit.schemas --check   # exit 1 if a committed file is stale

To validate a file in another program, load a schema with :func:`load_schema` and use
any JSON Schema (2020-12) validator, e.g. ``jsonschema.validate(data, load_schema("log"))``.

Conventions shared by every format: pages are 0-based; a rect is ``[x0, y0, x1, y1]`` in
PDF points of the unrotated page, origin top-left; times are ISO 8601; ``source.path``
in a log is the absolute path of the source file as redactkit opened it, or, for a
source given as bytes or a file object, the caller's ``name=`` or null.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMAS",
    "DecisionsFile",
    "LogDiff",
    "PacketSummary",
    "PlanFile",
    "RedactionLogFile",
    "ReviewIndex",
    "json_schema",
    "load_schema",
]

RectList = Annotated[
    list[float],
    Field(min_length=4, max_length=4,
          description="[x0, y0, x1, y1] in PDF points of the unrotated page, origin top-left."),
]
Page0 = Annotated[int, Field(ge=0, description="0-based page number.")]
Sha256 = Annotated[str, Field(pattern="^[0-9a-f]{64}$", description="SHA-256, lower-case hex.")]
RedactionStatus = Literal["proposed", "needs_review", "accepted", "rejected", "manual"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Tool(_Strict):
    """The program that wrote the file."""

    name: Literal["redactkit"]
    version: str


class LogPolicy(_Strict):
    """The policy a log was made under."""

    name: str
    sha256: str = Field(description="SHA-256 over the policy's rule files (changes with any rule).")
    files: list[str] = Field(description="The rule files the policy was loaded from, extended ones too.")
    uncertain: Literal["redact", "keep"] | None = Field(
        default=None, description="What the run did with needs_review proposals (the policy's `uncertain`); "
        "absent in older logs.")
    review_floor: float | None = Field(
        default=None, description="The policy's review floor: findings from it up to their threshold were "
        "proposed as needs_review.")


class LogSource(_Strict):
    """The source document."""

    path: str | None = Field(
        description="Absolute path of the source file as redactkit opened it (the same in `redact`, "
        "`apply`, `propose` and batch logs). For a source passed to the API as bytes or a file "
        "object: the caller's `name=`, or null."
    )
    sha256: Sha256
    pages: int = Field(ge=0)


class LogOutput(_Strict):
    """The verified output."""

    path: str | None = Field(
        description="Absolute path of the redacted PDF; null when it was returned as bytes "
        "(`Redactor.redact_bytes`)."
    )
    sha256: Sha256


class Redaction(_Strict):
    """One redaction: a span of one page and its rectangles (one per text line)."""

    id: str = Field(description="Stable id: 'r' + 8 hex digits (detected) or 'm' + 8 (manual box).")
    page: Page0
    rects: list[RectList]
    entity: str = Field(description="Entity type, e.g. PERSON, US_SSN; MANUAL for a reviewer's box.")
    exemption: str = Field(description="Exemption code from the policy's table, e.g. (b)(7)(C).")
    reason: str
    text: str = Field(description="The redacted text (internal: the log is not for release).")
    start: int = Field(description="Document text offset of the span (-1 for a manual box over nothing).")
    end: int
    recognizer: str
    score: float
    explanation: str = Field(description="Why it was flagged (recognizer, pattern, context word, score).")
    context: str = Field(description="Surrounding text with the redacted part in [[...]].")
    finding_ids: list[str]
    status: RedactionStatus
    conf: float | None = Field(description="Lowest OCR confidence (0-100) of its words; null on text layers.")
    exemptions: list[str] = Field(
        default_factory=list,
        description="Every code a reviewer gave the box (several allowed; `exemption` is the first). "
        "Present only when the box was re-coded.")


class Kept(_Strict):
    """A span the policy deliberately left visible."""

    page: Page0
    start: int
    end: int
    text: str
    entity: str
    why: str


class LogDecision(_Strict):
    """A reviewer's decision as recorded in a log."""

    action: Literal["accept", "reject", "manual"]
    redaction_id: str | None
    page: int | None
    rect: RectList | None
    exemption: str | None
    reason: str | None
    reviewer: str
    note: str
    timestamp: str
    exemptions: list[str] = Field(default_factory=list,
                                  description="Codes the reviewer gave the box (present only when re-coded).")
    text: str = Field(default="", description="What a manual box covers (present only when known).")
    origin: Literal["draw", "search"] | None = Field(
        default=None, description="How a manual box was made (present only when known).")


class Check(_Strict):
    """One verification check."""

    name: str
    passed: bool
    detail: str
    page: int | None = Field(description="0-based page the check is about, or null for the whole file.")
    status: Literal["passed", "failed", "skipped"] | None = Field(
        default=None, description="Three-state result (a skipped check has passed true and says why).")
    reason: str | None = Field(default=None, description="Why a check was skipped or failed.")


class Verification(_Strict):
    """Verification of the output: passed when every check passed."""

    passed: bool
    checks: list[Check]


class LogReview(_Strict):
    """Who reviewed and approved a burned proposal (``apply`` and ``serve`` releases)."""

    reviewer: str = Field(description="Who made the decisions; empty when none were given.")
    approver: str = Field(description="Who approved the document at QC (redactkit serve); empty for "
                          "a command-line apply.")
    accept_unreviewed: bool = Field(description="True when a proposal without decisions was burned "
                                    "because --accept-unreviewed was given.")


class RedactionLogFile(_Strict):
    """The redaction log of one document (``X.log.json``). Internal: it holds the redacted text."""

    model_config = ConfigDict(extra="forbid", title="redactkit.log/1")

    schema_: Literal["redactkit.log/1"] = Field(alias="schema")
    tool: Tool
    created: str = Field(description="When the log was made, ISO 8601 with offset.")
    policy: LogPolicy
    source: LogSource
    output: LogOutput | None = Field(description="Null for a proposal (nothing burned).")
    redactions: list[Redaction]
    kept: list[Kept]
    decisions: list[LogDecision]
    verification: Verification | None = Field(description="Null for a proposal.")
    sanitized: dict[str, int] = Field(description="What sanitizing removed, by kind (count).")
    timings: dict[str, float] = Field(description="Seconds per stage.")
    warnings: list[str] = Field(description="Notes for the reviewer (rasterized pages, low OCR confidence).")
    review: LogReview | None = Field(default=None, description="Present when a reviewed proposal was "
                                     "burned (apply, serve release).")


class DecisionAcceptReject(_Strict):
    """Accept or reject one proposed redaction."""

    id: str = Field(description="The redaction id from the plan or log.")
    action: Literal["accept", "reject"]
    note: str = ""
    exemptions: list[Annotated[str, Field(min_length=1)]] | None = Field(
        default=None, min_length=1,
        description="Re-coded: the box's codes from the policy's table (the first is the primary code, "
        "written to the log's `exemption`; the list goes to its `exemptions`).")


class DecisionManual(_Strict):
    """A box the reviewer drew."""

    action: Literal["manual"]
    page: Page0
    rect: RectList
    exemption: str = Field(min_length=1)
    reason: str = Field(default="", description="Defaults to the exemption code's description.")
    note: str = ""
    exemptions: list[Annotated[str, Field(min_length=1)]] | None = Field(
        default=None, min_length=1,
        description="Several codes for the box; the first must equal `exemption`.")
    text: str = Field(default="", description="What the box covers, as the reviewer saw it.")
    origin: Literal["draw", "search"] | None = Field(
        default=None, description="How the box was made: drawn by hand or by search-and-redact.")


class DecisionsFile(_Strict):
    """A reviewer's decisions about one proposal (``X.decisions.json``)."""

    model_config = ConfigDict(extra="forbid", title="redactkit.decisions/1")

    schema_: Literal["redactkit.decisions/1"] = Field(alias="schema")
    document: str = Field(min_length=1, description="The source file name the decisions are for.")
    source_sha256: str = Field(min_length=1, description="The plan's source SHA-256.")
    reviewer: str = Field(min_length=1)
    timestamp: str = Field(default="", description="When the decisions were made, ISO 8601.")
    decisions: list[Annotated[DecisionAcceptReject | DecisionManual, Field(discriminator="action")]]


class Plan(_Strict):
    """What will be redacted in one document."""

    source_path: str
    source_sha256: Sha256
    policy_name: str
    policy_sha256: str
    redactions: list[Redaction]
    kept: list[Kept]
    uncertain: Literal["redact", "keep"] = Field(
        default="redact", description="What an unattended run does with needs_review redactions.")


class PlanFile(_Strict):
    """A proposal as ``propose`` writes it (``X.plan.json``); ``apply`` reads it back."""

    model_config = ConfigDict(extra="forbid", title="redactkit.plan/1")

    schema_: Literal["redactkit.plan/1"] = Field(alias="schema")
    source: str = Field(description="Absolute path of the source file (apply reads it from there).")
    policy: str = Field(description="What apply loads: a shipped profile name or a rule-file path.")
    pages: list[Annotated[list[float], Field(min_length=2, max_length=2)]] = Field(
        description="[width, height] of each unrotated page in points.")
    plan: Plan


class SummaryPolicy(_Strict):
    name: str
    sha256: str


class SummaryTotals(_Strict):
    documents: int
    ok: int
    failed: int
    resumed: int
    pages: int
    redactions: int
    redactions_by_exemption: dict[str, int]
    gained_by_consistency: list[str] = Field(description="Documents that gained redactions by --consistent.")


class SummaryDocument(_Strict):
    """One document of a packet: counts only, never redacted text."""

    document: str = Field(description="The document's name: its path under the packet, without suffix.")
    source: str
    requester: str
    notes: str
    policy: str
    status: Literal["ok", "failed"]
    resumed: bool
    pages: int
    redactions: int
    by_exemption: dict[str, int]
    consistency_added: int
    error_type: str
    error: str
    exit_code: int = Field(default=0, description="The failed document's exit code (see the README's "
                           "table; 0 when it succeeded).")
    seconds: float
    timings: dict[str, float]
    output: str = Field(description="The redacted PDF, or '' when the document failed.")
    log: str
    output_sha256: str
    worker: str
    bates_first: str
    bates_last: str
    bates_output: str | None = Field(default=None, description="The Bates-stamped copy (with --bates).")


class PacketSummary(_Strict):
    """A batch run's summary (``packet-summary.json``). Counts only: no redacted text."""

    model_config = ConfigDict(extra="forbid", title="redactkit.packet-summary/1")

    schema_: Literal["redactkit.packet-summary/1"] = Field(alias="schema")
    tool: Tool
    policy: SummaryPolicy
    consistent: bool
    consistency_names: int
    executor: Literal["local", "dask"]
    workers: int | None
    seconds: float
    combined: str | None
    bates: str | None
    packet_errors: list[str]
    totals: SummaryTotals
    documents: list[SummaryDocument]


class DiffRedaction(_Strict):
    """A redaction as the diff shows it."""

    id: str
    page: Page0
    rects: list[RectList]
    entity: str
    exemption: str
    reason: str
    text: str
    status: RedactionStatus


class DiffChange(_Strict):
    old: DiffRedaction
    new: DiffRedaction
    fields: list[Literal["entity", "exemption", "reason", "text", "rects"]]


class DiffSide(_Strict):
    source: LogSource
    policy: str = Field(description="The policy name.")


class DiffSummary(_Strict):
    added: int
    dropped: int
    changed: int
    unchanged: int


class LogDiff(_Strict):
    """``redactkit diff --json OLD NEW``: redactions added, dropped and changed. Internal (holds text)."""

    model_config = ConfigDict(extra="forbid", title="redactkit.logdiff/1")

    schema_: Literal["redactkit.logdiff/1"] = Field(alias="schema")
    old: DiffSide
    new: DiffSide
    summary: DiffSummary
    added: list[DiffRedaction]
    dropped: list[DiffRedaction]
    changed: list[DiffChange]


class ReviewIndexRow(_Strict):
    """One document of a review folder's ``index.json``: its plan's version and what the index shows."""

    mtime_ns: int
    size: int
    pages: int
    proposed: int
    review_html: bool


class ReviewIndex(_Strict):
    """``REVIEW/index.json`` written by ``redactkit propose``: per-document summaries that let
    ``redactkit serve`` list a packet without reading every plan (a row counts only while its
    plan's mtime and size match). Internal (no redacted text, but not for release)."""

    model_config = ConfigDict(extra="forbid", title="redactkit.review-index/1")

    schema_: Literal["redactkit.review-index/1"] = Field(alias="schema")
    documents: dict[str, ReviewIndexRow]


#: File stem -> model. ``<stem>.schema.json`` is the generated file.
SCHEMAS: dict[str, type[BaseModel]] = {
    "log": RedactionLogFile,
    "decisions": DecisionsFile,
    "plan": PlanFile,
    "packet-summary": PacketSummary,
    "logdiff": LogDiff,
    "review-index": ReviewIndex,
}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of format ``name`` (a key of :data:`SCHEMAS`), generated now."""
    model = SCHEMAS[name]
    schema = model.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def render(name: str) -> str:
    """The text of ``<name>.schema.json`` as committed."""
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def load_schema(name: str) -> dict[str, Any]:
    """The shipped ``<name>.schema.json`` (a key of :data:`SCHEMAS`)."""
    if name not in SCHEMAS:
        raise KeyError(f"no schema {name!r}; known: {', '.join(SCHEMAS)}")
    text = files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
