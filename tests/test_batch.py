"""Batch runs: discovery, failure isolation, summaries, --consistent, Bates stamping, --combine, CLI.

Most tests run the task function in this process (:class:`SerialExecutor` with the
session's loaded Redactor); the process pool is exercised in test_packet_state.py
(SIGKILL and resume) and the Dask executor in test_batch_dask.py.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redactkit.batch import (
    SUMMARY_FIELDS,
    BatchOptions,
    BatchReport,
    DocResult,
    Engine,
    PacketEntry,
    PacketItem,
    PacketTotals,
    SerialExecutor,
    SummaryRow,
    discover,
    run_batch,
)
from redactkit.batch.outputs import safe_title, stamp_pdf
from redactkit.batch.progress import NullProgress, PlainProgress, make_progress
from redactkit.cli import build_parser, main
from redactkit.errors import UsageError
from redactkit.policy import load_policy
from redactkit.schemas import SummaryDocument, SummaryTotals
from redactkit.settings import RedactSettings


def make_pdf(path: Path, lines: Sequence[str], *, rotation: int = 0, footer: str | None = None) -> Path:
    """A one-page born-digital PDF with ``lines`` (and optionally text in the bottom margin)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    y = 100.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=11)
        y += 14
    if footer:
        page.insert_text((40, 780), footer, fontsize=9)
    if rotation:
        page.set_rotation(rotation)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def serial(shared_redactor: Any) -> SerialExecutor:
    """The task function in this process, with the session's loaded model."""
    return SerialExecutor(Engine.from_redactor(shared_redactor))


def _summary(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "packet-summary.json").read_text())
    return data


# --------------------------------------------------------------------------- discovery


def test_discover_folder_recursive_with_image_suffixes(tmp_path: Path) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "a.pdf", ["x"])
    make_pdf(pk / "sub" / "b.PDF", ["x"])
    for name in ("c.tif", "d.tiff", "e.png", "f.jpg", "g.jpeg"):
        (pk / "scans" / name).parent.mkdir(parents=True, exist_ok=True)
        (pk / "scans" / name).write_bytes(b"x")
    (pk / "notes.txt").write_text("not a document")
    make_pdf(pk / "a.png", ["x"])  # same stem as a.pdf: both kept, told apart by suffix
    items = discover(pk)
    names = [i.name for i in items]
    assert names == ["a", "a_png", "scans/c", "scans/d", "scans/e", "scans/f", "scans/g", "sub/b"]


def test_discover_skips_output_inside_packet_and_refuses_same_folder(tmp_path: Path) -> None:
    make_pdf(tmp_path / "a.pdf", ["x"])
    make_pdf(tmp_path / "out" / "a.redacted.pdf", ["x"])
    assert [i.name for i in discover(tmp_path, tmp_path / "out")] == ["a"]
    with pytest.raises(UsageError, match="packet folder"):
        discover(tmp_path, tmp_path)


def test_discover_csv_and_yaml_manifests(tmp_path: Path) -> None:
    make_pdf(tmp_path / "docs" / "a.pdf", ["x"])
    make_pdf(tmp_path / "docs" / "b.pdf", ["x"])
    (tmp_path / "m.csv").write_text(
        "file,policy,requester,notes\n"
        "docs/a.pdf,full-anonymization,media,first\n"
        "docs/b.pdf,,commercial,\n"
    )
    items = discover(tmp_path / "m.csv")
    expected = PacketItem(tmp_path / "docs" / "a.pdf", "docs/a", "full-anonymization", "media", "first")
    assert items[0] == expected
    assert items[1].policy is None and items[1].requester == "commercial"
    (tmp_path / "m.yaml").write_text(
        "documents:\n  - {file: docs/a.pdf, requester_type: media}\n  - docs/b.pdf\n"
    )
    items = discover(tmp_path / "m.yaml")
    assert [i.name for i in items] == ["docs/a", "docs/b"] and items[0].requester == "media"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("name,notes\na.pdf,x\n", "'file' column"),
        ("file,colour\na.pdf,red\n", "unknown column"),
        ("file,notes\n,x\n", "row 2: 'file' is empty"),
    ],
)
def test_bad_manifest_is_a_usage_error(tmp_path: Path, text: str, match: str) -> None:
    (tmp_path / "m.csv").write_text(text)
    with pytest.raises(UsageError, match=match):
        discover(tmp_path / "m.csv")


def test_empty_packet_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no documents"):
        discover(tmp_path)


# --------------------------------------------------------------------------- runs


