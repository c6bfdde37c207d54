"""Packet review from the command line: propose resumes and writes an index; apply refuses unreviewed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import serve_helpers as h
from redactkit.cli import main
from redactkit.report import RedactionLog
from redactkit.review.packet_index import read_packet_summaries


@pytest.fixture
def share_model(shared_redactor: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """CLI runs reuse the session's loaded detector (the same real spaCy + Presidio)."""
    for where in ("redactkit.api.Detector", "redactkit.batch.tasks.Detector", "redactkit.batch.run.Detector"):
        monkeypatch.setattr(where, lambda *a, **k: shared_redactor.detector)
    return shared_redactor


def _sources(tmp_path: Path) -> list[Path]:
    (tmp_path / "in").mkdir()
    return [h.write_pdf(tmp_path / "in" / f"{name}.pdf", lines) for name, lines in h.DOCS.items()]


def test_propose_resumes_and_writes_the_packet_index(share_model: Any, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    srcs = _sources(tmp_path)
    review = tmp_path / "review"
    assert main(["propose", str(tmp_path / "in"), "-o", str(review)]) == 0
    index = (review / "index.html").read_text()
    assert re.search(r'href="alpha\.review\.html">alpha</a></td><td>1</td><td>5</td>', index), index
    assert 'href="bravo.review.html"' in index and "2 document(s)" in index
    assert "connect-src" not in index and "default-src 'none'" in index
    assert "Rosalind" not in index  # counts only, no redacted text
    # and the summaries the server starts from, each tied to its plan's version (size, mtime)
    rows = read_packet_summaries(review)
    assert sorted(rows) == ["alpha", "bravo"] and (rows["alpha"].pages, rows["alpha"].proposed) == (1, 5)
    assert "Rosalind" not in (review / "index.json").read_text()
    before = {p.name: p.stat().st_mtime_ns for p in review.glob("*.review.html")}
    capsys.readouterr()
    # a second run skips both bundles
    assert main(["propose", str(tmp_path / "in"), "-o", str(review)]) == 0
    assert "2 of 2 document(s) already have an up-to-date bundle" in capsys.readouterr().err
    assert {p.name: p.stat().st_mtime_ns for p in review.glob("*.review.html")} == before
    # a changed source is proposed again, the other is not
    h.write_pdf(srcs[1], h.DOCS["bravo"], pages=2)
    assert main(["propose", str(tmp_path / "in"), "-o", str(review)]) == 0
    assert "1 of 2 document(s)" in capsys.readouterr().err
    assert (review / "alpha.review.html").stat().st_mtime_ns == before["alpha.review.html"]
    assert (review / "bravo.review.html").stat().st_mtime_ns != before["bravo.review.html"]
    assert re.search(r'>bravo</a></td><td>2</td>', (review / "index.html").read_text())
    assert read_packet_summaries(review)["bravo"].pages == 2
    plan = review / "alpha.plan.json"  # a plan changed after the index: its summary is not trusted
    plan.write_text(plan.read_text() + " ")
    assert "alpha" not in read_packet_summaries(review)
    # --fresh redoes everything
    assert main(["propose", str(tmp_path / "in"), "-o", str(review), "--fresh"]) == 0
    assert (review / "alpha.review.html").stat().st_mtime_ns != before["alpha.review.html"]


@pytest.mark.slow
def test_apply_refuses_unreviewed_unless_told(share_model: Any, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _sources(tmp_path)
    review, out = tmp_path / "review", tmp_path / "out"
    assert main(["propose", str(tmp_path / "in"), "-o", str(review), "-q"]) == 0
    plan = json.loads((review / "alpha.plan.json").read_text())
    (review / "alpha.decisions.json").write_text(json.dumps({
        "schema": "redactkit.decisions/1", "document": "alpha.pdf",
        "source_sha256": plan["plan"]["source_sha256"], "reviewer": "Sgt. Invented",
        "decisions": [{"id": plan["plan"]["redactions"][0]["id"], "action": "accept", "note": ""}]}))
    capsys.readouterr()
    assert main(["apply", str(review), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bravo: no decisions" in err and "--accept-unreviewed" in err
    assert not (out / "bravo.redacted.pdf").exists()  # refused: nothing burned
    log = RedactionLog.read(out / "alpha.log.json")  # the reviewed one went on
    assert log.review == {"reviewer": "Sgt. Invented", "approver": "", "accept_unreviewed": False}
    assert main(["apply", str(review), "-o", str(out), "--accept-unreviewed", "-q"]) == 0
    log = RedactionLog.read(out / "bravo.log.json")
    assert log.review == {"reviewer": "", "approver": "", "accept_unreviewed": True}
    assert any("unreviewed" in w for w in log.warnings)
