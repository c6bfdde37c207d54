"""Plan: policy decisions on findings, overlap rules and rectangles (table-driven, no NLP)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import lines_document
from redactkit.model import Document, Finding
from redactkit.plan import make_plan
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


_doc = lines_document


def _f(doc: Document, text: str, entity: str, score: float = 0.85, recognizer: str = "Test",
       occurrence: int = 0) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return Finding(entity, start, start + len(text), text, score, recognizer, "test")


@pytest.mark.parametrize(
    ("findings", "redacted"),
    [
        # a kept officer span containing the NER name: kept
        ([("Ofc. Daniel Reyes", "OFFICER"), ("Daniel Reyes", "PERSON")], []),
        # partial overlap with a kept span: the redaction stays whole (no leak of "Roe")
        ([("Roe, Deputy Smith", "OFFICER"), ("Jane Roe", "PERSON")], ["Jane Roe"]),
        # an incident date (DATE_TIME, kept) never cuts a date of birth
        ([("07/19/1983", "DATE_TIME"), ("07/19/1983", "DATE_OF_BIRTH")], ["07/19/1983"]),
        # a kept case number inside a longer candidate splits it
        ([("2024-001873", "CASE_NUMBER"), ("Maria Gutierrez 2024-001873 Chen", "PERSON")],
         ["Maria Gutierrez", "Chen"]),
        # below the PERSON threshold: dropped
        ([("Maria Gutierrez", "PERSON", 0.3)], []),
        # an entity the policy neither redacts nor keeps: ignored
        ([("Springfield", "LOCATION")], []),
    ],
)
def test_policy_decisions(tmp_path: Path, findings: list[tuple], redacted: list[str]) -> None:
    doc = _doc(tmp_path, [
        "Ofc. Daniel Reyes met Jane Roe, Deputy Smith's wife, in Springfield.",
        "DOB 07/19/1983. Maria Gutierrez 2024-001873 Chen was present.",
    ])
    fs = [_f(doc, t[0], t[1], *(t[2:] if len(t) > 2 else ())) for t in findings]
    plan = make_plan(doc, fs, POLICY)
    assert [r.text for r in plan.redactions] == redacted


def test_span_over_a_line_break_gets_one_rect_per_line(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["The victim was Maria", "Gutierrez of Springfield."])
    plan = make_plan(doc, [_f(doc, "Maria\nGutierrez", "PERSON")], POLICY)
    (r,) = plan.redactions
    assert len(r.rects) == 2 and r.rects[0].y1 < r.rects[1].y0
    assert r.exemption == POLICY.redact["PERSON"].code and r.reason


def test_ids_are_stable_and_context_marks_the_span(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Witness Maria Gutierrez said so."])
    a = make_plan(doc, [_f(doc, "Maria Gutierrez", "PERSON")], POLICY)
    b = make_plan(doc, [_f(doc, "Maria Gutierrez", "PERSON")], POLICY)
    assert [r.id for r in a.redactions] == [r.id for r in b.redactions]
    assert "[[Maria Gutierrez]]" in a.redactions[0].context


def test_deny_list_finding_is_never_kept(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Ofc. Daniel Reyes wrote this."])
    fs = [_f(doc, "Ofc. Daniel Reyes", "OFFICER"), _f(doc, "Daniel Reyes", "PERSON", 1.0, "deny_list:PERSON")]
    assert [r.text for r in make_plan(doc, fs, POLICY).redactions] == ["Daniel Reyes"]


@pytest.mark.parametrize(
    ("findings", "redacted"),
    [
        # NER took the town of an address's city line for a person: not redacted anywhere
        ([("Alder Ford", "PERSON"), ("Alder Ford", "PERSON", 0.85, "Test", 1)], []),
        # ... but the private address holding it stays redacted whole
        ([("Alder Ford", "PERSON"), ("9 Elm Road, Alder Ford, ME 04999", "ADDRESS")],
         ["9 Elm Road, Alder Ford, ME 04999"]),
        # touching an address candidate cut short before its town: redacted with it
        ([("Alder Ford", "PERSON", 0.85, "Test", 1), ("9 Elm Road", "ADDRESS")],
         ["9 Elm Road", "Alder Ford", "Alder Ford"]),
        # a courtesy title makes it a person's name (and rule 5 redacts it everywhere)
        ([("Vale", "PERSON", 0.85, "Test", 1)], ["Vale", "Vale", "Vale"]),
        # so does a longer PERSON candidate holding it
        ([("Osric Vale", "PERSON"), ("Vale", "PERSON", 0.85, "Test", 2)], ["Osric Vale", "Vale", "Vale"]),
        # the town of a kept agency name is a place too
        ([("Fennick Police Department", "AGENCY"), ("Fennick", "PERSON", 0.85, "Test", 1)], []),
    ],
)
def test_town_names_are_not_persons(tmp_path: Path, findings: list[tuple], redacted: list[str]) -> None:
    doc = _doc(tmp_path, [
        "Alder Ford resident Osric Vale called. Mr. Vale lives at 9 Elm Road, Alder Ford, ME 04999.",
        "Fennick Police Department took the call; Fennick is ten miles north.",
        "Vale, ME 04000 is another town.",
    ])
    fs = [_f(doc, t[0], t[1], *(t[2:] if len(t) > 2 else ())) for t in findings]
    plan = make_plan(doc, fs, POLICY)
    assert sorted(r.text for r in plan.redactions) == sorted(redacted)


@pytest.mark.parametrize("town_first", [True, False])
def test_public_street_and_its_town_line_cut_a_letterhead_address_whole(tmp_path: Path,
                                                                       town_first: bool) -> None:
    # a letterhead street and its town line are kept as two public spans; the address candidate
    # over both lines must leave nothing, whichever kept span is looked at first
    doc = _doc(tmp_path, ["77 Quillmoor Street", "Fenwick Hollow, OR 97000", "Fenwick Hollow Police"])
    address = _f(doc, "77 Quillmoor Street\nFenwick Hollow, OR 97000", "ADDRESS", 0.9)
    kept = [_f(doc, "Fenwick Hollow, OR 97000", "PUBLIC_PLACE", 0.8),
            _f(doc, "77 Quillmoor Street", "PUBLIC_PLACE", 0.8)]
    plan = make_plan(doc, [address, *(kept if town_first else kept[::-1])], POLICY)
    assert [r.text for r in plan.redactions] == []


def test_offence_word_taken_for_a_name_elsewhere_stays_in_the_kept_offence_title(tmp_path: Path) -> None:
    # NER took a lone offence word for a person on one line; rule 5 must not black it out inside
    # the kept offence title, but a name inside a kept title is still redacted where it is redacted
    doc = _doc(tmp_path, ["Burglary (see page 2). Petrov was there.",
                          "He was booked for Aggravated Burglary near Petrov's shed."])
    fs = [_f(doc, "Burglary", "PERSON"), _f(doc, "Petrov", "PERSON"),
          _f(doc, "Aggravated Burglary near Petrov", "OFFENSE")]
    plan = make_plan(doc, fs, POLICY)
    texts = [r.text for r in plan.redactions]
    assert texts.count("Burglary") == 1
    assert texts.count("Petrov") == 2
