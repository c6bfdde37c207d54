"""File names read with the same detector and policy as the content (:mod:`redactkit.names`).

A private name or SSN in an input's file name used to be copied into the output names, the
log and the exemption index. Now such a name becomes ``document-<sha12>``; the original is
kept only in the private name map. Ordinary report names stay as they are. All values are
invented.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactkit._fileio import sha256_file
from redactkit.batch import BatchOptions, Engine, SerialExecutor, discover, run_batch
from redactkit.cli import main
from redactkit.names import NAME_MAP, SAFE_PREFIX, private_in_name, public_name, record_names

SSN = "512-48-3390"
SAMPLES = Path(__file__).resolve().parent.parent / "sample_docs"


def _pdf(path: Path, text: str = "The witness Maria Gutierrez called (217) 555-0143.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), text, fontsize=11)
    doc.save(path)
    return path


def _distinct_pdf(path: Path, n: int) -> Path:
    return _pdf(path, f"Witness Maria Gutierrez, item {n}, called (217) 555-0143.")


@pytest.fixture
def share_model(shared_redactor: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """CLI runs reuse the session's loaded detector (the same real spaCy + Presidio)."""
    monkeypatch.setattr("redactkit.api.Detector", lambda *a, **k: shared_redactor.detector)
    return shared_redactor


@pytest.mark.parametrize(("name", "entity"), [
    (f"report_{SSN}", "US_SSN"),
    ("report_512.48.3390", "US_SSN"),
    ("statement_Maria_Gonzalez", "PERSON"),
    ("statement_maria_gonzalez", "PERSON"),
    ("witness-maria-gonzalez", "PERSON"),
    ("MARIA_GONZALEZ_statement", "PERSON"),
    ("callback_217-555-0143", "PHONE_NUMBER"),
])
def test_private_names_found(shared_redactor: Any, name: str, entity: str) -> None:
    assert entity in private_in_name(name, shared_redactor.detector, shared_redactor.policy)


@pytest.mark.parametrize("name", [
    "incident_report_001", "arrest_report_002", "case_2024-001234", "report_2024-06-14",
    "officer_report", "victim_statement", "hunter_green_park", "IMG_20240301_1234", "scan0001",
    "report-final-v2", "dispatch_log_2024-03-02",
])
def test_ordinary_names_kept(shared_redactor: Any, name: str) -> None:
    assert private_in_name(name, shared_redactor.detector, shared_redactor.policy) == []


def test_sample_doc_names_kept(shared_redactor: Any) -> None:
    """Over-redaction guard: every shipped sample's name stays as it is."""
    names = sorted({p.stem for d in (SAMPLES, SAMPLES / "scanned", SAMPLES / "holdout") for p in d.iterdir()
                    if p.suffix.lower() in (".pdf", ".tif", ".png", ".jpg")})
    assert len(names) >= 20
    flagged = {n: private_in_name(n, shared_redactor.detector, shared_redactor.policy) for n in names}
    assert {n: e for n, e in flagged.items() if e} == {}


def test_safe_name_is_stable_and_map_is_private(shared_redactor: Any, tmp_path: Path) -> None:
    src = _pdf(tmp_path / f"report_{SSN}.pdf")
    a = public_name(src, shared_redactor.detector, shared_redactor.policy)
    b = public_name(src, shared_redactor.detector, shared_redactor.policy)
    assert a == b and a.replaced and a.stem == SAFE_PREFIX + sha256_file(src)[:12]
    assert a.warning and SSN not in a.warning and "3390" not in a.warning
    plain = public_name(_pdf(tmp_path / "incident_report_001.pdf"), shared_redactor.detector,
                        shared_redactor.policy)
    assert not plain.replaced and plain.stem == "incident_report_001"
    out = tmp_path / "out"
    assert record_names(out, [plain]) is None  # nothing private: no map written
    path = record_names(out, [a])
    assert path == out / NAME_MAP and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    other = public_name(_pdf(tmp_path / "statement_Maria_Gonzalez.pdf"), shared_redactor.detector,
                        shared_redactor.policy)
    record_names(out, [other])  # merged with the first run's entry
    names = json.loads(path.read_text())["names"]
    assert names[a.file_name]["source"].endswith(f"report_{SSN}.pdf")
    assert names[other.file_name]["source"].endswith("statement_Maria_Gonzalez.pdf")


