"""Batch throughput and memory: a 200-document packet with 1 and 2 workers, and a 5- vs 500-page document.

Run: ``.venv/bin/python benchmarks/bench_batch.py [--docs 200] [--big-pages 500] [--empty-pages 10000]
[--memory-only | --empty-only] [--json out.json]``

Measures, on this machine:
- a synthetic packet (generated here, not committed): ``--docs`` documents, mostly born-digital
  reports of 1–4 pages, one in ten a scanned page (an image, no text layer: OCR'd);
- pages/s of ``run_batch`` through the local process pool with 1 and with 2 workers
  (wall time including worker start-up, and steady-state after the first result);
- every output verified (its log says so) and the summary totals;
- peak RSS of the parent process and of the largest worker (``RUSAGE_CHILDREN``);
- peak RSS of one process redacting a 5-page and a ``--big-pages`` document (memory flat in
  document size: target 500-page within +100 MB of 5-page);
- peak RSS of one process after redacting a one-page scan once and 30 times (memory flat in
  the number of documents a worker has done);
- wall time and peak RSS of one process redacting a document of ``--empty-pages`` empty pages
  (one line of text on page 1): target under 300 s for 10,000 pages (a resource guard; this
  timing used to be asserted in tests/test_crash_safety.py, which now checks the behaviour on
  1,000 pages without a clock).

Last run (2 cores, 2026-11-29): 200 documents, 480 pages, all 200 verified; 1 worker
5.41 pages/s (88.7 s), 2 workers 10.46 pages/s (45.9 s, 1.93×); parent peak RSS 86 MB,
largest worker 277 MB with 1 and with 2 workers. One document: 5 pages 0.6 s, peak 213 MB;
500 pages 38.5 s, peak 267 MB (+54 MB: target met). One scan redacted 30 times: peak 269 MB
after the first, 274 MB after the 30th.
Before the compact page storage, page-by-page verification, the annotation clean-up in burn
and the MuPDF cache flush: 500 pages peaked at 597 MB, and a worker grew ~14 MB per scan.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

FIRST = ["Maria", "James", "Aisha", "Tyrone", "Olga", "Daniel", "Priya", "Hannah", "Luis", "Wei"]
LAST = ["Gutierrez", "Whitfield", "Okafor", "Novak", "Patel", "Lindqvist", "Moreno", "Chen"]


def page_text(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return (
        f"Witness {name} stated that the rear door was forced. {name.split()[1]} can be reached at "
        f"(217) 555-{rng.randint(1000, 9999)}. SSN {rng.randint(100, 599)}-{rng.randint(10, 99)}-"
        f"{rng.randint(1000, 9999)}. Officers canvassed the area and logged photographs. "
    ) * 6


def make_doc(path: Path, pages: int, rng: random.Random) -> None:
    import pymupdf

    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page().insert_textbox(pymupdf.Rect(54, 54, 558, 760), page_text(rng), fontsize=10,
                                      fontname="helv")
    doc.save(path)
    doc.close()


def make_empty(path: Path, pages: int) -> None:
    """``pages`` empty pages, the first with one line naming a victim."""
    import pymupdf

    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page()
    doc[0].insert_text((72, 100), "Victim: Maria Gutierrez", fontsize=12)
    doc.save(path)
    doc.close()


def make_scanned(path: Path, rng: random.Random) -> None:
    """One page that is only an image of text (no text layer)."""
    import pymupdf

    src = pymupdf.open()
    src.new_page().insert_textbox(pymupdf.Rect(54, 54, 558, 760), page_text(rng), fontsize=10)
    pix = src[0].get_pixmap(dpi=100)
    doc = pymupdf.open()
    doc.new_page().insert_image(doc[0].rect, pixmap=pix)
    doc.save(path)


def make_packet(folder: Path, n: int, seed: int = 5) -> int:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pages = 0
    for i in range(n):
        if i % 10 == 9:
            make_scanned(folder / f"scan_{i:04d}.pdf", rng)
            pages += 1
        else:
            k = rng.randint(1, 4)
            make_doc(folder / f"report_{i:04d}.pdf", k, rng)
            pages += k
    return pages


def run_packet(packet: Path, out: Path, workers: int) -> dict[str, object]:
    """Run in a fresh process so parent and worker peaks are this run's alone."""
    code = f"""
import json, resource, time
from pathlib import Path
from redactkit.batch import BatchOptions, LocalPoolExecutor, discover, run_batch
items = discover({str(packet)!r})
ex = LocalPoolExecutor({workers})
t0 = time.perf_counter()
first = []
orig = ex.map_unordered
def timed(tasks):
    for r in orig(tasks):
        if not first:
            first.append(time.perf_counter())
        yield r
ex.map_unordered = timed
report = run_batch(items, BatchOptions(out=Path({str(out)!r}), workers={workers}), executor=ex)
wall = time.perf_counter() - t0
ex.close()
ok = [r for r in report.rows if r["status"] == "ok"]
verified = all(json.loads(Path(r["log"]).read_text())["verification"]["passed"] for r in ok)
pages = sum(r["pages"] for r in ok)
print(json.dumps({{"workers": {workers}, "docs": len(report.rows), "ok": len(ok),
  "failed": len(report.failures),
  "pages_ok": pages, "wall_s": round(wall, 2), "pages_per_s": round(pages / wall, 2),
  "steady_pages_per_s": round(pages / (time.perf_counter() - first[0]), 2) if first else None,
  "all_verified": verified,
  "failure_types": sorted({{r["error_type"] for r in report.failures}}),
  "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
  "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}}))
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def one_doc_rss(path: Path, out: Path) -> dict[str, float]:
    code = f"""
