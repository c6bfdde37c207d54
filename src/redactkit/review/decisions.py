"""The decisions file (schema ``redactkit.decisions/1``): what a reviewer decided about a plan.

Written by the review page's *Export decisions* button, and easy to write by hand::

    {
      "schema": "redactkit.decisions/1",
      "document": "report.pdf",
      "source_sha256": "…",
      "reviewer": "Sgt. A. Records",
      "timestamp": "2026-11-29T10:00:00Z",
      "decisions": [
        {"id": "r4874a878", "action": "accept", "note": "home address"},
        {"id": "reefe5757", "action": "reject", "note": "public official"},
        {"id": "r0c1d2e3f", "action": "accept", "note": "witness",
         "exemptions": ["(b)(6)", "(b)(7)(C)"]},
        {"action": "manual", "page": 0, "rect": [72, 300, 200, 312],
         "exemption": "(b)(6)", "reason": "medical detail", "note": ""},
        {"action": "manual", "page": 2, "rect": [90, 120, 131, 131], "exemption": "(b)(6)",
         "exemptions": ["(b)(6)", "(b)(7)(C)"], "reason": "", "note": "", "text": "Adeyemi",
         "origin": "search"}
      ]
    }

Additive keys (older files without them still load): ``exemptions`` re-codes a box
(several codes of the policy's table; the first is the primary code, written to the
log's ``exemption``, the list to its ``exemptions``); on a manual box ``text`` (what it
covers, as the reviewer saw it) and ``origin`` (``draw`` or ``search``). The key of an
item is its ``id`` for accept/reject and :func:`manual_id` of its page and rect for a
manual box.

Pages are 0-based and rects are PDF points ``[x0, y0, x1, y1]`` in the unrotated
page (origin top-left), as in the log. A redaction without a decision stays
``proposed`` and is burned. :func:`load_decisions` checks the file's shape;
:func:`apply_decisions` checks it against the plan (unknown ids, rects off the
page, exemption codes the policy does not know, a different source file) and
returns the reviewed plan. Every problem is a :class:`~redactkit.errors.UsageError`
naming the decision (1-based, as counted in the file) and what is wrong.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .._fileio import sha256_file
from ..errors import UsageError
from ..ingest import ingest_pdf
from ..model import Decision, Document, Plan, Rect, Redaction

__all__ = [
    "DECISIONS_SCHEMA", "DecisionsFile", "apply_decisions", "apply_review", "decision_item",
    "decisions_to_dict", "load_decisions", "manual_id", "parse_decisions",
]

DECISIONS_SCHEMA = "redactkit.decisions/1"
_ACTIONS = ("accept", "reject", "manual")
_TOP_KEYS = {"schema", "document", "source_sha256", "reviewer", "timestamp", "decisions"}
_KEYS = {
    "accept": {"id", "action", "note", "exemptions"},
    "reject": {"id", "action", "note", "exemptions"},
    "manual": {"action", "page", "rect", "exemption", "reason", "note", "exemptions", "text", "origin"},
}
_ORIGINS = ("draw", "search")
#: Tolerance (points) for a manual rect touching the page edge.
EDGE_TOLERANCE = 0.5

logger = logging.getLogger("redactkit.decisions")  # the name it had as one module


@dataclass(frozen=True)
class DecisionsFile:
    """A decisions file, parsed and shape-checked."""

    document: str
    source_sha256: str
    reviewer: str
    timestamp: str
    decisions: list[Decision]
    origin: str = "<decisions>"


def load_decisions(path: str | os.PathLike[str]) -> DecisionsFile:
    """Read and shape-check a decisions file.

    Raises:
        UsageError: missing file, invalid JSON, wrong schema or a malformed decision.
    """
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{p}: decisions file not found.") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{p}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).") from None
    return parse_decisions(raw, origin=str(p))


def parse_decisions(raw: Any, *, origin: str = "<decisions>") -> DecisionsFile:
    """Shape-check a decoded decisions document (see the module docstring).

    Args:
        raw: the decoded JSON.
        origin: the file name used in error messages.

    Raises:
        UsageError: naming the decision and the problem.
    """
    def fail(msg: str) -> UsageError:
        return UsageError(f"{origin}: {msg}")

    if not isinstance(raw, dict):
        raise fail("a decisions file is a JSON object.")
    if raw.get("schema") != DECISIONS_SCHEMA:
        raise fail(f"schema is {raw.get('schema')!r}, expected {DECISIONS_SCHEMA!r}.")
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise fail(f"unknown key(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(_TOP_KEYS))}).")
    for key in ("document", "source_sha256", "reviewer"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f"'{key}' must be a non-empty string.")
    timestamp = raw.get("timestamp", "")
    if not isinstance(timestamp, str):
        raise fail("'timestamp' must be a string (ISO 8601).")
    items = raw.get("decisions")
    if not isinstance(items, list):
        raise fail("'decisions' must be a list.")
    reviewer = raw["reviewer"].strip()
    out: list[Decision] = []
    for n, item in enumerate(items, 1):
        out.append(_parse_one(item, n, reviewer, timestamp, fail))
    return DecisionsFile(document=raw["document"], source_sha256=raw["source_sha256"], reviewer=reviewer,
                         timestamp=timestamp, decisions=out, origin=origin)


def _parse_one(item: Any, n: int, reviewer: str, timestamp: str, fail: Any) -> Decision:
    where = f"decision {n}"
    if not isinstance(item, dict):
        raise fail(f"{where}: must be an object.")
    action = item.get("action")
    if action not in _ACTIONS:
        raise fail(f"{where}: action {action!r} is not one of {', '.join(_ACTIONS)}.")
    unknown = set(item) - _KEYS[action]
    if unknown:
        raise fail(f"{where} ({action}): unknown key(s) {', '.join(sorted(unknown))}.")
    note = item.get("note") or ""
    if not isinstance(note, str):
        raise fail(f"{where}: 'note' must be a string.")
    codes = _parse_codes(item, f"{where} ({action})", fail)
    if action in ("accept", "reject"):
        rid = item.get("id")
        if not isinstance(rid, str) or not rid:
            raise fail(f"{where} ({action}): 'id' (the redaction id, e.g. 'r4874a878') is required.")
        return Decision(action=action, redaction_id=rid, reviewer=reviewer, note=note, timestamp=timestamp,
                        exemptions=codes)
    page = item.get("page")
    if not isinstance(page, int) or isinstance(page, bool) or page < 0:
        raise fail(f"{where} (manual): 'page' must be a 0-based page number, got {page!r}.")
    rect = item.get("rect")
    if (not isinstance(rect, list) or len(rect) != 4
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in rect)):
        raise fail(f"{where} (manual): 'rect' must be [x0, y0, x1, y1] in PDF points, got {rect!r}.")
    r = Rect.from_list(rect)
    if r.is_empty:
        raise fail(f"{where} (manual): rect {rect} is empty (x1 must exceed x0 and y1 exceed y0).")
    exemption = item.get("exemption")
    if not isinstance(exemption, str) or not exemption:
        raise fail(f"{where} (manual): 'exemption' (a code such as '(b)(6)') is required.")
    if codes and codes[0] != exemption:
        raise fail(f"{where} (manual): the first of 'exemptions' {list(codes)} must be 'exemption' "
                   f"{exemption!r} (the primary code).")
    reason = item.get("reason") or ""
    if not isinstance(reason, str):
        raise fail(f"{where} (manual): 'reason' must be a string.")
    text = item.get("text") or ""
    if not isinstance(text, str):
        raise fail(f"{where} (manual): 'text' must be a string.")
    origin = item.get("origin") or ""
    if origin and origin not in _ORIGINS:
        raise fail(f"{where} (manual): 'origin' {origin!r} is not one of {', '.join(_ORIGINS)}.")
    return Decision(action="manual", page=page, rect=r, exemption=exemption, reason=reason,
                    reviewer=reviewer, note=note, timestamp=timestamp, exemptions=codes, text=text,
                    origin=origin)


def _parse_codes(item: dict[str, Any], where: str, fail: Any) -> tuple[str, ...]:
    """The optional ``exemptions`` list: non-empty, strings, no code twice."""
    if "exemptions" not in item or item["exemptions"] is None:
        return ()
    codes = item["exemptions"]
    if (not isinstance(codes, list) or not codes
            or not all(isinstance(c, str) and c.strip() for c in codes)):
        raise fail(f"{where}: 'exemptions' must be a non-empty list of codes such as '(b)(6)', "
                   f"got {codes!r}.")
    if len(set(codes)) != len(codes):
        raise fail(f"{where}: 'exemptions' names a code twice: {codes!r}.")
    return tuple(codes)


def _check_codes(codes: Sequence[str], where: str, exemption_codes: Mapping[str, str]) -> None:
    for code in codes:
        if code not in exemption_codes:
            raise UsageError(
                f"{where}: exemption code {code!r} is not in the policy's code table "
                f"(known: {', '.join(exemption_codes)})."
            )


def manual_id(page: int, rect: Rect) -> str:
    """A stable id for a manual box (``m`` + 8 hex digits of its page and rect)."""
    key = f"{page}:{','.join(f'{v:.2f}' for v in rect.to_list())}"
    return "m" + hashlib.sha256(key.encode()).hexdigest()[:8]


def _text_under(document: Document | None, page: int, rect: Rect) -> tuple[str, int, int]:
    """Text of the glyphs whose centre lies in ``rect`` (what verification calls covered).

    Returns the text (runs of covered glyphs joined by a space) and its document
    offsets (-1, -1 when nothing is covered).
    """
    if document is None or page >= len(document.pages):
        return "", -1, -1
    p = document.pages[page]
    idx = [i for i, ch in enumerate(p.chars) if ch is not None and rect.contains_point(*ch.rect.center())]
    if not idx:
        return "", -1, -1
    parts: list[str] = []
    run = [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1 or p.text[run[-1] + 1:i].isspace():
            run.append(i)
        else:
            parts.append(p.text[run[0]:run[-1] + 1])
            run = [i]
    parts.append(p.text[run[0]:run[-1] + 1])
    text = " ".join(" ".join(part.split()) for part in parts)
    base = document.page_offsets[page]
    return text, base + idx[0], base + idx[-1] + 1


def apply_decisions(
    plan: Plan,
    decisions: DecisionsFile,
    *,
    page_sizes: Sequence[tuple[float, float]],
    exemption_codes: Mapping[str, str],
    document: Document | None = None,
) -> Plan:
    """The reviewed plan: accepted/rejected statuses set and manual boxes added.

    Args:
        plan: the proposed plan.
        decisions: a parsed decisions file.
        page_sizes: (width, height) of each page, unrotated, in points.
        exemption_codes: the policy's code table (code -> description).
        document: the ingested source; when given, a manual box records the
            text under it (so verification checks it is gone).

    Returns:
        A new plan; redactions without a decision stay ``proposed`` (burned).

    Raises:
        UsageError: the decisions are for another file, name an unknown or
            twice-decided redaction, a page or rect off the document, or an
            unknown exemption code.
    """
    origin = decisions.origin
    if decisions.source_sha256 != plan.source_sha256:
        raise UsageError(
            f"{origin}: the decisions were made for a different version of the source "
            f"(SHA-256 {decisions.source_sha256[:12]}…, the plan has {plan.source_sha256[:12]}…); "
            "review the current proposal again."
        )
    by_id = {r.id: r for r in plan.redactions}
    status: dict[str, str] = {}
    recoded: dict[str, tuple[str, ...]] = {}
    first: dict[str, int] = {}
    manual: list[Redaction] = []
    for n, d in enumerate(decisions.decisions, 1):
        where = f"{origin}: decision {n}"
        if d.action in ("accept", "reject"):
            rid = d.redaction_id or ""
            if rid not in by_id:
                raise UsageError(
                    f"{where} ({d.action}): unknown redaction id {rid!r}; the plan of "
                    f"{Path(plan.source_path).name} has no such redaction (ids look like "
                    f"{next(iter(by_id), 'r1a2b3c4d')!r})."
                )
            if rid in first:
                raise UsageError(f"{where}: redaction {rid} was already decided by decision {first[rid]}.")
            first[rid] = n
            status[rid] = "accepted" if d.action == "accept" else "rejected"
            if d.exemptions:
                _check_codes(d.exemptions, f"{where} ({d.action})", exemption_codes)
                recoded[rid] = d.exemptions
            continue
        assert d.page is not None and d.rect is not None and d.exemption is not None
        if d.page >= len(page_sizes):
            raise UsageError(
                f"{where} (manual): page {d.page} does not exist; the document has {len(page_sizes)} "
                f"page(s), numbered from 0."
            )
        w, h = page_sizes[d.page]
        r = d.rect
        tol = EDGE_TOLERANCE
        if r.x0 < -tol or r.y0 < -tol or r.x1 > w + tol or r.y1 > h + tol:
            raise UsageError(
                f"{where} (manual): rect {r.to_list()} is off page {d.page} "
                f"(the page is {w:.1f} × {h:.1f} pt; rects are [x0, y0, x1, y1] from the top-left)."
            )
        _check_codes(d.exemptions or (d.exemption,), f"{where} (manual)", exemption_codes)
        r = Rect(max(r.x0, 0.0), max(r.y0, 0.0), min(r.x1, w), min(r.y1, h))
        text, start, end = _text_under(document, d.page, r)
        how = "found by search-and-redact" if d.origin == "search" else "drawn"
        manual.append(Redaction(
            id=manual_id(d.page, r), page=d.page, rects=(r,), entity="MANUAL", exemption=d.exemption,
            reason=d.reason or exemption_codes[d.exemption], text=text or d.text, start=start, end=end,
            recognizer="reviewer", score=1.0,
            explanation=(f"manual box {how} by {d.reviewer or 'the reviewer'}"
                         + (f": {d.note}" if d.note else "")),
            status="manual", exemptions=d.exemptions,
        ))
    seen = {m.id for m in manual}
    if len(seen) != len(manual):
        raise UsageError(f"{origin}: two manual boxes have the same page and rect; remove one.")
    reviewed = [_decided(r, status.get(r.id), recoded.get(r.id), exemption_codes) for r in plan.redactions]
    return Plan(
        source_path=plan.source_path, source_sha256=plan.source_sha256, policy_name=plan.policy_name,
        policy_sha256=plan.policy_sha256, redactions=reviewed + manual, kept=list(plan.kept),
    )


def _decided(
    r: Redaction, status: str | None, codes: tuple[str, ...] | None, exemption_codes: Mapping[str, str]
) -> Redaction:
    """``r`` with its decision: the new status and, when re-coded, its codes and the primary's reason."""
    if status is None:
        return r
    if not codes:
        return replace(r, status=status)  # type: ignore[arg-type]
    return replace(r, status=status, exemption=codes[0], exemptions=codes,  # type: ignore[arg-type]
                   reason=exemption_codes[codes[0]])


