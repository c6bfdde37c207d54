"""Scanned pipeline, CPU time per stage: where a 300-dpi page's time goes, next to raw
Tesseract on the same page images in the same run.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/bench_scanned_stages.py [--pages 4]``

Each stage function is wrapped and charged the CPU time of this process, its finished
children and its live OCR worker processes (``bench_scanned._cpu``) while it runs; nested
stages are charged to both (``ocr_page`` holds ingest's Tesseract run, rule removal and
deskew). The pages are
:func:`bench_scanned.make_pages`'s, and raw Tesseract runs interleaved with the pipeline
page by page, so load from other processes hits both alike.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["OMP_THREAD_LIMIT"] = "1"

import bench_scanned  # noqa: E402

import redactkit.api as api  # noqa: E402
import redactkit.ingest._ingest as ingest_mod  # noqa: E402
import redactkit.ingest.ocr as ocr  # noqa: E402
import redactkit.verify._independent as independent  # noqa: E402
import redactkit.verify._verify as verify_mod  # noqa: E402
from redactkit import Redactor  # noqa: E402

SPENT: dict[str, float] = {}


def _cpu() -> float:
    return bench_scanned._cpu()  # this process, its children, its live OCR workers


def _charged(f: Callable[..., Any], label: str) -> Callable[..., Any]:
    @functools.wraps(f)
    def run(*a: Any, **k: Any) -> Any:
        c = _cpu()
        try:
            return f(*a, **k)
        finally:
            SPENT[label] = SPENT.get(label, 0.0) + _cpu() - c
    return run


def _wrap(owner: Any, name: str, label: str) -> None:
    setattr(owner, name, _charged(getattr(owner, name), label))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pages", type=int, default=4)
    n = ap.parse_args().pages
    ocr.ocr_image = _charged(ocr.ocr_image, "tesseract, ingest")  # looked up in ocr.py at call time
    independent.ocr_image = _charged(independent.ocr_image, "tesseract, verification")
    for owner, name, label in [
        (ocr, "estimate_skew", "deskew estimate"), (ocr, "remove_rules", "rule removal"),
        (ocr, "detect_rotation", "orientation (OSD)"),
        (ingest_mod, "ocr_page", "ocr_page (all of ingest OCR)"),
        (ingest_mod, "render_page", "ingest render"), (api, "ingest", "INGEST"), (api, "make_plan", "PLAN"),
        (api, "burn", "BURN"), (api, "verify", "VERIFY"),
        (verify_mod, "independent_checks", "independent checks"),
        (independent.PdfiumReader, "render", "PDFium render"),
    ]:
        _wrap(owner, name, label)
    redactor = Redactor(reocr="regions")
    redactor.detector.warm_up(redactor.policy)
    _wrap(type(redactor.detector), "detect", "DETECT")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdfs, pngs = bench_scanned.make_pages(out, n)
        redactor.redact(str(pdfs[0]), str(out / "warm.pdf"))
        SPENT.clear()
        raw = pipe = 0.0
        for pdf, png in zip(pdfs, pngs, strict=True):
            c = _cpu()
            bench_scanned._raw_page(png)
            raw += _cpu() - c
            c = _cpu()
            log = redactor.redact(str(pdf), str(out / f"{pdf.stem}.out.pdf"))
            pipe += _cpu() - c
            assert log.passed, f"{pdf}: verification failed"
    print(f"{n} pages, load average {os.getloadavg()[0]:.1f}: raw Tesseract {raw / n * 1000:.0f} ms/page, "
          f"pipeline {pipe / n * 1000:.0f} ms/page CPU ({pipe / raw:.2f}x)")
    for label, spent in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {label:30s} {spent / n * 1000:7.0f} ms/page")


if __name__ == "__main__":
    main()
