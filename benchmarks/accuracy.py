"""Redaction accuracy: stock Presidio vs redactkit's police-public-release, side by side.

Run: ``.venv/bin/python benchmarks/accuracy.py [SET ...]`` (sets: tuning, holdout, blind,
blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, scanned,
scanned-blind; default all;
a few minutes a born-digital set, about 10 minutes each scanned set).

Both systems are scored by :func:`redactkit.evaluate.score_many` on the same
born-digital PDFs and ground truth, separately for the tuning set
(``sample_docs/``) and the holdout set (``sample_docs/holdout/``, never tuned on):

* **stock Presidio**: ``AnalyzerEngine`` with Presidio's default recognizers and
  our spaCy model (the NLP engine of :class:`redactkit.detect.Detector`), every
  entity it reports with score >= 0.5 redacted, except DATE_TIME (redacting every
  date would black out incident dates; we give the baseline that much help). Its
  spans go through the same burn path as redactkit: ``redactkit.plan.line_rects``
  over the page's glyphs, then ``redactkit.burn.burn``.
* **redactkit**: ``Redactor(policy="police-public-release")`` end to end (detect,
  plan, burn, verify).

Scanned sets go through the OCR path (both systems OCR the same image-only PDFs):

* ``scanned``: the *tuning* records rasterised (``sample_docs/scanned/``, committed,
  ``sample_docs/make_scanned.py``); the rules were written on these layouts, so it flatters OCR.
* ``scanned-blind``: 13 one-page holdout and blind records, none of them tuning records,
  scanned at run time by the same scanner model (skew, blur, dust, noise, JPEG; 200 and
  300 dpi; one page upside down) into a temporary folder, truth boxes moved by the same
  transform as the pixels; deterministic. The selection and settings are in
  ``benchmarks/_scanned_blind.py``. This is the honest scan measure.

Recall is over must-redact items, keep-rate over must-keep items (officers,
badges, agency, case numbers, offense, incident dates, words like "kitchen").
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS: dict[str, Path | None] = {
    "tuning": ROOT / "sample_docs",
    "holdout": ROOT / "sample_docs" / "holdout",
    "blind": ROOT / "sample_docs" / "blind",
    "blind2": ROOT / "sample_docs" / "blind2",
    "blind3": ROOT / "sample_docs" / "blind3",
    "blind4": ROOT / "sample_docs" / "blind4",
    "blind5": ROOT / "sample_docs" / "blind5",
    "blind6": ROOT / "sample_docs" / "blind6",
    "blind7": ROOT / "sample_docs" / "blind7",
    "blind8": ROOT / "sample_docs" / "blind8",
    "blind9": ROOT / "sample_docs" / "blind9",
    "blind10": ROOT / "sample_docs" / "blind10",
    "blind11": ROOT / "sample_docs" / "blind11",
    # image-only PDFs of the tuning records (OCR path); their TIFF/PNG/JPEG twins are not globbed
    "scanned": ROOT / "sample_docs" / "scanned",
    # holdout and blind records scanned at run time (benchmarks/_scanned_blind.py), not committed
    "scanned-blind": None,
}
STOCK_MIN_SCORE = 0.5
STOCK_SKIP = {"DATE_TIME"}


def _truth(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + ".truth.json")


def stock_presidio(detector, pdfs: list[Path], out: Path, *,  # noqa: ANN001
                   truth_of: Callable[[Path], Any] = _truth,
                   skip: frozenset[str] | set[str] = STOCK_SKIP) -> list[tuple[Path, Any]]:
    """Burn what stock Presidio finds (score >= STOCK_MIN_SCORE, entities in ``skip`` left
    alone) through redactkit's burn path; pairs of (output, ``truth_of(pdf)``) for scoring."""
    from presidio_analyzer import AnalyzerEngine

    from redactkit.burn import burn
    from redactkit.ingest import ingest_pdf
    from redactkit.model import Redaction
    from redactkit.plan import line_rects

    engine = AnalyzerEngine(nlp_engine=detector.nlp_engine(), supported_languages=["en"])
    pairs = []
    for pdf in pdfs:
        doc = ingest_pdf(pdf)
        redactions = []
        for page in doc.pages:
            if not page.text.strip():
                continue
            results = engine.analyze(text=page.text, language="en")
            spans = sorted(
                (r.start, r.end, r.entity_type)
                for r in results
                if r.score >= STOCK_MIN_SCORE and r.entity_type not in skip
            )
            for s, e, entity in spans:
                rects = line_rects(page.chars[s:e])
                if not rects:
                    continue
                rid = "p" + hashlib.sha1(f"{page.index}:{s}:{e}".encode()).hexdigest()[:8]
                redactions.append(
                    Redaction(id=rid, page=page.index, rects=tuple(rects), entity=entity,
                              exemption="", reason="stock Presidio", text=page.text[s:e])
                )
        dst = out / f"{pdf.stem}.stock.pdf"
        burn(pdf, redactions, dst, label=False, hardening=doc.hardening)
        pairs.append((dst, truth_of(pdf)))
    return pairs


