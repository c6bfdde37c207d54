"""Partial name spans (issue 11): part of a private person's name is redacted and a neighbouring
word of the same name stayed visible. Invented names only."""

from __future__ import annotations

import pytest

from redactkit.detect.fallback import unexplained_name_findings
from redactkit.detect.given_before import given_before_findings
from redactkit.detect.propagate import propagate
from redactkit.detect.wrapped import wrapped_name_findings
from redactkit.model import Finding
from redactkit.policy import load_policy


def _f(text: str, part: str, score: float = 0.85, rec: str = "SpacyRecognizer", nth: int = 0) -> Finding:
    s = -1
    for _ in range(nth + 1):
        s = text.index(part, s + 1)
    return Finding.make("PERSON", s, s + len(part), part, score, rec, "test")


def _given(text: str, source: Finding, *others: Finding) -> set[str]:
    policy = load_policy("police-public-release")
    found = propagate(text, [source, *others], policy, [])
    return {f.text for f in given_before_findings(text, [source, *others, *found], policy)}


# --- class 1: the given name(s) before a propagated surname -----------------------------------

@pytest.mark.parametrize("text, source, weak, given", [
    # a weak "needs review" guess over the whole name must not block the given name
    ("Her aunt, Brannagh Quarnstrom, called.\nThe pupil named is Tuuli Quarnstrom (grade 8).",
     "Brannagh Quarnstrom", "Tuuli Quarnstrom", {"Tuuli"}),
    # a hyphenated given name with a lower-case second part
    ("The owners are you and Min-seo Vantakker-Ohm of Elm Ridge.\nLetter to Mr. Vantakker-Ohm.",
     "Mr. Vantakker-Ohm", None, {"Min-seo"}),
    # two given names before the surname: both are taken
    ("Records of the arrest of Tavish Oriel Brumbaugh, born 1990.\nMs. Brumbaugh is his sister.",
     "Ms. Brumbaugh", None, {"Tavish", "Oriel"}),
    # the given name ends the line above in running prose
    ("Have no contact of any kind, by any means, with Liisa\nVandermoot (the victim).\n"
     "Ms. Vandermoot asked to be told.", "Ms. Vandermoot", None, {"Liisa"}),
])
def test_given_names_before_a_propagated_surname(text: str, source: str, weak: str | None,
                                                  given: set[str]) -> None:
    others = [_f(text, weak, 0.41, "PersonSignalRecognizer")] if weak else []
    assert _given(text, _f(text, source), *others) == given


@pytest.mark.parametrize("text, source", [
    # a rank or an offence word before the surname is no given name
    ("Ms. Quarnstrom said so.\nThe report names Deputy Quarnstrom as the finder.", "Ms. Quarnstrom"),
    ("Ms. Quarnstrom said so.\nHe faces an Assault Quarnstrom charge.", "Ms. Quarnstrom"),
    # a word that ends a table row above is another cell, not the given name
    ("Ms. Quarnstrom said so.\nStatus\nClosed\nQuarnstrom filed it.", "Ms. Quarnstrom"),
])
def test_no_given_name_taken_from_other_words(text: str, source: str) -> None:
    assert _given(text, _f(text, source)) == set()


# --- class 2: the rest of an ALL-CAPS "LAST, FIRST" cell ---------------------------------------

def _wrapped(text: str, name: str) -> set[str]:
    policy = load_policy("police-public-release")
    source = _f(text, name, 0.65, "LastFirstNameRecognizer")
    return {f.text for f in wrapped_name_findings(text, [source], policy)}


@pytest.mark.parametrize("text, name, rest", [
    ("Youth (last, first middle) VAARANEN, TOIVO ILMARI\nDate of birth\n", "VAARANEN, TOIVO", {"ILMARI"}),
    ("RK26-00412\nHALLIKAINEN, SIRPA\nORVOKKI\nDuquette reagent\n", "HALLIKAINEN, SIRPA", {"ORVOKKI"}),
    ("RK26-00413\nOBIORAH-BRIGHAM,\nNKEIRU\nnone\n", "OBIORAH-BRIGHAM", {"NKEIRU"}),
    ("Driver  QUELLMAN, EERO J  Male\n", "QUELLMAN, EERO", {"J"}),
])
def test_rest_of_a_caps_last_first_cell(text: str, name: str, rest: set[str]) -> None:
    assert _wrapped(text, name) == rest


@pytest.mark.parametrize("text, name", [
    ("Arrestee VAARANEN, TOIVO MALE\nRace\n", "VAARANEN, TOIVO"),       # a form value, not a name
    ("HALLIKAINEN, SIRPA\nPOLICE\nDEPARTMENT\n", "HALLIKAINEN, SIRPA"),  # a label / agency word
    ("HALLIKAINEN, SIRPA\nReagent\n", "HALLIKAINEN, SIRPA"),            # another cell's value
    ("VAARANEN, TOIVO ILMARI MARCH\n", "VAARANEN, TOIVO"),               # a month: none of it
    ("Quellman, Eero Residence\n", "Quellman, Eero"),                     # Title case needs the census
])
def test_no_rest_taken_from_other_cells(text: str, name: str) -> None:
    assert _wrapped(text, name) == set()


