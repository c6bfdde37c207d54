"""Damaged, truncated and repaired input is never silent; outputs open in other readers.

Real PyMuPDF, pikepdf (qpdf), pdfminer.six and spaCy throughout; the damaged files are
real PDFs cut or built byte by byte (tests/conftest.py).
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pikepdf
import pymupdf
import pytest
from PIL import Image

from conftest import build_pdf, page_tree_pdf, report_pdf, truncated_pdf
from redactkit import Redactor
from redactkit.cli import main
from redactkit.errors import DamagedDocumentError, ExitCode
from redactkit.ingest import ingest
from redactkit.pdf.integrity import DAMAGED_WARNING, REPAIRED_NOTE, walk_page_tree
from redactkit.report import RedactionLog
from redactkit.review.exemption_index import DAMAGED_NOTICE, index_html
from redactkit.verify import check_opens_in_qpdf

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def redactor_allowing(shared_redactor: Redactor) -> Redactor:
    """A Redactor that accepts damaged input, sharing the session's loaded model."""
    return Redactor(shared_redactor.policy, detector=shared_redactor.detector, allow_repaired=True)


@pytest.fixture
def half_report(tmp_path: Path) -> Path:
    """A 4-page report cut in half, as an interrupted transfer leaves it."""
    return truncated_pdf(tmp_path / "half.pdf", report_pdf(tmp_path / "full.pdf", pages=4))


# --- truncated PDFs ---------------------------------------------------------------------------------

def test_truncated_pdf_is_damaged(half_report: Path) -> None:
    with pytest.raises(DamagedDocumentError) as err:
        ingest(half_report)
    assert str(half_report) in str(err.value) and "--allow-repaired" in str(err.value)
    assert err.value.problems and err.value.exit_code == ExitCode.DAMAGED


def test_truncated_pdf_cli_exit_5_and_no_output(half_report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["redact", str(half_report), "-o", str(out), "-q"]) == ExitCode.DAMAGED
    assert not list(out.glob("*.pdf")) and not list(out.glob("*.json"))


def test_truncated_pdf_allowed_writes_output_and_warning(
        half_report: Path, tmp_path: Path, redactor_allowing: Redactor) -> None:
    dst, log_path = tmp_path / "out" / "half.redacted.pdf", tmp_path / "out" / "half.log.json"
    log = redactor_allowing.redact(half_report, dst, log_path=log_path)
    assert dst.exists() and log.passed
    written = json.loads(log_path.read_text())
    damaged = [w for w in written["warnings"] if w.startswith(DAMAGED_WARNING)]
    assert damaged and any("missing" in w for w in damaged)
    assert DAMAGED_NOTICE in index_html([RedactionLog.from_dict(written)])
    with pikepdf.open(dst) as pdf:
        assert len(pdf.pages) == log.source["pages"] < 4


