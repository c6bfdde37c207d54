"""Recall on the Text Anonymization Benchmark sample in ../shared/benchmarks/tab/.

Run: ``.venv/bin/python benchmarks/tab_benchmark.py [--policy full-anonymization] [--split] [--no-stock]``

Fifteen real court judgments (ECHR, MIT licence) with the first annotator's mentions
that must be masked (PERSON, LOC, DATETIME, CODE). Each PDF is redacted with the given
profile and scored from the output PDF with :mod:`redactkit.evaluate` (text gone from
the mention's box, box rendered as fill). Stock Presidio (default recognizers, same spaCy
model, every entity with score >= 0.5, dates included since the benchmark masks them) goes
through the same burn path in the same run and is printed beside it (``--no-stock`` skips
it). The data is read-only and never copied into the project; the rules are not tuned to
its strings.
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
from accuracy import side_by_side, stock_presidio

from redactkit import Redactor
from redactkit.detect import Detector


def _default_data() -> Path:
    """``shared/benchmarks/tab`` beside the checkout, also from a worktree nested deeper."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "benchmarks" / "tab"
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "shared" / "benchmarks" / "tab"


TAB = _default_data()

#: Documents (sorted by file name) in the development half of ``--split``; the rest are held out.
DEV_DOCS = 8


def _truth(pdf: Path) -> dict:
    truth = json.loads(pdf.with_suffix(".json").read_text())
    truth.setdefault("document", pdf.name)
    return truth


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
    ap.add_argument("--no-stock", action="store_true", help="skip the stock Presidio column")
    args = ap.parse_args()
    pdfs = sorted(args.data.glob("*.pdf"))
    if not pdfs:
        print(f"no benchmark PDFs in {args.data}", file=sys.stderr)
        return 2
    detector = Detector()
    redactor = Redactor(args.policy, detector=detector)
    pairs = []
    failed = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        stock = None if args.no_stock else score_many(
            stock_presidio(detector, pdfs, Path(tmp), truth_of=_truth, skip=frozenset()))
        for pdf in pdfs:
            out = Path(tmp) / pdf.name
            try:
                redactor.redact(pdf, out)
            except Exception as exc:  # a failed document scores as fully missed
                failed.append(f"{pdf.name}: {exc}")
                out = pdf
            pairs.append((out, _truth(pdf)))
        score = score_many(pairs)
        halves = [
            ("development", pairs[:DEV_DOCS], True),
            ("held-out", pairs[DEV_DOCS:], args.held_out_misses),
        ]
        split = [(name, score_many(part), show) for name, part, show in halves] if args.split else []
    print(f"TAB sample, policy {args.policy}: {len(pdfs)} documents in {time.perf_counter() - t0:.1f} s")
    print(score.format_table())
    if stock is not None:
        print()
        print(side_by_side(f"TAB, stock Presidio beside redactkit ({args.policy})", stock, score))
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
