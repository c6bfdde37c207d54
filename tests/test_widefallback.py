"""The wide privacy-first fallback (issue 11): name words beside a name, and name-shaped runs
that nothing explains, go to review. Invented examples of each class, each with a counter-case
that must stay visible (a business, a street or place, an ordinary capitalised word, an officer)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from redactkit.api import analyze_text
from redactkit.detect.widefallback import (
    ADJACENT_RECOGNIZER,
    RUN_RECOGNIZER,
    WIDE_SCORE,
    adjacent_name_findings,
    ordinary_word,
    unexplained_run_findings,
    wide_review_findings,
)
from redactkit.model import Finding
from redactkit.policy import load_policy

POLICY = load_policy("police-public-release")


def _f(text: str, part: str, entity: str = "PERSON", score: float = 0.85, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Finding.make(entity, start, start + len(part), part, score, "test")


def _texts(found: list[Finding]) -> set[str]:
    return {f.text for f in found}


# --- name words beside a name --------------------------------------------------------------------

@pytest.mark.parametrize("text, found, rest", [
    # "SURNAME, GIVEN MIDDLE": the recognizer stopped after the given name
    ("Client (surname, given names) QUARNE, TELWYN ODARIS", "QUARNE, TELWYN", {"ODARIS"}),
    # a one-word surname finding, its given name and initial after ", "
    ("VANTREKK-OLU, DESMIR K. (resident id 55120)", "VANTREKK-OLU", {"DESMIR K."}),
    # the first words of a three-word name before the part NER found
    ("a summons served on Oswin Talbrecht Quayle at home", "Quayle", {"Oswin Talbrecht"}),
    # a "SURNAME, GIVEN" cell whose middle name wrapped onto a line of its own
    ("Claimant\nDRAVNIK, ILKE\nKORVETTA\nItem 7", "DRAVNIK, ILKE", {"KORVETTA"}),
])
def test_name_words_beside_a_name_go_to_review(text: str, found: str, rest: set[str]) -> None:
    got = adjacent_name_findings(text, [_f(text, found)], POLICY)
    assert _texts(got) == rest
    assert all(f.recognizer == ADJACENT_RECOGNIZER and f.score == WIDE_SCORE for f in got)


@pytest.mark.parametrize("text, found", [
    ("filed by Hortense Vailbury, Quellmoor County, on 3/4", "Hortense Vailbury"),  # a place's name
    ("told Orvid Brekke Supply Cabinet keys were missing", "Orvid Brekke"),  # ordinary words
    ("Witness Orla Finnegast Wednesday morning", "Orla Finnegast"),  # a weekday
    ("report of Orvid Brekke NCIC hit", "Orvid Brekke"),  # an abbreviation
    ("Sgt. Priddle, Orvid Brekke and", "Orvid Brekke"),  # ", " joins SURNAME, GIVEN only
    ("Ofc. Drummel Orvid Brekke", "Orvid Brekke"),  # a rank before the word: an officer
])
def test_no_word_taken_beside_a_name_when_something_explains_it(text: str, found: str) -> None:
    assert not adjacent_name_findings(text, [_f(text, found)], POLICY)


def test_kept_officer_word_is_not_taken_beside_a_name() -> None:
    text = "Ofc. Mirelle Trask-Embry #52 took it.\nTrask-Embry Bexley Quoyle"
    found = [_f(text, "Mirelle Trask-Embry", "OFFICER"), _f(text, "Bexley Quoyle")]
    assert not adjacent_name_findings(text, found, POLICY)


# --- unexplained name-shaped runs ----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("then his coworker Odalric Vorn-Tashko came over.", "Odalric Vorn-Tashko"),
    ("FIELD CREW PRESENT: TAVIK OLUWASEYE-BRANN.", "TAVIK OLUWASEYE-BRANN"),
    ('"Delgado took the keys," she said.', "Delgado"),  # a lone census name
])
def test_unexplained_name_shaped_run_goes_to_review(text: str, name: str) -> None:
    got = unexplained_run_findings(text, [], POLICY)
    assert name in _texts(got)
    assert all(f.recognizer == RUN_RECOGNIZER and f.score == WIDE_SCORE for f in got)


@pytest.mark.parametrize("text", [
    "Recovered at Bright Fern Nail Spa.",          # a business (trade word)
    "Parked on Vornic Street near the Harbor.",    # a street
    "Supply Cabinet Inventory",                    # ordinary capitalised words
    "a grey Honda Civic, 2016",                    # a vehicle make and model
    "a Quarnby & Velt revolver",                   # a firm's name
    "the Delgado was towed",                       # a thing after an article
    "Town of Delgado",                             # a place
    "Delgado 244 cleared the call",                # a badge number after a surname: an officer
    "at W Delgado and S 9th St",                   # a street after a compass point
    "per Okla. Stat. and Calif. Penal Code",       # abbreviations
    "per NCIC; CAD notes",                         # codes
    "DOORCODE on file",                            # two English words written as one
])
def test_run_counter_cases_stay_visible(text: str) -> None:
    assert not unexplained_run_findings(text, [], POLICY)


def test_run_inside_a_finding_or_kept_elsewhere_is_explained() -> None:
    text = "Ofc. Drummel Quayle-Abaruq #88 on scene.\nQuayle-Abaruq 88\nOdalric Vorn-Tashko"
    found = [_f(text, "Drummel Quayle-Abaruq", "OFFICER"), _f(text, "Odalric Vorn-Tashko")]
    assert not unexplained_run_findings(text, found, POLICY)


def test_ordinary_word_reads_case_and_lexicons() -> None:
    assert ordinary_word("Cabinet") and ordinary_word("GRANT") and ordinary_word("Co-Signer")
    assert ordinary_word("County") and ordinary_word("Sergeant")
    assert not ordinary_word("Corvinia")  # a name English does not write in lower case
    assert not ordinary_word("Vorn-Tashko")


# --- through the detector: needs review, never a propagation source ------------------------------

@pytest.fixture(scope="module")
def findings(shared_redactor: Any) -> Any:
    def run(text: str) -> list[Any]:
        return analyze_text(text, "police-public-release", detector=shared_redactor.detector)
    return run


def test_wide_fallback_findings_need_review(findings: Any) -> None:
    got = findings("FIELD CREW PRESENT: TAVIK OLUWASEYE-BRANN, LEAD.")
    hit = [f for f in got if f.recognizer in (ADJACENT_RECOGNIZER, RUN_RECOGNIZER)]
    assert hit and all(POLICY.review_floor <= f.score < POLICY.threshold("PERSON") for f in hit)
    assert not any(f.recognizer == "propagation" and "OLUWASEYE" in f.text for f in got)


def test_wide_fallback_off_without_person_redaction() -> None:
    policy = replace(POLICY, redact={k: v for k, v in POLICY.redact.items() if k != "PERSON"})
    assert not wide_review_findings("Odalric Vorn-Tashko", [], policy)
