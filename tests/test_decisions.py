"""Decisions files: shape checks, validation against a plan, applying them, and their place in the log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PdfFactory, redaction_for
from redactkit.errors import UsageError
from redactkit.ingest import ingest_pdf
from redactkit.model import Decision, Document, Plan, Rect, Redaction
from redactkit.policy import load_policy
from redactkit.report import RedactionLog
from redactkit.review.decisions import (
    DECISIONS_SCHEMA,
    apply_decisions,
    decisions_to_dict,
    load_decisions,
    parse_decisions,
)

CODES = load_policy("police-public-release").exemption_codes


@pytest.fixture
def doc_plan(pdf_factory: PdfFactory) -> tuple[Document, Plan]:
    doc = ingest_pdf(pdf_factory())
    reds = [
        redaction_for(doc, "Chen", rid="r-chen1"),
        redaction_for(doc, "Maria Gutierrez", rid="r-maria"),
        redaction_for(doc, "Chen", occurrence=1, rid="r-chen2"),
    ]
    plan = Plan(source_path=doc.path, source_sha256=doc.sha256, policy_name="police-public-release",
                policy_sha256="x", redactions=reds)
    return doc, plan


def _raw(plan: Plan, *decisions: dict[str, Any], **top: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {"schema": DECISIONS_SCHEMA, "document": "source.pdf",
                           "source_sha256": plan.source_sha256, "reviewer": "Sgt. Records",
                           "timestamp": "2026-11-29T10:00:00Z", "decisions": list(decisions)}
    raw.update(top)
    return raw


def _apply(doc: Document, plan: Plan, raw: dict[str, Any]) -> Plan:
    sizes = [(p.width, p.height) for p in doc.pages]
    return apply_decisions(plan, parse_decisions(raw, origin="d.json"), page_sizes=sizes,
                           exemption_codes=CODES, document=doc)


def test_accept_reject_manual_applied(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    kitchen = redaction_for(doc, "kitchen", occurrence=0)
    box = kitchen.rects[0].padded(0.5)
    new = _apply(doc, plan, _raw(
        plan,
        {"id": "r-chen1", "action": "reject", "note": "officer"},
        {"id": "r-maria", "action": "accept"},
        {"action": "manual", "page": 0, "rect": box.to_list(), "exemption": "(b)(6)", "reason": "room"},
    ))
    status = {r.id: r.status for r in new.redactions}
    assert status["r-chen1"] == "rejected"
    assert status["r-maria"] == "accepted"
    assert status["r-chen2"] == "proposed"  # no decision: stays proposed, i.e. burned
    manual = [r for r in new.redactions if r.status == "manual"]
    assert len(manual) == 1
    m = manual[0]
    assert (m.entity, m.exemption, m.reason, m.text) == ("MANUAL", "(b)(6)", "room", "kitchen")
    assert doc.text[m.start:m.end] == "kitchen"
    assert [r.id for r in new.active()] == ["r-maria", "r-chen2", m.id]
    assert plan.redactions[0].status == "proposed"  # the input plan is not modified


def test_manual_reason_defaults_to_code_text(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    new = _apply(doc, plan, _raw(plan, {"action": "manual", "page": 0, "rect": [10, 10, 20, 20],
                                        "exemption": "(b)(7)(F)"}))
    m = new.redactions[-1]
    assert m.reason == CODES["(b)(7)(F)"]
    assert m.text == "" and m.start == -1  # nothing under the box


@pytest.mark.parametrize(
    ("decision", "message"),
    [
        ({"id": "r-nope", "action": "reject"}, "decision 1 (reject): unknown redaction id 'r-nope'"),
        ({"action": "manual", "page": 0, "rect": [500, 700, 700, 720], "exemption": "(b)(6)"},
         "decision 1 (manual): rect [500.0, 700.0, 700.0, 720.0] is off page 0"),
        ({"action": "manual", "page": 0, "rect": [-20, 10, 30, 20], "exemption": "(b)(6)"}, "is off page 0"),
        ({"action": "manual", "page": 3, "rect": [1, 1, 2, 2], "exemption": "(b)(6)"},
         "decision 1 (manual): page 3 does not exist; the document has 1 page(s)"),
        ({"action": "manual", "page": 0, "rect": [10, 10, 20, 20], "exemption": "(b)(99)"},
         "decision 1 (manual): exemption code '(b)(99)' is not in the policy's code table"),
    ],
)
def test_invalid_against_plan(
    doc_plan: tuple[Document, Plan], decision: dict[str, Any], message: str
) -> None:
    doc, plan = doc_plan
    with pytest.raises(UsageError) as exc:
        _apply(doc, plan, _raw(plan, decision))
    assert message in str(exc.value)
    assert str(exc.value).startswith("d.json: ")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema": "other/1"}, "schema is 'other/1'"),
        ({"reviewer": ""}, "'reviewer' must be a non-empty string"),
        ({"decisions": {"a": 1}}, "'decisions' must be a list"),
        ({"extra": 1}, "unknown key(s) extra"),
        ({"decisions": [{"id": "r-maria", "action": "maybe"}]}, "decision 1: action 'maybe' is not one of"),
        ({"decisions": [{"action": "accept"}]}, "decision 1 (accept): 'id'"),
        ({"decisions": [{"id": "r", "action": "accept", "page": 0}]},
         "decision 1 (accept): unknown key(s) page"),
        ({"decisions": [{"action": "manual", "page": 0, "rect": [1, 2, 3], "exemption": "(b)(6)"}]},
         "decision 1 (manual): 'rect' must be [x0, y0, x1, y1]"),
        ({"decisions": [{"action": "manual", "page": 0, "rect": [5, 5, 1, 9], "exemption": "(b)(6)"}]},
         "is empty"),
        ({"decisions": [{"action": "manual", "page": -1, "rect": [1, 1, 2, 2], "exemption": "(b)(6)"}]},
         "'page' must be a 0-based page number"),
        ({"decisions": [{"action": "manual", "page": 0, "rect": [1, 1, 2, 2]}]}, "'exemption'"),
    ],
)
def test_invalid_shape(doc_plan: tuple[Document, Plan], change: dict[str, Any], message: str) -> None:
    _, plan = doc_plan
    with pytest.raises(UsageError, match="^d.json: ") as exc:
        parse_decisions(_raw(plan, **change), origin="d.json")
    assert message in str(exc.value)


def test_duplicate_and_wrong_source(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    with pytest.raises(UsageError, match="decision 2: redaction r-maria was already decided by decision 1"):
        _apply(doc, plan, _raw(plan, {"id": "r-maria", "action": "accept"},
                               {"id": "r-maria", "action": "reject"}))
    with pytest.raises(UsageError, match="different version of the source"):
        _apply(doc, plan, _raw(plan, source_sha256="0" * 64))


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="decisions file not found"):
        load_decisions(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(UsageError, match=r"bad.json: not valid JSON: .*line 1"):
        load_decisions(bad)


def test_round_trip_and_log(doc_plan: tuple[Document, Plan], tmp_path: Path) -> None:
    _, plan = doc_plan
    raw = _raw(plan, {"id": "r-maria", "action": "reject", "note": "n"},
               {"action": "manual", "page": 0, "rect": [10, 10, 20, 20], "exemption": "(b)(6)", "reason": "x",
                "note": ""})
    path = tmp_path / "d.json"
    path.write_text(json.dumps(raw))
    parsed = load_decisions(path)
    assert decisions_to_dict(parsed) == raw
    assert all(d.reviewer == "Sgt. Records" and d.timestamp == raw["timestamp"] for d in parsed.decisions)
    log = RedactionLog(policy={"name": "p"}, source={"path": "s"}, output=None, redactions=plan.redactions,
                       decisions=parsed.decisions)
    back = RedactionLog.from_dict(json.loads(log.to_json()))
    assert back.decisions == parsed.decisions
    assert back.decisions[1].rect == Rect(10, 10, 20, 20)
    assert isinstance(back.decisions[0], Decision)


# --------------------------------------------------------------------------- additive keys (issue 14)


def test_recode_several_codes_reaches_plan_and_log(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    new = _apply(doc, plan, _raw(
        plan,
        {"id": "r-maria", "action": "accept", "note": "witness", "exemptions": ["(b)(6)", "(b)(7)(C)"]},
        {"id": "r-chen1", "action": "accept"},
    ))
    by_id = {r.id: r for r in new.redactions}
    maria = by_id["r-maria"]
    assert maria.status == "accepted"
    assert (maria.exemption, maria.exemptions) == ("(b)(6)", ("(b)(6)", "(b)(7)(C)"))
    assert maria.reason == CODES["(b)(6)"]  # the primary code's description
    assert by_id["r-chen1"].exemptions == () and "exemptions" not in by_id["r-chen1"].to_dict()
    log = RedactionLog(policy={"name": "p"}, source={"path": "s"}, output=None, redactions=new.redactions)
    raw = json.loads(log.to_json())
    row = next(r for r in raw["redactions"] if r["id"] == "r-maria")
    assert row["exemption"] == "(b)(6)" and row["exemptions"] == ["(b)(6)", "(b)(7)(C)"]
    back = {r.id: r for r in RedactionLog.from_dict(raw).redactions}
    assert back["r-maria"].exemptions == ("(b)(6)", "(b)(7)(C)") and back["r-chen1"].exemptions == ()


def test_manual_with_codes_text_origin(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    box = redaction_for(doc, "kitchen").rects[0].padded(0.5)
    item = {"action": "manual", "page": 0, "rect": box.to_list(), "exemption": "(b)(7)(C)",
            "exemptions": ["(b)(7)(C)", "(b)(6)"], "reason": "", "note": "found twice", "text": "kitchen",
            "origin": "search"}
    raw = _raw(plan, item)
    parsed = parse_decisions(raw, origin="d.json")
    assert decisions_to_dict(parsed) == raw  # round trip keeps the additive keys
    m = _apply(doc, plan, raw).redactions[-1]
    assert (m.status, m.exemption, m.exemptions) == ("manual", "(b)(7)(C)", ("(b)(7)(C)", "(b)(6)"))
    assert m.text == "kitchen" and "search-and-redact" in m.explanation and "found twice" in m.explanation
    d = parsed.decisions[0]
    assert Decision.from_dict(json.loads(json.dumps(d.to_dict()))) == d


@pytest.mark.parametrize(
    ("decision", "message"),
    [
        ({"id": "r-maria", "action": "accept", "exemptions": []}, "'exemptions' must be a non-empty list"),
        ({"id": "r-maria", "action": "accept", "exemptions": "(b)(6)"}, "'exemptions' must be a non-empty"),
        ({"id": "r-maria", "action": "reject", "exemptions": ["(b)(6)", "(b)(6)"]}, "names a code twice"),
        ({"action": "manual", "page": 0, "rect": [1, 1, 9, 9], "exemption": "(b)(6)",
          "exemptions": ["(b)(7)(C)", "(b)(6)"]}, "must be 'exemption' '(b)(6)'"),
        ({"action": "manual", "page": 0, "rect": [1, 1, 9, 9], "exemption": "(b)(6)", "origin": "guess"},
         "'origin' 'guess' is not one of draw, search"),
        ({"action": "manual", "page": 0, "rect": [1, 1, 9, 9], "exemption": "(b)(6)", "text": 3},
         "'text' must be a string"),
    ],
)
def test_additive_keys_shape(doc_plan: tuple[Document, Plan], decision: dict[str, Any], message: str) -> None:
    _, plan = doc_plan
    with pytest.raises(UsageError) as exc:
        parse_decisions(_raw(plan, decision), origin="d.json")
    assert message in str(exc.value)


def test_recode_unknown_code_refused(doc_plan: tuple[Document, Plan]) -> None:
    doc, plan = doc_plan
    with pytest.raises(UsageError, match=r"decision 1 \(accept\): exemption code '\(b\)\(99\)' is not in"):
        _apply(doc, plan, _raw(plan, {"id": "r-maria", "action": "accept",
                                      "exemptions": ["(b)(6)", "(b)(99)"]}))
    with pytest.raises(UsageError, match=r"decision 1 \(manual\): exemption code '\(b\)\(99\)'"):
        _apply(doc, plan, _raw(plan, {"action": "manual", "page": 0, "rect": [1, 1, 9, 9],
                                      "exemption": "(b)(6)", "exemptions": ["(b)(6)", "(b)(99)"]}))


def test_old_files_still_load(doc_plan: tuple[Document, Plan]) -> None:
    """A decisions file and a log written before the additive keys load unchanged."""
    _, plan = doc_plan
    old = _raw(plan, {"id": "r-maria", "action": "reject", "note": ""},
               {"action": "manual", "page": 0, "rect": [1, 1, 9, 9], "exemption": "(b)(6)", "reason": "",
                "note": ""})
    parsed = parse_decisions(old)
    assert decisions_to_dict(parsed) == old
    assert all(d.exemptions == () and d.origin == "" for d in parsed.decisions)
    row = plan.redactions[0].to_dict()
    assert "exemptions" not in row
    assert Redaction.from_dict(row).exemptions == ()
