"""Tesseract's worker process (redactkit.ingest.ocrworker) under real faults: the worker
killed in the middle of a call (SIGKILL, SIGSEGV), a call stuck before recognition (a
worker whose calls sleep: :data:`faults.SLOW_OCR_WORKER`), each in ingest and in
verification. Each fails the document with a typed error naming the file and the page,
writes nothing, and leaves the host able to redact the next document. Workers end with
their host: at a normal exit, when the host is killed, and after a batch run."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import faults
from redactkit import Redactor
from redactkit.errors import OcrCrashError, OcrTimeoutError
from redactkit.ingest import ocrworker
from test_scanned import image_pdf, page_image

pytestmark = pytest.mark.skipif(not ocrworker.available(), reason="no Tesseract library for a worker")

TESSAPI = Path(ocrworker.__file__).with_name("tessapi.py")
REAL_COMMAND = ocrworker.worker_command


@pytest.fixture
def slow_worker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[[str, float], Path]]:
    """``install(reader, seconds)``: from now on workers sleep ``seconds`` in each call of
    ``reader``; returns the file a worker writes when such a call starts."""

    def install(reader: str, seconds: float) -> Path:
        flag = tmp_path / f"started-{reader}"
        ocrworker.close_all()  # idle real workers would take the next call
        monkeypatch.setattr(ocrworker, "worker_command", lambda: [
            sys.executable, "-c", faults.SLOW_OCR_WORKER, str(TESSAPI), str(seconds), reader, str(flag)])
        return flag

    yield install
    ocrworker.close_all()


def _restore_real_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    ocrworker.close_all()
    monkeypatch.setattr(ocrworker, "worker_command", REAL_COMMAND)


def _kill_when_started(flag: Path, sig: int) -> threading.Thread:
    """Kill this process's OCR workers with ``sig`` once ``flag`` says a call is under way."""

    def run() -> None:
        deadline = time.monotonic() + 300
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in ocrworker.worker_pids():
            os.kill(pid, sig)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def _next_document_succeeds(redactor: Redactor, tmp_path: Path) -> None:
    src = image_pdf(tmp_path / "next-scan.pdf", page_image())
    log = redactor.redact(src, tmp_path / "next.redacted.pdf")
    assert log.passed and (tmp_path / "next.redacted.pdf").exists()


@pytest.mark.slow
@pytest.mark.parametrize(("reader", "sig", "stage"), [
    ("ingest", signal.SIGKILL, "OCR failed on page 1"),
    ("ingest", signal.SIGSEGV, "OCR failed on page 1"),
    ("verify", signal.SIGSEGV, "verification's OCR failed on page 1"),
])
def test_worker_killed_mid_call_fails_the_document_only(
        reader: str, sig: signal.Signals, stage: str, tmp_path: Path, shared_redactor: Redactor,
        slow_worker: Callable[[str, float], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    flag = slow_worker(reader, 120)
    src = image_pdf(tmp_path / "crash-scan.pdf", page_image())
    out = tmp_path / "out" / "crash-scan.redacted.pdf"
    out.parent.mkdir()
    killer = _kill_when_started(flag, sig)
    with pytest.raises(OcrCrashError) as caught:
        shared_redactor.redact(src, out)
    killer.join(10)
    message = str(caught.value)
    assert "crash-scan.pdf" in message and stage in message, message
    assert f"signal {sig.name}" in message and "nothing was written" in message
    assert not list(out.parent.iterdir())  # no output, no temporary file
    _restore_real_worker(monkeypatch)
    _next_document_succeeds(shared_redactor, tmp_path)


@pytest.mark.slow
def test_hung_call_times_out_layout_analysis_included(
        tmp_path: Path, shared_redactor: Redactor, slow_worker: Callable[[str, float], Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The sleep comes before ``Recognize`` (where layout analysis runs), out of reach of
    Tesseract's own deadline: the host's limit on the whole call stops the worker."""
    slow_worker("ingest", 600)
    options = shared_redactor.ocr
    monkeypatch.setattr(shared_redactor, "ocr", dataclasses.replace(options, timeout=3))
    src = image_pdf(tmp_path / "hung-scan.pdf", page_image())
    out = tmp_path / "out" / "hung-scan.redacted.pdf"
    out.parent.mkdir()
    started = time.monotonic()
    with pytest.raises(OcrTimeoutError) as caught:
        shared_redactor.redact(src, out)
    assert time.monotonic() - started < 120  # the 600-s sleep was cut short
    message = str(caught.value)
    assert "hung-scan.pdf" in message and "OCR failed on page 1" in message and "timed out" in message
    assert not list(out.parent.iterdir())
    assert not ocrworker.worker_pids()  # the stuck worker was stopped
    monkeypatch.setattr(shared_redactor, "ocr", options)
    _restore_real_worker(monkeypatch)
    _next_document_succeeds(shared_redactor, tmp_path)


def _gone(pid: int) -> bool:
    """The process ended (no longer exists, or a zombie waiting for its new parent to reap it)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


_HOST = """
import sys, time
from PIL import Image, ImageDraw
from redactkit.ingest import ocr, ocrworker
from redactkit.settings import OcrOptions
img = Image.new("L", (600, 120), 255)
ImageDraw.Draw(img).text((20, 40), "Quarry Row 41", fill=0)
ocr.ocr_image(img, OcrOptions())
print(*ocrworker.worker_pids(), flush=True)
if sys.argv[1] == "wait":
    time.sleep(300)
"""


@pytest.mark.parametrize("end", ["exit", "killed"])
def test_workers_end_with_their_host(end: str) -> None:
    host = subprocess.Popen([sys.executable, "-c", _HOST, "wait" if end == "killed" else "exit"],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert host.stdout is not None
        pids = [int(p) for p in host.stdout.readline().split()]
        assert pids
        if end == "killed":
            host.kill()
        host.wait(60)
        deadline = time.monotonic() + 10
        while not all(_gone(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(_gone(p) for p in pids)
    finally:
        if host.poll() is None:
            host.kill()


def _marked(mark: str) -> list[int]:
    """Live processes whose environment holds ``mark``."""
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit() and not _gone(int(d.name)):
            try:
                if mark.encode() in (d / "environ").read_bytes():
                    found.append(int(d.name))
            except OSError:
                continue
    return found


@pytest.mark.slow
def test_batch_with_two_workers_leaves_no_ocr_worker(tmp_path: Path) -> None:
    packet = tmp_path / "packet"
    packet.mkdir()
    for k in range(2):
        image_pdf(packet / f"scan{k}.pdf", page_image())
    mark = f"REDACTKIT_TEST_MARK={uuid.uuid4().hex}"
    env = dict(os.environ, REDACTKIT_TEST_MARK=mark.split("=", 1)[1])
    command = [sys.executable, "-m", "redactkit", "batch", str(packet), "-o", str(tmp_path / "out"),
               "--workers", "2", "-q"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf")) == ["scan0.redacted.pdf",
                                                                         "scan1.redacted.pdf"]
    deadline = time.monotonic() + 10
    while _marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _marked(mark)
