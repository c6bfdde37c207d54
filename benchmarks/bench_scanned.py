"""Scanned-page throughput at 300 dpi: the pipeline with 1 and 2 worker processes, next to
raw ``tesseract`` on the same page images, measured in the same run.

Run: ``.venv/bin/python benchmarks/bench_scanned.py [--pages 6] [--reocr regions|page|off]``

Pages are the bundled born-digital samples rasterised at 300 dpi into image-only PDFs
(one page each). Raw Tesseract = one ``tesseract IMG stdout tsv`` per page with
OMP_THREAD_LIMIT=1 (what the pipeline uses). Targets (issue 3): pipeline time per page
<= 1.15x raw Tesseract; 2 workers >= 1.8x one worker.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
_REDACTOR = None


def make_pages(out: Path, n: int) -> tuple[list[Path], list[Path]]:
    """Image-only one-page PDFs and their PNG page images."""
    pdfs, pngs = [], []
    sources = sorted((ROOT / "sample_docs").glob("*.pdf"))
    k = 0
    for src in sources:
        with pymupdf.open(src) as doc:
            for page in doc:
                if k >= n:
                    return pdfs, pngs
                pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
                png = out / f"p{k}.png"
                pix.save(png)
                img_pdf = pymupdf.open()
                p = img_pdf.new_page(width=page.rect.width, height=page.rect.height)
                p.insert_image(p.rect, stream=io.BytesIO(png.read_bytes()).getvalue())
                pdf = out / f"p{k}.pdf"
                img_pdf.save(pdf)
                pdfs.append(pdf)
                pngs.append(png)
                k += 1
    return pdfs, pngs


def raw_tesseract(pngs: list[Path]) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    t = time.perf_counter()
    for png in pngs:
        subprocess.run(["tesseract", str(png), "stdout", "tsv"], env=env, check=True,
                       capture_output=True)
    return time.perf_counter() - t


def _init(reocr: str) -> None:
    global _REDACTOR
    from redactkit import Redactor

    _REDACTOR = Redactor(reocr=reocr)
    _REDACTOR.detector.warm_up(_REDACTOR.policy)


def _one(args: tuple[str, str]) -> float:
    src, dst = args
    assert _REDACTOR is not None
    t = time.perf_counter()
    log = _REDACTOR.redact(src, dst)
    assert log.passed
    return time.perf_counter() - t


def pipeline(pdfs: list[Path], out: Path, workers: int, reocr: str) -> float:
    jobs = [(str(p), str(out / f"{p.stem}.w{workers}.pdf")) for p in pdfs]
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(reocr,)) as pool:
        list(pool.map(_one, jobs[:workers]))  # warm every worker (model load) before timing
        t = time.perf_counter()
        list(pool.map(_one, jobs))
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=6)
    ap.add_argument("--reocr", default="regions", choices=["regions", "page", "off"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdfs, pngs = make_pages(out, args.pages)
        n = len(pdfs)
        raw = raw_tesseract(pngs)
        one = pipeline(pdfs, out, 1, args.reocr)
        two = pipeline(pdfs, out, 2, args.reocr)
    print(f"pages: {n} at 300 dpi, re-OCR verification: {args.reocr}")
    print(f"raw tesseract            {raw / n:6.2f} s/page  {n / raw:5.2f} pages/s")
    print(f"pipeline, 1 worker       {one / n:6.2f} s/page  {n / one:5.2f} pages/s  "
          f"({one / raw:.2f}x raw tesseract)")
    print(f"pipeline, 2 workers      {two / n:6.2f} s/page  {n / two:5.2f} pages/s  "
          f"(speed-up {one / two:.2f}x over 1 worker)")


if __name__ == "__main__":
    main()
