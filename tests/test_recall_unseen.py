"""Recall mechanisms meant for record kinds nobody has seen (issue 11). Invented examples of each
class, and a counter-case that must stay visible (a place, an agency, a word, a code)."""

from __future__ import annotations

from typing import Any

import pytest

from redactkit.api import analyze_text
from redactkit.detect.fallback import FALLBACK_SCORE
from redactkit.detect.fallback import RECOGNIZER as FALLBACK
from redactkit.detect.nicknames import nickname_findings
from redactkit.detect.valueshape import FALLBACK_SCORE as VALUE_FALLBACK_SCORE
from redactkit.detect.valueshape import value_shape_findings
from redactkit.detect.wordnames import word_name_findings
from redactkit.model import Finding
from redactkit.policy import load_policy


@pytest.fixture(scope="module")
def findings(shared_redactor: Any) -> Any:
    def run(text: str) -> list[Any]:
        return analyze_text(text, "police-public-release", detector=shared_redactor.detector)
    return run


def _persons(found: list[Any]) -> set[str]:
    return {" ".join(f.text.split()) for f in found if f.entity == "PERSON"}


# --- privacy-first fallback: an unexplained given name + capitalised name word -> needs_review ----

@pytest.mark.parametrize("text, name", [
    ("KEYHOLDER CARD\nNIGHT MANAGER\nMarie-Anne Tolvey\nCell 555-201-3344", "Marie-Anne Tolvey"),
])
def test_unexplained_name_shape_goes_to_review(findings: Any, text: str, name: str) -> None:
    got = findings(text)
    assert name in _persons(got)
    policy = load_policy("police-public-release")
    hit = [f for f in got if f.recognizer == FALLBACK]
    assert hit, "the fallback made the finding (no other signal explains the name)"
    # needs review: at or over the review floor, under the PERSON threshold
    assert policy.review_floor <= FALLBACK_SCORE < policy.threshold("PERSON")


@pytest.mark.parametrize("text, kept", [
    ("Meet at the Fern Point Clinic gate by Mabel Park.", ("Fern Point", "Mabel Park")),
    ("Copies to the Mabel County Sheriff and Lorenzo Township Hall.",
     ("Mabel County", "Lorenzo Township")),
    ("Deputy Lorenzo Crewe #442 took the report.", ("Lorenzo Crewe",)),
    ("Canvass by CSO Lorenzo Crewe; photos by the Bright Fern Nail Spa camera.",
     ("Lorenzo Crewe", "Fern Nail")),
])
def test_fallback_leaves_places_agencies_and_officers(findings: Any, text: str,
                                                     kept: tuple[str, ...]) -> None:
    got = findings(text)
    fallback = {" ".join(f.text.split()) for f in got if f.recognizer == FALLBACK}
    assert not any(k in p for k in kept for p in fallback)


# --- a kinship word before a given name, in any case (chat and text messages) ---------------------

@pytest.mark.parametrize("text, name", [
    ("11/02 21:14 them: tell ur auntie zenobia i said hi", "zenobia"),
    ("Message: my cousin Mabel has the car keys", "Mabel"),
])
def test_given_name_after_kinship_word(findings: Any, text: str, name: str) -> None:
    assert name in _persons(findings(text))


def test_kinship_word_before_an_ordinary_word_is_nothing(findings: Any) -> None:
    # "said", "will", "lives" are no given names (and "Will" is an everyday word)
    assert not _persons(findings("my sister said her brother will call; his cousin lives nearby"))


# --- ALL-CAPS "REGISTERED TO <NAME>" (CAD and DMV returns) ------------------------------------------

def test_caps_registered_to_a_census_name(findings: Any) -> None:
    got = _persons(findings("RETURN: A 2017 SEDAN, IS\n"
                            "REGISTERED TO HALVOR QUARLES OF 12 ELM RD, FERRIDAY."))
    assert "HALVOR QUARLES" in got


def test_caps_registered_to_a_business_stays(findings: Any) -> None:
    got = _persons(findings("UNIT TWO IS REGISTERED TO QUIKRENT FLEETWORKS OF FERRIDAY."))
    assert not any("QUIKRENT" in p or "FLEETWORKS" in p for p in got)


# --- a redacted person's word-like surname before any verb ----------------------------------------

