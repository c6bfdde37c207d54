"""Tests of the scorer (redactkit.evaluate) and of the sample generator, without the pipeline."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pymupdf
import pytest
from _evaluate import score_many, score_output

Small = tuple[Path, dict[str, Any]]
SAMPLES = Path(__file__).resolve().parents[1] / "sample_docs"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load_generator()


@pytest.fixture()
def small(tmp_path: Path) -> Small:
    """A one-page PDF with a person, an SSN, an officer, a badge and a trap word."""
    rep = gen.Report("small", "small test")
    rep.new_page()
    rep.para(
        "Victim {P|Linda Chen} stated the {TR|kitchen} door was open. Her SSN is {SSN|412-68-3390}. "
        "{OF|Ofc. Daniel Reyes} {BG|#4471} took the report for the {AG|Springfield Police Department}.",
        "helv", 11, 1.5,
    )
    pdf = rep.save(tmp_path)
    truth = json.loads((tmp_path / "small.truth.json").read_text())
    assert gen.check(pdf, truth) == []
    return pdf, truth


def _item(truth: dict[str, Any], text: str) -> dict[str, Any]:
    return next(i for i in truth["items"] if i["text"] == text)


def _rect(item: dict[str, Any]) -> pymupdf.Rect:
    return pymupdf.Rect(item["bbox"])


def _redact(pdf: Path, out: Path, rects: list[pymupdf.Rect], **kw: Any) -> Path:
    doc = pymupdf.open(pdf)
    for r in rects:
        doc[0].add_redact_annot(r, **kw)
    doc[0].apply_redactions()
    doc.save(out)
    return out


def _miss_texts(score: Any) -> set[str]:
    return {m.item["text"] for m in score.misses}


def test_unredacted_document_scores_zero_recall_full_keep(small: Small) -> None:
    pdf, truth = small
    s = score_output(pdf, truth)
    assert s.redact_total == 2 and s.redacted == 0 and s.recall == 0.0
    assert s.keep_total == 4 and s.kept == 4 and s.keep_rate == 1.0


def test_real_redaction_with_white_label_counts(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    rects = [_rect(_item(truth, "Linda Chen")), _rect(_item(truth, "412-68-3390"))]
    out = _redact(pdf, tmp_path / "out.pdf", rects, text="(b)(6)", fill=(0, 0, 0), text_color=(1, 1, 1),
                  fontsize=6)
    s = score_output(out, tmp_path / "small.truth.json")
    assert s.recall == 1.0, [str(m) for m in s.misses]
    assert s.keep_rate == 1.0, [str(m) for m in s.misses]
    assert "kitchen" in pymupdf.open(out)[0].get_text()


def test_black_label_matching_foia_code_is_not_a_leak(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    out = _redact(pdf, tmp_path / "out.pdf", [_rect(_item(truth, "412-68-3390"))], text="(b)(7)(C)",
                  fill=(0, 0, 0), text_color=(0, 0, 0), fontsize=6)
    s = score_output(out, truth)
    assert s.categories["SSN"].redacted == 1


def test_black_rectangle_over_live_text_is_not_redacted(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    doc = pymupdf.open(pdf)
    doc[0].draw_rect(_rect(_item(truth, "Linda Chen")), color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(tmp_path / "cover.pdf")
    s = score_output(tmp_path / "cover.pdf", truth)
    assert s.categories["PERSON"].redacted == 0
    miss = next(m for m in s.misses if m.item["text"] == "Linda Chen")
    assert "text survives" in miss.reason


def test_text_removed_without_fill_is_not_redacted(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    out = _redact(pdf, tmp_path / "out.pdf", [_rect(_item(truth, "Linda Chen"))], fill=False)
    assert "Linda" not in pymupdf.open(out)[0].get_text()
    s = score_output(out, truth)
    miss = next(m for m in s.misses if m.item["text"] == "Linda Chen")
    assert "not filled" in miss.reason


def test_partial_redaction_is_a_miss(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    r = _rect(_item(truth, "Linda Chen"))
    first = pymupdf.Rect(r.x0, r.y0, r.x0 + pymupdf.get_text_length("Linda", "helv", 11), r.y1)
    out = _redact(pdf, tmp_path / "out.pdf", [first], fill=(0, 0, 0))
    s = score_output(out, truth)
    assert "Linda Chen" in _miss_texts(s)


def test_keep_item_blacked_out_is_not_kept(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    rects = [_rect(_item(truth, "Ofc. Daniel Reyes")), _rect(_item(truth, "kitchen"))]
    out = _redact(pdf, tmp_path / "out.pdf", rects, fill=(0, 0, 0))
    s = score_output(out, truth)
    assert s.categories["OFFICER"].kept == 0 and s.categories["TRAP_WORD"].kept == 0
    assert s.categories["BADGE"].kept == 1 and s.categories["AGENCY"].kept == 1


def test_substring_redaction_of_trap_word_is_not_kept(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    page = pymupdf.open(pdf)[0]
    chen = [r for r in page.search_for("chen") if r.intersects(_rect(_item(truth, "kitchen")))]
    assert chen
    out = _redact(pdf, tmp_path / "out.pdf", chen, fill=(0, 0, 0))
    s = score_output(out, truth)
    assert "kitchen" in _miss_texts(s)


def test_rotated_output_is_read_in_unrotated_space(small: Small, tmp_path: Path) -> None:
    pdf, truth = small
    rects = [_rect(_item(truth, "Linda Chen")), _rect(_item(truth, "412-68-3390"))]
    out = _redact(pdf, tmp_path / "out.pdf", rects, fill=(0, 0, 0))
    doc = pymupdf.open(out)
    doc[0].set_rotation(90)
    doc.save(tmp_path / "rot.pdf")
    s = score_output(tmp_path / "rot.pdf", truth)
    assert s.recall == 1.0 and s.keep_rate == 1.0
    assert pymupdf.open(tmp_path / "rot.pdf")[0].rotation == 90  # the file is not touched


def test_split_item_needs_every_part(tmp_path: Path) -> None:
    rep = gen.Report("split", "split")
    rep.new_page()
    rep.para("The daughter, {P|Emily\nChen}, has a key.", "tiro", 11, 1.5)
    pdf = rep.save(tmp_path)
    truth = json.loads((tmp_path / "split.truth.json").read_text())
    item = truth["items"][0]
    assert len(item["parts"]) == 2
    first = pymupdf.Rect(item["parts"][0]["bbox"])
    only_first = _redact(pdf, tmp_path / "a.pdf", [first], fill=(0, 0, 0))
    assert "Emily Chen" in _miss_texts(score_output(only_first, truth))
    both = [pymupdf.Rect(p["bbox"]) for p in item["parts"]]
    assert score_output(_redact(pdf, tmp_path / "b.pdf", both, fill=(0, 0, 0)), truth).recall == 1.0


def test_score_many_and_table(small: Small) -> None:
    pdf, truth = small
    s = score_many([(pdf, truth), (pdf, truth)])
    assert s.redact_total == 4 and s.keep_total == 8 and len(s.documents) == 2
    table = s.format_table()
    assert "PERSON" in table and "TRAP_WORD" in table and "TOTAL" in table
    assert json.dumps(s.to_dict())


def test_generator_is_deterministic_and_self_checks(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    pdfs_a = gen.build_all(a)  # raises SystemExit if any truth box is wrong
    gen.build_all(b)
    assert len(pdfs_a) >= 11
    for pdf in pdfs_a:
        rel = pdf.relative_to(a)
        assert pdf.read_bytes() == (b / rel).read_bytes(), rel
        truth = rel.with_name(rel.name[:-4] + ".truth.json")
        assert (a / truth).read_bytes() == (b / truth).read_bytes()
        committed = SAMPLES / rel
        if committed.exists():  # the committed samples must match the script
            assert committed.read_bytes() == pdf.read_bytes(), f"{rel} is stale: rerun make_samples.py"


def test_truth_files_are_well_formed() -> None:
    files = sorted(SAMPLES.glob("*.truth.json")) + sorted((SAMPLES / "holdout").glob("*.truth.json"))
    if not files:
        pytest.skip("sample_docs not generated")
    cats = {c for c, _ in gen.CODES.values()}
    for f in files:
        data = json.loads(f.read_text())
        assert (f.parent / data["document"]).exists()
        for it in data["items"]:
            assert it["category"] in cats and it["action"] in {"redact", "keep"}
            assert len(it["bbox"]) == 4 and isinstance(it["page"], int)


def test_custom_label_pattern(small: Small, tmp_path: Path) -> None:
    import re

    pdf, truth = small
    # a dark label that shares "41" with the SSN: a leak unless declared a label
    out = _redact(pdf, tmp_path / "out.pdf", [_rect(_item(truth, "412-68-3390"))], text="EX-41",
                  fill=(0, 0, 0), text_color=(0.2, 0.2, 0.2), fontsize=6)
    assert score_output(out, truth).categories["SSN"].redacted == 0
    custom = re.compile(r"EX-\d+")
    assert score_output(out, truth, label_re=custom).categories["SSN"].redacted == 1


def _band_report(tmp_path: Path) -> tuple[Path, Path]:
    """An agency name in white on a black header band (a keep item) and a name in black below."""
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    page.draw_rect(pymupdf.Rect(40, 40, 572, 80), color=(0, 0, 0), fill=(0, 0, 0))
    page.insert_text((60, 66), "Quarry Hollow Police Department", fontsize=14, color=(1, 1, 1))
    page.insert_text((60, 120), "Complainant: Wendeline Astraeus", fontsize=11)
    pdf = tmp_path / "band.pdf"
    doc.save(pdf)
    items = []
    for text, cat, action in (("Quarry Hollow Police Department", "AGENCY", "keep"),
                              ("Wendeline Astraeus", "PERSON", "redact")):
        r = page.search_for(text)[0]
        items.append({"text": text, "category": cat, "action": action, "page": 0, "bbox": list(r)})
    truth = tmp_path / "band.truth.json"
    truth.write_text(json.dumps({"document": "band.pdf", "items": items}))
    doc.close()
    return pdf, truth


def test_a_keep_item_dark_in_the_source_is_not_counted_as_blacked_out(tmp_path: Path) -> None:
    pdf, truth = _band_report(tmp_path)
    data = json.loads(truth.read_text())
    agency, person = _item(data, "Quarry Hollow Police Department"), _item(data, "Wendeline Astraeus")
    out = _redact(pdf, tmp_path / "out.pdf", [_rect(person)], fill=(0, 0, 0))
    s = score_output(out, truth)  # the source is found beside the truth file
    assert s.recall == 1.0 and s.keep_rate == 1.0, s.misses
    # without the source the band reads as a redaction, as the scorer judged before
    blind = score_output(out, data)
    assert [m.reason for m in blind.misses] and "blacked out" in blind.misses[0].reason
    # a redaction burned over the band item is still a miss: its text is gone from the box
    both = _redact(pdf, tmp_path / "both.pdf", [_rect(agency)], fill=(0, 0, 0))
    gone = score_output(both, truth)
    assert "Quarry Hollow Police Department" in _miss_texts(gone)
    assert "not extractable" in next(m.reason for m in gone.misses if m.item["category"] == "AGENCY")
