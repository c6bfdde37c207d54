"""The uncertainty tier (needs_review) and plan-time consistency (invented examples)."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from conftest import lines_document
from redactkit.errors import PolicyError
from redactkit.model import Document, Finding, Plan
from redactkit.plan import CONSISTENCY_RECOGNIZER, make_plan, settle_uncertain
from redactkit.policy import load_policy
from redactkit.review.pagedata import needs_review

POLICY = load_policy("police-public-release")


_doc = lines_document


def _f(doc: Document, text: str, entity: str, score: float, occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Finding.make(entity, start, start + len(text), text, score, "Test", "test")


def _policy(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(f"name: mine\nextends: [police-public-release]\n{extra}", encoding="utf-8")
    return path


def test_policy_settings_and_their_defaults(tmp_path: Path) -> None:
    assert (POLICY.uncertain, POLICY.review_floor) == ("redact", 0.45)
    mine = load_policy(_policy(tmp_path, "uncertain: keep\nreview_floor: 0.3\n"))
    assert (mine.uncertain, mine.review_floor) == ("keep", 0.3)
    with pytest.raises(PolicyError, match="uncertain"):
        load_policy(_policy(tmp_path, "uncertain: maybe\n"))


@pytest.mark.parametrize(("score", "status"), [(0.7, "proposed"), (0.45, "needs_review"), (0.4, None)])
def test_a_finding_between_floor_and_threshold_needs_review(
    tmp_path: Path, score: float, status: str
) -> None:
    doc = _doc(tmp_path, ["Call back at 5415550142 after noon."])
    plan = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", score)], POLICY)
    assert [r.status for r in plan.redactions] == ([status] if status else [])
    if status == "needs_review":
        assert "score 0.45 is under the PHONE_NUMBER threshold 0.50" in plan.redactions[0].explanation


def test_the_review_page_flags_the_detectors_uncertain_tier(tmp_path: Path) -> None:
    """A needs_review proposal gets the page's needs-review overlay with the detector's reason;
    a sure one on the same text does not."""
    doc = _doc(tmp_path, ["Call back at 5415550142 after noon."])
    unsure = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", 0.45)], POLICY).redactions[0]
    sure = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", 0.95)], POLICY).redactions[0]
    assert any(w.startswith("detector unsure") and "threshold" in w for w in needs_review(unsure, POLICY))
    assert needs_review(sure, POLICY) == []


def test_a_sure_finding_on_the_same_span_makes_it_sure(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Call back at 5415550142 after noon."])
    plan = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", 0.45),
                           _f(doc, "5415550142", "PHONE_NUMBER", 0.85)], POLICY)
    assert [r.status for r in plan.redactions] == ["proposed"]


def test_uncertain_keep_leaves_needs_review_unburned_and_says_so(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Call back at 5415550142 or 541-555-0199."])
    keep = load_policy(_policy(tmp_path, "uncertain: keep\n"))
    plan = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", 0.45),
                           _f(doc, "541-555-0199", "PHONE_NUMBER", 0.85)], keep)
    assert plan.uncertain == "keep"
    assert [r.text for r in plan.active()] == ["541-555-0199"]
    settled = settle_uncertain(plan)
    by_text = {r.text: r for r in settled.redactions}
    assert by_text["5415550142"].status == "rejected"
    assert "uncertain: keep" in by_text["5415550142"].explanation
    assert Plan.from_dict(json.loads(json.dumps(plan.to_dict()))).uncertain == "keep"
    # with the default (redact) the needs_review redaction is burned
    default = make_plan(doc, [_f(doc, "5415550142", "PHONE_NUMBER", 0.45)], POLICY)
    assert [r.status for r in settle_uncertain(default).active()] == ["needs_review"]


def test_a_string_redacted_in_one_place_is_redacted_everywhere(tmp_path: Path) -> None:
    # NER took the officer's given name for a private person's in "Quillon, Anselm"; the
    # officer is kept by rank elsewhere. The plan must not show what it redacts.
    doc = _doc(tmp_path, ["Witness list: Quillon, Anselm (see page 2).",
                          "Sgt. Anselm Quillon took the statement."])
    findings = [_f(doc, "Anselm", "PERSON", 0.85), _f(doc, "Sgt. Anselm Quillon", "OFFICER", 0.95)]
    plan = make_plan(doc, findings, POLICY)
    texts = sorted((r.text, r.status) for r in plan.redactions)
    assert texts == [("Anselm", "needs_review"), ("Anselm", "proposed")]
    added = [r for r in plan.redactions if r.status == "needs_review"][0]
    assert added.recognizer == CONSISTENCY_RECOGNIZER or "consistency" in added.explanation


def test_a_form_label_taken_for_a_name_is_kept(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Owner: Odalys Brenneman", "Owner signature on file."])
    findings = [_f(doc, "Owner", "PERSON", 0.85, 1), _f(doc, "Odalys Brenneman", "PERSON", 0.85)]
    plan = make_plan(doc, findings, POLICY)
    assert [r.text for r in plan.redactions] == ["Odalys Brenneman"]
    assert any(k.text == "Owner" and "label" in k.why for k in plan.kept)


@pytest.mark.slow
def test_redact_records_the_choice_and_is_not_withheld(tmp_path: Path) -> None:
    from redactkit.api import Redactor

    src = tmp_path / "r.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    for i, line in enumerate(["Reporting party: Quillon, Anselm. Ref TN QRT 4410 on file.",
                              "Sgt. Anselm Quillon #412 arrived at 2210 hours.",
                              "The caller said the garage door was open."]):
        page.insert_text((72, 100 + 14 * i), line, fontsize=11)
    pdf.save(src)
    for setting in ("redact", "keep"):
        policy = load_policy(_policy(tmp_path, f"uncertain: {setting}\n"))
        log = Redactor(policy).redact(src, tmp_path / f"out-{setting}.pdf")
        assert log.verification.passed
        assert log.policy["uncertain"] == setting
        reviewed = [r for r in log.redactions if "needs review: score" in r.explanation]
        assert [r.text for r in reviewed] == ["TN QRT 4410"]
        assert reviewed[0].status == ("needs_review" if setting == "redact" else "rejected")
        with pymupdf.open(tmp_path / f"out-{setting}.pdf") as out:
            shown = out[0].get_text()
        assert ("QRT 4410" in shown) == (setting == "keep")
        for r in log.redactions:  # whatever the plan redacts is nowhere left visible
            if r.status != "rejected":
                assert " ".join(r.text.split()) not in " ".join(shown.split())
