"""Crash safety and resource guards.

- A ``redactkit redact`` process SIGKILLed inside burn (before or after the save)
  leaves nothing under the final output name (the save is paused by fault injection,
  :func:`faults.pause_at_save`; production code has no test hook).
- The per-document timeout fails the document with a typed error, nothing written:
  in-process between stages (:class:`~redactkit._guards.Deadline`), and by killing the
  worker process of a document stuck in a native call (``--timeout`` in the CLI and batch).
- Huge pages are refused with a clear error; decompression bombs and absurd image
  dimensions finish in bounded time and memory; a 1,000-page document of empty pages is
  redacted and verified (the 10,000-page wall time is a benchmark).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pymupdf
import pytest

import faults
from conftest import build_pdf
from redactkit import Redactor
from redactkit._guards import Deadline, DocumentTimeoutError
from redactkit.errors import InputError, RedactkitError


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["before_save", "after_save"])
def test_sigkill_during_burn_leaves_no_output(stage: str, tmp_path: Path) -> None:
    src = build_pdf(tmp_path / "report.pdf")
    out_dir = tmp_path / "out"
    ready = tmp_path / "ready"
    tests = str(Path(__file__).resolve().parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-c", faults.PAUSED_CLI, stage, str(ready),
                             "redact", str(src), "-o", str(out_dir)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, "redactkit exited before reaching the hook"
            assert time.monotonic() < deadline, "hook never reached"
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert not (out_dir / "report.redacted.pdf").exists()
    # Only a hidden temporary file may remain (never under the final name).
    assert all(p.name.startswith(".") and p.name.endswith(".part") for p in out_dir.iterdir())
    # Running again writes the output and clears what the killed run left.
    subprocess.run([sys.executable, "-m", "redactkit", "redact", str(src), "-o", str(out_dir)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert (out_dir / "report.redacted.pdf").exists()
    assert not list(out_dir.glob(".*.part"))


def test_deadline_raises_typed_error_and_installs_no_signal_handler() -> None:
    before = signal.getsignal(signal.SIGALRM)
    deadline = Deadline(0.05, "x.pdf")
    deadline.check()
    time.sleep(0.1)
    with pytest.raises(DocumentTimeoutError, match="per-document limit"):
        deadline.check()
    Deadline(None, "x.pdf").check()
    assert signal.getsignal(signal.SIGALRM) is before


def test_redactor_timeout_writes_nothing(tmp_path: Path, shared_redactor: Redactor,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src = build_pdf(tmp_path / "a.pdf")
    out = tmp_path / "out" / "a.redacted.pdf"
    import redactkit.api as burn_mod  # patched where api looks it up

    real = burn_mod.burn

    def slow_burn(*a: object, **k: object) -> object:
        time.sleep(3)
        return real(*a, **k)  # type: ignore[arg-type]

    shared_redactor.propose(src)  # load the model outside the limit
    monkeypatch.setattr(burn_mod, "burn", slow_burn)
    monkeypatch.setattr(shared_redactor, "timeout", 1.0)
    with pytest.raises(DocumentTimeoutError):
        shared_redactor.redact(src, out)
    assert not out.exists()
    assert not list(out.parent.iterdir())  # the temporary file was removed too


def test_huge_page_refused(tmp_path: Path, shared_redactor: Redactor) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=14400, height=14400)  # 200 × 200 in, the PDF maximum
    page.insert_text((72, 100), "Victim: Maria Gutierrez", fontsize=12)
    src = tmp_path / "huge.pdf"
    doc.save(src)
    with pytest.raises(InputError, match="accepted size"):
        shared_redactor.redact(src, tmp_path / "o.pdf")
    assert not (tmp_path / "o.pdf").exists()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: Hang guard for hostile inputs, far above any normal run: a regression fails the test instead of
#: stalling CI. Not a speed target (those live in benchmarks/).
HANG_GUARD_S = 600


@pytest.mark.timeout(HANG_GUARD_S)
def test_decompression_bomb_bounded(tmp_path: Path, shared_redactor: Redactor) -> None:
    """200 MB of zeros deflated to ~200 KB: as an unused object and as an image's data."""
    bomb = zlib.compress(b"\0" * 200_000_000, 9)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Victim: Maria Gutierrez", fontsize=12)
    page.insert_text((72, 130), "Offense: Burglary", fontsize=12)
    for head in ("<</Length %d/Filter/FlateDecode>>",
                 "<</Type/XObject/Subtype/Image/Width 10/Height 10/ColorSpace/DeviceGray"
                 "/BitsPerComponent 8/Length %d/Filter/FlateDecode>>"):
        x = doc.get_new_xref()
        doc.update_object(x, head % len(bomb))
        doc.update_stream(x, bomb, compress=False)
    doc.xref_set_key(doc.pdf_catalog(), "Bomb", f"{x - 1} 0 R")
    src = tmp_path / "bomb.pdf"
    doc.save(src)
    doc.close()
    before = _peak_rss_mb()
    try:
        log = shared_redactor.redact(src, tmp_path / "out.pdf")
        assert log.passed
        result = "verified"
    except RedactkitError:
        result = "typed error"
    assert _peak_rss_mb() - before < 1500, result


@pytest.mark.timeout(HANG_GUARD_S)
def test_absurd_image_dimensions(tmp_path: Path, shared_redactor: Redactor) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Offense: Burglary", fontsize=12)
    x = doc.get_new_xref()
    doc.update_object(x, "<</Type/XObject/Subtype/Image/Width 1000000/Height 1000000"
                         "/ColorSpace/DeviceRGB/BitsPerComponent 8>>")
    doc.update_stream(x, b"\xff" * 300)
    res = doc.xref_get_key(page.xref, "Resources")
    target = int(res[1].split()[0]) if res[0] == "xref" else page.xref
    doc.xref_set_key(target, "XObject" if res[0] == "xref" else "Resources/XObject", f"<</Im1 {x} 0 R>>")
    cx = page.get_contents()[0]
    doc.update_stream(cx, doc.xref_stream(cx) + b"\nq 612 0 0 792 0 0 cm /Im1 Do Q\n")
    src = tmp_path / "absurd.pdf"
    doc.save(src)
    doc.close()
    before = _peak_rss_mb()
    try:
        shared_redactor.redact(src, tmp_path / "out.pdf")
    except RedactkitError:
        pass
    assert _peak_rss_mb() - before < 1500


#: Pages in the many-empty-pages document. Every page takes the same path through ingest, detect,
#: burn and verify (nothing in redactkit switches on the page count), so 1,000 pages show the same
#: behaviour as 10,000; the 10,000-page wall time is measured in benchmarks/bench_batch.py
#: (``--empty-pages``), not asserted here.
EMPTY_PAGES = 1_000


@pytest.mark.slow
def test_many_empty_pages(tmp_path: Path, shared_redactor: Redactor) -> None:
    doc = pymupdf.open()
    for _ in range(EMPTY_PAGES):
        doc.new_page()
    doc[0].insert_text((72, 100), "Victim: Maria Gutierrez", fontsize=12)
    src = tmp_path / "empty.pdf"
    doc.save(src)
    doc.close()
    log = shared_redactor.redact(src, tmp_path / "out.pdf")
    assert log.passed and log.source["pages"] == EMPTY_PAGES
    with pymupdf.open(tmp_path / "out.pdf") as out:
        assert out.page_count == EMPTY_PAGES
        assert "Gutierrez" not in out[0].get_text()