def decision_item(x: Decision) -> dict[str, Any]:
    """One decision as a decisions-file item (the additive keys only when set)."""
    item: dict[str, Any]
    if x.action == "manual":
        assert x.rect is not None
        item = {"action": "manual", "page": x.page, "rect": x.rect.to_list(),
                "exemption": x.exemption, "reason": x.reason or "", "note": x.note}
        if x.text:
            item["text"] = x.text
        if x.origin:
            item["origin"] = x.origin
    else:
        item = {"id": x.redaction_id, "action": x.action, "note": x.note}
    if x.exemptions:
        item["exemptions"] = list(x.exemptions)
    return item


def decisions_to_dict(d: DecisionsFile) -> dict[str, Any]:
    """The decisions file as JSON-ready data (round-trips through :func:`parse_decisions`)."""
    items = [decision_item(x) for x in d.decisions]
    return {"schema": DECISIONS_SCHEMA, "document": d.document, "source_sha256": d.source_sha256,
            "reviewer": d.reviewer, "timestamp": d.timestamp, "decisions": items}


def apply_review(
    redactor: Any,
    plan_file: Any,
    decisions: DecisionsFile | None,
    dst: str | os.PathLike[str],
    *,
    log_path: str | os.PathLike[str] | None = None,
    name: Any = None,
) -> Any:
    """Burn a reviewed plan: the proposal of ``plan_file`` with ``decisions`` applied.

    Goes through :meth:`redactkit.Redactor.redact` (the same burn, sanitize and
    verify path as ``redact``); the log records the decisions, the reviewer and
    the time.

    Args:
        redactor: a :class:`redactkit.Redactor` holding the plan's policy.
        plan_file: a :class:`redactkit.review.PlanFile`.
        decisions: the reviewer's decisions, or None (every redaction stays proposed and is burned).
        dst: the redacted output PDF.
        log_path: where the JSON log (and a CSV beside it) go.
        name: the source's :class:`~redactkit.names.PublicName`, passed to ``redact``.

    Returns:
        The :class:`~redactkit.report.RedactionLog`.

    Raises:
        UsageError: the source is missing or changed since the proposal, or a decision is invalid.
        VerificationError: the output failed verification (nothing was written).
    """

    plan: Plan = plan_file.plan
    src = Path(plan_file.source)
    if not src.is_file():
        raise UsageError(f"{plan_file.path}: the source {src} is missing; it was moved or deleted.")
    if sha256_file(src) != plan.source_sha256:
        raise UsageError(
            f"{src}: the file changed since the proposal (SHA-256 differs from {plan_file.path.name}); "
            "nothing was burned. Run 'redactkit propose' again and review the new proposal."
        )
    reviewed = plan
    if decisions is not None:
        document = ingest_pdf(src)
        reviewed = apply_decisions(plan, decisions, page_sizes=plan_file.page_sizes,
                                   exemption_codes=redactor.policy.exemption_codes, document=document)
    log = redactor.redact(src, dst, plan=reviewed, name=name)
    if decisions is not None:
        log.decisions = list(decisions.decisions)
        _note(log, logging.INFO,
              f"reviewed by {decisions.reviewer} at {decisions.timestamp or 'an unrecorded time'}; "
              f"applied {datetime.now(UTC).isoformat(timespec='seconds')} from {decisions.origin}")
    else:
        _note(log, logging.WARNING, "no decisions file: every proposed redaction was burned unreviewed")
    undecided = sum(1 for r in reviewed.redactions if r.status == "proposed")
    if decisions is not None and undecided:
        _note(log, logging.WARNING, f"{undecided} redaction(s) had no decision and were burned as proposed")
    if redactor.policy.sha256 != plan.policy_sha256:
        _note(log, logging.WARNING,
              "the policy changed since the proposal; the reviewed plan was burned as proposed")
    if log_path is not None:
        log.write_json(log_path)
        log.write_csv(Path(log_path).with_suffix(".csv"))
    return log


def _note(log: Any, level: int, message: str) -> None:
    """Add ``message`` to the log's warnings and send it to the ``redactkit.decisions`` logger."""
    log.warnings.append(message)
    logger.log(level, "%s: %s", (log.source or {}).get("path") or "<bytes>", message)
