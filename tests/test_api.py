"""The public API end to end on small real documents (real spaCy, Presidio, PyMuPDF)."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

import redactkit
from redactkit import Redactor
from redactkit.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    UnsupportedFileError,
    UsageError,
    VerificationError,
)
from redactkit.report import SCHEMA, RedactionLog

NARRATIVE = [
    "On 03/14/2024 Ofc. Daniel Reyes #4471 met the victim, Maria Gutierrez.",
    "Gutierrez said her SSN is 532-44-9812 and her phone is (217) 555-0143.",
    "Email: mgutierrez88@example.com. The kitchen window was broken.",
]


def _doc(path: Path, lines: list[str] = NARRATIVE) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((54, 100 + 14 * i), line, fontsize=10)
    doc.set_metadata({"title": "Report on Maria Gutierrez", "author": "Records"})
    doc.save(path)
    return path


def _text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "".join(p.get_text() for p in doc)


def test_redact_end_to_end(tmp_path: Path, shared_redactor: Redactor) -> None:
    src = _doc(tmp_path / "in.pdf")
    before = src.read_bytes()
    log = shared_redactor.redact(src, tmp_path / "out" / "in.pdf", log_path=tmp_path / "out" / "in.log.json")
    assert log.passed
    out_text = _text(tmp_path / "out" / "in.pdf")
    for secret in ("Maria", "Gutierrez", "532-44-9812", "555-0143", "mgutierrez88"):
        assert secret not in out_text
    for kept in ("Reyes", "#4471", "kitchen", "03/14/2024"):
        assert kept in out_text
    with pymupdf.open(tmp_path / "out" / "in.pdf") as doc:
        assert "Gutierrez" not in (doc.metadata.get("title") or "")
    assert src.read_bytes() == before  # the original is never modified
    data = json.loads((tmp_path / "out" / "in.log.json").read_text())
    assert data["schema"] == SCHEMA
    assert data["source"]["sha256"] == log.source["sha256"]
    assert data["verification"]["passed"] is True
    entities = {r["entity"] for r in data["redactions"]}
    assert {"PERSON", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS"} <= entities
    assert all(r["explanation"] and r["recognizer"] for r in data["redactions"])
    assert (tmp_path / "out" / "in.log.csv").read_text().startswith("id,page,entity")
    assert RedactionLog.read(tmp_path / "out" / "in.log.json").source == log.source


def test_several_documents_reuse_the_model(tmp_path: Path, shared_redactor: Redactor) -> None:
    nlp = shared_redactor.detector.nlp_engine()
    for i in range(3):
        shared_redactor.redact(_doc(tmp_path / f"d{i}.pdf"), tmp_path / f"o{i}.pdf")
    assert shared_redactor.detector.nlp_engine() is nlp


def test_redact_pdf_one_call_form(tmp_path: Path, shared_redactor: Redactor) -> None:
    log = redactkit.redact_pdf(_doc(tmp_path / "a.pdf"), tmp_path / "b.pdf", redactor=shared_redactor)
    assert log.passed and (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p: p.write_bytes(b""), redactkit.EmptyDocumentError),
        (lambda p: p.write_text("not a pdf at all"), UnsupportedFileError),
        (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<"), CorruptDocumentError),
    ],
)
def test_bad_input_writes_nothing(tmp_path: Path, shared_redactor: Redactor, make, error) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "bad.pdf"
    make(src)
    with pytest.raises(error, match="bad.pdf"):
        shared_redactor.redact(src, tmp_path / "out" / "bad.pdf")
    assert not (tmp_path / "out" / "bad.pdf").exists()


def test_encrypted_input(tmp_path: Path, shared_redactor: Redactor) -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Maria Gutierrez")
    doc.save(tmp_path / "enc.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    with pytest.raises(EncryptedDocumentError, match="password"):
        shared_redactor.redact(tmp_path / "enc.pdf", tmp_path / "o.pdf")
    assert not (tmp_path / "o.pdf").exists()


def test_verification_failure_deletes_output(
    tmp_path: Path, shared_redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A burn that leaves text under its boxes (simulated fault) must not produce a file."""
    import redactkit.api as burn_mod  # patched where api looks it up

    real_burn = burn_mod.burn

    def leaky_burn(src, redactions, dst, *, label=True, searchable=None, hardening):  # type: ignore[no-untyped-def]
        # writes a sanitized copy with nothing redacted
        result = real_burn(src, [], dst, label=False, hardening=hardening)
        with pymupdf.open(dst) as doc:
            for r in redactions:
                for rect in r.rects:
                    doc[r.page].draw_rect(pymupdf.Rect(rect.x0, rect.y0, rect.x1, rect.y1),
                                          color=(0, 0, 0), fill=(0, 0, 0))
            doc.save(str(dst) + ".tmp")
        Path(str(dst) + ".tmp").replace(dst)
        return result

    monkeypatch.setattr(burn_mod, "burn", leaky_burn)
    with pytest.raises(VerificationError) as info:
        shared_redactor.redact(_doc(tmp_path / "in.pdf"), tmp_path / "out.pdf")
    assert info.value.exit_code == 3
    assert "no_text_in_boxes" in str(info.value)
    assert not (tmp_path / "out.pdf").exists()
    assert not list(tmp_path.glob(".out.pdf.*"))  # no temp file left behind


