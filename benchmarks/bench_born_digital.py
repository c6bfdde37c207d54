"""Born-digital throughput, start-up time and peak memory, next to stock Presidio.

Run: ``.venv/bin/python benchmarks/bench_born_digital.py [--pages 40]``

Measures, in one run on this machine:
- start-up: a fresh process importing redactkit, loading the policy and model, and
  analysing one short text (what a CLI run pays before its first page);
- pipeline pages/s: ingest → detect → plan → burn → sanitize → verify over a
  generated report of ~2,000-character pages, one process, one core;
- detect-only pages/s and stock Presidio ``AnalyzerEngine.analyze`` pages/s on the same
  page texts (stock = default recognizers, same spaCy model, no policy);
- peak RSS of the benchmark process (resource.getrusage).
Targets (issue 2): >= 8 pages/s, start-up <= 2 s, peak RSS <= 400 MB.

Last runs (2 cores, 2026-11-29, 40 pages of ~2,030 characters and 31 redactions each):
8.32 and 8.49 pages/s; start-up 1.05-1.08 s; peak RSS 230 MB. Per page: ingest 10.6 ms,
detect 62 ms, plan 2.3 ms, burn 23 ms, verify 21 ms. (Earlier the same day 6.1 pages/s and
295 MB: burn went through PyMuPDF's annotation wrappers and verify read the whole output.)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Maria", "James", "Aisha", "Tyrone", "Wei", "Olga", "Daniel", "Priya", "Luis", "Hannah"]
LAST = ["Gutierrez", "Whitfield", "Chen", "Okafor", "Novak", "Patel", "Lindqvist", "Moreno"]
FILLER = (
    "Officers canvassed the area and spoke with residents about the events of the evening. "
    "The reporting party described the vehicle and the direction of travel. "
    "Photographs of the scene were taken and logged into evidence. "
)


def page_text(rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p) for p in parts) < 1900:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        parts.append(
            f"On 03/{rng.randint(10, 28)}/2024 {name} stated that the door was forced. "
            f"{name.split()[1]} can be reached at ({rng.randint(200, 899)}) 555-{rng.randint(1000, 9999)}. "
            f"SSN {rng.randint(100, 599)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}. " + FILLER
        )
    return " ".join(parts)


def make_pdf(path: Path, pages: int) -> list[str]:
    import pymupdf

    rng = random.Random(7)
    doc = pymupdf.open()
    texts = []
    for _ in range(pages):
        text = page_text(rng)
        texts.append(text)
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(54, 54, 558, 760), text, fontsize=10, fontname="helv")
    doc.save(path)
    return texts


def startup_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from redactkit import Redactor; r=Redactor(); "
        "r.detector.warm_up(r.policy); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()

    from presidio_analyzer import AnalyzerEngine

    from redactkit import Redactor
    from redactkit.ingest import ingest_pdf

    results: dict[str, float] = {}
    results["startup_s"] = min(startup_seconds() for _ in range(3))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.pdf"
        make_pdf(src, args.pages)
        document = ingest_pdf(src)
        texts = [p.text for p in document.pages]
        results["chars_per_page"] = sum(map(len, texts)) / len(texts)

        redactor = Redactor()
        redactor.detector.warm_up(redactor.policy)
        t = time.perf_counter()
        log = redactor.redact(src, Path(tmp) / "out.pdf")
        results["pipeline_pages_per_s"] = args.pages / (time.perf_counter() - t)
        results["redactions"] = len(log.redactions)
        for stage, secs in log.timings.items():
            results[f"stage_{stage}_ms_per_page"] = 1000 * secs / args.pages

        t = time.perf_counter()
        redactor.detector.detect(document, redactor.policy)
        results["detect_pages_per_s"] = args.pages / (time.perf_counter() - t)

        stock = AnalyzerEngine(nlp_engine=redactor.detector.nlp_engine(), supported_languages=["en"])
        stock.analyze(text="warm up", language="en")
        t = time.perf_counter()
        for text in texts:
            stock.analyze(text=text, language="en")
        results["stock_presidio_pages_per_s"] = args.pages / (time.perf_counter() - t)
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    width = max(map(len, results))
    for k, v in results.items():
        print(f"{k:<{width}}  {v:10.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