def test_word_like_surname_before_a_verb_by_its_shape() -> None:
    text = "Caller: Zenobia Walker (sister).\nCall log: Walker dials the shelter twice; Walker phoned at 9."
    s = text.index("Zenobia Walker")
    person = Finding.make("PERSON", s, s + len("Zenobia Walker"), "Zenobia Walker", 0.85, "test", "test")
    got = word_name_findings(text, [person], load_policy("police-public-release"))
    assert [text[f.start:f.end] for f in got] == ["Walker", "Walker"]


def test_word_like_surname_as_a_noun_stays() -> None:
    text = "Caller: Zenobia Walker (sister).\nThe walker was licensed; a Walker green coat, the Walker class."
    s = text.index("Zenobia Walker")
    person = Finding.make("PERSON", s, s + len("Zenobia Walker"), "Zenobia Walker", 0.85, "test", "test")
    assert word_name_findings(text, [person], load_policy("police-public-release")) == []


# --- two letters of a redacted person's given name, where the sentence addresses or names someone --

def _two_letter(text: str, name: str) -> list[str]:
    s = text.index(name)
    person = Finding.make("PERSON", s, s + len(name), name, 0.85, "test", "test")
    got = nickname_findings(text, [person], load_policy("police-public-release"), [])
    return [text[f.start:f.end] for f in got]


def test_two_letter_short_form_addressed_or_named() -> None:
    text = ("Victim: Ulrika Varrow\nMessages:\nhim: Ul, answer me\nher: please Ul stop\n"
            "him: tell Ul's mom nothing\nNote: \"Ul\" is what her family calls her.")
    assert _two_letter(text, "Ulrika Varrow") == ["Ul", "Ul", "Ul", "Ul"]


def test_two_letters_as_a_code_or_word_stay() -> None:
    # an abbreviation before a period, a code before a number, a two-letter state code
    text = "Victim: Ulrika Varrow\nMeasured Ul. 4 mm; see Ul 7 in the chart; the UL reading."
    assert _two_letter(text, "Ulrika Varrow") == []


# --- a quoted nickname wrapped onto the line under the name in a table cell -----------------------

def test_quoted_nickname_on_the_next_line_of_the_cell(findings: Any) -> None:
    text = "Student\nDOB\nGrade\nThornquell, Mabel Henrika\n\"Z\"\n3/4/2012\n7"
    assert "Z" in _persons(findings(text))


def test_quoted_title_on_the_next_line_after_no_name_stays(findings: Any) -> None:
    text = "Item\nDisposition\nPoster, framed\n\"Bright Night\"\nReturn to owner"
    assert not any("Bright" in p for p in _persons(findings(text)))


# --- structured identifiers: a value of the field's shape near any label naming the field ---------

def test_values_under_a_label_in_unseen_layouts_go_to_review() -> None:
    text = ("Party\nPetitioner\nChild 1\nChild 2\nDate of birth\n11/02/1985\n2004-07-19\n03/03/2016\n"
            "Address\n\nDriver DOB / licence\non file\n04/11/1979 / ST 5523817\nDriver address / phone\n")
    got = {(f.entity, f.text) for f in value_shape_findings(text, [], load_policy("police-public-release"))}
    assert {("DATE_OF_BIRTH", "2004-07-19"), ("DATE_OF_BIRTH", "03/03/2016"), ("DATE_OF_BIRTH", "04/11/1979"),
            ("DRIVER_LICENSE", "ST 5523817")} <= got
    assert all(f.score == VALUE_FALLBACK_SCORE
               for f in value_shape_findings(text, [], load_policy("police-public-release")))


def test_other_dates_and_explained_values_stay() -> None:
    text = "DOB on file\nIncident date 03/04/2026\nReport no. 26-001234\nDriver licence status: valid\n"
    policy = load_policy("police-public-release")
    assert value_shape_findings(text, [], policy) == []
    # a value another finding explains (here a kept case number) is left to it
    text = "Tag / unit\n7QRX551\n"
    s = text.index("7QRX551")
    kept = Finding.make("CASE_NUMBER", s, s + 7, "7QRX551", 0.9, "test", "test")
    assert [f.text for f in value_shape_findings(text, [], policy)] == ["7QRX551"]
    assert value_shape_findings(text, [kept], policy) == []


def test_values_below_a_sentence_or_a_filled_label_stay() -> None:
    # the label line is prose, or already holds its value: the next line's date is not a birth date
    text = "Ada Quell (DOB 07/02/1988) has broken the order\nimposed on May 3, 2021 by the court.\n"
    got = [f.text for f in value_shape_findings(text, [], load_policy("police-public-release"))]
    assert got == ["07/02/1988"]
