"""Recall on the Text Anonymization Benchmark sample in ../shared/benchmarks/tab/.

Run: ``.venv/bin/python benchmarks/tab_benchmark.py [--policy full-anonymization] [--split]``

Fifteen real court judgments (ECHR, MIT licence) with the first annotator's mentions
that must be masked (PERSON, LOC, DATETIME, CODE). Each PDF is redacted with the given
profile and scored from the output PDF with :mod:`redactkit.evaluate` (text gone from
the mention's box, box rendered as fill). ``--stock`` adds stock Presidio (default
recognizers, same spaCy model, score >= 0.5) through the same burn path. The data is
read-only and never copied into the project; the rules are not tuned to its strings.
``--split`` scores the first half of the documents (sorted by file name, the
development half rules may be looked at against) and the rest (held out, never
tuned on) separately, and lists misses of the development half only (add
``--held-out-misses`` to list the held-out ones too).
Bar from the benchmark's README: >= 0.98 overall and >= 0.95 per category.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _evaluate import score_many

from redactkit import Redactor

TAB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "tab"

#: Documents (sorted by file name) in the development half of ``--split``; the rest are held out.
DEV_DOCS = 8


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--policy", default="full-anonymization")
    ap.add_argument("--data", type=Path, default=TAB)
    ap.add_argument("--misses", type=int, default=15, help="how many misses to list")
    ap.add_argument(
        "--split", action="store_true",
        help=f"score the first {DEV_DOCS} documents (development) and the rest (held out) separately",
    )
    ap.add_argument("--held-out-misses", action="store_true", help="with --split: list held-out misses too")
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
        halves = [
            ("development", pairs[:DEV_DOCS], True),
            ("held-out", pairs[DEV_DOCS:], args.held_out_misses),
        ]
        split = [(name, score_many(part), show) for name, part, show in halves] if args.split else []
    print(f"TAB sample, policy {args.policy}: {len(pdfs)} documents in {time.perf_counter() - t0:.1f} s")
    print(score.format_table())
    for f in failed:
        print("FAILED (scored as unredacted):", f)
    if not split:
        for miss in score.misses[: args.misses]:
            print("  miss:", miss)
        return 0
    for (name, part, show), (_n, docs, _s) in zip(split, halves, strict=True):
        first, last = Path(docs[0][1]["document"]).stem, Path(docs[-1][1]["document"]).stem
        print(f"\n{name} half: {len(docs)} documents ({first} .. {last})")
        print(part.format_table())
        if show:
            for miss in part.misses[: args.misses]:
                print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
