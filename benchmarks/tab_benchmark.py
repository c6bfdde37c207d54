"""Recall on the Text Anonymization Benchmark sample in ../shared/benchmarks/tab/.

Run: ``.venv/bin/python benchmarks/tab_benchmark.py [--policy full-anonymization] [--stock]``

Fifteen real court judgments (ECHR, MIT licence) with the first annotator's mentions
that must be masked (PERSON, LOC, DATETIME, CODE). Each PDF is redacted with the given
profile and scored from the output PDF with :mod:`redactkit.evaluate` (text gone from
the mention's box, box rendered as fill). ``--stock`` adds stock Presidio (default
recognizers, same spaCy model, score >= 0.5) through the same burn path. The data is
read-only and never copied into the project; the rules are not tuned to its strings.
Bar from the benchmark's README: >= 0.98 overall and >= 0.95 per category.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from redactkit import Redactor
from redactkit.evaluate import score_many

TAB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "tab"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policy", default="full-anonymization")
    ap.add_argument("--data", type=Path, default=TAB)
    ap.add_argument("--misses", type=int, default=15, help="how many misses to list")
    args = ap.parse_args()
    pdfs = sorted(args.data.glob("*.pdf"))
    if not pdfs:
        print(f"no benchmark PDFs in {args.data}", file=sys.stderr)
        return 2
    redactor = Redactor(args.policy)
    pairs = []
    failed = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in pdfs:
            out = Path(tmp) / pdf.name
            try:
                redactor.redact(pdf, out)
            except Exception as exc:  # a failed document scores as fully missed
                failed.append(f"{pdf.name}: {exc}")
                out = pdf
            truth = json.loads(pdf.with_suffix(".json").read_text())
            truth.setdefault("document", pdf.name)
            pairs.append((out, truth))
        score = score_many(pairs)
    print(f"TAB sample, policy {args.policy}: {len(pdfs)} documents in {time.perf_counter() - t0:.1f} s")
    print(score.format_table())
    for f in failed:
        print("FAILED (scored as unredacted):", f)
    for miss in score.misses[: args.misses]:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