def test_batch_isolates_failures_and_writes_summaries(tmp_path: Path, serial: SerialExecutor) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "good.pdf", ["Witness Maria Gutierrez called (217) 555-0143."])
    make_pdf(pk / "also_good.pdf", ["Nothing personal in this supplemental report."])
    (pk / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    (pk / "empty.pdf").write_bytes(b"")
    (pk / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n not really an image")
    out = tmp_path / "out"
    report = run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    assert report.exit_code == 1
    status = {r.document: r.status for r in report.rows}
    assert status == {
        "also_good": "ok", "broken": "failed", "empty": "failed", "good": "ok", "scan": "failed"
    }
    assert all(r.error for r in report.failures)
    assert not (out / "broken.redacted.pdf").exists() and not (out / "scan.redacted.pdf").exists()
    with pymupdf.open(out / "good.redacted.pdf") as doc:
        assert "Gutierrez" not in doc[0].get_text()
    summary = _summary(out)
    assert summary["totals"]["ok"] == 2 and summary["totals"]["failed"] == 3
    good = next(d for d in summary["documents"] if d["document"] == "good")
    assert good["pages"] == 1 and good["redactions"] == sum(good["by_exemption"].values()) >= 2
    assert set(good["timings"]) >= {"ingest", "detect", "plan", "burn", "verify"}
    log = json.loads((out / "good.log.json").read_text())
    assert good["redactions"] == len(log["redactions"]) and log["verification"]["passed"]
    rows = list(csv.DictReader(io.StringIO((out / "packet-summary.csv").read_text())))
    assert [r["document"] for r in rows] == [d["document"] for d in summary["documents"]]
    assert "Gutierrez" not in (out / "packet-summary.csv").read_text()
    html = (out / "packet-summary.html").read_text()
    assert "2 of 5 document(s) released" in html and "Gutierrez" not in html


def test_rerun_skips_completed_documents(tmp_path: Path, serial: SerialExecutor) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "a.pdf", ["Witness Maria Gutierrez was present."])
    make_pdf(pk / "b.pdf", ["Witness James Pembrook was present."])
    out = tmp_path / "out"
    run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    make_pdf(pk / "b.pdf", ["Witness Wei Novak was present."])  # changed source: redone
    (out / "a.log.json").touch()
    report = run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    assert {r.document: r.resumed for r in report.rows} == {"a": True, "b": False}
    (out / "a.redacted.pdf").write_bytes(b"tampered")  # output changed: redone
    report = run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    assert {r.document: r.resumed for r in report.rows} == {"a": False, "b": True}
    full = BatchOptions(out=out, settings=RedactSettings(policy="full-anonymization"))
    report = run_batch(discover(pk, out), full, executor=serial)
    assert not any(r.resumed for r in report.rows)  # other policy: everything redone


def test_consistent_redacts_a_person_everywhere_and_reports_it(
    tmp_path: Path, serial: SerialExecutor
) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "statement.pdf", ["Witness Victor Knight said the door was open.", "Knight left."])
    make_pdf(pk / "followup.pdf", ["Follow-up with Knight tomorrow."])
    make_pdf(pk / "other.pdf", ["Det. Chen took the report."])
    out = tmp_path / "plain"
    run_batch(discover(pk, out), BatchOptions(out=out), executor=serial)
    with pymupdf.open(out / "followup.redacted.pdf") as doc:
        # alone, the follow-up note does not reveal a person (a surname that is an English word:
        # the wide fallback, which takes a lone census surname in prose, leaves it)
        assert "Knight" in doc[0].get_text()
    out = tmp_path / "consistent"
    report = run_batch(discover(pk, out), BatchOptions(out=out, consistent=True), executor=serial)
    assert report.exit_code == 0
    assert report.gained == ["followup"]
    with pymupdf.open(out / "followup.redacted.pdf") as doc:
        assert "Knight" not in doc[0].get_text()
    with pymupdf.open(out / "other.redacted.pdf") as doc:
        assert "Chen" in doc[0].get_text()
    log = json.loads((out / "followup.log.json").read_text())
    assert any("packet consistency" in r["explanation"] for r in log["redactions"])
    assert _summary(out)["totals"]["gained_by_consistency"] == ["followup"]
    report = run_batch(discover(pk, out), BatchOptions(out=out, consistent=True), executor=serial)
    assert all(r.resumed for r in report.rows) and report.gained == ["followup"]


# --------------------------------------------------------------------------- Bates and combine


