"""The ``scanned-blind`` accuracy set (``benchmarks/_scanned_blind.py``), without the pipeline.

It is built at run time, so what must hold is checked here: every selected record exists, is a
one-page holdout or blind record (never a tuning record), the build is deterministic, and every
truth item survives the transform with its box inside the page.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_docs"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_scanned_blind", ROOT / "benchmarks" / "_scanned_blind.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["_scanned_blind"] = mod
    spec.loader.exec_module(mod)
    return mod


sb = _load()


def test_selection_is_one_page_records_not_tuned_on() -> None:
    sets = set()
    for source, dpi, skew, _upside_down, quality, _blur in sb.SELECTION:
        folder, stem = source.split("/")
        assert folder == "holdout" or folder.startswith("blind"), source
        assert not (SAMPLES / f"{stem}.pdf").exists()  # not a tuning record
        with pymupdf.open(SAMPLES / f"{source}.pdf") as doc:
            assert doc.page_count == 1, source
        assert (SAMPLES / f"{source}.truth.json").is_file()
        assert dpi in (200, 300) and abs(skew) <= 1.6 and 50 <= quality <= 75
        sets.add(folder)
    assert len(sets) >= 10  # a spread over the sets, not one writer's layouts
    assert len({v.name for v in sb.variants()}) == len(sb.SELECTION)


def test_build_is_deterministic_and_keeps_every_item(tmp_path: Path) -> None:
    ms = sb._make_scanned()
    v = next(v for v in sb.variants() if v.pages[0].upside_down)  # the hardest mapping
    pa = ms.build_variant(v, tmp_path / "a", SAMPLES)[0]
    pb = ms.build_variant(v, tmp_path / "b", SAMPLES)[0]
    assert pa.read_bytes() == pb.read_bytes()
    truth = json.loads(pa.with_name(pa.stem + ".truth.json").read_text(encoding="utf-8"))
    src = json.loads((SAMPLES / f"{v.source}.truth.json").read_text(encoding="utf-8"))
    assert [i["text"] for i in truth["items"]] == [i["text"] for i in src["items"]]
    with pymupdf.open(pa) as doc:
        page = doc[0]
        assert not page.get_text().strip()  # image only: the OCR path
        w, h = page.rect.width, page.rect.height
    for item in truth["items"]:
        for part in item.get("parts") or [item]:
            x0, y0, x1, y1 = part["bbox"]
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
            # upside down: a box near the top of the source lands near the bottom
    first = src["items"][0]["bbox"]
    moved = truth["items"][0]["bbox"]
    assert abs((moved[1] + moved[3]) / 2 - (h - (first[1] + first[3]) / 2)) < 12