def test_damaged_page_is_named(tmp_path: Path) -> None:
    """Page 2's content stream is cut short (its compressed data ends early): the error names
    that page, so the sender knows what to fix, and no other."""
    import zlib

    path = tmp_path / "cut_page.pdf"
    doc = pymupdf.open()
    for i in range(3):
        doc.new_page(width=612, height=792).insert_text(
            (72, 100), f"Supplemental narrative, page {i + 1}. Units cleared at 0415.", fontsize=11)
    xref = doc[1].get_contents()[0]
    data = zlib.compress(doc.xref_stream(xref) * 20)
    doc.update_stream(xref, data[: len(data) // 2], compress=False)
    doc.xref_set_key(xref, "Filter", "/FlateDecode")
    doc.save(path)
    doc.close()
    with pytest.raises(DamagedDocumentError) as err:
        ingest(path)
    msg = str(err.value)
    assert "(on page 2)" in msg and str(path) in msg and "--allow-repaired" in msg, msg


def test_lossless_repair_is_noted_not_refused(tmp_path: Path) -> None:
    """Only the xref table is gone (the cut falls after the last object): nothing is lost."""
    src = report_pdf(tmp_path / "full.pdf", pages=3)
    data = src.read_bytes()
    cut = tmp_path / "no_xref.pdf"
    cut.write_bytes(data[: data.rindex(b"endobj") + len(b"endobj\n")])
    doc = ingest(cut)
    assert len(doc.pages) == 3
    assert any(w.startswith(REPAIRED_NOTE) for w in doc.warnings)


# --- MuPDF's messages ---------------------------------------------------------------------------------

def test_mupdf_messages_never_reach_stdout(half_report: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.run(
        [sys.executable, "-m", "redactkit", "redact", str(half_report), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == ExitCode.DAMAGED
    assert proc.stdout == ""
    assert "MuPDF error" not in proc.stderr and "MuPDF warning" not in proc.stderr


def test_mupdf_messages_go_to_the_logger(half_report: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="redactkit.pdf"), pytest.raises(DamagedDocumentError):
        ingest(half_report)
    assert any("repair" in r.getMessage() and r.name == "redactkit.pdf" for r in caplog.records)


# --- page trees ------------------------------------------------------------------------------------

def test_count_1e9_is_typed(tmp_path: Path) -> None:
    with pytest.raises(DamagedDocumentError, match="page tree"):
        ingest(page_tree_pdf(tmp_path / "count.pdf", count=10**9))


def test_page_tree_loop_is_typed(tmp_path: Path) -> None:
    with pytest.raises(DamagedDocumentError, match="loops"):
        ingest(page_tree_pdf(tmp_path / "loop.pdf", loop=True))


def test_multi_file_run_continues_past_a_damaged_input(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    bad = page_tree_pdf(tmp_path / "in" / "a_count.pdf", count=10**9)
    good = build_pdf(tmp_path / "in" / "b_good.pdf")
    out = tmp_path / "out"
    assert main(["redact", str(bad), str(good), "-o", str(out), "-q"]) == ExitCode.DAMAGED
    assert (out / "b_good.redacted.pdf").exists() and not (out / "a_count.redacted.pdf").exists()


def test_deep_page_tree_output_is_flat_and_opens_in_qpdf(
        tmp_path: Path, shared_redactor: Redactor) -> None:
    src = page_tree_pdf(tmp_path / "deep.pdf", depth=3000)
    with pytest.raises(pikepdf.PdfError):  # the input itself is too deep for qpdf
        len(pikepdf.open(src).pages)
    dst = tmp_path / "out" / "deep.redacted.pdf"
    log = shared_redactor.redact(src, dst)
    assert log.passed
    assert {c.name: c.passed for c in log.verification.checks}["opens_in_qpdf"]
    with pikepdf.open(dst) as pdf:
        assert len(pdf.pages) == 2
    import pymupdf

    with pymupdf.open(dst) as doc:
        assert walk_page_tree(doc).flat


def test_verify_refuses_output_qpdf_cannot_open(tmp_path: Path) -> None:
    deep = page_tree_pdf(tmp_path / "deep.pdf", depth=3000)
    check = check_opens_in_qpdf(deep, 2)
    assert not check.passed and "pikepdf" in check.detail
    assert check_opens_in_qpdf(page_tree_pdf(tmp_path / "ok.pdf"), 2).passed
    assert not check_opens_in_qpdf(page_tree_pdf(tmp_path / "ok2.pdf"), 3).passed


# --- images ----------------------------------------------------------------------------------------

def _page_image(text: str) -> Image.Image:
    import pymupdf

    doc = pymupdf.open()
    doc.new_page(width=612, height=792).insert_text((72, 100), text, fontsize=14)
    pix = doc[0].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    return Image.open(io.BytesIO(pix.tobytes("png"))).copy()


@pytest.mark.parametrize("fmt", ["TIFF", "PNG", "JPEG"])
def test_truncated_image_is_damaged(tmp_path: Path, fmt: str) -> None:
    first, second = _page_image("Victim: Maria Gutierrez"), _page_image("Witness: Chen")
    buf = io.BytesIO()
    if fmt == "TIFF":  # a two-page scan
        first.save(buf, format="TIFF", save_all=True, append_images=[second], compression="tiff_deflate")
    else:
        first.save(buf, format=fmt)
    data = buf.getvalue()
    path = tmp_path / f"scan.{fmt.lower()}"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDocumentError, match="damaged or truncated"):
        ingest(path)


# --- outputs other readers open -----------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def _other_readers(dst: Path, pages: int, redacted: list[str]) -> None:
    """pikepdf and pdfminer.six open ``dst`` with ``pages`` pages; pdfminer reads the kept text."""
    import pymupdf
    from pdfminer.high_level import extract_pages, extract_text
    from pdfminer.layout import LAParams

    with pikepdf.open(dst) as pdf:
        assert len(pdf.pages) == pages and not pdf.get_warnings()
    assert len(list(extract_pages(dst))) == pages
    # detect_vertical: a /Rotate 90 page's lines run vertically in unrotated space
    mined = " ".join(extract_text(dst, laparams=LAParams(detect_vertical=True)).split())
    with pymupdf.open(dst) as doc:
        kept = [w for p in doc for w in p.get_text().split() if w.isalpha() and len(w) > 4][:8]
    assert kept and all(w in mined for w in kept), (kept, mined[:300])
    for text in redacted:
        assert " ".join(text.split()) not in mined


def _redact(redactor: Redactor, src: Path, tmp_path: Path) -> tuple[Path, RedactionLog]:
    dst = tmp_path / f"{src.stem}.redacted.pdf"
    return dst, redactor.redact(src, dst)


def test_born_digital_output_opens_in_pikepdf_and_pdfminer(tmp_path: Path, shared_redactor: Redactor) -> None:
    dst, log = _redact(shared_redactor, SAMPLES / "investigation_005.pdf", tmp_path)
    _other_readers(dst, 3, [r.text for r in log.redactions if r.status != "rejected"])


def test_hostile_output_opens_in_pikepdf_and_pdfminer(tmp_path: Path, shared_redactor: Redactor) -> None:
    sys.path.insert(0, str(Path(__file__).parent / "hostile"))
    from make_corpus import CASES

    for name in ("rotated_90", "broken_xref", "outline_and_labels"):
        case = CASES[name](tmp_path / f"{name}.pdf")
        dst, log = _redact(shared_redactor, Path(case.path), tmp_path)
        _other_readers(dst, log.source["pages"], case.secrets)


@pytest.mark.slow
def test_scanned_output_opens_in_pikepdf_and_pdfminer(tmp_path: Path, shared_redactor: Redactor) -> None:
    dst, log = _redact(shared_redactor, SAMPLES / "scanned" / "witness_statement_003_scan.pdf", tmp_path)
    # the scan's new invisible text layer holds the kept words; pdfminer must read it too
    _other_readers(dst, 1, [])


def _raw_bytes_in_content(path: Path) -> Path:
    """A page whose content stream ends in an unknown keyword made of non-UTF-8 bytes: MuPDF
    quotes those bytes in its message, which PyMuPDF decodes with surrogate escapes."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Offense: Burglary")
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n9_\xf5\x11b\xb6\xbb \n")
    doc.save(path)
    return path


def test_mupdf_messages_quoting_raw_bytes_stay_encodable(tmp_path: Path) -> None:
    from redactkit.errors import RedactkitError
    from redactkit.pdf.integrity import LOG, drain_messages

    src = _raw_bytes_in_content(tmp_path / "rawbytes.pdf")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    LOG.addHandler(handler)
    try:
        with pymupdf.open(src) as doc:
            doc[0].get_text()
        messages = drain_messages(src)
    finally:
        LOG.removeHandler(handler)
    assert any("unknown keyword" in m for m in messages), messages  # the fault did happen
    for text in [*messages, *(r.getMessage() for r in records)]:
        text.encode("utf-8")  # raised UnicodeEncodeError ("surrogates not allowed") before
    err = RedactkitError("could not read: '9_\udcf5'")
    assert str(err).encode("utf-8") and "\\udcf5" in str(err)