def test_bates_stamps_every_page_in_the_margin_and_records_ranges(
    tmp_path: Path, serial: SerialExecutor
) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "a.pdf", ["Witness Maria Gutierrez called (217) 555-0143."])
    make_pdf(pk / "b.pdf", ["Victim Hannah Vasquelle reported the theft."], rotation=90)
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page().insert_text((72, 100), "Page of the supplemental report.", fontsize=11)
    doc.save(pk / "c.pdf")
    out = tmp_path / "out"
    report = run_batch(
        discover(pk, out), BatchOptions(out=out, bates="CITY-", footer="Released 2026-01-05"), executor=serial
    )
    assert report.exit_code == 0, report.failures
    ranges = {r.document: (r.bates_first, r.bates_last) for r in report.rows}
    assert ranges == {
        "a": ("CITY-000001", "CITY-000001"),
        "b": ("CITY-000002", "CITY-000002"),
        "c": ("CITY-000003", "CITY-000005"),
    }
    with pymupdf.open(out / "bates" / "b.pdf") as stamped:
        page = stamped[0]
        hits = page.search_for("CITY-000002")
        assert hits
        shown = hits[0] * page.rotation_matrix  # displayed page: bottom margin, right half
        assert shown.y0 > page.rect.height - 36 and shown.x0 > page.rect.width / 2
        assert "Vasquelle" not in page.get_text() and "Released 2026-01-05" in page.get_text()
    with pymupdf.open(out / "bates" / "c.pdf") as stamped:
        assert [f"CITY-{n:06d}" in stamped[i].get_text() for i, n in enumerate((3, 4, 5))] == [True] * 3
    assert _summary(out)["documents"][2]["bates_last"] == "CITY-000005"


def test_bates_never_covers_margin_content(tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "a.pdf", ["Body text."], footer="Page 1 of 1 - Springfield PD - Supplemental")
    stamps = stamp_pdf(src, tmp_path / "s.pdf", "B", 1)
    with pymupdf.open(src) as before:
        footer_box = before[0].search_for("Supplemental")[0]
    assert not any(pymupdf.Rect(s.rect.to_list()).intersects(footer_box) for s in stamps)
    # a margin filled edge to edge: no room anywhere, the document fails with the page named
    doc = pymupdf.open()
    page = doc.new_page()
    band = pymupdf.Rect(0, page.rect.height - 40, page.rect.width, page.rect.height)
    page.draw_rect(band, fill=(0.5, 0.5, 0.5))
    doc.save(tmp_path / "full.pdf")
    from redactkit.batch.outputs import StampError

    with pytest.raises(StampError, match="page 1: the bottom margin holds"):
        stamp_pdf(tmp_path / "full.pdf", tmp_path / "full.s.pdf", "B", 1)
    assert not (tmp_path / "full.s.pdf").exists()


def test_bates_failure_fails_that_document_only(tmp_path: Path, serial: SerialExecutor) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "a.pdf", ["Plain text."])
    make_pdf(pk / "b.pdf", ["Plain text."], footer="X" * 140)  # margin text across the whole width
    out = tmp_path / "out"
    report = run_batch(discover(pk, out), BatchOptions(out=out, bates="P"), executor=serial)
    by = {r.document: r for r in report.rows}
    assert by["a"].status == "ok" and by["a"].bates_first == "P000001"
    assert by["b"].status == "failed" and "bottom margin" in by["b"].error
    assert report.exit_code == 1 and not (out / "bates" / "b.pdf").exists()


def test_combine_bookmarks_use_file_names_and_never_redacted_text(
    tmp_path: Path, serial: SerialExecutor
) -> None:
    pk = tmp_path / "packet"
    make_pdf(pk / "01_incident.pdf", ["Witness Maria Gutierrez called (217) 555-0143."])
    make_pdf(pk / "02_Gutierrez_statement.pdf", ["The statement was taken on scene."])
    (pk / "03_broken.pdf").write_bytes(b"junk")
    out = tmp_path / "out"
    report = run_batch(discover(pk, out), BatchOptions(out=out, combine=True, bates="R"), executor=serial)
    assert report.combined is not None
    with pymupdf.open(report.combined) as doc:
        assert doc.get_toc() == [[1, "01_incident.pdf", 1], [1, "Document 2", 2]]
        assert doc.page_count == 2
        text = "".join(p.get_text() for p in doc)
        assert "Gutierrez" not in text and "R000002" in text
        assert not {k: v for k, v in doc.metadata.items() if v and k not in ("format", "encryption")}


def test_safe_title() -> None:
    assert safe_title("report.pdf", ["Maria Gutierrez"], "Document 1") == "report.pdf"
    assert safe_title("maria_gutierrez-stmt.pdf", ["Maria Gutierrez"], "Document 1") == "Document 1"
    assert safe_title("kitchen.pdf", ["Chen"], "Document 1") == "kitchen.pdf"


# --------------------------------------------------------------------------- summary rows