def test_crash_mid_write_leaves_no_output(
    tmp_path: Path, shared_redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redactkit.api as burn_mod  # patched where api looks it up

    def crashing_burn(src, redactions, dst, *, label=True, searchable=None, hardening):  # type: ignore[no-untyped-def]
        Path(dst).write_bytes(b"%PDF-1.7 half written")
        raise OSError("disk full")

    monkeypatch.setattr(burn_mod, "burn", crashing_burn)
    with pytest.raises(OSError):
        shared_redactor.redact(_doc(tmp_path / "in.pdf"), tmp_path / "out.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf"]


def test_refuses_to_overwrite_source(tmp_path: Path, shared_redactor: Redactor) -> None:
    src = _doc(tmp_path / "in.pdf")
    with pytest.raises(UsageError):
        shared_redactor.redact(src, src)


def test_changed_source_refuses_reviewed_plan(tmp_path: Path, shared_redactor: Redactor) -> None:
    src = _doc(tmp_path / "in.pdf")
    _document, plan = shared_redactor.propose(src)
    _doc(src, [*NARRATIVE, "An added line."])
    with pytest.raises(UsageError, match="changed"):
        shared_redactor.redact(src, tmp_path / "o.pdf", plan=plan)


def test_rejected_redactions_are_not_burned(tmp_path: Path, shared_redactor: Redactor) -> None:
    import dataclasses

    src = _doc(tmp_path / "in.pdf")
    _document, plan = shared_redactor.propose(src)
    plan.redactions = [
        dataclasses.replace(r, status="rejected") if r.entity == "EMAIL_ADDRESS" else r
        for r in plan.redactions
    ]
    shared_redactor.redact(src, tmp_path / "o.pdf", plan=plan)
    text = _text(tmp_path / "o.pdf")
    assert "mgutierrez88@example.com" in text and "532-44-9812" not in text


def test_output_is_reproducible(tmp_path: Path, shared_redactor: Redactor) -> None:
    """Same source and policy give a byte-identical release (logs comparable across runs)."""
    src = _doc(tmp_path / "in.pdf")
    a = shared_redactor.redact(src, tmp_path / "a.pdf")
    b = shared_redactor.redact(src, tmp_path / "b.pdf")
    assert a.output and b.output and a.output["sha256"] == b.output["sha256"]


def test_phone_keeps_its_opening_bracket_inside_the_box(tmp_path: Path, shared_redactor: Redactor) -> None:
    _document, plan = shared_redactor.propose(_doc(tmp_path / "in.pdf"))
    phones = [r.text for r in plan.redactions if r.entity == "PHONE_NUMBER"]
    assert "(217) 555-0143" in phones


def test_redact_pdf_refuses_policy_and_redactor_together(tmp_path: Path, shared_redactor: Redactor) -> None:
    with pytest.raises(UsageError, match="not both"):
        redactkit.redact_pdf(_doc(tmp_path / "a.pdf"), tmp_path / "b.pdf", "full-anonymization",
                             redactor=shared_redactor)
    assert not (tmp_path / "b.pdf").exists()
