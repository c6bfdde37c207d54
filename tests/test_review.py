"""Review bundle, apply and exemption index, end to end on a sample report.

propose -> decisions (reject some, accept some, leave some undecided, add a manual
box) -> apply: the output holds exactly the accepted + undecided + manual boxes,
verification passed, and the log holds the decisions.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import struct
from dataclasses import replace
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from conftest import redaction_for
from redactkit.cli import main
from redactkit.ingest import ingest_pdf
from redactkit.model import Kept, Plan, Rect
from redactkit.policy import load_policy
from redactkit.report import RedactionLog
from redactkit.review import REVIEW_MARK, ReviewBundle, propose_bundle, read_plan_file, write_bundle
from redactkit.review.decisions import DECISIONS_SCHEMA

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_docs" / "incident_report_001.pdf"


@pytest.fixture
def bundle(tmp_path: Path, shared_redactor: Any) -> tuple[Path, ReviewBundle]:
    src = tmp_path / "src" / "report.pdf"
    src.parent.mkdir()
    shutil.copy(SAMPLE, src)
    return src, propose_bundle(shared_redactor, src, tmp_path / "review")


def _word_rect(pdf: Path, word: str) -> Rect:
    with pymupdf.open(pdf) as doc:
        hits = doc[0].search_for(word)
    assert hits, word
    r = hits[0]
    return Rect(r.x0, r.y0, r.x1, r.y1)


def _black_boxes(pdf: Path) -> list[Rect]:
    with pymupdf.open(pdf) as doc:
        return [Rect(*item[1]) for d in doc[0].get_drawings()
                if d.get("fill") is not None and max(d["fill"]) < 0.05
                for item in d["items"] if item[0] == "re"]


def test_bundle_files(bundle: tuple[Path, ReviewBundle]) -> None:
    src, paths = bundle
    plan = read_plan_file(paths.plan_json)
    assert plan.source == src.resolve() and plan.policy_ref == "police-public-release"
    assert plan.plan.redactions and all(r.status == "proposed" for r in plan.plan.redactions)

    with pymupdf.open(paths.proposed_pdf) as doc, pymupdf.open(src) as orig:
        assert REVIEW_MARK in doc.metadata["title"] and REVIEW_MARK in doc.metadata["subject"]
        for page, opage in zip(doc, orig, strict=True):
            text = page.get_text()
            assert text.count(REVIEW_MARK) >= 2  # top and bottom (+ the diagonal one)
            for line in opage.get_text().splitlines():  # nothing removed
                assert line in text
        labels = doc[0].get_text()
        for r in plan.plan.redactions:
            assert f"{r.id} {r.entity} {r.exemption}" in labels

    html = paths.review_html.read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("data:image/png;base64,") == 1  # the sample has one page
    assert "Content-Security-Policy" in html and "default-src 'none'" in html

    diff = paths.diff_txt.read_text()
    assert "=== page 1 ===" in diff
    assert "-Name: CHEN, LINDA M." in diff and "+Name: [(b)(7)(C)]" in diff

    log = RedactionLog.read(paths.log_json)
    assert log.output is None and not log.passed
    assert len(log.redactions) == len(plan.plan.redactions)
    assert {r.status for r in log.redactions} == {"proposed"}


def test_propose_apply_end_to_end(bundle: tuple[Path, ReviewBundle], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    src, paths = bundle
    plan = read_plan_file(paths.plan_json).plan
    by_text: dict[str, list[str]] = {}
    for r in plan.redactions:
        by_text.setdefault(r.text, []).append(r.id)
    rejected = by_text["rokafor@example.com"] + by_text["DX 48213"]
    accepted = by_text["CHEN, LINDA M."] + by_text["07/22/1961"]
    manual_rect = _word_rect(src, "pharmacist").padded(0.5)
    decisions = {
        "schema": DECISIONS_SCHEMA, "document": "report.pdf", "source_sha256": plan.source_sha256,
        "reviewer": "Sgt. A. Records", "timestamp": "2026-11-29T10:00:00Z",
        "decisions": [{"id": i, "action": "reject", "note": "public"} for i in rejected]
        + [{"id": i, "action": "accept", "note": ""} for i in accepted]
        + [{"action": "manual", "page": 0, "rect": manual_rect.to_list(), "exemption": "(b)(6)",
            "reason": "occupation identifies the victim", "note": "small building"}],
    }
    dfile = tmp_path / "my-decisions.json"
    dfile.write_text(json.dumps(decisions))
    out = tmp_path / "out"

    assert main(["apply", str(paths.plan_json.parent), "-o", str(out), "--decisions", str(dfile)]) == 0
    assert "reviewed by Sgt. A. Records" in capsys.readouterr().err

    log = RedactionLog.read(out / "report.log.json")
    assert log.passed and log.verification is not None and log.verification.passed
    assert log.output is not None and Path(log.output["path"]) == out / "report.redacted.pdf"
    status = {r.id: r.status for r in log.redactions}
    assert all(status[i] == "rejected" for i in rejected)
    assert all(status[i] == "accepted" for i in accepted)
    manual = [r for r in log.redactions if r.status == "manual"]
    assert len(manual) == 1 and manual[0].text == "pharmacist" and manual[0].exemption == "(b)(6)"
    # the log holds the decisions, the reviewer and the time
    assert len(log.decisions) == len(decisions["decisions"])
    assert {d.reviewer for d in log.decisions} == {"Sgt. A. Records"}
    assert {d.timestamp for d in log.decisions} == {"2026-11-29T10:00:00Z"}
    assert [d.action for d in log.decisions].count("manual") == 1
    assert any("reviewed by Sgt. A. Records" in w for w in log.warnings)

    # exactly the burned boxes: accepted + undecided (proposed) + manual, none for rejected ones
    burned = [rect for r in log.redactions if r.status != "rejected" for rect in r.rects]
    boxes = _black_boxes(out / "report.redacted.pdf")
    assert len(boxes) == len(burned)
    for want in burned:
        assert any(b.overlap_area(want) >= 0.95 * want.width * want.height for b in boxes), want
    for rid in rejected:
        rect = next(r for r in log.redactions if r.id == rid).rects[0]
        assert not any(b.overlap_area(rect) > 0 for b in boxes)
    with pymupdf.open(out / "report.redacted.pdf") as doc:
        page = doc[0]
        text = page.get_text()
        assert "rokafor@example.com" in text and "DX 48213" in text  # rejected: still visible
        assert "pharmacist" not in text and "CHEN, LINDA M." not in text and "07/22/1961" not in text
        for want in burned:
            under = page.get_textbox(pymupdf.Rect(*want.padded(-1.0).to_list())).strip()
            assert re.fullmatch(r"[()b0-9A-F ]*", under), (want, under)  # only the exemption label

    # the public index never holds redacted text
    idx = tmp_path / "index"
    assert main(["index", str(out / "report.log.json"), "-o", str(idx)]) == 0
    csv_text = (idx / "exemption-index.csv").read_text()
    html = (idx / "exemption-index.html").read_text()
    assert csv_text.splitlines()[0] == "document,page,exemption,reason,count"
    assert "report.redacted.pdf,1,(b)(6),occupation identifies the victim,1" in csv_text
    total = sum(int(line.rsplit(",", 1)[1]) for line in csv_text.splitlines()[1:])
    assert total == len([r for r in log.redactions if r.status != "rejected"])
    for r in log.redactions:
        for secret in {r.text, *r.text.split()}:
            if len(secret) >= 4:
                assert secret not in csv_text and secret not in html, secret
        assert not r.context or r.context not in html


def test_apply_refuses_changed_source(bundle: tuple[Path, ReviewBundle], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    src, paths = bundle
    with pymupdf.open(src) as doc:
        doc.set_metadata({"title": "edited after the proposal"})
        doc.saveIncr()
    out = tmp_path / "out"
    assert main(["apply", str(paths.plan_json.parent), "-o", str(out), "--accept-unreviewed"]) == 2
    assert "changed since the proposal (SHA-256 differs" in capsys.readouterr().err
    assert not (out / "report.redacted.pdf").exists()


def test_apply_rejects_bad_decisions(bundle: tuple[Path, ReviewBundle], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    _, paths = bundle
    plan = read_plan_file(paths.plan_json).plan
    bad = {"schema": DECISIONS_SCHEMA, "document": "report.pdf", "source_sha256": plan.source_sha256,
           "reviewer": "x", "decisions": [{"action": "manual", "page": 0, "rect": [0, 0, 10, 10],
                                           "exemption": "(b)(42)"}]}
    # a decisions file beside the plan is picked up without --decisions
    (paths.plan_json.parent / "report.decisions.json").write_text(json.dumps(bad))
    assert main(["apply", str(paths.plan_json.parent), "-o", str(tmp_path / "out")]) == 2
    assert "decision 1 (manual): exemption code '(b)(42)'" in capsys.readouterr().err


def test_rotated_page_bundle(pdf_factory: Any, tmp_path: Path) -> None:
    """Plan rects stay in unrotated space; the review page shows them where the page displays them."""
    from conftest import redaction_for
    from redactkit.ingest import ingest_pdf
    from redactkit.model import Plan
    from redactkit.policy import load_policy
    from redactkit.review import write_bundle

    doc = ingest_pdf(pdf_factory(rotation=90))
    red = redaction_for(doc, "Maria Gutierrez", rid="rmaria")
    plan = Plan(doc.path, doc.sha256, "police-public-release", "x", [red])
    paths = write_bundle(doc, plan, load_policy(None), tmp_path / "review")
    pf = read_plan_file(paths.plan_json)
    assert pf.page_sizes == [(612.0, 792.0)]  # unrotated, like the plan's rects
    data = json.loads(re.search(r'id="data">(.*?)</script>', paths.review_html.read_text(), re.S)
                      .group(1))  # type: ignore[union-attr]
    page = data["pages"][0]
    assert (page["width"], page["height"]) == (792.0, 612.0)  # as displayed
    x0, y0, x1, y1 = data["redactions"][0]["drects"][0]
    r = red.rects[0]
    assert (round(x1 - x0, 1), round(y1 - y0, 1)) == (round(r.height, 1), round(r.width, 1))
    with pymupdf.open(paths.proposed_pdf) as out:
        assert out[0].rotation == 90 and REVIEW_MARK in out[0].get_text()


def _page_data(html: str) -> Any:
    return json.loads(re.search(r'id="data">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]


def test_bundle_data_char_map_kept_and_needs_review(pdf_factory: Any, tmp_path: Path) -> None:
    """The page carries what it needs offline: the glyph map (search), kept spans with rects, review flags."""
    doc = ingest_pdf(pdf_factory())
    policy = load_policy(None)
    sure = redaction_for(doc, "Maria Gutierrez", rid="rsure")
    sure = replace(sure, score=0.99)
    shaky = replace(redaction_for(doc, "Chen", occurrence=1, rid="rshaky"),
                    score=policy.threshold("PERSON") + 0.01)
    k0 = doc.pages[0].text.index("Det. Chen")
    kept = Kept(page=0, start=k0, end=k0 + len("Det. Chen"), text="Det. Chen", entity="OFFICER",
                why="kept by policy")
    plan = Plan(doc.path, doc.sha256, policy.name, policy.sha256, [sure, shaky], kept=[kept])
    paths = write_bundle(doc, plan, policy, tmp_path / "review")
    html = paths.review_html.read_text()
    data = _page_data(html)
    assert "</script" not in html.split('id="data">', 1)[1].split("</script>", 1)[0]

    # char map: the page text and one packed box per character, covering the ingested glyph box
    page = doc.pages[0]
    cm = data["chars"][0]
    assert cm["t"] == page.text
    raw = base64.b64decode(cm["b"])
    assert len(raw) == 8 * len(page.text)
    i = page.text.index("kitchen")
    for k in range(i, i + len("kitchen")):
        ch = page.chars[k]
        assert ch is not None
        q = [v * cm["s"] for v in struct.unpack_from("<4H", raw, 8 * k)]
        assert q[0] <= ch.rect.x0 < q[0] + 0.11 and q[1] <= ch.rect.y0
        assert ch.rect.x1 <= q[2] and ch.rect.y1 <= q[3]
    sep = next(k for k, ch in enumerate(page.chars) if ch is None)
    assert struct.unpack_from("<4H", raw, 8 * sep) == (65535,) * 4  # a separator has no glyph

    # kept spans are shown: text, why, and the rect of their glyphs
    (kb,) = data["kept"]
    assert (kb["text"], kb["entity"], kb["page"]) == ("Det. Chen", "OFFICER", 0)
    (rect,) = kb["rects"]
    first, last = page.chars[k0], page.chars[k0 + len("Det. Chen") - 1]
    assert first is not None and last is not None
    assert rect[0] <= first.rect.x0 + 0.1 and rect[2] >= last.rect.x1 - 0.1 and len(kb["drects"]) == 1

    # needs review: the score close to the threshold, not the sure one
    review = {r["id"]: r["review"] for r in data["redactions"]}
    assert review["rsure"] == [] and "close to the threshold" in review["rshaky"][0]
    assert data["pages"][0]["usize"] == [612.0, 792.0]


def test_review_page_escapes_script_end_in_text(pdf_factory: Any, tmp_path: Path) -> None:
    """Page text holding '</script>' or '<!--' cannot end the data element early."""
    doc = ingest_pdf(pdf_factory(lines=["Note </script><script>alert(1)</script> <!-- x", "Maria Gutierrez"]))
    policy = load_policy(None)
    plan = Plan(doc.path, doc.sha256, policy.name, policy.sha256, [])
    html = write_bundle(doc, plan, policy, tmp_path / "review").review_html.read_text()
    assert html.count("<script") == 2 and "<!--" not in html
    assert "</script><script>alert" in _page_data(html)["chars"][0]["t"]
