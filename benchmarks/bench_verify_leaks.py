"""How much of a planted leak verification's independent OCR sees on scanned pages, and
what that read costs: the yardstick for any change that makes ``ocr_independent`` cheaper.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/bench_verify_leaks.py [--pages 6] [--every 3]``

Each document (``bench_scanned.make_pages``'s 300-dpi page images, then every file of
``sample_docs/scanned``) is ingested and planned as ``redact`` would; every ``--every``-th
active redaction (a different offset per document) is then left out of the burn, so its
pixels stay readable, and ``ocr_independent`` is run with the whole plan. Printed per
document and summed: the distinct redacted strings left readable (4 characters or more, as
the check compares), how many of them the independent OCR reports by name, whether the
document fails verification (it must, every one), and the CPU time of the independent
checks. A cheaper read must report as many strings as the one it replaces, measured in one
run (the OCR of a changed sheet reads a few strings differently, so compare the per-string
counts, not just the pass/fail column).

2026-12-07, 23:30 (load average 9-12 on 2 cores, 6 pages + 11 scanned files, every 3rd
redaction left out): 129 strings left readable, 123 reported by name, every document
failed verification. A sheet without the white rows between bands of regions (about 10 %
less verification CPU) reported 121 of them (2 strings of one document missed): not adopted.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["OMP_THREAD_LIMIT"] = "1"

import bench_scanned  # noqa: E402

import redactkit.verify._independent as independent  # noqa: E402
from redactkit import Redactor  # noqa: E402
from redactkit.burn import burn  # noqa: E402
from redactkit.ingest import ingest  # noqa: E402
from redactkit.plan import make_plan, settle_uncertain  # noqa: E402

_REPORTED: list[str] = []
_problems = independent._Expect.problems


def _recording(self: independent._Expect, text: str, where: str) -> list[str]:
    found = _problems(self, text, where)
    _REPORTED.extend(found)
    return found


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--pages", type=int, default=6)
    ap.add_argument("--every", type=int, default=3, help="leave every N-th redaction unburned")
    args = ap.parse_args()
    independent._Expect.problems = _recording  # type: ignore[method-assign]
    redactor = Redactor(reocr="regions")
    redactor.detector.warm_up(redactor.policy)
    planted = reported = failed = docs = 0
    spent = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        pdfs, _pngs = bench_scanned.make_pages(out, args.pages)
        scanned = sorted(p for p in bench_scanned.SCANNED.iterdir() if not p.name.endswith(".json"))
        for k, src in enumerate([*pdfs, *scanned]):
            doc = ingest(src)
            plan = settle_uncertain(make_plan(doc, redactor.detector.detect(doc, redactor.policy),
                                              redactor.policy))
            active = plan.active()
            left = active[k % args.every::args.every]
            dst = out / f"leak{k}.pdf"
            assert doc.hardening is not None  # ingest records it
            burned = burn(src, [r for r in active if r not in left], dst, label=True, hardening=doc.hardening)
            needles = {n for r in left if len(n := independent.squash(r.text)) >= 4}
            _REPORTED.clear()
            c = _cpu()
            checks = independent.independent_checks(dst, doc, active, burned.labels)
            spent += _cpu() - c
            ocr = next(ch for ch in checks if ch.name == "ocr_independent")
            seen = {n for n in needles if any(repr(n) in p and "(OCR)" in p for p in _REPORTED)}
            planted, reported, docs = planted + len(needles), reported + len(seen), docs + 1
            failed += int(not ocr.passed)
            print(f"{src.name:34s} left readable {len(needles):3d}  reported {len(seen):3d}  "
                  f"ocr_independent {'failed' if not ocr.passed else 'PASSED'}", flush=True)
    print(f"{docs} documents, load average {os.getloadavg()[0]:.1f}: {reported} of {planted} strings left "
          f"readable reported by name; {failed} of {docs} documents failed verification; independent "
          f"checks {spent / docs * 1000:.0f} ms CPU a document")


if __name__ == "__main__":
    main()
