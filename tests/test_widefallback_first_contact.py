"""Classes that recur at first contact with a new record kind (issue 11), each sent to review by
the wide fallback: a "SURNAME, GIVEN" field of which only one half was found, name words inside a
longer capitalised run (a line in capitals, a sentence's first words), a romanised hyphenated
given name whose parts are English words. Invented examples, each with a counter-case that must
stay visible."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.detect.widefallback import (
    ADJACENT_RECOGNIZER,
    RUN_RECOGNIZER,
    WIDE_SCORE,
    adjacent_name_findings,
    comma_field_findings,
    ordinary_word,
    trimmed_run_findings,
)
from redactkit.model import Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _f(text: str, part: str, entity: str = "PERSON", score: float = 0.85) -> Finding:
    start = text.index(part)
    return Finding.make(entity, start, start + len(part), part, score, "test")


# --- the other half of a "SURNAME, GIVEN" field -------------------------------------------------

@pytest.mark.parametrize("text, found, other", [
    ("Driver 2: KORRIGAN, ITHAMAR D / DOB 02-14-1991", "ITHAMAR", "KORRIGAN"),
    ("R/O: DRELLING, ORSOLYA M", "DRELLING", "ORSOLYA"),
    ("Compl | Morwick, Zenobar | 555-0100", "Zenobar", "Morwick"),
])
def test_other_half_of_a_comma_field_goes_to_review(text: str, found: str, other: str) -> None:
    got = comma_field_findings(text, [_f(text, found, score=WIDE_SCORE)], POLICY)
    assert [f.text for f in got] == [other]
    assert got[0].score == WIDE_SCORE and got[0].recognizer == ADJACENT_RECOGNIZER


@pytest.mark.parametrize("text, found", [
    ("Charge: THEFT, ULVESTAD", "ULVESTAD"),          # an offence word is no name half
    ("Location: SALEM, KESWICK", "KESWICK"),         # ... nor a place word
    ("In the end, Farrant said no.", "Farrant"),      # prose, not a field of its own
])
def test_comma_field_counter_cases(text: str, found: str) -> None:
    assert comma_field_findings(text, [_f(text, found)], POLICY) == []


def test_comma_field_both_halves_found_adds_nothing() -> None:
    text = "Owner: HALLGRIM, KAELEN"
    assert comma_field_findings(text, [_f(text, "HALLGRIM"), _f(text, "KAELEN")], POLICY) == []


# --- name words inside a longer capitalised run ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("CONTACTED ORSOLYA QUILLANE-BRISKO BY PHONE.", "ORSOLYA QUILLANE-BRISKO"),
    ("1430  UNIT 12 OUT WITH JAROSLAW TEBBITT AT THE LOT", "JAROSLAW TEBBITT"),
    ("DIVE TEAM MEMBER ITHAMAR CADORET LOCATES THE KAYAK.", "ITHAMAR CADORET"),
    ("Contacted Zenobar Quillane by phone.", "Zenobar Quillane"),
])
def test_name_words_inside_a_capitalised_run_go_to_review(text: str, name: str) -> None:
    got = trimmed_run_findings(text, [], POLICY)
    assert [f.text for f in got] == [name]
    assert got[0].score == WIDE_SCORE and got[0].recognizer == RUN_RECOGNIZER


@pytest.mark.parametrize("text", [
    "CALLED CADORET PLUMBING FOR A LOCKOUT.",     # a trade word after it: a business
    "ASSIST SGT. PELLOW WITH TRAFFIC CONTROL.",   # after a rank: an officer, left to those rules
    "RESPONDED TO WEST KESWICK AVENUE.",          # a street
    "UNIT 12 CLEARED THE SCENE AT 1500 HRS.",     # ordinary words only
])
def test_capitalised_run_counter_cases(text: str) -> None:
    assert trimmed_run_findings(text, [], POLICY) == []


def test_run_word_of_a_kept_officer_is_explained() -> None:
    text = "Ofc. Dusenbury 41 arrived.\nSPOKE WITH DUSENBURY ABOUT THE LOT."
    kept = _f(text, "Dusenbury", "OFFICER")
    assert trimmed_run_findings(text, [kept], POLICY) == []


def test_run_words_beside_a_kept_name_are_explained() -> None:
    text = "Officer Ithamar Pellow reviewed.\nReview: Battalion Chief Ithamar Pellow-Brisko (B-2)"
    kept = _f(text, "Ithamar Pellow", "OFFICER")
    assert trimmed_run_findings(text, [kept], POLICY) == []


# --- a romanised hyphenated given name -------------------------------------------------------------

def test_hyphenated_given_name_is_no_ordinary_word() -> None:
    assert not ordinary_word("Min-jun")
    assert ordinary_word("Drop-off") and ordinary_word("Walk-in") and ordinary_word("Ex-wife")
    assert ordinary_word("Co-op") and ordinary_word("Re-entry")  # English words with a hyphen put in
    assert ordinary_word("Half-sister") and ordinary_word("Ex-con")  # two English words


def test_hyphenated_given_name_before_a_found_surname(found: Any) -> None:
    assert "Min-jun" in " ".join(found("Min-jun Dusenbury, her brother, drove her home."))


def test_hyphenated_word_before_a_name_stays(found: Any) -> None:
    assert not any("Follow-up" in f for f in found("Follow-up Dusenbury interview set for Monday."))


# --- a census given name that is also an English word, right before a found surname ----------------

@pytest.mark.parametrize("text, found, given", [
    ("Later that day Willow Dusenbury arrived.", "Dusenbury", "Willow"),
    ("Nov 18, 2026\n\nHazel Odrey\n88 Birch Row", "Odrey", "Hazel"),
])
def test_word_given_name_before_a_surname_goes_to_review(text: str, found: str, given: str) -> None:
    got = adjacent_name_findings(text, [_f(text, found)], POLICY)
    assert [f.text for f in got] == [given] and got[0].score == WIDE_SCORE


@pytest.mark.parametrize("text, found", [
    ("Funds went to the Willow Dusenbury Trust.", "Dusenbury"),   # after an article: a thing's name
    ("Ofc. Hazel Odrey took the report.", "Odrey"),               # after a rank: an officer
])
def test_word_given_name_counter_cases(text: str, found: str) -> None:
    assert adjacent_name_findings(text, [_f(text, found)], POLICY) == []