def _row(**kw: Any) -> SummaryRow:
    base: dict[str, Any] = dict(
        document="sub/a", source="/p/sub/a.pdf", requester="R", notes="n", policy="police-public-release",
        status="ok", resumed=True, pages=3, redactions=4, by_exemption={"(b)(6)": 1, "(b)(7)(C)": 3},
        consistency_added=1, seconds=0.25, timings={"ingest": 0.1, "detect": 0.15},
        output="/o/sub/a.redacted.pdf", log="/o/sub/a.log.json", output_sha256="ab" * 32, worker="host:1",
    )
    return SummaryRow(**{**base, **kw})


def test_summary_row_round_trips_through_the_schema() -> None:
    assert SUMMARY_FIELDS == tuple(SummaryDocument.model_fields)  # same fields, written order
    stamped = _row().stamped("P000001", "P000003", Path("/o/bates/sub/a.pdf"))
    for row in (_row(), stamped, _row(status="failed", error_type="CorruptDocumentError", error="bad",
                                      exit_code=4, output="", log="")):
        d = row.to_dict()
        assert list(d) == [f for f in SUMMARY_FIELDS if f != "bates_output" or row.bates_output is not None]
        model = SummaryDocument.model_validate(d)
        assert model.model_dump(exclude_unset=True) == d
        assert SummaryRow(**d) == row
        assert json.loads(json.dumps(d)) == d
    assert stamped.to_dict()["bates_output"] == "/o/bates/sub/a.pdf"
    assert "bates_output" not in _row().to_dict()
    d = _row().to_dict()
    d["by_exemption"]["(b)(6)"] = 9  # a copy: the frozen row is not changed through its dict
    assert _row().by_exemption["(b)(6)"] == 1


def test_summary_row_from_a_result_and_the_totals(tmp_path: Path) -> None:
    policy = load_policy("police-public-release")
    item = PacketItem(tmp_path / "a.pdf", "a", None, "Req", "note")
    entry = PacketEntry(item=item, policy=policy, source="document-abc.pdf", sha256="s", pages=2,
                        read_error="", output=tmp_path / "a.redacted.pdf", log=tmp_path / "a.log.json")
    ok = SummaryRow.from_result(entry, DocResult("a", True, pages=0, redactions=2, by_exemption={"(b)(6)": 2},
                                                 seconds=1.23456, worker="w"), resumed=False)
    assert (ok.document, ok.source, ok.requester, ok.notes, ok.policy) == (
        "a", "document-abc.pdf", "Req", "note", policy.name)
    assert ok.ok and ok.pages == 2 and ok.seconds == 1.235 and ok.output == str(entry.output)
    bad = SummaryRow.from_result(entry, DocResult("a", False, error_type="X", error="boom", exit_code=4),
                                 resumed=True)
    assert not bad.ok and bad.output == bad.log == "" and bad.exit_code == 4
    stamp_failed = ok.failed(ValueError("no room"))
    assert (stamp_failed.status, stamp_failed.error_type) == ("failed", "ValueError")
    assert stamp_failed.exit_code == 0  # as before: the task's code is kept
    totals = PacketTotals.of([ok, bad, stamp_failed])
    assert SummaryTotals.model_validate(totals.to_dict()).model_dump() == totals.to_dict() == {
        "documents": 3, "ok": 1, "failed": 2, "resumed": 1, "pages": 2, "redactions": 2,
        "redactions_by_exemption": {"(b)(6)": 2}, "gained_by_consistency": [],
    }
    assert BatchReport([ok, bad], [], None, [], 0.0).exit_code == 4  # the failed document's own code
    report = BatchReport([ok, bad, stamp_failed], [], None, [], 0.0)
    assert report.failures == [bad, stamp_failed] and report.exit_code == 1  # exit code 0 of a failed row: 1


# --------------------------------------------------------------------------- progress and CLI


def test_plain_progress_lines() -> None:
    buf = io.StringIO()
    p = PlainProgress(buf, every=0.0)
    p.start(3, 6)
    p.advance(2, False)
    p.advance(2, True)
    p.advance(2, False, skipped=True)
    p.close()
    lines = buf.getvalue().splitlines()
    assert lines[0] == "batch: 3 documents, 6 pages"
    assert "3/3 documents" in lines[-1] and "1 failed" in lines[-1] and "1 already done" in lines[-1]
    assert isinstance(make_progress(quiet=True), NullProgress)
    assert isinstance(make_progress(stream=io.StringIO()), PlainProgress)


def test_cli_help_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    help_text = build_parser().parse_args(["batch", "p", "-o", "o"])
    assert help_text.workers is None and help_text.executor == "local"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["batch", "--help"])
    out = capsys.readouterr().out
    for flag in ("--workers", "--policy", "--executor", "--scheduler", "--consistent", "--bates", "--combine",
                 "--quiet"):
        assert flag in out
    assert main(["batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o")]) == 2
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--scheduler", "tcp://x:1"]) == 2