# --- class 3: a census name after a colon or in capitals, before a propagated surname -----------

@pytest.mark.parametrize("text, source, given", [
    ("RK26-00413: Ingram Obiorah-Brigham was arrested.\nMs. Obiorah-Brigham paid bail.",
     "Ms. Obiorah-Brigham", {"Ingram"}),
    ("VOLUNTEERS ON SCENE: RULAND TVEITBAKK, ORLA VENN.\nMR. TVEITBAKK WAS CALLED.", "MR. TVEITBAKK",
     {"RULAND"}),
])
def test_census_name_at_a_cell_start_before_a_propagated_surname(text: str, source: str,
                                                                  given: set[str]) -> None:
    assert _given(text, _f(text, source)) == given


@pytest.mark.parametrize("text, source", [
    # an officer's given name after a rank, a non-census label word after a colon, a short code
    ("Reviewed by Sgt. Ingram Obiorah-Brigham.\nMs. Obiorah-Brigham paid bail.", "Ms. Obiorah-Brigham"),
    ("Status: Pending Obiorah-Brigham review.\nMs. Obiorah-Brigham paid bail.", "Ms. Obiorah-Brigham"),
    ("TEAMS: SAR TVEITBAKK, ORLA VENN.\nMR. TVEITBAKK WAS CALLED.", "MR. TVEITBAKK"),
])
def test_no_cell_start_word_taken_unless_the_census_names_it(text: str, source: str) -> None:
    assert _given(text, _f(text, source)) == set()


# --- class 4: NER tagged only the surname --------------------------------------------------------

def test_given_name_before_a_one_word_ner_surname() -> None:
    text = "RK26-00413: Ingram Haldane-Ruiz was arrested at the motel."
    policy = load_policy("police-public-release")
    got = given_before_findings(text, [_f(text, "Haldane-Ruiz")], policy)
    assert {f.text for f in got} == {"Ingram"}


@pytest.mark.parametrize("text, name", [
    ("The report was read to Tuuli Haldane by phone.", "Tuuli"),     # a given name alone: no surname
    ("They walked to Oakmere Park later.", "Park"),                  # an English word
    ("Dispatch sent Unit Haldane-Ruiz to the call.", "Haldane-Ruiz"),  # a form word before it
])
def test_no_given_name_before_other_one_word_spans(text: str, name: str) -> None:
    policy = load_policy("police-public-release")
    assert given_before_findings(text, [_f(text, name)], policy) == []


# --- class 5: a romanised hyphenated given name, whose surname may be an English word -----------

def _fallback(text: str) -> set[str]:
    return {f.text for f in unexplained_name_findings(text, [], load_policy("police-public-release"))}


@pytest.mark.parametrize("text, name", [
    ("Your statement says your mother, Min-seo Park, was a passenger.", "Min-seo Park"),
    ("cc: Hoai-an Quillen (by mail)", "Hoai-an Quillen"),
])
def test_hyphenated_romanised_given_name_goes_to_review(text: str, name: str) -> None:
    assert name in _fallback(text)


@pytest.mark.parametrize("text", [
    "Drop-off Park is closed at night.",          # an English hyphenated word
    "The Walk-in Clinic opened at nine.",         # an English hyphenated word before a place word
    "Min-seo Street was blocked by the truck.",   # a street word after it
    "Lab results: Criminalist Ye-jin Hallberg, 04/02.",  # a crime lab's job title before it: an official
])
def test_no_hyphenated_english_word_taken_for_a_given_name(text: str) -> None:
    assert not any("-" in t for t in _fallback(text))


# --- class 6: on a capitals line the surname may run on into the next word ----------------------

def test_caps_line_given_name_before_a_surname_followed_by_a_word() -> None:
    text = "MR. TVEITBAKK WAS CALLED.\n1433\nSAR MEMBER RULAND TVEITBAKK REACHES SUBJECT.\n"
    assert _given(text, _f(text, "MR. TVEITBAKK")) == {"RULAND"}


@pytest.mark.parametrize("text", [
    "MR. TVEITBAKK WAS CALLED.\nUNIT AT RULAND TVEITBAKK STREET.\n",    # a street after the surname
    "Mr. Tveitbakk was called.\nThe unit went to Ruland Tveitbakk Orchards.\n",  # Title case: as before
])
def test_caps_run_on_into_a_place_word_still_blocks(text: str) -> None:
    source = "MR. TVEITBAKK" if text.startswith("MR.") else "Mr. Tveitbakk"
    assert _given(text, _f(text, source)) == set()