import json, resource, time
from redactkit import Redactor
r = Redactor(); r.detector.warm_up(r.policy)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
log = r.redact({str(path)!r}, {str(out)!r})
print(json.dumps({{"pages": log.source["pages"], "seconds": round(time.perf_counter() - t, 1),
  "rss_after_load_mb": round(base, 1),
  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}}))
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def repeat_rss(path: Path, out: Path, times: int) -> dict[str, float]:
    """Peak RSS of one process redacting ``path`` ``times`` times: a worker's memory must not
    grow with the number of documents it has done."""
    code = f"""
import json, resource
from redactkit import Redactor
r = Redactor(); r.detector.warm_up(r.policy)
peaks = []
for i in range({times}):
    r.redact({str(path)!r}, {str(out)!r})
    peaks.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps({{"documents": {times}, "peak_after_first_mb": round(peaks[0], 1),
  "peak_after_last_mb": round(peaks[-1], 1)}}))
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--big-pages", type=int, default=500)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--empty-pages", type=int, default=10_000,
                    help="pages of the empty-page document (0: skip it)")
    ap.add_argument("--memory-only", action="store_true", help="only the memory measurements")
    ap.add_argument("--empty-only", action="store_true", help="only the empty-page document")
    args = ap.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        if args.empty_pages:
            make_empty(t / "empty.pdf", args.empty_pages)
            empty = one_doc_rss(t / "empty.pdf", t / "empty.out.pdf")
            empty["under_300_s"] = empty["seconds"] < 300
            results[f"doc_{args.empty_pages}_empty_pages"] = empty
            print(json.dumps(empty), flush=True)
        if not args.memory_only and not args.empty_only:
            results["packet_pages"] = make_packet(t / "packet", args.docs)
            for w in (1, 2):
                results[f"workers_{w}"] = run_packet(t / "packet", t / f"out{w}", w)
                print(json.dumps(results[f"workers_{w}"]), flush=True)
        if not args.empty_only:
            rng = random.Random(9)
            make_doc(t / "small.pdf", 5, rng)
            make_doc(t / "big.pdf", args.big_pages, rng)
            results["doc_5_pages"] = one_doc_rss(t / "small.pdf", t / "small.out.pdf")
            results[f"doc_{args.big_pages}_pages"] = one_doc_rss(t / "big.pdf", t / "big.out.pdf")
            make_scanned(t / "scan.pdf", rng)
            results["scan_repeated"] = repeat_rss(t / "scan.pdf", t / "scan.out.pdf", 30)
    results["self_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
