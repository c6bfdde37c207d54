"""Person-position signals (issue 11, first contact): capitalised words in a slot where a person
stands are taken as a name whatever their words (an English word, a given name no lexicon has).
Invented examples, each class with counter-cases that must stay visible (an officer, an agency,
a street, a state, a form header, a capitalised word that is no name)."""

from __future__ import annotations

import pytest

from redactkit.detect.slots import DOB_SCORE, ROLE_SCORE, SLOT_RECOGNIZER, SLOT_REVIEW_SCORE, slot_findings
from redactkit.model import Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _f(text: str, part: str, entity: str = "PERSON", score: float = 0.85) -> Finding:
    start = text.index(part)
    return Finding.make(entity, start, start + len(part), part, score, "test")


def _persons(text: str, found: list[Finding] | None = None) -> list[tuple[str, float]]:
    return [(" ".join(f.text.split()), f.score) for f in slot_findings(text, found or [], POLICY)
            if f.entity == "PERSON"]


# --- after a private role or kinship noun --------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("He called his brother-in-law, Cobalt Quennell-Tamsk, who came at once.", "Cobalt Quennell-Tamsk"),
    ("Her lawyer is Yarrow\nWexcombe-Tillery.", "Yarrow Wexcombe-Tillery"),   # wrapped after the given name
    ("THE WITNESS, LINNET ORLAITH PELLOW (SPELLED OUT), SAID SO.", "LINNET ORLAITH PELLOW"),
    ("THE MOTHER, BRANNAGH ESKER OF ROUTE 9, CALLED.", "BRANNAGH ESKER"),   # cut before "OF"
    ("The student named is Slate Caddick.", "Slate Caddick"),                # English-word given name
    ("His mother, Min-jae Warbler, waited in the lobby.", "Min-jae Warbler"),
])
def test_name_after_a_role_noun(text: str, name: str) -> None:
    got = slot_findings(text, [], POLICY)
    assert [(" ".join(f.text.split()), f.score) for f in got] == [(name, ROLE_SCORE)]
    assert got[0].recognizer == SLOT_RECOGNIZER and "person's position" in got[0].explanation


def test_plural_role_takes_the_whole_list() -> None:
    text = "Seen at the house: children Cobalt (6) and Linnet Marbury (3), both well."
    assert _persons(text) == [("Cobalt", SLOT_REVIEW_SCORE), ("Linnet Marbury", ROLE_SCORE)]
    text = "The witnesses were Ivo Fenwright, Slate Warbler and Yarrow Esker."
    assert [n for n, _ in _persons(text)] == ["Ivo Fenwright", "Slate Warbler", "Yarrow Esker"]


@pytest.mark.parametrize("text", [
    "The driver, Ofc. Fenwright, stopped the car.",                  # an officer after the role
    "The owner, Bluewater Towing, was notified.",                    # a firm
    "The victim's brother, Tennessee State Police, was told.",       # a state
    "THE VAN IS REGISTERED TO QUELLBRIDGE HAULWORKS OF MILLVALE.",   # an owner may be a firm
    "Referred to Millvale County Juvenile Probation for diversion.",  # the role word inside an agency's name
    "Victim Information\nSuspect Vehicle Description",               # form headers
    "DAUGHTER CALLING FOR STATUS",                                    # a verb after a role in capitals
    "The witness, Sgt. Esker Pellow, arrived.",                       # a rank
    "His mother, Elm Street Market's manager, called.",               # a place
])
def test_role_counter_cases(text: str) -> None:
    assert _persons(text) == []


def test_role_slot_skips_a_kept_finding() -> None:
    text = "The caller, Harbor Crisis Line, asked for a welfare check."
    kept = _f(text, "Harbor Crisis Line", entity="AGENCY", score=0.9)
    assert _persons(text, [kept]) == []


# --- a role after the name ----------------------------------------------------------------------

def test_name_before_a_role_in_brackets_or_apposition() -> None:
    text = "No contact with Slate Quennell (the alleged victim) is allowed."
    assert _persons(text) == [("Slate Quennell", ROLE_SCORE)]
    text = "Yarrow Tillery-Esker, the victim's cousin, called at noon."
    assert _persons(text) == [("Yarrow Tillery-Esker", ROLE_SCORE)]


def test_capitalised_role_after_a_title_is_a_unit() -> None:
    # "Specialist II, Victim Services": a job title and a unit, no person
    assert _persons("Thank you,\nClaims Specialist II, Victim Services Unit") == []


# --- coordinated with a name found at full score -------------------------------------------------

