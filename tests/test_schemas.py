"""The published JSON Schemas: committed files are current, and every JSON a real run writes validates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from redactkit.schemas import SCHEMAS, load_schema, render
from redactkit.schemas.__main__ import main as gen_main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"

#: "schema" value in a file -> schema file stem.
BY_SCHEMA_ID = {
    "redactkit.log/1": "log",
    "redactkit.decisions/1": "decisions",
    "redactkit.plan/1": "plan",
    "redactkit.packet-summary/1": "packet-summary",
    "redactkit.logdiff/1": "logdiff",
    "redactkit.review-index/1": "review-index",
}


def _validate(data: dict[str, Any], where: object) -> str:
    name = BY_SCHEMA_ID[data["schema"]]
    validator = jsonschema.Draft202012Validator(load_schema(name))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, f"{where} ({name}): " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5])
    SCHEMAS[name].model_validate(data)  # the pydantic model agrees
    return name


def test_committed_schema_files_are_current() -> None:
    stale = [n for n in SCHEMAS if load_schema(n) != json.loads(render(n))]
    assert not stale, f"stale schema files {stale}: run 'python -m redactkit.schemas'"
    assert gen_main(["--check"]) == 0


def test_schema_files_are_valid_json_schema() -> None:
    for name in SCHEMAS:
        jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_schema_refuses_unknown_keys_and_wrong_types() -> None:
    good = {"schema": "redactkit.decisions/1", "document": "a.pdf", "source_sha256": "ab", "reviewer": "R",
            "decisions": [{"id": "r1", "action": "accept"},
                          {"action": "manual", "page": 0, "rect": [1, 2, 3, 4], "exemption": "(b)(6)"}]}
    v = jsonschema.Draft202012Validator(load_schema("decisions"))
    assert not list(v.iter_errors(good))
    assert list(v.iter_errors({**good, "extra": 1}))
    bad_rect = {**good, "decisions": [{"action": "manual", "page": 0, "rect": [1, 2, 3], "exemption": "x"}]}
    assert list(v.iter_errors(bad_rect))
    assert list(v.iter_errors({**good, "decisions": [{"id": "r1", "action": "maybe"}]}))


@pytest.mark.slow
def test_every_json_of_a_sample_run_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """batch (born-digital + scanned), propose, a decisions file, apply and diff: every *.json validates."""
    from redactkit.cli import main

    packet = tmp_path / "packet"
    packet.mkdir()
    for name in ("incident_report_001.pdf", "witness_statement_003.pdf", "dispatch_log_006.pdf",
                 "scanned/incident_report_001_photo.jpg"):
        shutil.copy(SAMPLES / name, packet / Path(name).name)
    out = tmp_path / "out"
    assert main(["batch", str(packet), "-o", str(out), "--workers", "1", "--quiet"]) == 0

    review = tmp_path / "review"
    src = packet / "incident_report_001.pdf"
    assert main(["propose", str(src), "-o", str(review), "-q"]) == 0
    plan = json.loads((review / "incident_report_001.plan.json").read_text())
    reds = plan["plan"]["redactions"]
    assert len(reds) >= 2
    decisions = {
        "schema": "redactkit.decisions/1",
        "document": src.name,
        "source_sha256": plan["plan"]["source_sha256"],
        "reviewer": "Sgt. Test",
        "timestamp": "2026-01-05T10:00:00Z",
        "decisions": [
            {"id": reds[0]["id"], "action": "accept", "note": ""},
            {"id": reds[1]["id"], "action": "reject", "note": "public official"},
            {"action": "manual", "page": 0, "rect": [72.0, 700.0, 200.0, 712.0], "exemption": "(b)(6)",
             "reason": "medical detail", "note": ""},
        ],
    }
    (review / "incident_report_001.decisions.json").write_text(json.dumps(decisions))
    released = tmp_path / "released"
    assert main(["apply", str(review), "-o", str(released), "-q"]) == 0

    capsys.readouterr()
    # the review rejected one box and added one, so the logs differ: diff(1)'s exit 1
    assert main(["diff", str(out / "incident_report_001.log.json"),
                 str(released / "incident_report_001.log.json"), "--json"]) == 1
    (tmp_path / "diff.json").write_text(capsys.readouterr().out)

    seen: dict[str, int] = {}
    for path in sorted(tmp_path.rglob("*.json")):
        name = _validate(json.loads(path.read_text()), path.relative_to(tmp_path))
        seen[name] = seen.get(name, 0) + 1
    assert seen == {"log": 4 + 1 + 1, "packet-summary": 1, "plan": 1, "decisions": 1, "logdiff": 1,
                    "review-index": 1}

    # one source.path convention: absolute, in redact (batch), propose and apply logs alike
    for log_file in (out / "incident_report_001.log.json", review / "incident_report_001.log.json",
                     released / "incident_report_001.log.json"):
        path = json.loads(log_file.read_text())["source"]["path"]
        assert Path(path).is_absolute() and Path(path).resolve() == src.resolve(), (log_file, path)