def redactkit_run(detector, pdfs: list[Path], out: Path) -> list[tuple[Path, Path]]:  # noqa: ANN001
    from redactkit.api import Redactor
    from redactkit.errors import RedactkitError

    redactor = Redactor("police-public-release", detector=detector)
    pairs = []
    for pdf in pdfs:
        dst = out / f"{pdf.stem}.redacted.pdf"
        try:
            redactor.redact(pdf, dst)
        except RedactkitError as exc:  # withheld: nothing released, so nothing to score
            print(f"  WITHHELD {pdf.name}: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        pairs.append((dst, _truth(pdf)))
    return pairs


def side_by_side(name: str, stock, ours) -> str:  # noqa: ANN001
    from _evaluate import CATEGORY_ORDER

    seen = {*stock.categories, *ours.categories}
    cats = [c for c in CATEGORY_ORDER if c in seen] + sorted(seen - set(CATEGORY_ORDER))

    def cell(score, cat: str) -> str:  # noqa: ANN001
        c = score.categories.get(cat)
        if c is None:
            return f"{'-':>14}"
        if c.redact_total:
            return f"{c.redacted:>4}/{c.redact_total:<4}{100 * c.redacted / c.redact_total:5.1f}%"
        if c.keep_total:
            return f"{c.kept:>4}/{c.keep_total:<4}{100 * c.kept / c.keep_total:5.1f}%"
        return f"{'-':>14}"

    lines = [f"== {name} ==", f"{'category':<16}{'stock Presidio':>16}{'redactkit':>16}   measure", "-" * 58]
    for cat in cats:
        c = stock.categories.get(cat) or ours.categories.get(cat)
        measure = "recall" if c.redact_total else "keep-rate"
        lines.append(f"{cat:<16}{cell(stock, cat):>16}{cell(ours, cat):>16}   {measure}")
    lines.append("-" * 58)
    lines.append(f"{'RECALL':<16}{stock.recall:>16.4f}{ours.recall:>16.4f}")
    lines.append(f"{'KEEP-RATE':<16}{stock.keep_rate:>16.4f}{ours.keep_rate:>16.4f}")
    return "\n".join(lines)


def main() -> int:
    import logging

    from redactkit.detect import Detector
    # stock Presidio's EmailRecognizer asks tldextract for the live suffix list; offline that
    # logs a traceback per call before it falls back to the bundled snapshot
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    from _evaluate import score_many

    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return 0
    names = sys.argv[1:] or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set(s) {unknown}; choose from {list(SETS)}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    detector = Detector()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            folder = SETS[name]
            if folder is None:  # generated at run time, beside its truth files
                import _scanned_blind

                folder = Path(tmp) / f"{name}-source"
                pdfs = sorted(_scanned_blind.build(folder))
                where = f"{len(_scanned_blind.SELECTION)} holdout/blind records scanned at run time"
            else:
                pdfs = sorted(folder.glob("*.pdf"))
                where = str(folder.relative_to(ROOT))
            out = Path(tmp) / name
            out.mkdir()
            stock = score_many(stock_presidio(detector, pdfs, out))
            released = redactkit_run(detector, pdfs, out)
            ours = score_many(released)
            withheld = f", {len(pdfs) - len(released)} withheld by redactkit and not scored" \
                if len(released) < len(pdfs) else ""
            print(side_by_side(f"{name}: {where} ({len(pdfs)} documents{withheld})",
                               stock, ours))
            print()
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