def test_names_listed_with_a_found_name() -> None:
    text = "Also present were Linnet Pellow and Cobalt Marbury, who left at midnight."
    got = _persons(text, [_f(text, "Linnet Pellow")])
    assert got == [("Cobalt Marbury", SLOT_REVIEW_SCORE)]
    text = "Brannagh Esker and Linnet Pellow left together."
    assert _persons(text, [_f(text, "Linnet Pellow")]) == [("Brannagh Esker", SLOT_REVIEW_SCORE)]


@pytest.mark.parametrize("text, source", [
    ("Linnet Pellow and Ofc. Tillery spoke at the door.", "Linnet Pellow"),           # an officer
    ("Linnet Pellow and Elm Street Market were named.", "Linnet Pellow"),             # a place
    ("The car was registered to Linnet Pellow, ME 4471 KT.", "Linnet Pellow"),        # a state code
    ("Linnet Pellow, Millvale, was the address given.", "Linnet Pellow"),             # a comma alone
    ("Because Brannagh and Linnet Pellow left, the door was open.", "Linnet Pellow"),  # a sentence's word
])
def test_coordination_counter_cases(text: str, source: str) -> None:
    assert _persons(text, [_f(text, source)]) == []


def test_coordination_needs_a_full_score_source() -> None:
    text = "Also present were Linnet Pellow and Cobalt Marbury."
    assert _persons(text, [_f(text, "Linnet Pellow", score=0.46)]) == []


# --- before a birth date or an age ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The records of the arrest of Rowan Slate Tillery, date of birth May 2, 1996, are sought.",
     "Rowan Slate Tillery"),
    ("SUBJECT MARBURY, COBALT IVO, DOB 03/04/1990", "COBALT IVO"),
])
def test_name_before_a_birth_date(text: str, name: str) -> None:
    assert (name, SLOT_REVIEW_SCORE) in _persons(text)


def test_a_date_after_a_place_is_no_birth_date_slot() -> None:
    assert _persons("Filed at Millvale Court, born of a complaint on 3/4/2026.") == []


def test_the_detector_runs_the_slots(found) -> None:  # type: ignore[no-untyped-def]
    # an English-word given name and a surname no lexicon has, named only by its position
    assert "Slate Quennell-Tamsk" in found("The student named is Slate Quennell-Tamsk, grade 8.")


# --- a birth date right after a person ------------------------------------------------------------

def _dobs(text: str, person: str) -> list[str]:
    return [f.text for f in slot_findings(text, [_f(text, person)], POLICY) if f.entity == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text", [
    "On 11/20/2026 the passenger Linnet Pellow (4/9/1971) was not hurt.",
    "On 11/20/2026 Linnet Pellow, 04/09/1971, was the driver.",
    "On 11/20/2026 Linnet Pellow (niece of owner), 4/9/1971, rode along.",
    "Report of 9 March 2026. Linnet Pellow (9 April 1971) called.",
])
def test_date_right_after_a_person_is_a_birth_date(text: str) -> None:
    got = slot_findings(text, [_f(text, "Linnet Pellow")], POLICY)
    dobs = [f for f in got if f.entity == "DATE_OF_BIRTH"]
    assert len(dobs) == 1 and dobs[0].score == DOB_SCORE and "birth date" in dobs[0].explanation


@pytest.mark.parametrize("text", [
    "Signed by Linnet Pellow (11/20/2026) after the interview of 11/21/2026.",   # a signature's date
    "Linnet Pellow (11/2025) moved in last year; report of 11/20/2026.",        # no day: no date
    "Linnet Pellow (4/9/1971) called.",                                          # no later year to compare
])
def test_recent_or_lone_dates_after_a_person_stay(text: str) -> None:
    assert _dobs(text, "Linnet Pellow") == []


# --- other mentions of a name found by its position -----------------------------------------------

def test_other_mentions_of_a_slot_name() -> None:
    text = ("The student named is Slate Quennell. Later Slate said that QUENNELL was his name; "
            "Slate's bag was found on Quennell Street by the Slate Quennell Trust's staff.")
    got = [f.text for f in slot_findings(text, [], POLICY)]
    # his given name alone and his surname in capitals, possessive included; not a street's, a trust's
    assert got == ["Slate Quennell", "Slate", "Slate", "QUENNELL"]


def test_a_lone_slot_word_is_not_spread() -> None:
    text = "Seen: children Cobalt (6) and Linnet Marbury (3). Cobalt Avenue was quiet. Cobalt slept."
    got = [f.text for f in slot_findings(text, [], POLICY)]
    assert "Cobalt" in got[:1] and got.count("Cobalt") == 1
