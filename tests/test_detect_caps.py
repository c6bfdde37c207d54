"""Document-level detection details: names in ALL-CAPS lines (CAD and RMS exports) read again
in normal case, kept only with a census given name, "SURNAME, GIVEN" taken whole; officers
found by rank on one page kept when named by surname on another."""

from __future__ import annotations

import pytest

from redactkit import Redactor
from redactkit.detect import caps_lines_cased, has_given_name
from redactkit.model import Char, Document, Page, Rect
from redactkit.plan import make_plan


def test_caps_lines_cased_keeps_offsets_and_blanks_other_lines() -> None:
    text = "Narrative in Normal case\nRP: PEMBROOK, DANIEL R CB 217-555-0143\nO'BRIEN-DIAZ AT 400 N OAK ST\n"
    cased = caps_lines_cased(text)
    assert cased is not None and len(cased) == len(text)
    lines = cased.split("\n")
    assert lines[0].strip() == ""
    assert lines[1] == "Rp: Pembrook, Daniel R Cb 217-555-0143"
    assert lines[2] == "O'Brien-Diaz At 400 N Oak St"
    assert caps_lines_cased("Only normal text here.\nAnd HERE one word.") is None


def test_given_name_test_ignores_everyday_words() -> None:
    assert has_given_name("Pembrook, Daniel R")
    assert not has_given_name("Main St") and not has_given_name("Alarm")
    assert not has_given_name("Hunter Green")  # a given name that is an everyday word first


def _detect(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    page = Page(0, 612, 792, 0, "text", text, [None] * len(text), [])
    doc = Document(path="caps.pdf", sha256="0", pages=[page])
    return [(f.entity, f.text) for f in redactor.detector.detect(doc, redactor.policy)]


def test_caps_cad_line_names_found_and_places_left(shared_redactor: Redactor) -> None:
    text = ("1412 DISP RECVD CALL FROM RP PEMBROOK, DANIEL R CB 217-555-0143\n"
            "1415 UNIT 12 ENRT TO 400 N OAK ST RE ALARM - BURG\n")
    persons = [t for e, t in _detect(shared_redactor, text) if e == "PERSON"]
    assert any(p.startswith("PEMBROOK, DANIEL") for p in persons), persons
    assert not any(w in p for p in persons for w in ("OAK", "ALARM", "BURG", "UNIT", "DISP", "RECVD"))



def test_without_the_caps_reading_the_name_is_missed(shared_redactor: Redactor,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """What the second reading is for: NER alone misses the name in capitals. (No role cue
    before the name: a cue such as SUBJ is now read by the person signals on its own.)"""
    from redactkit.detect import engine as detect  # the module whose constant is patched

    text = "1502 LAST SEEN GERALD OSTROWSKI LEFT IN BLUE SEDAN\n"
    assert any("GERALD OSTROWSKI" in t for e, t in _detect(shared_redactor, text) if e == "PERSON")
    monkeypatch.setattr(detect, "CAPS_MIN_WORDS", 10**6)
    persons = [t for e, t in _detect(shared_redactor, text) if e == "PERSON"]
    assert not any("GERALD" in p for p in persons), persons


def _doc(*texts: str) -> Document:
    """Pages of one line each, every glyph 1 pt wide (enough geometry for a plan)."""
    pages = [Page(i, 612, 792, 0, "text", t, [Char(c, Rect(k, 0, k + 1, 10), 0) for k, c in enumerate(t)], [])
             for i, t in enumerate(texts)]
    return Document(path="two.pdf", sha256="0", pages=pages)


def test_officer_surname_on_a_later_page_is_kept(shared_redactor: Redactor) -> None:
    """An officer found by rank on page 1 stays visible when page 2 names them by surname alone
    (the recognizer sees one page at a time); a private person on page 2 is still redacted."""
    doc = _doc("Deputy Jonah Brantley (#5120) responded to the call at 0215 hours.",
               "Body-worn camera footage from Brantley was uploaded. Witness Maria Brindlemoor was present.")
    findings = shared_redactor.detector.detect(doc, shared_redactor.policy)
    base = doc.page_offsets[1]
    p2 = {(f.entity, f.text) for f in findings if f.start >= base}
    assert ("OFFICER", "Brantley") in p2
    assert any(e == "PERSON" and "Brindlemoor" in t for e, t in p2)
    plan = make_plan(doc, findings, shared_redactor.policy)
    assert [r for r in plan.redactions if "Brindlemoor" in r.text]
    assert not [r for r in plan.redactions if "Brantley" in r.text]