def _traces(folder: Path, words: tuple[str, ...]) -> list[str]:
    """Files (other than the private map) whose name or content holds any of ``words``."""
    found = []
    for p in folder.rglob("*"):
        if not p.is_file() or p.name == NAME_MAP:
            continue
        data = p.read_bytes()
        if any(w in p.name or w.encode() in data for w in words):
            found.append(p.name)
    return found


def test_redact_cli_replaces_private_file_names(share_model: Any, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """An SSN and a person's name in input file names reach no output name, log, CSV or index."""
    inp = tmp_path / "in"
    ssn_src = _distinct_pdf(inp / f"report_{SSN}.pdf", 1)
    name_src = _distinct_pdf(inp / "statement_Maria_Gonzalez.pdf", 2)
    plain_src = _distinct_pdf(inp / "incident_report_001.pdf", 3)
    out = tmp_path / "out"
    assert main(["redact", str(inp), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "private identifier" in err and SSN not in err.split("warning")[1]
    ssn_stem = SAFE_PREFIX + sha256_file(ssn_src)[:12]
    name_stem = SAFE_PREFIX + sha256_file(name_src)[:12]
    assert {p.name for p in out.glob("*.redacted.pdf")} == {
        f"{ssn_stem}.redacted.pdf", f"{name_stem}.redacted.pdf", "incident_report_001.redacted.pdf"
    }
    log = json.loads((out / f"{ssn_stem}.log.json").read_text())
    assert log["source"]["path"] == f"{ssn_stem}.pdf"
    assert log["output"]["path"].endswith(f"{ssn_stem}.redacted.pdf")
    assert any("private identifier (US_SSN)" in w for w in log["warnings"])
    assert json.loads((out / "incident_report_001.log.json").read_text())["source"]["path"] == str(plain_src)
    logs = sorted(str(p) for p in out.glob("*.log.json"))
    assert main(["index", *logs, "-o", str(out / "index"), "-q"]) == 0
    assert _traces(out, (SSN, "3390", "Gonzalez", "GONZALEZ")) == []
    names = json.loads((out / NAME_MAP).read_text())["names"]
    assert names[f"{ssn_stem}.pdf"]["source"] == str(ssn_src.resolve())
    assert names[f"{name_stem}.pdf"]["source"] == str(name_src.resolve())
    assert stat.S_IMODE(os.stat(out / NAME_MAP).st_mode) == 0o600


def test_batch_replaces_private_file_names(shared_redactor: Any, tmp_path: Path) -> None:
    pk = tmp_path / "packet"
    _distinct_pdf(pk / f"report_{SSN}.pdf", 1)
    _distinct_pdf(pk / "Maria_Gonzalez" / "statement.pdf", 2)  # a folder name counts too
    _distinct_pdf(pk / "arrest_report_002.pdf", 3)
    out = tmp_path / "out"
    serial = SerialExecutor(Engine.from_redactor(shared_redactor))
    report = run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    assert not report.failures
    docs = sorted(r.document for r in report.rows)
    assert "arrest_report_002" in docs and sum(d.startswith(SAFE_PREFIX) for d in docs) == 2
    assert _traces(out, (SSN, "3390", "Gonzalez")) == []
    names = json.loads((out / NAME_MAP).read_text())["names"]
    assert sorted(Path(v["source"]).name for v in names.values()) == [f"report_{SSN}.pdf", "statement.pdf"]
    # a second run resumes under the same safe names
    again = run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    assert sorted(r.document for r in again.rows) == docs and all(r.resumed for r in again.rows)


def test_propose_and_apply_use_the_safe_name(share_model: Any, tmp_path: Path) -> None:
    src = _pdf(tmp_path / "in" / "statement_Maria_Gonzalez.pdf")
    stem = SAFE_PREFIX + sha256_file(src)[:12]
    review, out = tmp_path / "review", tmp_path / "out"
    assert main(["propose", str(src), "-o", str(review), "-q"]) == 0
    assert (review / f"{stem}.plan.json").exists() and (review / NAME_MAP).exists()
    assert json.loads((review / f"{stem}.log.json").read_text())["source"]["path"] == f"{stem}.pdf"
    assert main(["apply", str(review), "-o", str(out), "-q", "--accept-unreviewed"]) == 0
    assert (out / f"{stem}.redacted.pdf").exists()
    assert _traces(out, ("Gonzalez",)) == []
    assert json.loads((out / NAME_MAP).read_text())["names"][f"{stem}.pdf"]["source"] == str(src.resolve())
