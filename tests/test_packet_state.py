"""Packet state: the SQLite store, and SIGKILL at ~50 % followed by a resume (process pool, 2 workers)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

from redactkit._fileio import sha256_file
from redactkit.batch.state import STATE_FILE, DocKey, PacketState, read_completion_counts
from redactkit.errors import UsageError

FIRST = ["Maria", "James", "Aisha", "Tyrone", "Olga", "Daniel", "Priya", "Hannah"]
LAST = ["Gutierrez", "Pembrook", "Brindlemoor", "Novak", "Patel", "Vasquelle", "Moreno"]


def make_packet(folder: Path, n: int, pages: int = 2, seed: int = 3) -> list[Path]:
    """``n`` small born-digital reports of ``pages`` pages each, with names, phones and SSNs."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        doc = pymupdf.open()
        for _ in range(pages):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            text = (
                f"Witness {name} stated that the rear door was forced. {name.split()[1]} can be reached "
                f"at (217) 555-{rng.randint(1000, 9999)}. SSN {rng.randint(100, 599)}-{rng.randint(10, 99)}-"
                f"{rng.randint(1000, 9999)}. Officers canvassed the area and logged photographs. " * 3
            )
            doc.new_page().insert_textbox(pymupdf.Rect(54, 54, 558, 760), text, fontsize=10, fontname="helv")
        path = folder / f"report_{i:03d}.pdf"
        doc.save(path)
        doc.close()
        paths.append(path)
    return paths


def _key(doc_id: str, sha: str = "s" * 64) -> DocKey:
    return DocKey(doc_id, sha, "policy", "0.1.0")


def test_state_records_and_matches_on_sha_policy_and_version(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    output = out / "a.redacted.pdf"
    output.write_bytes(b"pdf")
    with PacketState(out) as state:
        assert state.completed(_key("a"), output) is None
        state.record(_key("a"), "a.pdf", "failed", error="boom", result={"ok": False})
        assert state.completed(_key("a"), output) is None
        state.record(_key("a"), "a.pdf", "done", output_sha256=sha256_file(output), result={"pages": 2})
        assert state.completed(_key("a"), output) == {"pages": 2}
        assert state.completed(_key("a", "t" * 64), output) is None  # other source bytes
        assert state.completed(DocKey("a", "s" * 64, "other", "0.1.0"), output) is None
        assert state.completed(DocKey("a", "s" * 64, "policy", "9.9"), output) is None
        state.record_proposal("s" * 64, "policy", "0.1.0", ["B", "A"])
        assert state.proposal("s" * 64, "policy", "0.1.0") == ["A", "B"]
    output.write_bytes(b"changed")
    with PacketState(out) as state:
        assert state.completed(_key("a"), output) is None  # output no longer what was recorded
        assert state.statuses() == {"a": "done"}
    assert read_completion_counts(out) == {"a": 1}
    db = sqlite3.connect(out / STATE_FILE)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_one_run_per_output_folder_and_stale_parts_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".a.redacted.pdf.x1y2.part"
    stale.write_bytes(b"half")
    with PacketState(tmp_path) as state:
        assert state.removed_partials == 1 and not stale.exists()
        with pytest.raises(UsageError, match="another batch run"):
            PacketState(tmp_path)


def _done_count(out: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{out / STATE_FILE}?mode=ro", uri=True, timeout=1)
        try:
            return int(db.execute("SELECT COUNT(*) FROM completions").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def test_sigkill_at_half_then_resume_does_every_document_exactly_once(tmp_path: Path) -> None:
    n = 40
    sources = make_packet(tmp_path / "packet", n)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "redactkit", "batch", str(tmp_path / "packet"), "-o", str(out),
           "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    done_at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done_at_kill = _done_count(out)
        if done_at_kill >= n // 2:
            os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-document
            break
        time.sleep(0.01)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert n // 2 <= done_at_kill < n
    # nothing unfinished under a final name: every *.redacted.pdf present is a complete, recorded output
    assert not (out / "packet-summary.json").exists()

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    counts = read_completion_counts(out)
    assert sorted(counts) == [p.stem for p in sources]
    assert set(counts.values()) == {1}, {k: v for k, v in counts.items() if v != 1}
    assert not list(out.rglob("*.part"))
    summary = json.loads((out / "packet-summary.json").read_text())
    assert summary["totals"]["ok"] == n and summary["totals"]["failed"] == 0
    resumed = sum(1 for d in summary["documents"] if d["resumed"])
    assert resumed >= done_at_kill and resumed < n
    for src in sources:
        log = json.loads((out / f"{src.stem}.log.json").read_text())
        assert log["verification"]["passed"]
        output = out / f"{src.stem}.redacted.pdf"
        assert sha256_file(output) == log["output"]["sha256"]
        with pymupdf.open(output) as doc:
            text = " ".join(" ".join(p.get_text().split()) for p in doc)
        for red in log["redactions"]:
            if red["entity"] in ("PERSON", "US_SSN"):
                assert " ".join(red["text"].split()) not in text
