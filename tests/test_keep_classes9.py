"""Keep-rate classes of issue 11 (round 9), each with invented examples and a counter-case: a
private person in the same position is still redacted."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.detect.given_before import given_before_findings
from redactkit.detect.officers import resolve_shared_names
from redactkit.detect.towns import town_persons
from redactkit.model import Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")

# --- public responders named by an EMS, fire, corrections or civilian-police title --------------


@pytest.mark.parametrize("text, official", [
    ("1402 Patient moved to the cot by Paramedic Ebbe Quastwick-Ferro.", "Ebbe Quastwick-Ferro"),
    ("Crew: EMT-B Thorfinna Vantongerloo-Ash (driver)", "Thorfinna Vantongerloo-Ash"),
    ("Attending: EMT-P Crispin Nwaubani-Fitch", "Crispin Nwaubani-Fitch"),
    ("Checks made by CSO Brunhardt Teekstrabe on 3 days.", "Brunhardt Teekstrabe"),
    ("Observed by Corrections Ofc. Hesperine Yarrowgate-Bo for 20 minutes.", "Hesperine Yarrowgate-Bo"),
    ("RECORDS SPEC. LAZARUS MBEKWE-STRAND confirmed the entry.", "LAZARUS MBEKWE-STRAND"),
    ("Firefighter Wolmar Pfenderlitz vented the roof.", "Wolmar Pfenderlitz"),
])
def test_responders_named_by_their_title_stay_visible(found: Any, text: str, official: str) -> None:
    got = found(text)
    assert not any(official in g or g in official.split() for g in got), got


@pytest.mark.parametrize("text, person", [
    # the same names as the patient, a neighbour, the inmate: no title before them
    ("1402 Patient Ebbe Quastwick-Ferro moved to the cot.", "Ebbe Quastwick-Ferro"),
    ("Neighbour Brunhardt Teekstrabe will collect the mail.", "Brunhardt Teekstrabe"),
    ("Inmate Hesperine Yarrowgate-Bo refused the test.", "Hesperine Yarrowgate-Bo"),
    # a title word used as an ordinary noun, after the name, is no rank before it
    ("The caller, Wolmar Pfenderlitz, said a paramedic had left.", "Wolmar Pfenderlitz"),
])
def test_private_persons_in_the_same_position_are_still_redacted(found: Any, text: str, person: str) -> None:
    got = found(text)
    assert any(person in g for g in got), got



def _span(text: str, entity: str, part: str) -> Finding:
    s = text.index(part)
    return Finding(entity, s, s + len(part), part, 0.85, "test", "")


def test_ner_person_over_the_rank_words_before_an_officer_is_the_officers_title() -> None:
    text = "Observed by Corrections Ofc. Hesperine Yarrowgate-Bo for 20 minutes."
    officer = _span(text, "OFFICER", "Hesperine Yarrowgate-Bo")
    out = resolve_shared_names(text, [officer, _span(text, "PERSON", "Corrections")])
    assert [(f.entity, f.text) for f in out] == [("OFFICER", "Hesperine Yarrowgate-Bo")]


def test_a_private_name_before_an_officer_is_no_rank() -> None:
    # "Witness Gwenllian Ferrabosco, Ofc. ..." : a name, not rank words, so it stays a private person
    text = "Witness Gwenllian Ferrabosco Ofc. Hesperine Yarrowgate-Bo took the statement."
    officer = _span(text, "OFFICER", "Hesperine Yarrowgate-Bo")
    out = resolve_shared_names(text, [officer, _span(text, "PERSON", "Gwenllian Ferrabosco")])
    assert ("PERSON", "Gwenllian Ferrabosco") in [(f.entity, f.text) for f in out]


# --- an offence title before a code cited by a state's initials ("X.S.A.", "X.Y.G.S.") ----------


@pytest.mark.parametrize("text, offence", [
    ("Grounds: Sale of Ketamine (Q.S.A. 31-7702) on the premises.", "Ketamine"),
    ("Charge 2: Possession of Contraband by an Inmate (Q.Z.G.S. 15-301.4)", "Inmate"),
])
def test_an_offence_title_before_an_initials_code_citation_stays_visible(found: Any, text: str,
                                                                         offence: str) -> None:
    got = found(text)
    assert not any(offence in g for g in got), got


def test_a_name_before_initials_that_are_no_code_is_still_redacted(found: Any) -> None:
    # initials without a statute's "S.A." or "G.S." ending, or a phone number after them: no citation
    got = found("Complainant Brisemonde Kettlewick-Ohm (Q.Z.T. 12-34) called back.")
    assert any("Kettlewick-Ohm" in g for g in got), got
    got = found("Complainant Brisemonde Kettlewick-Ohm (Q.S.A. 555-0144) called back.")
    assert any("Kettlewick-Ohm" in g for g in got), got


# --- a town named "X City": NER's PERSON over "X" alone is the town, no name to spread ----------


def test_the_first_word_of_an_x_city_town_is_no_propagation_source() -> None:
    text = "Owner: 14 Elm Road, Zembrowicz City, QX 66001\ncc: Zembrowicz City Attorney\n"
    at = text.index("Zembrowicz", 40)
    ner = Finding("PERSON", at, at + 12, "Zembrowicz", 0.85, "SpacyRecognizer", "")
    assert town_persons(text, [ner]) == [ner]


def test_a_person_named_like_the_first_word_of_a_town_is_still_a_source() -> None:
    # the town is "Zembrowicz Falls", not "X City": a lone "Zembrowicz" may be a person's name
    text = "Owner: 14 Elm Road, Zembrowicz Falls, QX 66001\nspoke with Zembrowicz\n"
    at = text.index("Zembrowicz", 40)
    ner = Finding("PERSON", at, at + 12, "Zembrowicz", 0.85, "SpacyRecognizer", "")
    assert town_persons(text, [ner]) == []


# --- a party's role noun before a surname is no given name ("Inmate Roe", "Patient Roe") -----------


def _given_before(text: str, surname: str) -> list[str]:
    at = text.rindex(surname)
    f = Finding("PERSON", at, at + len(surname), surname, 0.85, "SpacyRecognizer", "")
    return [g.text for g in given_before_findings(text, [f], POLICY)]


def test_a_role_noun_before_a_surname_is_no_given_name() -> None:
    assert _given_before("the bag. (Inmate Ulvestrand-Pask declined to answer.)", "Ulvestrand-Pask") == []
    assert _given_before("Transport: Patient Ulvestrand-Pask was moved.", "Ulvestrand-Pask") == []


def test_a_given_name_before_the_same_surname_is_still_taken() -> None:
    text = "the bag. (Winifred Ulvestrand-Pask declined to answer.)"
    assert _given_before(text, "Ulvestrand-Pask") == ["Winifred"]

